#pragma once

// The PostgreSQL store: a database on a server shared by the firm. Only lib/store includes this.

#include "store/backend.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace acctcore::store_detail {

/// What to expect of the database when connecting.
enum class PostgresOpen {
  existing, ///< it must hold acct's schema
  create,   ///< it must be empty: acct's schema is created in it
  either,   ///< `acct init`: use acct's schema when there, create it in an empty database
};

/// Connects to the database of a `postgresql://` URI and checks that it is acct's (or empty,
/// for `create`). `created` is set when acct's schema is to be created (migrations do it).
/// Throws Error: io (server unreachable, connection lost), denied (login refused), not_found
/// (no such database), incompatible (a database that is not acct's), conflict (create in a
/// non-empty database).
std::unique_ptr<Backend> open_postgresql(const std::string& uri, std::string display,
                                         int busy_timeout_ms, PostgresOpen mode, bool& created);

/// Translates `?`, `?NNN` and `:name` parameters to PostgreSQL's `$N`, leaving string literals,
/// quoted identifiers, comments and `::` casts alone. `names` gets ":name" -> N.
std::string postgres_sql(std::string_view sql, std::vector<std::string>& names);

} // namespace acctcore::store_detail
