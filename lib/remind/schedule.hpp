#pragma once

// The pure part of reminders: when each rule of a policy fires for one task, in the recipient's
// time zone, moved off days off and nights (docs/reminders.md#when). No database, no clock.

#include "calendar/calendar.hpp"
#include "config/config.hpp"
#include "remind/policy.hpp"
#include "util/date.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace acctcore {

/// A resolved recipient: who and in which zone.
struct ReminderTarget {
  std::string key;  ///< "staff:HANDLE" or "person:KEY"
  std::string zone; ///< IANA name
  const date::time_zone* tz = nullptr;
};

/// Where a reminder lands in local time, and why it was moved ("", "night", "day-off",
/// "night,day-off").
struct LocalMoment {
  Date day;
  int minute = 0;
  std::string moved;
};

/// The local moment of a reminder `days` (working or calendar) from `base` at `minute`: a time
/// after working hours moves back to their end on the same day, a time before them to the end
/// of the previous day; then a day off moves back to the previous working day. A reminder is
/// never moved later than asked.
LocalMoment reminder_moment(WorkDays& calendar, Date base, int days, bool working_days, int minute,
                            const WorkingHours& hours);

/// One reminder of one task, as the schedule wants it.
struct ScheduledReminder {
  std::string rule;      ///< "policy/rule"
  std::string recipient; ///< the target's key
  int occurrence = 1;
  Timestamp at; ///< UTC
  LocalMoment local;
  std::string zone;
  std::string channel;
  std::string message; ///< the message template's name
};

/// What a schedule needs of a task.
struct TaskDates {
  Date due;
  std::optional<Date> planned;
  ClientAction action = ClientAction::none;
};

/// Who holds a recipient for the task (none, one, or several contacts) on the local day the
/// reminder fires (a person away that day hands their reminders to their cover).
using RecipientResolver = std::function<std::vector<ReminderTarget>(const Recipient&, Date)>;

/// Every reminder `policy` asks for `task`, appended to `out`.
void schedule_task(const ReminderPolicy& policy, const TaskDates& task, WorkDays& calendar,
                   const WorkingHours& hours, const RecipientResolver& resolve,
                   std::vector<ScheduledReminder>& out);

/// "YYYY-MM-DD HH:MM".
std::string format_local_moment(const LocalMoment& moment);

} // namespace acctcore
