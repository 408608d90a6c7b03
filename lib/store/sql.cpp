#include "store/sql.hpp"

#include "store/store.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

Error not_found_error(const Store& store, std::string_view what, std::string_view key,
                      std::string_view table, std::string_view column, std::string hint) {
  std::vector<std::string> keys;
  SQLite::Statement all(store.db(), fmt::format("SELECT {} FROM {}", column, table));
  while (all.executeStep())
    keys.push_back(all.getColumn(0).getString());
  return Error(ErrorKind::not_found, fmt::format("no {} '{}'", what, key),
               did_you_mean(key, keys, std::move(hint)));
}

} // namespace acctcore
