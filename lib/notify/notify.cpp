#include "notify/notify.hpp"

#include "audit/audit.hpp"
#include "calendar/calendar.hpp"
#include "calendar/loader.hpp"
#include "client/client.hpp"
#include "client/contacts.hpp"
#include "client/work_group.hpp"
#include "deadline/period.hpp"
#include "remind/message.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "task/amount.hpp"
#include "task/filing.hpp"
#include "template/loader.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"
#include "words/words.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr const char* k_notification_select =
    "SELECT n.id, n.client_id, c.slug, n.kind, n.task_id, n.cause, n.subject, n.body, n.confirm, "
    "n.confirmed_at, n.confirmed_by, n.created_at, n.created_by, "
    "(SELECT count(*) FROM notification_delivery d WHERE d.notification_id = n.id "
    "AND d.occurrence = 1), "
    "(SELECT count(*) FROM notification_delivery d WHERE d.notification_id = n.id "
    "AND d.state = 'sent'), "
    "(SELECT count(*) FROM notification_delivery d WHERE d.notification_id = n.id "
    "AND (d.state = 'pending' OR d.state = 'sending')), "
    "(SELECT count(*) FROM notification_delivery d WHERE d.notification_id = n.id "
    "AND d.state = 'failed') "
    "FROM notification n JOIN client c ON c.id = n.client_id";

Notification read_notification(Statement& q) {
  Notification n;
  int i = 0;
  n.id = q.column(i++).as_int64();
  n.client_id = q.column(i++).as_int64();
  n.client = q.column(i++).as_text();
  n.kind = q.column(i++).as_text();
  if (const auto c = q.column(i++); !c.is_null())
    n.task_id = c.as_int64();
  n.cause = column_text(q.column(i++));
  n.subject = q.column(i++).as_text();
  n.body = q.column(i++).as_text();
  n.confirm = q.column(i++).as_int() != 0;
  n.confirmed_at = column_timestamp(q.column(i++));
  n.confirmed_by = column_text(q.column(i++));
  n.created_at = column_timestamp(q.column(i++)).value_or(Timestamp{});
  n.created_by = q.column(i++).as_text();
  n.deliveries = q.column(i++).as_int();
  n.sent = q.column(i++).as_int();
  n.pending = q.column(i++).as_int();
  n.failed = q.column(i++).as_int();
  return n;
}

/// A moment in a zone, as UTC.
Timestamp to_utc(const DeliveryMoment& moment, const date::time_zone* tz) {
  const date::local_seconds local{
      date::local_days{moment.day.time_since_epoch()}.time_since_epoch() +
      std::chrono::minutes{moment.minute}};
  if (tz == nullptr)
    return Timestamp{local.time_since_epoch()};
  return date::floor<std::chrono::seconds>(tz->to_sys(local, date::choose::earliest));
}

std::string local_text(const DeliveryMoment& moment) {
  return fmt::format("{} {:02}:{:02}", format_date(moment.day), moment.minute / 60,
                     moment.minute % 60);
}

/// The fields a task gives: its title, period, due date, amount and filing.
void task_fields(const Store& store, const ServiceSet* services, const TaskRecord& task,
                 NotificationFields& f) {
  f["title"] = task.title;
  f["title_lower"] = lower_first_letter(task.title);
  if (auto period = parse_period(task.period))
    f["period"] = client_words(ClientLanguage::ru).period(*period);
  f["due"] = format_date_ru(task.due);
  f["task"] = std::to_string(task.id);
  f["key"] = task.key();
  if (auto amount = get_amount(store, task.id)) {
    f["amount"] = format_money_for_client(amount->money);
    f["payment"] = payment_line(task, *amount);
    f["kbk"] = amount->kbk;
    f["oktmo"] = amount->oktmo;
  }
  if (auto filing = get_filing(store, task.id)) {
    f["receipt"] = filing->receipt;
    f["filed_on"] = format_date_ru(filing->filed_on);
    if (filing->answered_on)
      f["answer_date"] = format_date_ru(*filing->answered_on);
    f["answer_number"] = filing->answer_number;
    f["reason"] = filing->reason;
    if (filing->correction_id)
      f["correction_due"] = format_date_ru(get_task(store, *filing->correction_id).due);
  }
  if (services != nullptr)
    if (const FilingSpec* spec = filing_spec(store, task, *services)) {
      f["form"] = spec->form;
      f["authority"] = spec->authority;
    }
}

} // namespace

