#pragma once

// Notification templates (docs/notifications.md): TOML files in a templates directory's
// notifications/ folder. A kind says what a notification is (filing-accepted, data-missing,
// or one of the firm's own), which message renders it, whom it goes to, and whether the client
// must confirm it, with the repeats while it stays unconfirmed; a message is a subject and a
// body in Russian with {placeholders}.

#include "remind/policy.hpp"
#include "util/error.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// The kinds acct makes by itself (docs/notifications.md#automatic); each needs a template.
/// Keep in sync with the bundled templates/notifications/default.toml and the docs.
inline constexpr std::string_view k_automatic_kinds[] = {
    "filing-accepted", "filing-accepted-with-notice", "filing-rejected",
    "amount-due",      "documents-received",          "data-missing",
};

/// Repeating an unconfirmed notification: every N working days at a time of day, at most M
/// times, then once to a staff role (escalation).
struct NotificationRepeat {
  int every_working_days = 2;
  int times = 3;
  int minute_of_day = 10 * 60; ///< the recipient's local time
  std::string escalate_to;     ///< a staff role ("manager"), or empty
};

/// A kind of notification.
struct NotificationKind {
  std::string name;
  std::string description;
  std::string message;  ///< the message template's name (default: the kind's)
  std::string to;       ///< a contact role ("director"), or empty for every contact
                        ///< who takes reminders
  bool confirm = false; ///< the client must confirm it (read, agree)
  std::optional<NotificationRepeat> repeat; ///< only with confirm
  std::string file;
  int line = 0;
};

/// A notification's text.
struct NotificationMessage {
  std::string name;
  std::string subject;
  std::string body;
  std::string file;
  int line = 0;
};

/// The placeholders a notification message may use (docs/notifications.md#placeholders).
std::span<const std::string_view> notification_placeholders() noexcept;

/// Every kind and message of a run: the bundled ones and the firm's, the firm's replacing a
/// bundled one of the same name.
class NotificationSet {
public:
  const NotificationKind* kind(std::string_view name) const noexcept;
  const NotificationMessage* message(std::string_view name) const noexcept;
  const std::vector<NotificationKind>& kinds() const noexcept { return m_kinds; }
  const std::vector<NotificationMessage>& messages() const noexcept { return m_messages; }
  /// The kind `name`; Error(not_found) naming the known ones otherwise.
  const NotificationKind& get(std::string_view name) const;

private:
  friend class NotificationSetBuilder;
  std::vector<NotificationKind> m_kinds;
  std::vector<NotificationMessage> m_messages;
};

/// Parses one notifications file, appending every problem with file:line:column.
void parse_notification_file(const std::string& path, std::string_view text,
                             std::vector<NotificationKind>& kinds,
                             std::vector<NotificationMessage>& messages,
                             std::vector<Diagnostic>& problems);

/// The problems of a set as a whole: a kind whose message is not defined, an automatic kind
/// that is not defined.
std::vector<Diagnostic> check_notification_set(const std::vector<NotificationKind>& kinds,
                                               const std::vector<NotificationMessage>& messages);

/// Reads `notifications/*.toml` of each templates directory, lowest priority first. Throws
/// Error(invalid) listing every problem.
NotificationSet load_notifications(std::span<const std::filesystem::path> directories);

/// Lints paths (a notifications file, a folder of them, or a templates directory's
/// notifications/) and returns the problems of the files themselves; `files_checked` counts the
/// files read.
std::vector<Diagnostic> lint_notification_paths(std::span<const std::filesystem::path> paths,
                                                int* files_checked = nullptr);

/// What a notification's placeholders stand for: name -> text.
using NotificationFields = std::map<std::string, std::string, std::less<>>;

/// `text` with each {placeholder} replaced from `fields` (a known placeholder without a value
/// becomes empty; an unknown one is left as written).
std::string render_notification(std::string_view text, const NotificationFields& fields);

} // namespace acctcore
