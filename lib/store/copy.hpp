#pragma once

// Moving a firm's rows from one store to another, whichever each is: the portable backup of a
// PostgreSQL store (into an SQLite file) and `acct db copy`.

#include "store/store.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace acctcore {

/// One table copied, and how many rows it holds now.
struct CopiedTable {
  std::string name;
  std::int64_t rows = 0;
};

/// Replaces every row of acct's tables in `to` by the rows of `from`. Both must be at the same
/// schema version and have the same tables and columns (Error(incompatible) otherwise). Runs
/// inside the caller's write transaction on `to`; reads `from` as the caller's transaction on it
/// sees it (a ReadTransaction makes that one moment). Triggers of `to` are held off while rows
/// are loaded, since the rows they would add are copied too; parents are loaded before children,
/// generated ids continue after the copied ones, and the row counts are checked afterwards
/// (Error(internal) naming the table if they differ). Returns the tables in load order.
std::vector<CopiedTable> copy_rows(const Store& from, Store& to);

/// A new database at `target` (a new SQLite file, or an empty PostgreSQL database) with acct's
/// schema and every row of `from`, all in one transaction; `copied` receives what copy_rows()
/// returned. On any failure the new database is removed again (its file, or acct's tables) and
/// the error passed on; Store::create's errors when the target exists or is not empty.
Store copy_into_new(const Store& from, const StoreLocation& target, const StoreOptions& options,
                    std::vector<CopiedTable>& copied);

} // namespace acctcore
