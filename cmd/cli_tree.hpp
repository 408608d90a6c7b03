// A plain model of acct's command tree, walked from CLI11: what shell completions and the man
// page are generated from, so that neither can drift from the real command set.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace acctcli {

/// Where the values of an option or argument come from, for completion. The dynamic ones are
/// printed by `acct __complete KIND` (value_source_name gives KIND).
enum class ValueSource {
  none,
  clients,
  staff,
  services,
  tasks,
  task_statuses,
  client_statuses,
  roles,
  files,
  dirs,
  choices,
  contact_roles, ///< a client contact's roles (director, hr...), not staff roles
};

struct OptionInfo {
  std::vector<std::string> long_names;  ///< without "--"
  std::vector<std::string> short_names; ///< without "-"
  std::string positional_name;          ///< for a positional argument, else empty
  std::string type_name;                ///< "DATE", "SLUG"...; empty for a flag
  std::string description;
  bool takes_value = false; ///< false for a flag
  bool required = false;
  bool repeatable = false;
  std::string envname; ///< ACCT_DB for --db, else empty
  ValueSource values = ValueSource::none;
  std::vector<std::string> choices; ///< for ValueSource::choices
  bool comma_separated = false;     ///< several values in one word: --status new,accepted
};

struct CommandInfo {
  std::vector<std::string> path; ///< {"client","contact","add"}; empty for the root
  std::string description;
  std::string section;                 ///< its group in `acct --help` ("Work")
  bool leaf = false;                   ///< runs something (vs a group of commands)
  std::vector<OptionInfo> options;     ///< its own options, not inherited ones; no --help
  std::vector<OptionInfo> positionals; ///< in order
  std::vector<CommandInfo> children;   ///< visible subcommands in definition order
};

/// The visible command tree under `root` (hidden commands, group "", are left out).
CommandInfo describe(const CLI::App& root);

/// The KIND of `acct __complete KIND` for a dynamic source ("clients", "task_statuses"), or
/// empty for none, files, dirs and choices, which the shells complete themselves.
std::string value_source_name(ValueSource source);

/// Every KIND `acct __complete` answers, in ValueSource order.
std::vector<ValueSource> dynamic_value_sources();

} // namespace acctcli