std::vector<DeliveryMoment> notification_moments(Timestamp now, const date::time_zone* tz,
                                                 WorkDays& days, const WorkingHours& hours,
                                                 const std::optional<NotificationRepeat>& repeat) {
  const Date today = local_date(now, tz);
  const auto local_minutes = [&] {
    const auto offset = tz == nullptr ? std::chrono::seconds{0} : tz->get_info(now).offset;
    const auto since_midnight = now + offset - Timestamp{today.time_since_epoch()};
    return static_cast<int>(
        std::chrono::duration_cast<std::chrono::minutes>(since_midnight).count());
  }();
  std::vector<DeliveryMoment> moments;
  DeliveryMoment first{today, local_minutes};
  if (!days.is_working(first.day) || first.minute > hours.end) {
    first.day = days.add(first.day, 1);
    first.minute = hours.start;
  } else if (first.minute < hours.start) {
    first.minute = hours.start;
  }
  moments.push_back(first);
  if (repeat) {
    const int minute = std::clamp(repeat->minute_of_day, hours.start, hours.end);
    for (int i = 1; i <= repeat->times; ++i)
      moments.push_back({days.add(first.day, i * repeat->every_working_days), minute});
  }
  return moments;
}

NotifyResult notify_client(Store& store, const Actor& actor, const NotifyContext& context,
                           const NewNotification& in) {
  const Client client = get_client(store, in.client);
  if (client.archived())
    throw Error(ErrorKind::conflict,
                trf("client '{}' is archived: it is not notified", client.slug),
                trf("restore it first with 'acct client restore {}'", client.slug));
  const NotificationKind& kind = context.templates.get(in.kind);
  const NotificationMessage* message = context.templates.message(kind.message);
  if (message == nullptr) // load_notifications refuses such a set; a hand-made one may not
    throw Error(ErrorKind::invalid, trf("kind '{}' has no message template", kind.name));
  if (!in.cause.empty()) {
    Statement q(store,
                std::string(k_notification_select) + " WHERE n.client_id = ? AND n.cause = ?");
    q.bind(1, client.id);
    q.bind(2, in.cause);
    if (q.step())
      return {read_notification(q), false, 0};
  }
  std::optional<TaskRecord> task;
  if (in.task) {
    task = get_task(store, *in.task);
    if (task->client_id != client.id)
      throw Error(ErrorKind::invalid,
                  trf("#{} is a task of {}, not of {}", task->id, task->client, client.slug));
  }
  const Date day = local_date(actor.at, nullptr);

  // Recipients: the contacts the kind (or the caller) names.
  struct Target {
    std::string key;
    std::string name;
    std::string zone;
    std::string channel;
  };
  std::vector<Target> targets;
  const auto contacts = client_contacts(store, client.slug);
  for (const auto& person : in.to)
    if (std::none_of(contacts.begin(), contacts.end(),
                     [&](const Contact& c) { return c.person.key == person; }))
      throw Error(ErrorKind::invalid, trf("'{}' is not a contact of {}", person, client.slug),
                  trf("see 'acct client contact list {}'", client.slug));
  for (const auto& c : contacts) {
    const bool named = std::find(in.to.begin(), in.to.end(), c.person.key) != in.to.end();
    const bool by_kind =
        in.to.empty() && c.reminders &&
        (kind.to.empty() || std::find(c.roles.begin(), c.roles.end(), kind.to) != c.roles.end());
    if (named || by_kind)
      targets.push_back({"person:" + c.person.key, c.person.name, client.timezone, c.channel});
  }

  NotificationFields fields;
  fields["client"] = client.display_name();
  fields["client_name"] = client.name;
  fields["firm"] = context.firm.name;
  fields["firm_phone"] = context.firm.phone;
  fields["firm_email"] = context.firm.email;
  if (auto manager = role_holder(store, client.slug, "manager", day)) {
    const StaffMember m = get_staff(store, *manager);
    fields["manager"] = m.name;
    fields["manager_contact"] = join_nonempty({m.phone, m.email, m.telegram});
  } else {
    fields["manager"] = context.firm.name;
    fields["manager_contact"] = join_nonempty({context.firm.phone, context.firm.email});
  }
  if (task)
    task_fields(store, context.services, *task, fields);
  for (const auto& [name, value] : in.fields)
    fields[name] = value;
  fields["recipient"] = "{recipient}"; // filled for each delivery
  const std::string subject = render_notification(message->subject, fields);
  const std::string body = render_notification(message->body, fields);
  const bool confirm = in.confirm.value_or(kind.confirm);

  const std::string now = format_timestamp_utc(actor.at);
  Statement insert(store, "INSERT INTO notification (client_id, kind, task_id, cause, subject, "
                          "body, confirm, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
                          "?, ?) RETURNING id");
  insert.bind(1, client.id);
  insert.bind(2, kind.name);
  if (task)
    insert.bind(3, task->id);
  else
    insert.bind(3);
  if (in.cause.empty())
    insert.bind(4);
  else
    insert.bind(4, in.cause);
  insert.bind(5, subject);
  insert.bind(6, body);
  insert.bind(7, confirm ? 1 : 0);
  insert.bind(8, now);
  insert.bind(9, actor.user);
  const std::int64_t id = insert_returning_id(insert);

  WorkDays days(context.calendars.get(client.country), Coverage::provisional);
  const std::optional<NotificationRepeat> repeat = confirm ? kind.repeat : std::nullopt;
  Statement delivery(store, "INSERT INTO notification_delivery (notification_id, recipient, "
                            "occurrence, fire_at, local_at, timezone, channel, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const auto add_delivery = [&](const std::string& recipient, int occurrence,
                                const DeliveryMoment& moment, const std::string& zone,
                                const std::string& channel) {
    delivery.bind(1, id);
    delivery.bind(2, recipient);
    delivery.bind(3, occurrence);
    delivery.bind(4, format_timestamp_utc(to_utc(moment, find_time_zone(zone))));
    delivery.bind(5, local_text(moment));
    delivery.bind(6, zone);
    delivery.bind(7, channel);
    delivery.bind(8, now);
    delivery.bind(9, now);
    delivery.exec();
  };
  std::vector<DeliveryMoment> last_moments;
  for (const auto& target : targets) {
    const auto moments =
        notification_moments(actor.at, find_time_zone(target.zone), days, context.hours, repeat);
    for (size_t i = 0; i < moments.size(); ++i)
      add_delivery(target.key, static_cast<int>(i) + 1, moments[i], target.zone, target.channel);
    last_moments = moments;
  }
  // Escalation: once, to the staff role, a working day after the last repeat.
  if (repeat && !repeat->escalate_to.empty() && !last_moments.empty())
    if (auto holder = role_holder(store, client.slug, repeat->escalate_to, day)) {
      const StaffMember member = get_staff(store, *holder);
      const std::string zone = member.timezone.empty() ? context.firm.timezone : member.timezone;
      DeliveryMoment moment{days.add(last_moments.back().day, repeat->every_working_days),
                            last_moments.back().minute};
      add_delivery("staff:" + member.handle, repeat->times + 2, moment, zone, "");
    }

  ChangeSet changes;
  changes.set("notification", id);
  changes.set("kind", kind.name);
  if (task)
    changes.set("task", task->id);
  if (!in.cause.empty())
    changes.set("cause", in.cause);
  changes.set("subject", subject);
  changes.set("confirm", confirm);
  std::vector<std::string> keys;
  for (const auto& t : targets)
    keys.push_back(t.key);
  changes.set("to", keys);
  record_audit(store, actor, "client", client.slug, "notify", changes);
  return {get_notification(store, id), true, static_cast<int>(targets.size())};
}

