#pragma once

#include "store/statement.hpp"
#include "util/date.hpp"
#include "util/error.hpp"

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
inline std::string column_text(const Column& column) {
  return column.as_text();
}

/// The column's text without copying it, or "" for NULL: valid until the statement steps again.
inline std::string_view column_view(const Column& column) {
  return column.as_view();
}

/// A TEXT timestamp column ('YYYY-MM-DDTHH:MM:SSZ'), or nullopt for NULL.
inline std::optional<Timestamp> column_timestamp(const Column& column) {
  if (column.is_null())
    return std::nullopt;
  return parse_timestamp(column.as_text(), nullptr);
}

/// A TEXT date column ('YYYY-MM-DD'), or nullopt for NULL.
inline std::optional<Date> column_date(const Column& column) {
  if (column.is_null())
    return std::nullopt;
  return parse_date(column_view(column));
}

/// Binds `value`, or NULL when it is empty.
inline void bind_text_or_null(Statement& statement, const char* name, const std::string& value) {
  if (value.empty())
    statement.bind(name);
  else
    statement.bind(name, value);
}

/// Binds a date as 'YYYY-MM-DD', or NULL.
inline void bind_date_or_null(Statement& statement, const char* name,
                              const std::optional<Date>& value) {
  if (value)
    statement.bind(name, format_date(*value));
  else
    statement.bind(name);
}

/// Binds a timestamp as 'YYYY-MM-DDTHH:MM:SSZ', or NULL.
inline void bind_timestamp_or_null(Statement& statement, const char* name,
                                   const std::optional<Timestamp>& value) {
  if (value)
    statement.bind(name, format_timestamp_utc(*value));
  else
    statement.bind(name);
}

/// Ids as an SQL list, "(1,2,3)", for `id IN ...`: written into the statement's text (they are
/// integers, so nothing needs quoting), which both stores understand; "(NULL)" for none.
inline std::string id_list_sql(const std::vector<std::int64_t>& ids) {
  if (ids.empty())
    return "(NULL)";
  std::string text = "(";
  for (auto id : ids) {
    if (text.size() > 1)
      text += ',';
    text += std::to_string(id);
  }
  return text + ")";
}

/// `text` as an SQL string literal ('it''s'), for the rare statement that names a varying list
/// of strings; prefer a bound parameter.
inline std::string sql_text_literal(std::string_view text) {
  std::string literal = "'";
  for (const char c : text) {
    literal += c;
    if (c == '\'')
      literal += '\'';
  }
  return literal + "'";
}

/// The first column of the first row of a query without parameters (0 or "" when none).
std::int64_t query_int64(const Store& store, std::string_view sql);
std::string query_text(const Store& store, std::string_view sql);

/// Runs an `INSERT ... RETURNING id` and gives the new row's id; the statement is reset, ready
/// to run again.
std::int64_t insert_returning_id(Statement& insert);

/// Error(not_found) "no WHAT 'KEY'" with "did you mean" among the `column` values of `table`
/// when `key` looks like a typo of one, else `hint`.
Error not_found_error(const Store& store, std::string_view what, std::string_view key,
                      std::string_view table, std::string_view column, std::string hint);

} // namespace acctcore
