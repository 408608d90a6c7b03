#include "store/sql.hpp"

#include "store/store.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

Error not_found_error(const Store& store, std::string_view what, std::string_view key,
                      std::string_view table, std::string_view column, std::string hint) {
  std::vector<std::string> keys;
  SQLite::Statement all(store.db(), fmt::format("SELECT {} FROM {}", column, table));
  while (all.executeStep())
    keys.push_back(all.getColumn(0).getString());
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
