// The command tree as plain data, and the one place that decides where an option's values come
// from when completing it.
#include "cli_tree.hpp"

#include "config/config.hpp"
#include "remind/reminder.hpp"

#include <algorithm>
#include <optional>

namespace acctcli {

namespace {

/// The source of a value by its type name, for the names that mean one thing everywhere.
/// Names not listed (DATE, TEXT, N, CODE, KIND...) are free text: nothing to offer.
ValueSource source_of_type(std::string_view type) {
  if (type == "SLUG")
    return ValueSource::clients;
  if (type == "HANDLE")
    return ValueSource::staff;
  // PERSON is a client contact's key (petrov-ivan), not a staff member: nothing lists them
  // cheaply, and offering staff handles there would be wrong.
  if (type == "SERVICE")
    return ValueSource::services;
  if (type == "TASK" || type == "ID")
    return ValueSource::tasks; // most IDs are task ids; the others are exceptions below
  if (type == "STATUS")
    return ValueSource::task_statuses;
  if (type == "ROLE")
    return ValueSource::roles;
  if (type == "FILE" || type == "PATH")
    return ValueSource::files;
  if (type == "DIR")
    return ValueSource::dirs;
  return ValueSource::none;
}

struct Exception {
  std::string_view command; ///< "client add"; "" for the root's (global) options
  std::string_view option;  ///< a long name without "--", or a positional's name
  ValueSource source;
};

/// Where the type name alone is wrong. A row whose option is renamed silently stops applying;
/// tests/completion checks several (client add, client list --status, contact roles, --country).
constexpr Exception k_exceptions[] = {
    // A new client or staff member: their key does not exist yet.
    {"client add", "slug", ValueSource::none},
    {"staff add", "handle", ValueSource::none},
    // STATUS of a client, not of a task.
    {"client add", "status", ValueSource::client_statuses},
    {"client edit", "status", ValueSource::client_statuses},
    {"client list", "status", ValueSource::client_statuses},
    // A contact's roles at a client are not staff roles.
    {"client contact add", "role", ValueSource::contact_roles},
    {"client contact edit", "role", ValueSource::contact_roles},
    {"client contact list", "role", ValueSource::contact_roles},
    // An ID that names a service, or an event, not a task.
    {"task list", "service", ValueSource::services},
    {"task add", "service", ValueSource::services},
    {"event remove", "id", ValueSource::none},
    // The country codes and reminder states are fixed lists (below).
    {"init", "country", ValueSource::choices},
    {"client add", "country", ValueSource::choices},
    {"client list", "country", ValueSource::choices},
    {"remind list", "state", ValueSource::choices},
};

std::vector<std::string> fixed_choices(std::string_view option) {
  std::vector<std::string> names;
  if (option == "country") {
    for (const auto country : acctcore::k_countries)
      names.emplace_back(country);
  } else if (option == "state") {
    for (auto state = acctcore::ReminderState::pending;;
         state = static_cast<acctcore::ReminderState>(static_cast<int>(state) + 1)) {
      names.emplace_back(acctcore::reminder_state_name(state));
      if (state == acctcore::ReminderState::cancelled)
        break;
    }
  }
  return names;
}

std::string join_path(const std::vector<std::string>& path) {
  std::string joined;
  for (const auto& word : path)
    joined += (joined.empty() ? "" : " ") + word;
  return joined;
}

/// CLI11 2.1 keeps an IsMember validator's list only in its description, "{csv,json}", which
/// get_type_name() appends to the type name: "FORMAT:{csv,json}".
std::optional<std::vector<std::string>> member_choices(const std::string& full_type) {
  const auto open = full_type.find(":{");
  if (open == std::string::npos || full_type.back() != '}')
    return std::nullopt;
  std::vector<std::string> choices;
  const std::string list = full_type.substr(open + 2, full_type.size() - open - 3);
  for (std::size_t start = 0; start <= list.size();) {
    const auto comma = std::min(list.find(',', start), list.size());
    if (comma > start)
      choices.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return choices;
}

OptionInfo describe_option(const std::vector<std::string>& command, const CLI::Option& option) {
  OptionInfo info;
  info.long_names = option.get_lnames();
  info.short_names = option.get_snames();
  if (!option.nonpositional())
    info.positional_name = option.get_name();
  info.description = option.get_description();
  info.takes_value = option.get_items_expected_max() > 0; // a flag expects 0 values
  info.required = option.get_required();
  info.repeatable = option.get_items_expected_max() > 1;
  info.envname = option.get_envname();
  info.comma_separated = option.get_delimiter() == ',';
  if (!info.takes_value)
    return info;

  const std::string full_type = option.get_type_name();
  const auto choices = member_choices(full_type);
  info.type_name = full_type.substr(0, full_type.find(":{"));
  std::string_view bare = info.type_name;
  if (bare.ends_with("..."))
    bare.remove_suffix(3);
  if (choices) {
    info.values = ValueSource::choices;
    info.choices = *choices;
  } else {
    info.values = source_of_type(bare);
  }

  const std::string path = join_path(command);
  const std::string name = !info.positional_name.empty() ? info.positional_name
                           : !info.long_names.empty()    ? info.long_names.front()
                                                         : info.short_names.front();
  for (const auto& exception : k_exceptions)
    if (exception.command == path && exception.option == name) {
      info.values = exception.source;
      if (info.values == ValueSource::choices && !choices)
        info.choices = fixed_choices(name);
    }
  return info;
}

CommandInfo describe_node(const CLI::App& app, std::vector<std::string> path) {
  CommandInfo info;
  info.description = app.get_description();
  info.section = path.empty() ? "" : app.get_group();
  for (const CLI::Option* option : app.get_options()) {
    if (option == app.get_help_ptr() || option == app.get_help_all_ptr())
      continue;
    OptionInfo described = describe_option(path, *option);
    (option->nonpositional() ? info.options : info.positionals).push_back(std::move(described));
  }
  for (const CLI::App* sub :
       app.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); })) {
    auto child_path = path;
    child_path.push_back(sub->get_name());
    info.children.push_back(describe_node(*sub, std::move(child_path)));
  }
  info.leaf = !path.empty() && app.get_subcommands({}).empty();
  info.path = std::move(path);
  return info;
}

} // namespace

CommandInfo describe(const CLI::App& root) {
  return describe_node(root, {});
}

std::string value_source_name(ValueSource source) {
  switch (source) {
  case ValueSource::clients:
    return "clients";
  case ValueSource::staff:
    return "staff";
  case ValueSource::services:
    return "services";
  case ValueSource::tasks:
    return "tasks";
  case ValueSource::task_statuses:
    return "task_statuses";
  case ValueSource::client_statuses:
    return "client_statuses";
  case ValueSource::roles:
    return "roles";
  case ValueSource::contact_roles:
    return "contact_roles";
  case ValueSource::none:
  case ValueSource::files:
  case ValueSource::dirs:
  case ValueSource::choices:
    break;
  }
  return "";
}

std::vector<ValueSource> dynamic_value_sources() {
  return {ValueSource::clients, ValueSource::staff,         ValueSource::services,
          ValueSource::tasks,   ValueSource::task_statuses, ValueSource::client_statuses,
          ValueSource::roles,   ValueSource::contact_roles};
}

} // namespace acctcli
