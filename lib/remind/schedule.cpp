#include "remind/schedule.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

void add_reason(std::string& moved, std::string_view reason) {
  if (!moved.empty())
    moved += ',';
  moved += reason;
}

Timestamp to_utc(const LocalMoment& moment, const date::time_zone* zone) {
  const date::local_seconds local{
      date::local_days{moment.day.time_since_epoch()}.time_since_epoch() +
      std::chrono::minutes{moment.minute}};
  if (zone == nullptr)
    return Timestamp{local.time_since_epoch()};
  // A moment inside a daylight-saving gap or overlap takes its earliest reading.
  return zone->to_sys(local, date::choose::earliest);
}

std::string default_message(const Recipient& to, bool after) {
  if (to.kind == Recipient::Kind::client)
    return "client";
  return after ? "overdue" : "staff";
}

} // namespace

LocalMoment reminder_moment(WorkDays& calendar, Date base, int days, bool working_days, int minute,
                            const WorkingHours& hours) {
  LocalMoment moment{working_days ? calendar.add(base, days) : base + date::days{days}, minute, {}};
  if (moment.minute > hours.end) {
    moment.minute = hours.end;
    add_reason(moment.moved, "night");
  } else if (moment.minute < hours.start) {
    moment.day -= date::days{1};
    moment.minute = hours.end;
    add_reason(moment.moved, "night");
  }
  if (!calendar.is_working(moment.day)) {
    moment.day = calendar.previous_on_or_before(moment.day);
    add_reason(moment.moved, "day-off");
  }
  return moment;
}

void schedule_task(const ReminderPolicy& policy, const TaskDates& task, WorkDays& calendar,
                   const WorkingHours& hours, const RecipientResolver& resolve,
                   std::vector<ScheduledReminder>& out) {
  for (const auto& rule : policy.rules) {
    if (!rule.client_actions.empty() &&
        std::find(rule.client_actions.begin(), rule.client_actions.end(), task.action) ==
            rule.client_actions.end())
      continue;
    const Date base = rule.from == ReminderBase::planned && task.planned ? *task.planned : task.due;
    const std::string rule_key = fmt::format("{}/{}", policy.name, rule.id);
    const auto emit = [&](const Recipient& to, int occurrence, Date day_base, int days,
                          bool working) {
      const auto local =
          reminder_moment(calendar, day_base, days, working, rule.minute_of_day, hours);
      const std::string message =
          !rule.message.empty() ? rule.message : default_message(to, rule.days > 0);
      for (auto& target : resolve(to, local.day))
        out.push_back({rule_key, target.key, occurrence, to_utc(local, target.tz), local,
                       target.zone, rule.channel, message});
    };
    if (!rule.repeat) {
      emit(rule.to, 1, base, rule.days, rule.working_days);
      continue;
    }
    // The first occurrence counts from the date; the repeats count working days from it.
    const Date first =
        rule.working_days ? calendar.add(base, rule.days) : base + date::days{rule.days};
    const auto& repeat = *rule.repeat;
    for (int k = 1; k <= repeat.times; ++k)
      emit(rule.to, k, first, (k - 1) * repeat.every_working_days, true);
    if (repeat.escalate_to)
      emit(*repeat.escalate_to, repeat.times + 1, first, repeat.times * repeat.every_working_days,
           true);
  }
}

std::string format_local_moment(const LocalMoment& moment) {
  return fmt::format("{} {:02}:{:02}", format_date(moment.day), moment.minute / 60,
                     moment.minute % 60);
}

} // namespace acctcore
