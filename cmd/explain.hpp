#pragma once
// Printing a deadline explanation, shared by `acct deadline explain` and `acct task show`.
#include "deadline/rule.hpp"
#include "output.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acctcli {

/// The explanation as people read it: `head` first (what is explained), then the rule, its basis
/// and each date with the days off it was moved past (only instalment `only_instalment` when it
/// is not 0). `skipped_note` follows "none for this period".
void print_explanation(Output& out, std::vector<std::pair<std::string, std::string>> head,
                       const acctcore::DeadlineExplanation& e, int only_instalment,
                       std::string_view skipped_note);

} // namespace acctcli
