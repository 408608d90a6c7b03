#pragma once

// Reading deadline rules from TOML. Separate from rule.hpp so that only the code that reads
// TOML (templates, `acct deadline explain --rule`) pays for toml++'s header.

#include "deadline/rule.hpp"
#include "util/error.hpp"
#include "util/toml_reader.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acctcore {

/// Parses a deadline rule from a TOML table (a template's `deadline = { ... }`), checking
/// every key and value; problems are appended with file:line:column. Nullopt when unusable.
std::optional<DeadlineRule> parse_deadline_rule(const toml::node& node, const std::string& file,
                                                std::vector<Diagnostic>& problems);

} // namespace acctcore
