#pragma once

#include "util/clock.hpp"
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

class Store;

/// One field of an entity changed from one value to another (JSON null for "none").
struct FieldChange {
  std::string field;
  Json from;
  Json to;
};

/// Collects the fields that differ between an old and a new version of an entity.
class ChangeSet {
public:
  /// Records `field` when `from` and `to` differ.
  void compare(std::string_view field, const Json& from, const Json& to);
  /// Records `field` unconditionally (creation: from is null).
  void set(std::string_view field, const Json& to);
  /// compare() for each field of the object `to` against the same field of the object `from`.
  void compare_fields(const Json& from, const Json& to);
  /// set() for each field of the object `fields` that has a value (not null, not an empty
  /// list): what a creation records.
  void set_fields(const Json& fields);

  bool empty() const noexcept { return m_changes.empty(); }
  const std::vector<FieldChange>& changes() const noexcept { return m_changes; }

private:
  std::vector<FieldChange> m_changes;
};

/// A row of the audit trail.
struct AuditRecord {
  std::int64_t id = 0;
  Timestamp at;
  std::string actor;
  std::string entity;     ///< "staff", "client", "task", ...
  std::string entity_key; ///< the entity's stable key: a handle, a slug, a task id
  std::string action;     ///< "create", "update", "archive", ...
  std::vector<FieldChange> changes;
};

/// Appends to the audit trail; call inside the WriteTransaction of the change itself.
void record_audit(Store& store, const Actor& actor, std::string_view entity,
                  std::string_view entity_key, std::string_view action, const ChangeSet& changes);

/// Which audit records to read; unset members do not filter.
struct AuditFilter {
  std::optional<std::string> entity{};
  std::optional<std::string> entity_key{};
  std::optional<std::string> actor{};
  std::optional<Timestamp> since{};    ///< inclusive
  std::optional<Timestamp> until{};    ///< exclusive
  std::optional<std::int64_t> limit{}; ///< the newest N, still returned oldest first
};

/// Audit records, oldest first.
std::vector<AuditRecord> query_audit(const Store& store, const AuditFilter& filter);

/// The documented JSON form (docs/json.md): timestamps with the offset of `zone`.
Json audit_to_json(const AuditRecord& record, const date::time_zone* zone);

} // namespace acctcore
