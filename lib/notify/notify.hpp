#pragma once

// Notifications to clients (docs/notifications.md): a message rendered from a template when it
// is made, its deliveries to the client's contacts (the outbox `acct remind run` drains with
// the reminders), repeats while a notification that needs confirmation stays unconfirmed, and
// the confirmation itself.

#include "config/config.hpp"
#include "notify/template.hpp"
#include "task/task.hpp"
#include "util/clock.hpp"
#include "util/date.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace date {
class time_zone;
}

namespace acctcore {

class CalendarSet;
class ServiceSet;
class Store;
class WorkDays;

/// A notification as stored, with how its deliveries stand.
struct Notification {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string client; ///< slug
  std::string kind;
  std::optional<std::int64_t> task_id;
  std::string cause; ///< what an automatic one is about ("filing/12/accepted"), or empty
  std::string subject;
  std::string body; ///< with {recipient} left for each delivery
  bool confirm = false;
  std::optional<Timestamp> confirmed_at;
  std::string confirmed_by;
  Timestamp created_at;
  std::string created_by;
  int deliveries = 0; ///< first deliveries (one per recipient), repeats not counted
  int sent = 0;       ///< deliveries sent, repeats included
  int pending = 0;    ///< deliveries still to send, repeats included
  int failed = 0;

  bool confirmed() const noexcept { return confirmed_at.has_value(); }
};

/// What making a notification needs besides the database.
struct NotifyContext {
  const NotificationSet& templates;
  const CalendarSet& calendars;
  const FirmConfig& firm;
  WorkingHours hours;                   ///< when deliveries may arrive, recipient's local time
  const ServiceSet* services = nullptr; ///< for a filing's form and authority, when given
};

/// A notification to make (`acct notify`, or acct itself).
struct NewNotification {
  std::string client; ///< slug
  std::string kind;
  std::optional<std::int64_t> task;
  NotificationFields fields;   ///< placeholders given by the caller (text, missing, ...)
  std::string cause;           ///< automatic ones: made once per client and cause
  std::vector<std::string> to; ///< person keys; empty: the kind's recipients
  std::optional<bool> confirm; ///< instead of the kind's
};

struct NotifyResult {
  Notification notification;
  bool created = false; ///< false: one with the same cause exists
  int recipients = 0;   ///< contacts it goes to (0: recorded, nobody to deliver it to)
};

/// The local moments of a notification's deliveries made at `now` in zone `tz`: the first at
/// `now` when that is within working hours of a working day, else at the start of the next
/// working hours; then, with `repeat`, every N working days after the first at its time of day
/// (kept within working hours). Pure; `days` is the client's calendar.
struct DeliveryMoment {
  Date day;
  int minute = 0;
};
std::vector<DeliveryMoment> notification_moments(Timestamp now, const date::time_zone* tz,
                                                 WorkDays& days, const WorkingHours& hours,
                                                 const std::optional<NotificationRepeat>& repeat);

/// Makes a notification: renders its template with the client's, the task's (title, period,
/// due date, amount, filing) and the caller's fields, records it (audited) and its deliveries
/// to the client's contacts who take reminders (of the kind's contact role, or `to`), plus
/// the repeats and the escalation of one that needs confirmation. An automatic one (with a
/// cause) is made once: the second call returns the first. Throws Error: not_found (client,
/// kind, task, person), conflict (an archived client), invalid (a task of another client, a
/// person who is not the client's contact).
NotifyResult notify_client(Store& store, const Actor& actor, const NotifyContext& context,
                           const NewNotification& notification);

/// Records that the client confirmed notification `id` (`acct notify confirm`, or a hook that
/// learned it): cancels its pending repeats and escalation. Confirming again changes nothing.
/// Throws Error: not_found, invalid (a notification that needs no confirmation).
Notification confirm_notification(Store& store, const Actor& actor, std::int64_t id,
                                  const std::string& by);

/// Which notifications to list; unset members do not filter.
struct NotificationFilter {
  std::optional<std::string> client{};
  std::optional<std::string> kind{};
  bool unconfirmed = false;   ///< only those waiting for a confirmation
  std::optional<Date> from{}; ///< made on or after (UTC day)
  std::optional<Date> to{};   ///< made on or before
};

std::vector<Notification> list_notifications(const Store& store, const NotificationFilter& filter);
Notification get_notification(const Store& store, std::int64_t id);

/// The documented JSON form (docs/json.md, "notification").
Json notification_to_json(const Notification& notification, const date::time_zone* zone);

} // namespace acctcore
