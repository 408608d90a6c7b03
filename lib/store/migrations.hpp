#pragma once

#include <span>
#include <string_view>

namespace acctcore {

/// One schema step, embedded from schemas/NNNN_name.sql at build time.
struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

/// All migrations in order (versions 1, 2, 3 ... without gaps; the build checks this).
std::span<const Migration> migrations() noexcept;

/// The PostgreSQL twins of migrations(): the same versions, each making the same tables,
/// columns, keys and indexes in PostgreSQL's dialect (schemas/postgresql/).
std::span<const Migration> postgresql_migrations() noexcept;

/// The schema version this acct writes: the last migration's version.
inline int latest_schema_version() noexcept {
  const auto all = migrations();
  return all.empty() ? 0 : all.back().version;
}

} // namespace acctcore
