#pragma once

#include "util/date.hpp"
#include "util/error.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class Store;

/// Small helpers for reading and binding the column conventions of acct's schema (TEXT dates,
/// TEXT UTC timestamps, NULL for "none"), shared by every area's store code.

/// The column's text, or "" for NULL.
inline std::string column_text(const SQLite::Column& column) {
  return column.isNull() ? std::string() : column.getString();
}

/// The column's text without copying it, or "" for NULL: valid until the statement steps again.
inline std::string_view column_view(const SQLite::Column& column) {
  return column.isNull() ? std::string_view()
                         : std::string_view(column.getText(), static_cast<size_t>(column.size()));
}

/// A TEXT timestamp column ('YYYY-MM-DDTHH:MM:SSZ'), or nullopt for NULL.
inline std::optional<Timestamp> column_timestamp(const SQLite::Column& column) {
  if (column.isNull())
    return std::nullopt;
  return parse_timestamp(column.getString(), nullptr);
}

/// A TEXT date column ('YYYY-MM-DD'), or nullopt for NULL.
inline std::optional<Date> column_date(const SQLite::Column& column) {
  if (column.isNull())
    return std::nullopt;
  return parse_date(column_view(column));
}

/// Binds `value`, or NULL when it is empty.
inline void bind_text_or_null(SQLite::Statement& statement, const char* name,
                              const std::string& value) {
  if (value.empty())
    statement.bind(name);
  else
    statement.bind(name, value);
}

/// Binds a date as 'YYYY-MM-DD', or NULL.
inline void bind_date_or_null(SQLite::Statement& statement, const char* name,
                              const std::optional<Date>& value) {
  if (value)
    statement.bind(name, format_date(*value));
  else
    statement.bind(name);
}

/// Binds a timestamp as 'YYYY-MM-DDTHH:MM:SSZ', or NULL.
inline void bind_timestamp_or_null(SQLite::Statement& statement, const char* name,
                                   const std::optional<Timestamp>& value) {
  if (value)
    statement.bind(name, format_timestamp_utc(*value));
  else
    statement.bind(name);
}

/// Ids as a JSON array, "[1,2,3]": one parameter for `id IN (SELECT value FROM json_each(?))`,
/// however many there are.
inline std::string ids_json(const std::vector<std::int64_t>& ids) {
  std::string text = "[";
  for (auto id : ids) {
    if (text.size() > 1)
      text += ',';
    text += std::to_string(id);
  }
  return text + "]";
}

/// Error(not_found) "no WHAT 'KEY'" with "did you mean" among the `column` values of `table`
/// when `key` looks like a typo of one, else `hint`.
Error not_found_error(const Store& store, std::string_view what, std::string_view key,
                      std::string_view table, std::string_view column, std::string hint);

} // namespace acctcore
