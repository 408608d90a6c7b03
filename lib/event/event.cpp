#include "event/event.hpp"

#include "audit/audit.hpp"
#include "client/client.hpp"
#include "client/subscriptions.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr const char* k_select =
    "SELECT e.id, e.client_id, c.slug, e.kind, e.date, e.until, e.note, e.created_at, "
    "e.removed_at FROM event e JOIN client c ON c.id = e.client_id";

Event read_event(Statement& row) {
  Event e;
  e.id = row.column(0).as_int64();
  e.client_id = row.column(1).as_int64();
  e.client = row.column(2).as_text();
  e.kind = row.column(3).as_text();
  e.date = column_date(row.column(4)).value_or(Date{});
  e.until = column_date(row.column(5));
  e.note = row.column(6).as_text();
  e.created_at = column_timestamp(row.column(7)).value_or(Timestamp{});
  e.removed_at = column_timestamp(row.column(8));
  return e;
}

} // namespace

Event add_event(Store& store, const Actor& actor, const NewEvent& in,
                std::span<const std::string> kinds) {
  if (std::find(kinds.begin(), kinds.end(), in.kind) == kinds.end())
    throw Error(ErrorKind::invalid, trf("unknown event kind '{}'", in.kind),
                did_you_mean(in.kind, kinds,
                             kinds.empty()
                                 ? std::string(tr("no template reacts to any event"))
                                 : trf("kinds the templates react to: {}", quoted_list(kinds))));
  if (in.until && *in.until < in.date)
    throw Error(ErrorKind::invalid, trf("the event ends ({}) before it starts ({})",
                                        format_date(*in.until), format_date(in.date)));
  const std::string note(trim(in.note));
  if (!is_valid_utf8(note) || has_control_chars(note) || note.find('\n') != std::string::npos)
    throw Error(ErrorKind::invalid, tr("the note must be one line of text"));
  const Client client = get_active_client(store, in.client);
  Statement insert(store, "INSERT INTO event (client_id, kind, date, until, note, "
                          "created_at) VALUES (:client, :kind, :date, :until, :note, "
                          ":at) RETURNING id");
  insert.bind(":client", client.id);
  insert.bind(":kind", in.kind);
  insert.bind(":date", format_date(in.date));
  bind_date_or_null(insert, ":until", in.until);
  insert.bind(":note", note);
  insert.bind(":at", format_timestamp_utc(actor.at));
  insert.step();
  const std::int64_t id = insert.column(0).as_int64();
  insert.reset();
  ChangeSet changes;
  changes.set("client", client.slug);
  changes.set("kind", in.kind);
  changes.set("date", format_date(in.date));
  if (in.until)
    changes.set("until", format_date(*in.until));
  if (!note.empty())
    changes.set("note", note);
  record_audit(store, actor, "event", std::to_string(id), "create", changes);
  return get_event(store, id);
}

Event remove_event(Store& store, const Actor& actor, std::int64_t id) {
  const Event before = get_event(store, id);
  if (before.removed_at)
    throw Error(ErrorKind::conflict, trf("event #{} is already removed", id));
  Statement update(store, "UPDATE event SET removed_at = ? WHERE id = ?");
  update.bind(1, format_timestamp_utc(actor.at));
  update.bind(2, id);
  update.exec();
  ChangeSet changes;
  changes.compare("removed_at", nullptr, format_timestamp_utc(actor.at));
  record_audit(store, actor, "event", std::to_string(id), "remove", changes);
  return get_event(store, id);
}

Event get_event(const Store& store, std::int64_t id) {
  Statement query(store, std::string(k_select) + " WHERE e.id = ?");
  query.bind(1, id);
  if (!query.step())
    throw Error(ErrorKind::not_found, trf("no event #{}", id), tr("see 'acct event list'"));
  return read_event(query);
}

std::vector<Event> list_events(const Store& store, const std::optional<std::string>& client,
                               bool include_removed) {
  std::string sql = std::string(k_select) + " WHERE 1 = 1";
  if (client)
    sql += " AND c.slug = :slug";
  if (!include_removed)
    sql += " AND e.removed_at IS NULL";
  sql += " ORDER BY e.date, e.id";
  if (client)
    get_client(store, *client); // not_found with a suggestion
  Statement query(store, sql);
  if (client)
    query.bind(":slug", *client);
  std::vector<Event> events;
  while (query.step())
    events.push_back(read_event(query));
  return events;
}

Json event_to_json(const Event& e, const date::time_zone* zone) {
  return Json{{"id", e.id},
              {"client", e.client},
              {"kind", e.kind},
              {"date", format_date(e.date)},
              {"until", e.until ? Json(format_date(*e.until)) : Json()},
              {"note", json_or_null(e.note)},
              {"created_at", format_timestamp(e.created_at, zone)},
              {"removed_at", e.removed_at ? Json(format_timestamp(*e.removed_at, zone)) : Json()}};
}

std::vector<std::string> services_taken_on(const Store& store, std::string_view slug,
                                           std::span<const std::string> services, Date day) {
  std::vector<std::string> taken;
  for (const auto& subscription : client_subscriptions(store, slug))
    if (subscription.dates.contains(day) &&
        std::find(services.begin(), services.end(), subscription.service) != services.end() &&
        std::find(taken.begin(), taken.end(), subscription.service) == taken.end())
      taken.push_back(subscription.service);
  return taken;
}

} // namespace acctcore
