#pragma once

// Reminder policies and message templates (docs/reminders.md): TOML files in the templates
// directory's reminders/ folder. A policy is a list of rules: whom to remind, how many working or
// calendar days before or after a task's planned or due date, at what time of day, and how often
// to repeat while the task stays overdue before escalating.

#include "template/service.hpp"
#include "util/error.hpp"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// Who receives a reminder.
struct Recipient {
  enum class Kind : std::uint8_t {
    assignee, ///< the task's assignee
    reviewer, ///< the task's reviewer
    staff,    ///< the holder of a staff role in the client's work group ("manager")
    client,   ///< every contact of the client with a contact role who takes reminders
  };
  Kind kind = Kind::assignee;
  std::string role; ///< the staff or contact role for Kind::staff and Kind::client

  /// As written in a policy: "assignee", "reviewer", "manager", "client:director".
  std::string to_string() const;
  /// Parses a recipient; nullopt for an unknown one.
  static std::optional<Recipient> parse(std::string_view text);
};

/// Which date of a task a rule counts from.
enum class ReminderBase : std::uint8_t { due, planned };

/// Repeating an overdue reminder: every N working days, at most M times, then one reminder to
/// the escalation recipient.
struct ReminderRepeat {
  int every_working_days = 1;
  int times = 1;
  std::optional<Recipient> escalate_to;
};

/// One rule of a policy.
struct ReminderRule {
  std::string id; ///< stable within the policy: part of every reminder's key
  Recipient to;
  ReminderBase from = ReminderBase::due;
  int days = 0;               ///< negative: before the date; positive: after it
  bool working_days = true;   ///< working days (on the task's calendar) or calendar days
  int minute_of_day = 9 * 60; ///< local time in the recipient's zone
  std::string channel;        ///< preferred channel, or empty for the recipient's own
  std::vector<ClientAction> client_actions; ///< only tasks needing one of these (empty: any)
  std::optional<ReminderRepeat> repeat;
  std::string message; ///< message template, or empty for the default one
  int line = 0;
};

struct ReminderPolicy {
  std::string name;
  std::string description;
  std::vector<ReminderRule> rules;
  std::string file;
  int line = 0;
};

/// A reminder's text: subject and body with {placeholders} (docs/reminders.md#messages).
struct MessageTemplate {
  std::string name;
  std::string subject;
  std::string body;
  std::string file;
  int line = 0;
};

/// The placeholders a message may use.
std::span<const std::string_view> message_placeholders() noexcept;

/// Every policy and message template of a run: the bundled ones and the firm's, the firm's
/// replacing a bundled one of the same name.
class ReminderSet {
public:
  const ReminderPolicy* policy(std::string_view name) const noexcept;
  const MessageTemplate* message(std::string_view name) const noexcept;
  const std::vector<ReminderPolicy>& policies() const noexcept { return m_policies; }
  const std::vector<MessageTemplate>& messages() const noexcept { return m_messages; }
  /// A digest of everything that decides reminder moments: when it changes, every open
  /// task's schedule is recomputed.
  std::string fingerprint() const;

private:
  friend class ReminderSetBuilder;
  std::vector<ReminderPolicy> m_policies;
  std::vector<MessageTemplate> m_messages;
};

/// The policy name that means "no reminders".
inline constexpr std::string_view k_no_reminders = "none";

/// Parses one reminders file, appending every problem with file:line:column.
void parse_reminder_file(const std::string& path, std::string_view text,
                         std::vector<ReminderPolicy>& policies,
                         std::vector<MessageTemplate>& messages, std::vector<Diagnostic>& problems);

/// Reads `reminders/*.toml` of each templates directory, lowest priority first. Throws
/// Error(invalid) listing every problem.
ReminderSet load_reminders(std::span<const std::filesystem::path> directories);

/// Checks that every policy a service names exists (or is "none"), and that every message a
/// rule names exists; returns the problems at the service's or rule's line.
std::vector<Diagnostic> check_policy_references(const ReminderSet& reminders,
                                                std::span<const Service> services,
                                                std::string_view default_policy);

/// Lints paths (a reminders file, a folder of them, or a templates directory's reminders/) and
/// returns the problems; `files_checked` counts the files read.
std::vector<Diagnostic> lint_reminder_paths(std::span<const std::filesystem::path> paths,
                                            int* files_checked = nullptr);

} // namespace acctcore
