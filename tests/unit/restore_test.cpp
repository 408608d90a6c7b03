#include "helpers.hpp"
#include "store/migrations.hpp"
#include "store/restore.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"

#include <SQLiteCpp/Database.h>

using namespace acctcore;
using acctcore::test::TempDir;

namespace {

StoreOptions options(int busy_ms = 200) {
  StoreOptions o;
  o.busy_timeout_ms = busy_ms;
  o.now = test::instant("2026-04-20T06:00:00Z");
  return o;
}

void add_staff_row(const std::filesystem::path& path, const char* handle) {
  Store store = Store::open(path, options());
  store.exec(std::string("INSERT INTO staff (handle, name, created_at) VALUES ('") + handle +
             "', 'N', '2026-04-20T06:00:00Z')");
}

std::string handles(const std::filesystem::path& path) {
  Store store = Store::open(path, options());
  std::string all;
  Statement query(store, "SELECT handle FROM staff ORDER BY handle");
  while (query.step())
    all += query.column(0).as_text() + " ";
  return all;
}

/// A firm database with staff member `a`, and its backup taken then; `b` added after it.
struct Firm {
  TempDir dir;
  std::filesystem::path db = dir / "acct.db";
  std::filesystem::path backup = dir / "monday.db";
  Firm() {
    { Store::create(db, options()); }
    add_staff_row(db, "a");
    Store::open(db, options()).backup_to(backup);
    add_staff_row(db, "b");
  }
};

} // namespace

TEST_CASE("restore puts a backup back in place of the database") {
  Firm firm;
  REQUIRE(handles(firm.db) == "a b ");
  const auto before = test::read_file(firm.backup);
  const auto restored = restore_database(firm.db, firm.backup, options());
  CHECK(restored.backup_schema_version == latest_schema_version());
  CHECK(restored.migrations_applied == 0);
  CHECK(handles(firm.db) == "a ");
  CHECK(test::read_file(firm.backup) == before); // only read
  CHECK(Store::open(firm.db, options()).check().empty());
  CHECK(query_text(Store::open(firm.db, options()), "PRAGMA journal_mode") == "wal");
  for (const auto& entry : std::filesystem::directory_iterator(firm.dir.path()))
    CHECK(entry.path().filename().string().find(".restore-") == std::string::npos);
}

TEST_CASE("restore makes the database where there is none") {
  Firm firm;
  std::filesystem::remove(firm.db);
  std::filesystem::remove(firm.db.string() + "-wal");
  std::filesystem::remove(firm.db.string() + "-shm");
  restore_database(firm.db, firm.backup, options());
  CHECK(handles(firm.db) == "a ");
  CHECK(query_text(Store::open(firm.db, options()), "PRAGMA journal_mode") == "wal");
}

TEST_CASE("restore migrates a backup of an older schema") {
  Firm firm;
  const auto old = firm.dir / "old.db";
  {
    SQLite::Database db(old.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA application_id = 1633903476"); // 'acct'
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TEXT NOT NULL) STRICT");
    const int older = latest_schema_version() - 1;
    for (const auto& migration : migrations()) {
      if (migration.version > older)
        break;
      db.exec(std::string(migration.sql));
      db.exec("INSERT INTO schema_migrations VALUES (" + std::to_string(migration.version) +
              ", 'm', 'x')");
    }
    db.exec("PRAGMA user_version = " + std::to_string(older));
    db.exec("INSERT INTO staff (handle, name, created_at) VALUES ('old', 'O', 'x')");
  }
  const auto restored = restore_database(firm.db, old, options());
  CHECK(restored.backup_schema_version == latest_schema_version() - 1);
  CHECK(restored.migrations_applied == 1);
  CHECK(handles(firm.db) == "old ");
  CHECK(Store::open(firm.db, options()).schema_version() == latest_schema_version());
}

TEST_CASE("restore refuses a bad backup and leaves the database as it was") {
  Firm firm;
  const auto state = [&] { return handles(firm.db); };
  REQUIRE(state() == "a b ");

  CHECK_ERROR(restore_database(firm.db, firm.dir / "missing.db", options()), ErrorKind::not_found,
              "no backup at");
  const auto text = firm.dir / "notes.txt";
  test::write_file(text, "not a database at all, just some notes that are long enough\n");
  CHECK_ERROR(restore_database(firm.db, text, options()), ErrorKind::incompatible,
              "not an acct database");
  const auto other = firm.dir / "other.db";
  {
    SQLite::Database(other.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE)
        .exec("CREATE TABLE t (x)");
  }
  CHECK_ERROR(restore_database(firm.db, other, options()), ErrorKind::incompatible,
              "not an acct database");
  const auto truncated = firm.dir / "truncated.db";
  const std::string bytes = test::read_file(firm.backup);
  test::write_file(truncated, bytes.substr(0, bytes.size() / 2));
  CHECK_ERROR(restore_database(firm.db, truncated, options()), ErrorKind::incompatible, "");
  const auto newer = firm.dir / "newer.db";
  std::filesystem::copy_file(firm.backup, newer);
  {
    SQLite::Database db(newer.string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
  }
  CHECK_ERROR(restore_database(firm.db, newer, options()), ErrorKind::incompatible,
              "written by a newer acct");
  CHECK_ERROR(restore_database(firm.db, firm.db, options()), ErrorKind::usage,
              "is the database in use");
  CHECK_ERROR(restore_database(StoreLocation(StoreKind::postgresql, "postgresql:///firm"),
                               firm.backup, options()),
              ErrorKind::usage, "PostgreSQL");
  CHECK(state() == "a b ");
  for (const auto& entry : std::filesystem::directory_iterator(firm.dir.path()))
    CHECK(entry.path().filename().string().find(".restore-") == std::string::npos);
}

TEST_CASE("restore waits for a writer and then refuses as busy") {
  Firm firm;
  SQLite::Database holder(firm.db.string(), SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");
  CHECK_ERROR(restore_database(firm.db, firm.backup, options(50)), ErrorKind::busy,
              "is locked by another process");
  holder.exec("ROLLBACK");
  CHECK(handles(firm.db) == "a b ");
  restore_database(firm.db, firm.backup, options(50)); // free again
  CHECK(handles(firm.db) == "a ");
}
