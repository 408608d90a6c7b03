#pragma once

#include "store/statement.hpp"
#include "util/date.hpp"
#include "util/error.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

namespace store_detail {
class Backend;
}

/// Which kind of database holds a firm's data.
enum class StoreKind {
  sqlite,     ///< one local file (the default)
  postgresql, ///< a PostgreSQL database, shared by many machines
};

/// A write transaction that PostgreSQL could not serialise after another one made at the same
/// time (a serialization failure or a deadlock). Nothing of it was kept; running the whole
/// command again is safe, and the dispatcher does so a few times before reporting it as busy.
class SerializationFailure : public Error {
public:
  explicit SerializationFailure(std::string message)
      : Error(ErrorKind::busy, std::move(message),
              "another writer changed the same data; run the command again") {}
};

/// Where a firm's database is: `--db`/`ACCT_DB` as given.
struct StoreLocation {
  StoreLocation() = default;
  StoreLocation(StoreKind kind_, std::string text_) : kind(kind_), text(std::move(text_)) {}
  /// An SQLite file.
  StoreLocation(const std::filesystem::path& file) // NOLINT(google-explicit-constructor)
      : text(file.string()) {}

  StoreKind kind = StoreKind::sqlite;
  std::string text; ///< the file path, or the connection URI

  std::filesystem::path path() const { return text; }
  /// For messages and JSON: the path, or the URI with any password replaced by "***".
  std::string display() const;
};

/// Reads `--db`: a `postgresql://` or `postgres://` URI is a PostgreSQL store; anything else
/// that looks like a URI (a scheme followed by ':' and '//', or a misspelt PostgreSQL scheme) is
/// refused with Error(usage) instead of becoming a file of that name; the rest are file paths.
StoreLocation parse_store_location(std::string_view text);

/// How to open a database.
struct StoreOptions {
  int busy_timeout_ms = 5000; ///< how long to wait for another writer before failing as busy
  Timestamp now{};            ///< recorded as the time a migration was applied
  bool read_only = false;     ///< no migration, no writes (shell completion)
};

/// The one database of a firm, SQLite or PostgreSQL behind the same interface: opened, checked to
/// be acct's, and migrated to the latest schema on first use. Readers take `const Store&`,
/// writers `Store&`; statements are made with `Statement(store, sql)`.
class Store {
public:
  /// Opens an existing acct database and applies pending migrations. Throws Error: not_found
  /// when there is no such database, incompatible when it is not acct's or is from a newer acct.
  static Store open(const StoreLocation& location, const StoreOptions& options);

  /// Creates acct's schema: a new SQLite file with mode 0600 (it holds clients' personal data),
  /// creating missing parent directories with mode 0700; or an empty PostgreSQL database.
  /// Throws Error(conflict) if the file exists or the database holds tables that are not acct's,
  /// Error(io) when it cannot be created.
  static Store create(const StoreLocation& location, const StoreOptions& options);

  /// What `acct init` does: opens an acct database that exists (migrating it), or creates one
  /// where there is none (`created` says which).
  static Store init(const StoreLocation& location, const StoreOptions& options, bool& created);

  /// Undoes a create() whose command failed afterwards: removes the new SQLite file, or acct's
  /// tables from the PostgreSQL database.
  static void remove_created(const StoreLocation& location, const StoreOptions& options) noexcept;

  /// A private in-memory SQLite database with the full schema, for tests.
  static Store open_memory();

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  StoreKind kind() const noexcept { return m_location.kind; }
  const StoreLocation& location() const noexcept { return m_location; }
  /// The path of an SQLite store (empty for PostgreSQL).
  std::filesystem::path path() const;
  /// The store as messages name it: the file path, or the URI without a password.
  std::string name() const;

  /// Runs SQL that returns no rows (one or more statements separated by ';').
  void exec(std::string_view sql) const;

  /// What a claim's subquery ends with so that concurrent claimants pass over each other's rows
  /// instead of waiting: " FOR UPDATE SKIP LOCKED" on PostgreSQL; nothing on SQLite, whose
  /// writer holds the whole database.
  std::string_view skip_locked_clause() const noexcept;

  /// A table reference with SQLite's index hint (`task t INDEXED BY task_by_client`, or
  /// `task NOT INDEXED` for an empty index), where SQLite's planner needs the help; PostgreSQL
  /// plans from its statistics and gets the plain reference.
  std::string table_with_index(std::string_view table, std::string_view index) const;

  /// The schema version recorded in the database.
  int schema_version() const;

  /// Number of migrations applied when this Store was opened (0 when it was up to date).
  int migrations_applied() const noexcept { return m_applied; }

  /// Integrity and foreign-key problems, one line each; empty when the database is sound.
  std::vector<std::string> check() const;

  /// Copies the database to a new SQLite file `target`: an SQLite store with SQLite's online
  /// backup (consistent while others write); a PostgreSQL store row by row into a new file of
  /// the same schema (acct's portable form, consistent when read inside a ReadTransaction). The
  /// copy is written to a temporary file beside `target` (mode 0600) and renamed into place, so
  /// a failure leaves nothing behind. Throws Error(conflict) if `target` exists.
  void backup_to(const std::filesystem::path& target) const;

  /// For lib/store only.
  store_detail::Backend& backend() const noexcept { return *m_backend; }

private:
  Store(std::unique_ptr<store_detail::Backend> backend, StoreLocation location);
  int migrate(Timestamp now);

  std::unique_ptr<store_detail::Backend> m_backend;
  StoreLocation m_location;
  int m_applied = 0;
};

/// A command's one write transaction: takes the write lock at once (waiting up to the busy
/// timeout), so a writer never fails half-way because another one got there first. Rolls back
/// unless commit() was called.
class WriteTransaction {
public:
  /// How a transaction meets others writing at the same time.
  enum Kind {
    /// As if one ran after the other (SERIALIZABLE on PostgreSQL); the default.
    serial,
    /// A work queue: it only changes rows it claims with `store.skip_locked_clause()` or holds
    /// by its own claim (`... AND claimed_by = me`), so claimants on several machines pass over
    /// each other's rows instead of failing as conflicting (READ COMMITTED on PostgreSQL).
    queue,
  };

  explicit WriteTransaction(Store& store, Kind kind = serial);
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  ~WriteTransaction();

  void commit();

private:
  Store& m_store;
  bool m_done = false;
};

/// A reader command's view of the database as of one moment (a digest whose sections agree with
/// each other while others write); ends with the scope.
class ReadTransaction {
public:
  explicit ReadTransaction(const Store& store);
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;
  ~ReadTransaction();

private:
  const Store& m_store;
};

/// A part of the current transaction that can fail alone: rolled back to its start unless
/// release() was called (`SAVEPOINT`, understood by both stores).
class Savepoint {
public:
  Savepoint(Store& store, std::string name);
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  ~Savepoint();

  /// Keeps what was done since the savepoint.
  void release();

private:
  Store& m_store;
  std::string m_name;
  bool m_done = false;
};

} // namespace acctcore
