#pragma once

#include "util/date.hpp"
#include "util/error.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace SQLite {
class Exception;
}

namespace acctcore {

/// How to open a database.
struct StoreOptions {
  int busy_timeout_ms = 5000; ///< how long to wait for another writer before failing as busy
  Timestamp now{};            ///< recorded as the time a migration was applied
};

/// The one SQLite database of a firm: opened with foreign keys, WAL and a busy timeout, and
/// migrated to the latest schema on first use. Readers take `const Store&`, writers `Store&`.
class Store {
public:
  /// Opens an existing acct database and applies pending migrations. Throws Error: not_found
  /// when there is no file, incompatible when it is not an acct database or is from a newer acct.
  static Store open(const std::filesystem::path& path, const StoreOptions& options);

  /// Creates a new database file with mode 0600 (it holds clients' personal data), creating
  /// missing parent directories with mode 0700, and migrates it. Throws Error(conflict) if the
  /// file exists, Error(io) when it cannot be created.
  static Store create(const std::filesystem::path& path, const StoreOptions& options);

  /// A private in-memory database with the full schema, for tests.
  static Store open_memory();

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  SQLite::Database& db() noexcept { return *m_db; }
  const SQLite::Database& db() const noexcept { return *m_db; }
  const std::filesystem::path& path() const noexcept { return m_path; }

  /// The schema version recorded in the file (PRAGMA user_version).
  int schema_version() const;

  /// True while a transaction is open. SQLite ends one by itself after some errors (a full
  /// disk, an I/O error), savepoints and all.
  bool in_transaction() const noexcept;

  /// The OS error (errno) of SQLite's last failed file operation on this database, 0 if none:
  /// for translate_sqlite_error.
  int system_errno() const noexcept;

  /// Number of migrations applied when this Store was opened (0 when it was up to date).
  int migrations_applied() const noexcept { return m_applied; }

  /// Integrity and foreign-key problems, one line each; empty when the database is sound.
  std::vector<std::string> check() const;

  /// Copies the database to the new file `target` (mode 0600): its pages as of one moment, so
  /// the copy is consistent while others write; a single self-contained file (no WAL). The copy
  /// is made in memory and the file written all or nothing (write_new_file), so that a failure,
  /// a full disk or a kill leaves no partial file. Throws Error(conflict) if `target` exists.
  void backup_to(const std::filesystem::path& target) const;

private:
  Store(std::unique_ptr<SQLite::Database> db, std::filesystem::path path);
  void configure(int busy_timeout_ms);
  void verify_is_acct_database() const;
  int migrate(Timestamp now);

  std::unique_ptr<SQLite::Database> m_db;
  std::filesystem::path m_path;
  int m_applied = 0;
};

/// One BEGIN IMMEDIATE ... COMMIT: takes the write lock at once (waiting up to the busy
/// timeout), so a writer never fails half-way because another one got there first. Rolls back
/// unless commit() was called.
class WriteTransaction {
public:
  explicit WriteTransaction(Store& store);
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  ~WriteTransaction();

  void commit();

private:
  Store& m_store;
  bool m_done = false;
};

/// Maps an SQLite failure to acct's typed error: busy/locked -> busy, not a database ->
/// incompatible, read-only or I/O -> io, a constraint -> conflict, anything else -> internal.
/// `system_errno` is the OS error behind it (Store::system_errno()), 0 when unknown: a full
/// disk (ENOSPC) and a directory or file acct may not write are said as such.
Error translate_sqlite_error(const SQLite::Exception& error, const std::filesystem::path& path,
                             int system_errno = 0);

} // namespace acctcore
