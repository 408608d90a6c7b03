#include "audit/audit.hpp"

#include "store/statement.hpp"
#include "store/store.hpp"

namespace acctcore {

void ChangeSet::compare(std::string_view field, const Json& from, const Json& to) {
  if (from != to)
    m_changes.push_back({std::string(field), from, to});
}

void ChangeSet::set(std::string_view field, const Json& to) {
  m_changes.push_back({std::string(field), Json(nullptr), to});
}

void ChangeSet::compare_fields(const Json& from, const Json& to) {
  for (const auto& [field, value] : to.items())
    compare(field, from.contains(field) ? from.at(field) : Json(), value);
}

void ChangeSet::set_fields(const Json& fields) {
  for (const auto& [field, value] : fields.items())
    if (!value.is_null() && !(value.is_array() && value.empty()))
      set(field, value);
}

void record_audit(Store& store, const Actor& actor, std::string_view entity,
                  std::string_view entity_key, std::string_view action, const ChangeSet& changes) {
  Json list = Json::array();
  for (const auto& change : changes.changes())
    list.push_back({{"field", change.field}, {"from", change.from}, {"to", change.to}});
  Statement insert(store, "INSERT INTO audit_log (at, actor, entity, entity_key, "
                          "action, changes) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, format_timestamp_utc(actor.at));
  insert.bind(2, actor.user);
  insert.bind(3, std::string(entity));
  insert.bind(4, std::string(entity_key));
  insert.bind(5, std::string(action));
  insert.bind(6, list.dump());
  insert.exec();
}

std::vector<AuditRecord> query_audit(const Store& store, const AuditFilter& filter) {
  std::string sql = "SELECT id, at, actor, entity, entity_key, action, changes FROM audit_log "
                    "WHERE 1 = 1";
  if (filter.entity)
    sql += " AND entity = :entity";
  if (filter.entity_key)
    sql += " AND entity_key = :key";
  if (filter.actor)
    sql += " AND actor = :actor";
  if (filter.since)
    sql += " AND at >= :since";
  if (filter.until)
    sql += " AND at < :until";
  sql += " ORDER BY id DESC";
  if (filter.limit)
    sql += " LIMIT :limit";
  Statement query(store, sql);
  if (filter.entity)
    query.bind(":entity", *filter.entity);
  if (filter.entity_key)
    query.bind(":key", *filter.entity_key);
  if (filter.actor)
    query.bind(":actor", *filter.actor);
  if (filter.since)
    query.bind(":since", format_timestamp_utc(*filter.since));
  if (filter.until)
    query.bind(":until", format_timestamp_utc(*filter.until));
  if (filter.limit)
    query.bind(":limit", static_cast<std::int64_t>(*filter.limit));
  std::vector<AuditRecord> records;
  while (query.step()) {
    AuditRecord record;
    record.id = query.column(0).as_int64();
    record.at = parse_timestamp(query.column(1).as_text(), nullptr).value_or(Timestamp{});
    record.actor = query.column(2).as_text();
    record.entity = query.column(3).as_text();
    record.entity_key = query.column(4).as_text();
    record.action = query.column(5).as_text();
    for (const auto& change : Json::parse(query.column(6).as_text()))
      record.changes.push_back(
          {change.at("field").get<std::string>(), change.at("from"), change.at("to")});
    records.push_back(std::move(record));
  }
  std::reverse(records.begin(), records.end());
  return records;
}

Json audit_to_json(const AuditRecord& record, const date::time_zone* zone) {
  Json changes = Json::array();
  for (const auto& change : record.changes)
    changes.push_back({{"field", change.field}, {"from", change.from}, {"to", change.to}});
  return Json{{"id", record.id},          {"at", format_timestamp(record.at, zone)},
              {"actor", record.actor},    {"entity", record.entity},
              {"key", record.entity_key}, {"action", record.action},
              {"changes", changes}};
}

} // namespace acctcore
