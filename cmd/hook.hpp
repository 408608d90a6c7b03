#pragma once

// Running a firm's hook command for one reminder (`acct remind run --exec`): directly, without
// a shell, with the reminder as JSON on stdin and its fields in ACCT_* environment variables.

#include "remind/reminder.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acctcli {

/// A command line split into words (quotes and backslashes as in sh, nothing expanded) with its
/// program resolved on PATH.
struct HookCommand {
  std::string program; ///< the resolved path
  std::vector<std::string> argv;
};

/// Splits and resolves `text`. Throws Error(usage) for an empty or unbalanced command line and
/// Error(not_found) when the program does not exist or is not executable.
HookCommand parse_hook_command(std::string_view text);

/// Runs the hook: stdin gets `input`, the environment gets `env` on top of acct's own; the
/// hook's stdout goes to acct's stderr (acct's stdout stays for its own results). Kills the
/// hook's process group after `timeout_seconds`.
acctcore::AttemptOutcome run_hook(const HookCommand& hook, const std::string& input,
                                  const std::vector<std::pair<std::string, std::string>>& env,
                                  int timeout_seconds);

} // namespace acctcli
