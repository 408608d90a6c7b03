#include "store/restore.hpp"

#include "store/sqlite_store.hpp"
#include "util/error.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <system_error>
#include <unistd.h>

namespace acctcore {

namespace {

/// A backup from a newer acct keeps its own hint: upgrade acct.
bool source_schema_is_newer(const Error& e) {
  return std::string_view(e.hint()).find("upgrade acct") != std::string_view::npos;
}

} // namespace

RestoredDatabase restore_database(const StoreLocation& target, const std::filesystem::path& backup,
                                  const StoreOptions& options) {
  const std::string backup_name = "'" + backup.string() + "'";
  if (target.kind == StoreKind::postgresql)
    throw Error(ErrorKind::usage,
                trf("acct db restore puts back an SQLite database, and {} is a PostgreSQL one",
                    target.display()),
                tr("load the backup into a new, empty PostgreSQL database with 'acct --db BACKUP "
                   "db copy --to postgresql://...', then use that database"));
  std::error_code ec;
  if (!std::filesystem::exists(backup, ec))
    throw Error(ErrorKind::not_found, trf("no backup at {}", backup_name));
  if (std::filesystem::equivalent(backup, target.path(), ec))
    throw Error(ErrorKind::usage, trf("{} is the database in use; name a backup", backup_name));
  RestoredDatabase restored;
  std::filesystem::path temp = target.path();
  temp += fmt::format(".restore-{}", ::getpid());
  try {
    StoreOptions read = options;
    read.read_only = true;
    const Store source = Store::open(StoreLocation(backup), read);
    restored.backup_schema_version = source.schema_version();
    const auto problems = source.check();
    if (!problems.empty())
      throw Error(ErrorKind::incompatible,
                  trf("backup {} fails the integrity check: {}", backup_name, problems.front()));
    source.backup_to(temp);
  } catch (const Error& e) {
    // What is wrong is the backup: the hint is about it, not about --db.
    if (e.kind() != ErrorKind::incompatible || source_schema_is_newer(e))
      throw;
    throw Error(ErrorKind::incompatible, e.what(),
                tr("use another backup; the database was not changed"));
  }
  FileGuard guard(temp);
  {
    StoreOptions write = options;
    write.read_only = false;
    const Store copy = Store::open(StoreLocation(temp), write);
    restored.migrations_applied = copy.migrations_applied();
  }
  store_detail::replace_sqlite(target.path(), temp, options.busy_timeout_ms);
  return restored;
}

} // namespace acctcore
