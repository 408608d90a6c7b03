#pragma once

// Open tasks as a calendar feed (`acct export ics`, docs/commands/export.md): one all-day event
// per task on its due date, its pending reminders as alarms.

#include "ics/ics.hpp"
#include "task/task.hpp"
#include "util/clock.hpp"
#include "words/words.hpp"

#include <optional>
#include <string>

namespace acctcore {

class Store;

/// How far ahead an export looks, in days: `--days` accepts 1 to this (a year, leap day included).
inline constexpr int k_ics_max_days = 366;

/// Whose tasks an export shows. At most one of client and staff.
struct TaskCalendarRequest {
  /// A client's tasks; alarms are the reminders to its contacts.
  std::optional<std::string> client{};
  /// Tasks assigned to a staff member and those waiting for their review; alarms are theirs.
  std::optional<std::string> staff{};
  /// Open tasks due from today to today + days, and the overdue ones.
  int days = 30;
};

/// What a task's event shows besides the task itself.
struct TaskEventContext {
  std::string client_name;      ///< short name, else the legal name
  std::string assignee_name;    ///< or empty when unassigned
  std::string assignee_contact; ///< phone, e-mail, Telegram: whom the client calls
  std::string reviewer_name;    ///< or empty
  Timestamp stamp;              ///< DTSTAMP: when the export is made
  Date today;                   ///< overdue tasks say so
  bool for_client = false;      ///< the client's own calendar: no commands in the text
  ClientLanguage language = ClientLanguage::ru; ///< the words of the description
};

/// The event of one task, without alarms: UID from the task key, SEQUENCE its due revision,
/// SUMMARY "client: title", a DESCRIPTION in the context's language (the task's description,
/// period, due date, status as the reader says it (the client's or staff's words), who does it
/// and how to reach them, what the client must do), STATUS TENTATIVE for a provisional date,
/// else CONFIRMED.
IcsEvent task_event(const TaskRecord& task, const TaskEventContext& context);

/// The calendar of `request` as of `clock`, named after the firm and whose it is. Alarms are
/// the pending reminders still to come, one per moment. Throws Error: not_found (an unknown
/// client or staff member), invalid (days out of 1..k_ics_max_days, client and staff both).
IcsCalendar task_calendar(const Store& store, const TaskCalendarRequest& request,
                          const Clock& clock, std::string_view firm_name);

} // namespace acctcore