Notification confirm_notification(Store& store, const Actor& actor, std::int64_t id,
                                  const std::string& by) {
  const Notification before = get_notification(store, id);
  if (!before.confirm)
    throw Error(ErrorKind::invalid,
                trf("notification #{} ({}) asks for no confirmation", id, before.kind));
  if (before.confirmed())
    return before;
  const std::string who = trim(by).empty() ? actor.user : std::string(trim(by));
  const std::string now = format_timestamp_utc(actor.at);
  Statement update(store,
                   "UPDATE notification SET confirmed_at = ?, confirmed_by = ? WHERE id = ?");
  update.bind(1, now);
  update.bind(2, who);
  update.bind(3, id);
  update.exec();
  // The repeats and the escalation are no longer wanted; the first deliveries still go out.
  Statement cancel(store, "UPDATE notification_delivery SET state = 'cancelled', updated_at = ? "
                          "WHERE notification_id = ? AND occurrence > 1 AND state = 'pending'");
  cancel.bind(1, now);
  cancel.bind(2, id);
  const int cancelled = cancel.exec();
  ChangeSet changes;
  changes.set("notification", id);
  changes.set("confirmed_by", who);
  if (cancelled > 0)
    changes.set("repeats_cancelled", cancelled);
  record_audit(store, actor, "client", before.client, "confirm", changes);
  return get_notification(store, id);
}

