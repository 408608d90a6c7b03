#include "remind/policy.hpp"

#include "client/contacts.hpp"
#include "staff/staff.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"
#include "util/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace acctcore {

namespace {

constexpr std::string_view k_placeholders[] = {
    "client",   "client_name",      "title", "title_lower", "period",     "due",
    "planned",  "action",           "task",  "key",         "status",     "recipient",
    "assignee", "assignee_contact", "firm",  "firm_phone",  "firm_email", "provisional",
    "days",     "waiting_for",
};

constexpr std::string_view k_file_keys[] = {"policy", "message"};
constexpr std::string_view k_policy_keys[] = {"name", "description", "rule"};
constexpr std::string_view k_rule_keys[] = {
    "id",   "to",      "from",          "working_days", "calendar_days",
    "time", "channel", "client_action", "repeat",       "message"};
constexpr std::string_view k_repeat_keys[] = {"every_working_days", "times", "escalate_to"};
constexpr std::string_view k_message_keys[] = {"subject", "body"};

bool is_name(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

std::vector<std::string> recipient_names() {
  std::vector<std::string> names{"assignee", "reviewer"};
  for (auto role : k_staff_roles)
    names.emplace_back(role);
  for (auto role : k_contact_roles)
    names.push_back(fmt::format("client:{}", role));
  return names;
}

/// Checks the {placeholders} of a message text; reports unknown ones at `node`.
void check_placeholders(const toml::node& node, std::string_view text, TomlProblems& problems) {
  check_text_placeholders(node, text, k_placeholders, problems);
}

std::optional<Recipient> read_recipient(const toml::table& table, std::string_view key,
                                        std::string_view where, TomlProblems& problems) {
  const auto text = problems.string(table, key, where);
  if (!text)
    return std::nullopt;
  auto recipient = Recipient::parse(*text);
  if (!recipient) {
    const auto names = recipient_names();
    const auto near = closest_match(*text, names);
    problems.at(*table.get(key),
                near.empty()
                    ? trf("unknown recipient '{}': use assignee, reviewer, a staff role "
                          "(manager, ...) or client:ROLE (client:director, ...)",
                          *text)
                    // TRANSLATORS: the recipient given, then the closest known one.
                    : trf("unknown recipient '{}' (did you mean '{}'?): use assignee, reviewer, "
                          "a staff role (manager, ...) or client:ROLE (client:director, ...)",
                          *text, near));
  }
  return recipient;
}

void parse_rule(const toml::table& t, ReminderPolicy& policy, TomlProblems& problems) {
  ReminderRule rule;
  rule.line = static_cast<int>(t.source().begin.line);
  // TRANSLATORS: the subject of "{} has no 'id'" and the place in "unknown key '...' in {}"; {} is
  // a policy name.
  const std::string where = trf("a rule of policy '{}'", policy.name);
  problems.reject_unknown(t, k_rule_keys, where);
  rule.id = problems.string(t, "id", where).value_or("");
  if (rule.id.empty() && !t.contains("id"))
    problems.at(t, trf("{} has no 'id'", where));
  else if (!rule.id.empty() && !is_name(rule.id))
    problems.at(*t.get("id"), trf("rule id '{}' must be lowercase letters, digits, "
                                  "'-' or '_'",
                                  rule.id));
  for (const auto& other : policy.rules)
    if (!rule.id.empty() && other.id == rule.id)
      problems.at(*t.get("id"), trf("rule '{}' is already defined in policy '{}' at line {}",
                                    rule.id, policy.name, other.line));
  if (auto to = read_recipient(t, "to", where, problems))
    rule.to = *to;
  else if (!t.contains("to"))
    problems.at(t, trf("rule '{}' has no 'to' (who receives it)", rule.id));
  if (auto from = problems.string(t, "from", where)) {
    if (*from == "planned")
      rule.from = ReminderBase::planned;
    else if (*from != "due")
      problems.at(*t.get("from"), trf("'from' must be 'due' or 'planned', not '{}'", *from));
  }
  const bool working = t.contains("working_days");
  const bool calendar = t.contains("calendar_days");
  if (working && calendar)
    problems.at(t, trf("rule '{}' gives both 'working_days' and 'calendar_days'", rule.id));
  else if (!working && !calendar)
    problems.at(t, trf("rule '{}' needs 'working_days' or 'calendar_days' (negative: "
                       "before the date, 0: on it, positive: after it)",
                       rule.id));
  else {
    rule.working_days = working;
    rule.days =
        problems.integer(t, working ? "working_days" : "calendar_days", -60, 60, where).value_or(0);
  }
  if (auto time = problems.string(t, "time", where)) {
    if (auto minute = parse_time_of_day(*time))
      rule.minute_of_day = *minute;
    else
      problems.at(*t.get("time"),
                  trf("time of day '{}' does not parse: use HH:MM, 00:00 to 23:59", *time));
  } else if (!t.contains("time")) {
    problems.at(t, trf("rule '{}' has no 'time' (HH:MM in the recipient's zone)", rule.id));
  }
  if (auto channel = problems.string(t, "channel", where)) {
    if (std::find(std::begin(k_contact_channels), std::end(k_contact_channels), *channel) ==
        std::end(k_contact_channels))
      problems.at(*t.get("channel"),
                  trf("unknown channel '{}' (known: email, telegram, phone)", *channel));
    else
      rule.channel = *channel;
  }
  if (const auto* node = t.get("client_action")) {
    std::vector<std::string> names;
    if (node->is_string())
      names.push_back(node->as_string()->get());
    else
      names = problems.strings(t, "client_action", where);
    for (const auto& name : names) {
      if (name == "any") {
        for (auto action : {ClientAction::sign, ClientAction::documents, ClientAction::pay,
                            ClientAction::approve, ClientAction::information})
          rule.client_actions.push_back(action);
      } else if (auto action = parse_client_action(name)) {
        rule.client_actions.push_back(*action);
      } else {
        problems.at(*node, trf("unknown client action '{}' (known: any, {})", name,
                               join(client_action_names(), ", ")));
      }
    }
  }
  if (const auto* node = t.get("repeat")) {
    if (const auto* r = node->as_table()) {
      problems.reject_unknown(*r, k_repeat_keys, "repeat");
      ReminderRepeat repeat;
      repeat.every_working_days =
          problems.integer(*r, "every_working_days", 1, 30, "repeat").value_or(1);
      repeat.times = problems.integer(*r, "times", 1, 20, "repeat").value_or(1);
      if (r->contains("escalate_to"))
        repeat.escalate_to = read_recipient(*r, "escalate_to", "repeat", problems);
      if (rule.days <= 0)
        problems.at(*node, trf("rule '{}' repeats, but only reminders after the date "
                               "repeat (give a positive number of days)",
                               rule.id));
      rule.repeat = repeat;
    } else {
      problems.at(*node, tr("'repeat' must be a table: { every_working_days = 2, times = 3, "
                            "escalate_to = \"manager\" }"));
    }
  }
  if (auto message = problems.string(t, "message", where))
    rule.message = *message;
  policy.rules.push_back(std::move(rule));
}

void parse_policy(const toml::table& t, std::vector<ReminderPolicy>& policies,
                  TomlProblems& problems) {
  ReminderPolicy policy;
  policy.file = problems.file();
  policy.line = static_cast<int>(t.source().begin.line);
  problems.reject_unknown(t, k_policy_keys, "[[policy]]");
  policy.name = problems.string(t, "name", "[[policy]]").value_or("");
  if (policy.name.empty() && !t.contains("name"))
    problems.at(t, tr("a [[policy]] has no 'name'"));
  else if (!is_name(policy.name) || policy.name == k_no_reminders)
    problems.at(*t.get("name"), trf("policy name '{}' must be lowercase letters, digits, "
                                    "'-' or '_', and not '{}'",
                                    policy.name, k_no_reminders));
  policy.description = problems.string(t, "description", "[[policy]]").value_or("");
  if (const auto* rules = t.get("rule")) {
    if (const auto* array = rules->as_array()) {
      for (const auto& item : *array) {
        if (const auto* rule = item.as_table())
          parse_rule(*rule, policy, problems);
        else
          problems.at(item, tr("each [[policy.rule]] must be a table"));
      }
    } else {
      problems.at(*rules, tr("'rule' must be an array of tables: [[policy.rule]]"));
    }
  }
  for (const auto& other : policies)
    if (other.name == policy.name && !policy.name.empty())
      problems.at(t, trf("policy '{}' is already defined at line {}", policy.name, other.line));
  policies.push_back(std::move(policy));
}

template <typename T>
void merge_by_name(std::vector<T>& into, std::vector<T>& layer) {
  for (auto& item : layer) {
    auto it = std::find_if(into.begin(), into.end(),
                           [&](const T& existing) { return existing.name == item.name; });
    if (it != into.end())
      *it = std::move(item);
    else
      into.push_back(std::move(item));
  }
}

} // namespace

std::string Recipient::to_string() const {
  switch (kind) {
  case Kind::assignee:
    return "assignee";
  case Kind::reviewer:
    return "reviewer";
  case Kind::staff:
    return role;
  case Kind::client:
    return "client:" + role;
  }
  return {};
}

std::optional<Recipient> Recipient::parse(std::string_view text) {
  if (text == "assignee")
    return Recipient{Kind::assignee, {}};
  if (text == "reviewer")
    return Recipient{Kind::reviewer, {}};
  if (is_staff_role(text))
    return Recipient{Kind::staff, std::string(text)};
  if (text.starts_with("client:")) {
    const auto role = text.substr(7);
    if (std::find(std::begin(k_contact_roles), std::end(k_contact_roles), role) !=
        std::end(k_contact_roles))
      return Recipient{Kind::client, std::string(role)};
  }
  return std::nullopt;
}

std::span<const std::string_view> message_placeholders() noexcept {
  return k_placeholders;
}

const ReminderPolicy* ReminderSet::policy(std::string_view name) const noexcept {
  for (const auto& p : m_policies)
    if (p.name == name)
      return &p;
  return nullptr;
}

const MessageTemplate* ReminderSet::message(std::string_view name) const noexcept {
  for (const auto& m : m_messages)
    if (m.name == name)
      return &m;
  return nullptr;
}

std::string ReminderSet::fingerprint() const {
  Sha256 hash;
  for (const auto& p : m_policies) {
    hash.update(p.name);
    for (const auto& r : p.rules) {
      std::string actions;
      for (auto a : r.client_actions)
        actions += client_action_name(a);
      hash.update(fmt::format(
          "|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}\n", r.id, r.to.to_string(),
          static_cast<int>(r.from), r.days, r.working_days, r.minute_of_day, r.channel, actions,
          r.repeat.has_value(), r.repeat ? r.repeat->every_working_days : 0,
          r.repeat ? r.repeat->times : 0,
          r.repeat && r.repeat->escalate_to ? r.repeat->escalate_to->to_string() : "", r.message));
    }
  }
  return hash.hex_digest();
}

class ReminderSetBuilder {
public:
  static ReminderSet build(std::vector<ReminderPolicy> policies,
                           std::vector<MessageTemplate> messages) {
    ReminderSet set;
    set.m_policies = std::move(policies);
    set.m_messages = std::move(messages);
    std::sort(set.m_policies.begin(), set.m_policies.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    std::sort(set.m_messages.begin(), set.m_messages.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return set;
  }
};

void parse_reminder_file(const std::string& path, std::string_view text,
                         std::vector<ReminderPolicy>& policies,
                         std::vector<MessageTemplate>& messages,
                         std::vector<Diagnostic>& problems) {
  auto root = parse_toml(text, path, problems);
  if (!root)
    return;
  TomlProblems report(path, problems);
  report.reject_unknown(*root, k_file_keys, "a reminders file");
  if (const auto* node = root->get("policy")) {
    if (const auto* array = node->as_array()) {
      for (const auto& item : *array) {
        if (const auto* table = item.as_table())
          parse_policy(*table, policies, report);
        else
          report.at(item, tr("each [[policy]] must be a table"));
      }
    } else {
      report.at(*node, tr("'policy' must be an array of tables: [[policy]]"));
    }
  }
  if (const auto* node = root->get("message")) {
    if (const auto* table = node->as_table()) {
      for (const auto& [key, value] : *table) {
        MessageTemplate message;
        message.name = std::string(key.str());
        message.file = path;
        message.line = static_cast<int>(value.source().begin.line);
        const std::string where = fmt::format("[message.{}]", message.name);
        const auto* t = value.as_table();
        if (t == nullptr) {
          report.at(value, trf("{} must be a table with 'subject' and 'body'", where));
          continue;
        }
        report.reject_unknown(*t, k_message_keys, where);
        for (auto field : {"subject", "body"}) {
          auto text_value = report.string(*t, field, where);
          if (!text_value && !t->contains(field))
            report.at(*t, trf("{} has no '{}'", where, field));
          if (text_value)
            check_placeholders(*t->get(field), *text_value, report);
          (std::string_view(field) == "subject" ? message.subject : message.body) =
              text_value.value_or("");
        }
        messages.push_back(std::move(message));
      }
    } else {
      report.at(*node, tr("'message' must be a table of [message.NAME] tables"));
    }
  }
}

namespace {

/// Rules naming a message that does not exist.
void check_messages(const std::vector<ReminderPolicy>& policies,
                    const std::vector<MessageTemplate>& messages,
                    std::vector<Diagnostic>& problems) {
  std::vector<std::string> names;
  for (const auto& m : messages)
    names.push_back(m.name);
  for (const auto& p : policies)
    for (const auto& r : p.rules)
      if (!r.message.empty() && std::find(names.begin(), names.end(), r.message) == names.end())
        problems.push_back(
            {p.file, r.line, 0,
             names.empty()
                 // TRANSLATORS: a rule id, a policy name, then a message name.
                 ? trf("rule '{}' of policy '{}' uses message '{}', which is not defined (no "
                       "message is defined)",
                       r.id, p.name, r.message)
                 // TRANSLATORS: a rule id, a policy name, a message name, then the defined
                 // messages ('a', 'b' or 'c').
                 : trf("rule '{}' of policy '{}' uses message '{}', which is not defined "
                       "(defined: {})",
                       r.id, p.name, r.message, quoted_list(names))});
}

} // namespace

ReminderSet load_reminders(std::span<const std::filesystem::path> directories) {
  std::vector<Diagnostic> problems;
  std::vector<ReminderPolicy> policies;
  std::vector<MessageTemplate> messages;
  for (const auto& directory : directories) {
    if (directory.empty() || !is_existing_directory(directory / "reminders"))
      continue;
    std::vector<ReminderPolicy> layer_policies;
    std::vector<MessageTemplate> layer_messages;
    for (const auto& file : template_files(directory / "reminders", "reminders"))
      parse_reminder_file(file.string(), read_file(file), layer_policies, layer_messages, problems);
    merge_by_name(policies, layer_policies);
    merge_by_name(messages, layer_messages);
  }
  check_messages(policies, messages, problems);
  if (!problems.empty()) {
    sort_diagnostics(problems);
    throw_diagnostics(ErrorKind::invalid, tr("invalid reminder policies"), problems);
  }
  return ReminderSetBuilder::build(std::move(policies), std::move(messages));
}

std::vector<Diagnostic> check_policy_references(const ReminderSet& reminders,
                                                std::span<const Service> services,
                                                std::string_view default_policy) {
  std::vector<Diagnostic> problems;
  std::vector<std::string> names{std::string(k_no_reminders)};
  for (const auto& p : reminders.policies())
    names.push_back(p.name);
  const auto known = [&](std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  const auto report = [&](const std::string& file, int line, const std::string& name,
                          std::string_view who) {
    problems.push_back({file, line, 0,
                        trf("{} uses reminder policy '{}', which is not defined "
                            "(defined: {})",
                            who, name, quoted_list(names))});
  };
  if (!default_policy.empty() && !known(default_policy))
    report("", 0, std::string(default_policy), "the config's [reminders] policy");
  for (const auto& service : services) {
    const auto check = [&](const TaskSpec& spec) {
      if (!spec.reminders.empty() && !known(spec.reminders))
        report(spec.file, spec.line, spec.reminders, fmt::format("'{}'", spec.code));
    };
    for (const auto& o : service.obligations)
      check(o);
    for (const auto& p : service.programmes)
      for (const auto& s : p.steps)
        check(s);
    for (const auto& t : service.triggers)
      check(t);
  }
  return problems;
}

std::vector<Diagnostic> lint_reminder_paths(std::span<const std::filesystem::path> paths,
                                            int* files_checked) {
  std::vector<Diagnostic> problems;
  std::vector<ReminderPolicy> policies;
  std::vector<MessageTemplate> messages;
  int files = 0;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
      continue; // reported by the service lint
    for (const auto& file : template_files(path, "reminders")) {
      ++files;
      parse_reminder_file(file.string(), read_file(file), policies, messages, problems);
    }
  }
  if (files_checked != nullptr)
    *files_checked = files;
  return problems;
}

} // namespace acctcore
