// acct db: where the database is, and keeping it healthy.
#include "audit/audit.hpp"
#include "commands.hpp"
#include "registry.hpp"
#include "store/copy.hpp"
#include "store/migrations.hpp"
#include "store/restore.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

namespace acctcli {

using acctcore::tr;
using acctcore::trf;

namespace {

int run_path(Context& ctx) {
  const auto location = ctx.db_location();
  if (ctx.out().json()) {
    acctcore::Json j{
        {"path", location.display()},
        {"store", location.kind == acctcore::StoreKind::sqlite ? "sqlite" : "postgresql"}};
    if (location.kind == acctcore::StoreKind::sqlite) {
      std::error_code ec;
      j["exists"] = std::filesystem::exists(location.path(), ec);
    }
    ctx.out().json(j);
  } else {
    ctx.out().write(location.display() + "\n");
  }
  return 0;
}

int run_migrate(Context& ctx) {
  const auto& store = ctx.store();
  if (ctx.out().json()) {
    ctx.out().json(acctcore::Json{{"path", store.name()},
                                  {"schema_version", store.schema_version()},
                                  {"migrations_applied", store.migrations_applied()}});
    return 0;
  }
  if (store.migrations_applied() > 0)
    ctx.out().info(trf("applied {} migration(s); {} is at schema version {}",
                       store.migrations_applied(), store.name(), store.schema_version()));
  else
    ctx.out().info(
        trf("{} is up to date (schema version {})", store.name(), store.schema_version()));
  return 0;
}

int run_check(Context& ctx) {
  const auto& store = ctx.store();
  const auto problems = store.check();
  if (ctx.out().json()) {
    ctx.out().json(acctcore::Json{{"path", store.name()},
                                  {"ok", problems.empty()},
                                  {"schema_version", store.schema_version()},
                                  {"problems", problems}});
  } else if (problems.empty()) {
    ctx.out().info(trf("{}: ok (schema version {})", store.name(), store.schema_version()));
  } else {
    for (const auto& problem : problems)
      ctx.out().write(problem + "\n");
  }
  if (!problems.empty())
    throw acctcore::Error(acctcore::ErrorKind::failure,
                          trf("database check found {} problem(s)", problems.size()),
                          tr("restore from a backup ('acct db backup' makes one) and report this"));
  return 0;
}

int run_backup(Context& ctx, const std::string& target) {
  const auto& store = ctx.store();
  store.backup_to(target);
  if (ctx.out().json())
    ctx.out().json(acctcore::Json{{"database", store.name()}, {"backup", target}});
  else
    ctx.out().info(trf("backed up {} to {}", store.name(), target));
  return 0;
}

int run_copy(Context& ctx, const std::string& target_text) {
  const auto& store = ctx.store();
  const auto target = acctcore::parse_store_location(target_text);
  if (target.kind == store.kind() && target.text == store.location().text)
    throw acctcore::Error(acctcore::ErrorKind::usage,
                          trf("{} is the database in use; name a new one", store.name()));
  acctcore::StoreOptions options;
  options.busy_timeout_ms = ctx.config().busy_timeout_ms;
  options.now = ctx.clock().now;
  std::vector<acctcore::CopiedTable> copied;
  const acctcore::Store copy = acctcore::copy_into_new(store, target, options, copied);
  std::int64_t rows = 0;
  acctcore::Json tables = acctcore::Json::array();
  for (const auto& table : copied) {
    rows += table.rows;
    tables.push_back(acctcore::Json{{"table", table.name}, {"rows", table.rows}});
  }
  if (ctx.out().json())
    ctx.out().json(acctcore::Json{{"from", store.name()},
                                  {"to", copy.name()},
                                  {"schema_version", copy.schema_version()},
                                  {"rows", rows},
                                  {"tables", tables}});
  else
    ctx.out().info(trf("copied {} rows in {} tables from {} to {}", rows, copied.size(),
                       store.name(), copy.name()));
  return 0;
}

int run_restore(Context& ctx, const std::string& backup) {
  const auto location = ctx.db_location();
  acctcore::StoreOptions options;
  options.busy_timeout_ms = ctx.config().busy_timeout_ms;
  options.now = ctx.clock().now;
  const auto restored = acctcore::restore_database(location, backup, options);
  // The restore itself goes into the restored history, so that the log says why it jumped.
  acctcore::Store store = acctcore::Store::open(location, options);
  {
    acctcore::WriteTransaction transaction(store);
    acctcore::ChangeSet changes;
    changes.set("backup", backup);
    changes.set("backup_schema_version", restored.backup_schema_version);
    acctcore::record_audit(store, ctx.actor(), "database", store.name(), "restore", changes);
    transaction.commit();
  }
  if (ctx.out().json())
    ctx.out().json(acctcore::Json{{"database", store.name()},
                                  {"backup", backup},
                                  {"backup_schema_version", restored.backup_schema_version},
                                  {"migrations_applied", restored.migrations_applied},
                                  {"schema_version", store.schema_version()}});
  else if (restored.migrations_applied > 0)
    ctx.out().info(trf("restored {} from {} (schema version {}, migrated to {})", store.name(),
                       backup, restored.backup_schema_version, store.schema_version()));
  else
    ctx.out().info(trf("restored {} from {} (schema version {})", store.name(), backup,
                       store.schema_version()));
  return 0;
}

} // namespace

void register_db(Registry& registry) {
  CLI::App* db = registry.group("db", "Database file: path, migrations, checks, backups", "Setup");
  registry.command(db, "path", "Print the database path in use", Access::none, run_path);
  registry.command(db, "migrate", "Apply pending schema migrations", Access::read, run_migrate);
  registry.command(db, "check", "Check integrity and foreign keys; exit 1 on any problem",
                   Access::read, run_check);
  auto target = std::make_shared<std::string>();
  CLI::App* backup = registry.command(
      db, "backup", "Copy the database to a new SQLite file (safe while others write)",
      Access::read, [target](Context& ctx) { return run_backup(ctx, *target); });
  backup->add_option("file", *target, "Where to write the copy (must not exist)")
      ->required()
      ->type_name("FILE");
  auto restore_file = std::make_shared<std::string>();
  CLI::App* restore = registry.command(
      db, "restore",
      "Put a backup made by 'acct db backup' back in place of the SQLite database (checked first)",
      Access::none, [restore_file](Context& ctx) { return run_restore(ctx, *restore_file); });
  restore
      ->add_option("file", *restore_file,
                   "The backup: an acct SQLite file of this or an older "
                   "schema")
      ->required()
      ->type_name("FILE");
  auto copy_target = std::make_shared<std::string>();
  CLI::App* copy = registry.command(
      db, "copy", "Copy every row into a new database: an SQLite file or an empty PostgreSQL one",
      Access::read, [copy_target](Context& ctx) { return run_copy(ctx, *copy_target); });
  copy->add_option("--to", *copy_target,
                   "A new SQLite file, or a postgresql:// URI of an empty database")
      ->required()
      ->type_name("TARGET");
}

} // namespace acctcli
