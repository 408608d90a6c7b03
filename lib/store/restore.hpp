#pragma once

// Putting a backup back (`acct db restore`): lib/store, because it is SQLite's own business.

#include "store/store.hpp"

#include <filesystem>

namespace acctcore {

/// What a restore did.
struct RestoredDatabase {
  int backup_schema_version = 0; ///< the backup's schema version
  int migrations_applied = 0;    ///< migrations run on the restored copy (an older backup)
};

/// Puts `backup` (an SQLite acct database, as `Store::backup_to` writes) back as the SQLite
/// database at `target`. The backup is checked first — an acct database of this or an older
/// schema, passing the integrity and foreign-key checks — then copied beside `target` and
/// migrated there; `target` is then overwritten by it in one SQLite write transaction (readers
/// see the old database or the new, a crash keeps the old), or, where there is no database yet,
/// the copy is synced and renamed into place. The backup file itself is only read. Throws Error:
/// usage (a PostgreSQL target, or the backup being `target` itself), not_found (no backup),
/// incompatible (not acct's, corrupt or truncated, a newer schema; or `target` not acct's),
/// busy (another process writing beyond the busy timeout), io; on every failure `target` is as
/// it was and no temporary file is left.
RestoredDatabase restore_database(const StoreLocation& target, const std::filesystem::path& backup,
                                  const StoreOptions& options);

} // namespace acctcore
