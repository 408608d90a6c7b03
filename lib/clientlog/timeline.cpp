#include "clientlog/timeline.hpp"

#include "client/client.hpp"
#include "clientlog/note.hpp"
#include "notify/notify.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "task/charge.hpp"
#include "util/enum_names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace acctcore {

namespace {

constexpr std::string_view k_kind_names[] = {"client",       "status",    "fact",   "note",
                                             "task-done",    "filed",     "answer", "amount",
                                             "notification", "confirmed", "charge", "voided"};

Timestamp day_start(Date day) {
  return Timestamp{day.time_since_epoch()};
}

} // namespace

std::string_view timeline_kind_name(TimelineKind kind) noexcept {
  return enum_name(k_kind_names, kind);
}

std::vector<TimelineEntry> client_timeline(const Store& store, std::string_view slug,
                                           const TimelineFilter& filter) {
  const Client client = get_client(store, slug);
  std::vector<TimelineEntry> entries;
  const auto add = [&](TimelineEntry entry) {
    if (filter.from && entry.day < *filter.from)
      return;
    if (filter.to && entry.day > *filter.to)
      return;
    entries.push_back(std::move(entry));
  };
  const auto utc_day = [](Timestamp at) { return Date{date::floor<date::days>(at)}; };

  add({utc_day(client.created_at),
       client.created_at,
       TimelineKind::client,
       client.name,
       client.slug,
       {},
       std::nullopt,
       client.id});
  for (const auto& change : client.statuses)
    add({change.from,
         day_start(change.from),
         TimelineKind::status,
         change.status,
         change.status,
         {},
         std::nullopt,
         0});
  for (const auto& record : client.facts.records())
    add({record.from,
         day_start(record.from),
         TimelineKind::fact,
         record.key,
         format_fact_value(record.value),
         {},
         std::nullopt,
         0});
  for (const auto& note : list_notes(store, client.slug, filter.from, filter.to))
    add({note.day, note.created_at, TimelineKind::note, note.text,
         std::string(contact_kind_name(note.kind)),
         note.follow_up_id ? fmt::format("#{}", *note.follow_up_id) : std::string(),
         note.follow_up_id, note.id});
  {
    Statement q(store, "SELECT id, title, done_at, updated_at FROM task WHERE client_id = ? "
                       "AND status = 'done' AND done_at IS NOT NULL");
    q.bind(1, client.id);
    while (q.step()) {
      const Date day = column_date(q.column(2)).value_or(Date{});
      add({day,
           column_timestamp(q.column(3)).value_or(day_start(day)),
           TimelineKind::task_done,
           q.column(1).as_text(),
           {},
           {},
           q.column(0).as_int64(),
           0});
    }
  }
  {
    Statement q(store, "SELECT f.task_id, t.title, f.filed_on, f.filed_at, f.receipt, f.channel, "
                       "f.answer, f.answered_on, f.answered_at, f.reason, f.correction_id "
                       "FROM task_filing f JOIN task t ON t.id = f.task_id "
                       "WHERE t.client_id = ?");
    q.bind(1, client.id);
    while (q.step()) {
      const std::int64_t task = q.column(0).as_int64();
      const std::string title = q.column(1).as_text();
      const Date filed = column_date(q.column(2)).value_or(Date{});
      add({filed, column_timestamp(q.column(3)).value_or(day_start(filed)), TimelineKind::filed,
           title, q.column(4).as_text(), q.column(5).as_text(), task, 0});
      if (const auto answered = column_date(q.column(7))) {
        std::string detail = q.column(9).as_text();
        if (!q.column(10).is_null())
          detail += fmt::format("{}#{}", detail.empty() ? "" : " → ", q.column(10).as_int64());
        add({*answered, column_timestamp(q.column(8)).value_or(day_start(*answered)),
             TimelineKind::answer, title, q.column(6).as_text(), detail, task, 0});
      }
    }
  }
  {
    Statement q(store, "SELECT m.task_id, t.title, m.amount_minor, m.currency, m.recorded_at, "
                       "t.due FROM task_amount m JOIN task t ON t.id = m.task_id "
                       "WHERE t.client_id = ?");
    q.bind(1, client.id);
    while (q.step()) {
      const Timestamp at = column_timestamp(q.column(4)).value_or(Timestamp{});
      add({utc_day(at), at, TimelineKind::amount, q.column(1).as_text(),
           format_money_for_client({q.column(2).as_int64(), q.column(3).as_text()}),
           q.column(5).as_text(), q.column(0).as_int64(), 0});
    }
  }
  NotificationFilter notifications;
  notifications.client = client.slug;
  for (const auto& n : list_notifications(store, notifications)) {
    add({utc_day(n.created_at), n.created_at, TimelineKind::notification, n.subject, n.kind,
         n.confirm && !n.confirmed() ? "unconfirmed" : "", n.task_id, n.id});
    if (n.confirmed_at)
      add({utc_day(*n.confirmed_at), *n.confirmed_at, TimelineKind::confirmed, n.subject, n.kind,
           n.confirmed_by, n.task_id, n.id});
  }
  ChargeFilter charges;
  charges.client = client.slug;
  charges.voided = true;
  for (const auto& g : list_charges(store, charges)) {
    add({g.day,
         g.created_at,
         TimelineKind::charge,
         g.description,
         format_money_for_client(g.money),
         {},
         g.task_id,
         g.id});
    if (g.voided_at)
      add({utc_day(*g.voided_at), *g.voided_at, TimelineKind::voided, g.description,
           format_money_for_client(g.money), g.void_reason, g.task_id, g.id});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return std::tie(a.day, a.at, a.kind) < std::tie(b.day, b.at, b.kind);
  });
  return entries;
}

Json timeline_entry_to_json(const TimelineEntry& e, const date::time_zone* zone) {
  return Json{{"date", format_date(e.day)},
              {"recorded_at", format_timestamp(e.at, zone)},
              {"kind", std::string(timeline_kind_name(e.kind))},
              {"what", e.what},
              {"value", json_or_null(e.value)},
              {"detail", json_or_null(e.detail)},
              {"task_id", e.task_id ? Json(*e.task_id) : Json(nullptr)},
              {"id", e.ref == 0 ? Json(nullptr) : Json(e.ref)}};
}

} // namespace acctcore
