#include "notify/template.hpp"

#include "client/contacts.hpp"
#include "staff/staff.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"
#include "util/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

// Keep in sync with docs/notifications.md#placeholders and the fields notify/notify.cpp fills.
constexpr std::string_view k_placeholders[] = {
    "client",      "client_name",
    "recipient",   "firm",
    "firm_phone",  "firm_email",
    "manager",     "manager_contact",
    "title",       "title_lower",
    "period",      "due",
    "task",        "key",
    "form",        "authority",
    "receipt",     "filed_on",
    "answer_date", "answer_number",
    "reason",      "correction_due",
    "amount",      "payment",
    "kbk",         "oktmo",
    "missing",     "received",
    "text",
};

constexpr std::string_view k_file_keys[] = {"kind", "message"};
constexpr std::string_view k_kind_keys[] = {"description", "message", "to", "confirm", "repeat"};
constexpr std::string_view k_repeat_keys[] = {"every_working_days", "times", "time", "escalate_to"};
constexpr std::string_view k_message_keys[] = {"subject", "body"};

bool is_name(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

void parse_kind(const std::string& name, const toml::node& node, const std::string& path,
                std::vector<NotificationKind>& kinds, TomlProblems& report) {
  NotificationKind kind;
  kind.name = name;
  kind.message = name;
  kind.file = path;
  kind.line = static_cast<int>(node.source().begin.line);
  const std::string where = fmt::format("[kind.{}]", name);
  if (!is_name(name))
    report.at(node, trf("kind name '{}' must be lowercase letters, digits, '-' or '_'", name));
  const auto* t = node.as_table();
  if (t == nullptr) {
    report.at(node, trf("{} must be a table", where));
    return;
  }
  report.reject_unknown(*t, k_kind_keys, where);
  kind.description = report.string(*t, "description", where).value_or("");
  if (auto message = report.string(*t, "message", where))
    kind.message = *message;
  if (auto to = report.string(*t, "to", where)) {
    std::string role = *to;
    if (role.starts_with("client:"))
      role.erase(0, 7);
    if (std::find(std::begin(k_contact_roles), std::end(k_contact_roles), role) ==
        std::end(k_contact_roles))
      report.at(*t->get("to"), trf("unknown contact role '{}' in 'to' (known: {})", *to,
                                   join(std::vector<std::string>(std::begin(k_contact_roles),
                                                                 std::end(k_contact_roles)),
                                        ", ")));
    else
      kind.to = role;
  }
  kind.confirm = report.boolean(*t, "confirm", where).value_or(false);
  if (const auto* node_repeat = t->get("repeat")) {
    if (const auto* r = node_repeat->as_table()) {
      report.reject_unknown(*r, k_repeat_keys, "repeat");
      NotificationRepeat repeat;
      repeat.every_working_days =
          report.integer(*r, "every_working_days", 1, 30, "repeat").value_or(2);
      repeat.times = report.integer(*r, "times", 1, 20, "repeat").value_or(3);
      if (auto time = report.string(*r, "time", "repeat")) {
        if (auto minute = parse_time_of_day(*time))
          repeat.minute_of_day = *minute;
        else
          report.at(*r->get("time"),
                    trf("time of day '{}' does not parse: use HH:MM, 00:00 to 23:59", *time));
      }
      if (auto role = report.string(*r, "escalate_to", "repeat")) {
        if (!is_staff_role(*role))
          report.at(*r->get("escalate_to"),
                    trf("'escalate_to' is a staff role (manager, chief-accountant, ...), not "
                        "'{}'",
                        *role));
        else
          repeat.escalate_to = *role;
      }
      if (!kind.confirm)
        report.at(*node_repeat, trf("{} repeats, but only a notification the client must "
                                    "confirm is repeated: add confirm = true",
                                    where));
      kind.repeat = repeat;
    } else {
      report.at(*node_repeat,
                tr("'repeat' must be a table: { every_working_days = 2, times = 3 }"));
    }
  }
  for (const auto& other : kinds)
    if (other.name == kind.name)
      report.at(node, trf("kind '{}' is already defined at line {}", kind.name, other.line));
  kinds.push_back(std::move(kind));
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

std::vector<std::filesystem::path> notification_files(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec))
    return path.parent_path().filename() == "notifications" ? std::vector{path}
                                                            : std::vector<std::filesystem::path>{};
  std::filesystem::path dir = path;
  if (std::filesystem::is_directory(path / "notifications", ec))
    dir = path / "notifications";
  else if (path.filename() != "notifications")
    return {};
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".toml" && entry.is_regular_file(ec))
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

std::span<const std::string_view> notification_placeholders() noexcept {
  return k_placeholders;
}

const NotificationKind* NotificationSet::kind(std::string_view name) const noexcept {
  for (const auto& k : m_kinds)
    if (k.name == name)
      return &k;
  return nullptr;
}

const NotificationMessage* NotificationSet::message(std::string_view name) const noexcept {
  for (const auto& m : m_messages)
    if (m.name == name)
      return &m;
  return nullptr;
}

