#pragma once

// What each store (SQLite, PostgreSQL) implements. Only lib/store sees this header: the rest of
// acct works through Store, Statement and Column (store.hpp, statement.hpp), which never name a
// dialect.

#include "util/date.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

struct StoreLocation;

namespace store_detail {

/// One prepared statement of a backend. Parameter indexes are 1-based, column indexes 0-based.
class StatementImpl {
public:
  virtual ~StatementImpl() = default;

  /// 1-based index of a ":name" parameter; throws Error(internal) when the SQL has none.
  virtual int parameter_index(const char* name) const = 0;
  virtual void bind_null(int index) = 0;
  virtual void bind_int64(int index, std::int64_t value) = 0;
  virtual void bind_double(int index, double value) = 0;
  /// `copy` false: the caller keeps `value` alive until the statement runs (step/exec).
  virtual void bind_text(int index, std::string_view value, bool copy) = 0;

  /// Runs the statement on the first call, then moves to the next row; false when there is none.
  virtual bool step() = 0;
  /// Runs the statement to its end; the number of rows it inserted, updated or deleted.
  virtual int exec() = 0;
  /// Makes the statement ready to run again; bindings are kept.
  virtual void reset() = 0;

  virtual int column_count() const = 0;
  virtual bool is_null(int column) const = 0;
  virtual std::int64_t get_int64(int column) const = 0;
  virtual double get_double(int column) const = 0;
  /// The column as text, "" for NULL; valid until the statement steps again.
  virtual std::string_view get_text(int column) const = 0;
};

/// One of acct's tables as the store describes it: its columns in order and the tables its
/// foreign keys point at.
struct TableShape {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> parents;
  /// Columns whose values carry their own type (SQLite's ANY): by acct's convention the row's
  /// `kind` column says which ('bool' and 'int' are integers, anything else text).
  std::vector<std::string> typed_by_kind;
  std::vector<std::string> integers;    ///< the columns of integer type
  std::vector<std::string> primary_key; ///< its columns, in key order
  std::vector<std::string> indexes;     ///< made by CREATE INDEX (not for keys), sorted
};

/// A store's connection: everything Store forwards.
class Backend {
public:
  virtual ~Backend() = default;

  virtual std::unique_ptr<StatementImpl> prepare(std::string_view sql) const = 0;
  /// Runs SQL text that returns no rows (one or more statements separated by ';').
  virtual void exec(std::string_view sql) const = 0;

  /// Starts the one write transaction of a command: waits for other writers up to the busy
  /// timeout, then fails as busy.
  virtual void begin_write() = 0;
  /// A write transaction that only takes rows it locks itself (see WriteTransaction::queue):
  /// READ COMMITTED on PostgreSQL; the same as begin_write() on SQLite.
  virtual void begin_queue_write() { begin_write(); }
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  /// A reader's snapshot: everything it reads is as of one moment (PostgreSQL; SQLite readers
  /// read without one, as they always have).
  virtual void begin_read() {}
  virtual void end_read() noexcept {}

  /// The schema version recorded in the database; 0 for an empty one.
  virtual int schema_version() const = 0;
  /// Brings the schema to the latest version in one transaction of its own, under the store's
  /// write lock, so that two processes starting a new acct at once migrate it once; returns how
  /// many migrations were applied. Throws Error(incompatible) when another process has meanwhile
  /// migrated it past what this acct knows.
  virtual int migrate(Timestamp now) = 0;

  /// Integrity problems the database itself knows of (corruption, broken foreign keys).
  virtual std::vector<std::string> check() const = 0;
  /// A consistent copy to a new file at `target` (see Store::backup_to).
  virtual void backup_to(const std::filesystem::path& target) const = 0;

  /// acct's tables (not the store's own bookkeeping: schema_migrations, acct_meta, sqlite_*),
  /// sorted by name.
  virtual std::vector<TableShape> tables() const = 0;
  /// Around a bulk load of whole tables inside a write transaction: the tables' own triggers
  /// (audit, reminder bookkeeping) are held off, since the rows they would add are loaded too,
  /// and foreign keys are checked at the end rather than row by row where the store can.
  virtual void begin_load() = 0;
  /// Turns the triggers back on and moves generated ids past the loaded ones.
  virtual void end_load() = 0;

  /// Removes acct's tables again after a create() whose command failed (PostgreSQL; an SQLite
  /// file is removed instead).
  virtual void drop_schema() {}

  /// How this store is named in messages: a path in quotes, or a URI without its password.
  virtual std::string display_name() const = 0;
};

} // namespace store_detail
} // namespace acctcore