std::vector<Notification> list_notifications(const Store& store, const NotificationFilter& f) {
  std::string sql = std::string(k_notification_select) + " WHERE 1 = 1";
  std::optional<std::int64_t> client;
  if (f.client) {
    client = get_client(store, *f.client).id;
    sql += " AND n.client_id = :client";
  }
  if (f.kind)
    sql += " AND n.kind = :kind";
  if (f.unconfirmed)
    sql += " AND n.confirm = 1 AND n.confirmed_at IS NULL";
  if (f.from)
    sql += " AND n.created_at >= :from";
  if (f.to)
    sql += " AND n.created_at < :to";
  Statement q(store, sql + " ORDER BY n.created_at, n.id");
  if (client)
    q.bind(":client", *client);
  if (f.kind)
    q.bind(":kind", *f.kind);
  if (f.from)
    q.bind(":from", format_date(*f.from));
  if (f.to)
    q.bind(":to", format_date(*f.to + date::days{1}));
  std::vector<Notification> out;
  while (q.step())
    out.push_back(read_notification(q));
  return out;
}

Notification get_notification(const Store& store, std::int64_t id) {
  Statement q(store, std::string(k_notification_select) + " WHERE n.id = ?");
  q.bind(1, id);
  if (!q.step())
    throw Error(ErrorKind::not_found, trf("no notification #{}", id),
                tr("see 'acct notify list' for the ids"));
  return read_notification(q);
}

Json notification_to_json(const Notification& n, const date::time_zone* zone) {
  return Json{
      {"id", n.id},
      {"client", n.client},
      {"kind", n.kind},
      {"task_id", n.task_id ? Json(*n.task_id) : Json(nullptr)},
      {"cause", json_or_null(n.cause)},
      {"subject", n.subject},
      {"body", n.body},
      {"confirm", n.confirm},
      {"confirmed", n.confirmed()},
      {"confirmed_at",
       n.confirmed_at ? Json(format_timestamp(*n.confirmed_at, zone)) : Json(nullptr)},
      {"confirmed_by", json_or_null(n.confirmed_by)},
      {"created_at", format_timestamp(n.created_at, zone)},
      {"created_by", n.created_by},
      {"recipients", n.deliveries},
      {"sent", n.sent},
      {"pending", n.pending},
      {"failed", n.failed},
  };
}

} // namespace acctcore