const NotificationKind& NotificationSet::get(std::string_view name) const {
  if (const auto* k = kind(name))
    return *k;
  std::vector<std::string> names;
  for (const auto& k : m_kinds)
    names.push_back(k.name);
  const auto near = closest_match(name, names);
  throw Error(ErrorKind::not_found,
              near.empty() ? trf("no notification kind '{}'", name)
                           : trf("no notification kind '{}' (did you mean '{}'?)", name, near),
              trf("known kinds: {}; a firm adds its own in notifications/*.toml of its "
                  "templates directory",
                  join(names, ", ")));
}

class NotificationSetBuilder {
public:
  static NotificationSet build(std::vector<NotificationKind> kinds,
                               std::vector<NotificationMessage> messages) {
    NotificationSet set;
    set.m_kinds = std::move(kinds);
    set.m_messages = std::move(messages);
    std::sort(set.m_kinds.begin(), set.m_kinds.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    std::sort(set.m_messages.begin(), set.m_messages.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return set;
  }
};

void parse_notification_file(const std::string& path, std::string_view text,
                             std::vector<NotificationKind>& kinds,
                             std::vector<NotificationMessage>& messages,
                             std::vector<Diagnostic>& problems) {
  auto root = parse_toml(text, path, problems);
  if (!root)
    return;
  TomlProblems report(path, problems);
  report.reject_unknown(*root, k_file_keys, "a notifications file");
  if (const auto* node = root->get("kind")) {
    if (const auto* table = node->as_table()) {
      for (const auto& [key, value] : *table)
        parse_kind(std::string(key.str()), value, path, kinds, report);
    } else {
      report.at(*node, tr("'kind' must be a table of [kind.NAME] tables"));
    }
  }
  if (const auto* node = root->get("message")) {
    if (const auto* table = node->as_table()) {
      for (const auto& [key, value] : *table) {
        NotificationMessage message;
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
            check_text_placeholders(*t->get(field), *text_value, k_placeholders, report);
          (std::string_view(field) == "subject" ? message.subject : message.body) =
              text_value.value_or("");
        }
        for (const auto& other : messages)
          if (other.name == message.name)
            report.at(value,
                      trf("message '{}' is already defined at line {}", message.name, other.line));
        messages.push_back(std::move(message));
      }
    } else {
      report.at(*node, tr("'message' must be a table of [message.NAME] tables"));
    }
  }
}

std::vector<Diagnostic> check_notification_set(const std::vector<NotificationKind>& kinds,
                                               const std::vector<NotificationMessage>& messages) {
  std::vector<Diagnostic> problems;
  std::vector<std::string> names;
  for (const auto& m : messages)
    names.push_back(m.name);
  for (const auto& k : kinds)
    if (std::find(names.begin(), names.end(), k.message) == names.end())
      problems.push_back(
          {k.file, k.line, 0,
           k.message == k.name
               ? trf("kind '{}' has no message template: add [message.{}]", k.name, k.name)
               // TRANSLATORS: a kind, then the message it names.
               : trf("kind '{}' uses message '{}', which is not defined", k.name, k.message)});
  for (auto automatic : k_automatic_kinds)
    if (std::none_of(kinds.begin(), kinds.end(),
                     [&](const NotificationKind& k) { return k.name == automatic; }))
      problems.push_back({"", 0, 0,
                          trf("kind '{}', which acct sends by itself, has no template: add "
                              "[kind.{}] and its message",
                              automatic, automatic)});
  return problems;
}

NotificationSet load_notifications(std::span<const std::filesystem::path> directories) {
  std::vector<Diagnostic> problems;
  std::vector<NotificationKind> kinds;
  std::vector<NotificationMessage> messages;
  for (const auto& directory : directories) {
    std::error_code ec;
    if (directory.empty() || !std::filesystem::is_directory(directory / "notifications", ec))
      continue;
    std::vector<NotificationKind> layer_kinds;
    std::vector<NotificationMessage> layer_messages;
    for (const auto& file : notification_files(directory / "notifications"))
      parse_notification_file(file.string(), read_file(file), layer_kinds, layer_messages,
                              problems);
    merge_by_name(kinds, layer_kinds);
    merge_by_name(messages, layer_messages);
  }
  for (auto& p : check_notification_set(kinds, messages))
    problems.push_back(std::move(p));
  if (!problems.empty()) {
    sort_diagnostics(problems);
    throw_diagnostics(ErrorKind::invalid, tr("invalid notification templates"), problems);
  }
  return NotificationSetBuilder::build(std::move(kinds), std::move(messages));
}

std::vector<Diagnostic> lint_notification_paths(std::span<const std::filesystem::path> paths,
                                                int* files_checked) {
  std::vector<Diagnostic> problems;
  int files = 0;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
      continue; // reported by the service lint
    std::vector<NotificationKind> kinds;
    std::vector<NotificationMessage> messages;
    for (const auto& file : notification_files(path)) {
      ++files;
      parse_notification_file(file.string(), read_file(file), kinds, messages, problems);
    }
  }
  if (files_checked != nullptr)
    *files_checked = files;
  return problems;
}

std::string render_notification(std::string_view text, const NotificationFields& fields) {
  return fill_placeholders(text, [&](std::string_view name) -> std::optional<std::string> {
    if (auto it = fields.find(name); it != fields.end())
      return it->second;
    if (std::find(std::begin(k_placeholders), std::end(k_placeholders), name) !=
        std::end(k_placeholders))
      return std::string();
    return std::nullopt;
  });
}

} // namespace acctcore
