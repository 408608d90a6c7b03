#include "store/sql.hpp"

#include "store/store.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

std::int64_t query_int64(const Store& store, std::string_view sql) {
  Statement query(store, sql);
  return query.step() ? query.column(0).as_int64() : 0;
}

std::string query_text(const Store& store, std::string_view sql) {
  Statement query(store, sql);
  return query.step() ? query.column(0).as_text() : std::string();
}

std::int64_t insert_returning_id(Statement& insert) {
  if (!insert.step())
    throw Error(ErrorKind::internal, "database error: an insert returned no id");
  const std::int64_t id = insert.column(0).as_int64();
  insert.reset();
  return id;
}

Error not_found_error(const Store& store, std::string_view what, std::string_view key,
                      std::string_view table, std::string_view column, std::string hint) {
  std::vector<std::string> keys;
  Statement all(store, fmt::format("SELECT {} FROM {}", column, table));
  while (all.step())
    keys.push_back(all.column(0).as_text());
  // One whole sentence per kind of entity, so that each translates as a whole.
  std::string message;
  if (what == "client")
    message = trf("no client '{}'", key);
  else if (what == "staff member")
    message = trf("no staff member '{}'", key);
  else if (what == "person")
    message = trf("no person '{}'", key);
  else
    message = fmt::format("no {} '{}'", what, key);
  return Error(ErrorKind::not_found, message, did_you_mean(key, keys, std::move(hint)));
}

} // namespace acctcore
