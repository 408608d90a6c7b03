#include "helpers.hpp"
#include "store/migrations.hpp"
#include "store/sql.hpp"
#include "store/sqlite_store.hpp"
#include "store/store.hpp"

#include <SQLiteCpp/Database.h>

#include <cerrno>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace acctcore;
using acctcore::test::TempDir;

namespace {

StoreOptions options(int busy_ms = 200) {
  StoreOptions o;
  o.busy_timeout_ms = busy_ms;
  o.now = test::instant("2026-04-20T06:00:00Z");
  return o;
}

mode_t file_mode(const std::filesystem::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

} // namespace

TEST_CASE("migrations are numbered from 1 without gaps") {
  const auto all = migrations();
  REQUIRE_FALSE(all.empty());
  for (size_t i = 0; i < all.size(); ++i) {
    CHECK(all[i].version == static_cast<int>(i + 1));
    CHECK_FALSE(all[i].sql.empty());
  }
  CHECK(latest_schema_version() == all.back().version);
}

TEST_CASE("an in-memory store has the whole schema") {
  Store store = Store::open_memory();
  CHECK(store.schema_version() == latest_schema_version());
  CHECK(store.check().empty());
  CHECK(query_int64(store, "PRAGMA foreign_keys") == 1);
}

TEST_CASE("a new database file is private, in WAL mode and migrated") {
  TempDir dir;
  const auto path = dir / "data/acct/acct.db";
  {
    Store store = Store::create(path, options());
    CHECK(store.schema_version() == latest_schema_version());
    CHECK(store.migrations_applied() == latest_schema_version());
    CHECK(query_text(store, "PRAGMA journal_mode") == "wal");
  }
  CHECK(file_mode(path) == 0600);
  CHECK(file_mode(dir / "data") == 0700);
  CHECK(file_mode(dir / "data/acct") == 0700);
  Store again = Store::open(path, options());
  CHECK(again.migrations_applied() == 0);
  Statement recorded(again, "SELECT count(*), max(applied_at) FROM schema_migrations");
  REQUIRE(recorded.step());
  CHECK(recorded.column(0).as_int() == latest_schema_version());
  CHECK(recorded.column(1).as_text() == "2026-04-20T06:00:00Z");
  CHECK_ERROR(Store::create(path, options()), ErrorKind::conflict, "already exists");
}

TEST_CASE("opening refuses what is not an acct database, changing nothing") {
  TempDir dir;
  CHECK_ERROR(Store::open(dir / "missing.db", options()), ErrorKind::not_found, "no database at");
  CHECK_ERROR(Store::open(dir.path(), options()), ErrorKind::io, "it is a directory");

  const auto text = dir / "notes.txt";
  test::write_file(text, std::string(4096, 'x'));
  CHECK_ERROR(Store::open(text, options()), ErrorKind::incompatible, "is not an acct database");
  CHECK(test::read_file(text) == std::string(4096, 'x'));

  const auto other = dir / "other.db";
  {
    SQLite::Database db(other.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (x)");
  }
  CHECK_ERROR(Store::open(other, options()), ErrorKind::incompatible,
              "is an SQLite database, but not an acct database");
}

TEST_CASE("an empty database file is refused, never given a fresh schema") {
  // A file truncated to nothing (or left by an `acct init` killed at once) holds no firm: taking
  // it for a new database would hide that the firm's data is gone.
  TempDir dir;
  const auto path = dir / "acct.db";
  test::write_file(path, "");
  CHECK_ERROR(Store::open(path, options()), ErrorKind::incompatible, "is empty");
  CHECK(test::read_file(path).empty());
}

TEST_CASE("a symbolic link to nothing is named as such") {
  TempDir dir;
  std::filesystem::create_symlink("nowhere/acct.db", dir / "link.db");
  CHECK_ERROR(Store::open(dir / "link.db", options()), ErrorKind::not_found,
              "it is a symbolic link to 'nowhere/acct.db', which does not exist");
  CHECK_ERROR(Store::create(dir / "link.db", options()), ErrorKind::conflict,
              "acct does not create a database through a link");
  CHECK_FALSE(std::filesystem::exists(dir / "nowhere"));
  // A link to a database is that database.
  { Store::create(dir / "real.db", options()); }
  std::filesystem::create_symlink("real.db", dir / "good.db");
  CHECK(Store::open(dir / "good.db", options()).schema_version() == latest_schema_version());
}

TEST_CASE("a full disk is said as such, whichever way SQLite reports it") {
  TempDir dir;
  const auto path = dir / "acct.db";
  const Error full = store_detail::sqlite_error(SQLITE_FULL, "database or disk is full", path);
  CHECK(full.kind() == ErrorKind::io);
  CHECK(std::string(full.what()) ==
        "cannot write database '" + path.string() + "': the disk is full");
  // The -shm file cannot grow: SQLite says "disk I/O error", the OS says ENOSPC.
  const Error shm = store_detail::sqlite_error(SQLITE_IOERR, "disk I/O error", path, ENOSPC);
  CHECK(std::string(shm.what()) == full.what());
  const Error other = store_detail::sqlite_error(SQLITE_IOERR, "disk I/O error", path, EIO);
  CHECK(std::string(other.what()) ==
        "cannot write database '" + path.string() + "': Input/output error");
}

TEST_CASE("a database from a newer acct is refused and left unchanged") {
  TempDir dir;
  const auto path = dir / "acct.db";
  { Store::create(path, options()); }
  {
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
  }
  const std::string before = test::read_file(path);
  CHECK_ERROR(Store::open(path, options()), ErrorKind::incompatible, "written by a newer acct");
  CHECK(test::read_file(path) == before);
}

TEST_CASE("a write lock held elsewhere beyond the timeout is a busy error") {
  TempDir dir;
  const auto path = dir / "acct.db";
  { Store::create(path, options()); }
  SQLite::Database holder(path.string(), SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");
  Store store = Store::open(path, options(50));
  CHECK_ERROR(WriteTransaction(store), ErrorKind::busy, "is locked by another process");
  holder.exec("ROLLBACK");
  WriteTransaction tx(store); // free again
  tx.commit();
}

TEST_CASE("a write transaction rolls back unless committed") {
  Store store = Store::open_memory();
  {
    WriteTransaction tx(store);
    store.exec("INSERT INTO staff (handle, name, created_at) VALUES ('a', 'A', 'x')");
  }
  CHECK(query_int64(store, "SELECT count(*) FROM staff") == 0);
  {
    WriteTransaction tx(store);
    store.exec("INSERT INTO staff (handle, name, created_at) VALUES ('a', 'A', 'x')");
    tx.commit();
  }
  CHECK(query_int64(store, "SELECT count(*) FROM staff") == 1);
}

TEST_CASE("check reports foreign-key and schema problems") {
  Store store = Store::open_memory();
  store.exec("PRAGMA foreign_keys = OFF");
  store.exec("INSERT INTO staff_role (staff_id, role) VALUES (42, 'manager')");
  const auto problems = store.check();
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("foreign key") == 0);
  store.exec("DELETE FROM staff_role");
  store.exec("PRAGMA user_version = 99");
  REQUIRE(store.check().size() == 1);
  CHECK(store.check()[0].find("schema") == 0);
}

TEST_CASE("backup writes a consistent single-file copy and refuses to overwrite") {
  TempDir dir;
  const auto path = dir / "acct.db";
  Store store = Store::create(path, options());
  store.exec("INSERT INTO staff (handle, name, created_at) VALUES ('a', 'A', 'x')");
  const auto copy = dir / "backup.db";
  store.backup_to(copy);
  CHECK(file_mode(copy) == 0600);
  {
    Store restored = Store::open(copy, options());
    CHECK(query_text(restored, "SELECT handle FROM staff") == "a");
    CHECK(query_text(restored, "PRAGMA journal_mode") == "delete");
  }
  CHECK_ERROR(store.backup_to(copy), ErrorKind::conflict, "already exists");
  CHECK_ERROR(store.backup_to(dir / "no/such/dir/b.db"), ErrorKind::io, "cannot write backup");
  CHECK_FALSE(std::filesystem::exists(dir / "no"));
}
