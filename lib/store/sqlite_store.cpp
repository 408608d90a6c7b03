#include "store/sqlite_store.hpp"

#include "store/migrations.hpp"
#include "util/error.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace acctcore::store_detail {

namespace {

/// acct uses a connection from one thread only: SQLite's per-connection mutexes are not needed.
const int k_open_flags = SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX;

/// PRAGMA application_id of an acct database: "acct" in ASCII.
constexpr int k_application_id = 0x61636374;

std::string quoted(const std::filesystem::path& path) {
  return "'" + path.string() + "'";
}

Error io_error(std::string_view action, const std::filesystem::path& path, int err) {
  // One whole sentence per action, so that each translates as a whole.
  const char* reason = std::strerror(err);
  if (action == "create directory")
    return Error(ErrorKind::io, trf("cannot create directory {}: {}", quoted(path), reason));
  if (action == "open database")
    return Error(ErrorKind::io, trf("cannot open database {}: {}", quoted(path), reason));
  if (action == "create database")
    return Error(ErrorKind::io, trf("cannot create database {}: {}", quoted(path), reason));
  if (action == "write backup")
    return Error(ErrorKind::io, trf("cannot write backup {}: {}", quoted(path), reason));
  return Error(ErrorKind::io, fmt::format("cannot {} {}: {}", action, quoted(path), reason));
}

/// Where `path` points when it is a symbolic link to nothing; nullopt otherwise.
std::optional<std::filesystem::path> dangling_link_target(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(path, ec) || std::filesystem::exists(path, ec) || ec)
    return std::nullopt;
  auto target = std::filesystem::read_symlink(path, ec);
  return ec ? std::nullopt : std::optional(target);
}

/// The error for a database SQLite cannot write because of permissions: the database's own file,
/// or the directory where SQLite keeps its -wal and -shm files beside it (that of the file a
/// symbolic link points to); nullopt when neither is in the way.
std::optional<Error> permission_error(const std::filesystem::path& path) {
  std::error_code ec;
  auto file = path;
  if (std::filesystem::is_symlink(path, ec))
    file = std::filesystem::canonical(path, ec);
  if (ec)
    file = path;
  const auto dir = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  const auto denied = [](const std::filesystem::path& p) {
    return ::faccessat(AT_FDCWD, p.c_str(), W_OK, AT_EACCESS) != 0 &&
           (errno == EACCES || errno == EPERM || errno == EROFS);
  };
  const std::string hint = tr("let the user running acct write there; nothing was changed");
  if (denied(dir) || denied(file)) {
    if (errno == EROFS)
      return Error(ErrorKind::io,
                   trf("cannot write database {}: the file system is read-only", quoted(path)));
    if (denied(dir))
      return Error(ErrorKind::io,
                   trf("cannot use database {}: its directory {} is not writable, and SQLite "
                       "keeps the database's -wal and -shm files there",
                       quoted(path), quoted(dir)),
                   hint);
    return Error(ErrorKind::io,
                 trf("cannot write database {}: the file is read-only", quoted(path)), hint);
  }
  return std::nullopt;
}

} // namespace

Error sqlite_error(int code, std::string_view message, const std::filesystem::path& path,
                   int system_errno) {
  const auto disk_full = [&] {
    return Error(ErrorKind::io, trf("cannot write database {}: the disk is full", quoted(path)),
                 tr("free some space on the disk that holds it; nothing was changed"));
  };
  switch (code & 0xff) {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return Error(ErrorKind::busy, trf("database {} is locked by another process", quoted(path)),
                 tr("try again in a moment, or raise [database] busy_timeout_ms in the config"));
  case SQLITE_NOTADB:
    return Error(ErrorKind::incompatible,
                 trf("{} is not an acct database (not an SQLite file)", quoted(path)),
                 tr("check --db or ACCT_DB"));
  case SQLITE_CORRUPT:
    return Error(ErrorKind::incompatible, trf("database {} is corrupt", quoted(path)),
                 tr("restore it from a backup ('acct db backup' makes one)"));
  case SQLITE_FULL:
    return disk_full();
  case SQLITE_READONLY:
  case SQLITE_CANTOPEN:
  case SQLITE_IOERR:
  case SQLITE_PERM: {
    // The -shm file that cannot grow is "disk I/O error" to SQLite, ENOSPC to the OS.
    if (system_errno == ENOSPC || system_errno == EDQUOT)
      return disk_full();
    if (auto denied = permission_error(path))
      return *denied;
    return Error(ErrorKind::io,
                 trf("cannot write database {}: {}", quoted(path),
                     system_errno != 0 ? std::strerror(system_errno) : std::string(message)));
  }
  case SQLITE_CONSTRAINT:
    return Error(ErrorKind::conflict, trf("database constraint failed: {}", message));
  default:
    return Error(ErrorKind::internal, fmt::format("database error: {}", message));
  }
}

namespace {

Error exception_error(const SQLite::Exception& e, const std::filesystem::path& path) {
  return sqlite_error(e.getErrorCode(), e.what(), path);
}

std::unique_ptr<SQLite::Database> open_database(const std::filesystem::path& path, int flags) {
  try {
    return std::make_unique<SQLite::Database>(path.string(), flags);
  } catch (const SQLite::Exception& e) {
    throw exception_error(e, path);
  }
}

/// mkdir -p with mode 0700 for the directories it creates.
void create_parent_directories(const std::filesystem::path& path) {
  const auto parent = path.parent_path();
  if (parent.empty())
    return;
  std::filesystem::path current;
  for (const auto& part : parent) {
    current /= part;
    if (::mkdir(current.c_str(), 0700) != 0 && errno != EEXIST)
      throw io_error("create directory", current, errno);
  }
  struct stat st {};
  if (::stat(parent.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    throw Error(ErrorKind::io,
                trf("cannot create database in {}: not a directory", quoted(parent)));
}

class SqliteStatement final : public StatementImpl {
public:
  SqliteStatement(sqlite3* db, std::string_view sql, const std::filesystem::path& path)
      : m_db(db), m_path(path) {
    const int rc =
        sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
      throw sqlite_error(rc, fmt::format("{} in: {}", sqlite3_errmsg(db), sql), m_path,
                         sqlite3_system_errno(db));
  }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement() override { sqlite3_finalize(m_stmt); }

  int parameter_index(const char* name) const override {
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
      throw Error(ErrorKind::internal,
                  fmt::format("database error: no parameter {} in: {}", name, sqlite3_sql(m_stmt)));
    return index;
  }
  void bind_null(int index) override {
    ready_to_bind();
    check(sqlite3_bind_null(m_stmt, index));
  }
  void bind_int64(int index, std::int64_t value) override {
    ready_to_bind();
    check(sqlite3_bind_int64(m_stmt, index, value));
  }
  void bind_double(int index, double value) override {
    ready_to_bind();
    check(sqlite3_bind_double(m_stmt, index, value));
  }
  void bind_text(int index, std::string_view value, bool copy) override {
    ready_to_bind();
    check(sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                            copy ? SQLITE_TRANSIENT : SQLITE_STATIC));
  }

  bool step() override {
    if (m_done)
      return false;
    m_started = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
      return true;
    m_done = true;
    if (rc == SQLITE_DONE)
      return false;
    throw failure(rc);
  }
  int exec() override {
    if (m_started)
      reset();
    m_started = true;
    for (;;) {
      const int rc = sqlite3_step(m_stmt);
      if (rc == SQLITE_ROW)
        continue;
      m_done = true;
      if (rc != SQLITE_DONE)
        throw failure(rc);
      return sqlite3_changes(m_db);
    }
  }
  void reset() override {
    sqlite3_reset(m_stmt);
    m_done = false;
    m_started = false;
  }

  int column_count() const override { return sqlite3_column_count(m_stmt); }
  bool is_null(int column) const override {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
  }
  std::int64_t get_int64(int column) const override { return sqlite3_column_int64(m_stmt, column); }
  double get_double(int column) const override { return sqlite3_column_double(m_stmt, column); }
  std::string_view get_text(int column) const override {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (text == nullptr)
      return {};
    return {text, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
  }

private:
  /// A statement that has run is reset before new values are bound (its bindings stay).
  void ready_to_bind() {
    if (m_started)
      reset();
  }
  void check(int rc) const {
    if (rc != SQLITE_OK)
      throw sqlite_error(rc, sqlite3_errmsg(m_db), m_path, sqlite3_system_errno(m_db));
  }
  Error failure(int rc) {
    // The message of the failed step; reset so that the statement can run again.
    const std::string message = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    return sqlite_error(sqlite3_extended_errcode(m_db) != 0 ? sqlite3_extended_errcode(m_db) : rc,
                        message, m_path, sqlite3_system_errno(m_db));
  }

  sqlite3* m_db;
  sqlite3_stmt* m_stmt = nullptr;
  const std::filesystem::path& m_path;
  bool m_started = false; ///< stepped since the last reset
  bool m_done = false;    ///< stepped to its end
};

class SqliteBackend final : public Backend {
public:
  SqliteBackend(std::unique_ptr<SQLite::Database> db, std::filesystem::path path)
      : m_db(std::move(db)), m_path(std::move(path)) {}

  void configure(int busy_timeout_ms) {
    m_db->setBusyTimeout(busy_timeout_ms);
    exec("PRAGMA foreign_keys = ON");
  }

  void verify_is_acct_database() const {
    // The first read of the header fails with SQLITE_NOTADB for a file that is not SQLite.
    const int app_id = pragma_int("application_id");
    const int version = pragma_int("user_version");
    if (app_id != k_application_id) {
      Query count_objects(*this, "SELECT count(*) FROM sqlite_schema");
      // An empty file (truncated, or left by an `acct init` killed at once) is no firm's data:
      // giving it a fresh schema would hide the loss.
      if (app_id == 0 && count_objects.int_at_first_row() == 0 && version == 0)
        throw Error(ErrorKind::incompatible, trf("database {} is empty", quoted(m_path)),
                    tr("restore it from a backup ('acct db backup' makes one), or remove it and "
                       "run 'acct init'"));
      throw Error(ErrorKind::incompatible,
                  trf("{} is an SQLite database, but not an acct database", quoted(m_path)),
                  tr("check --db or ACCT_DB"));
    }
  }

  /// Overwrites this database with every page of the database `source` in one transaction.
  void overwrite_from(const std::filesystem::path& source_path) {
    const auto source = open_database(source_path, SQLite::OPEN_READONLY);
    sqlite3* target = m_db->getHandle();
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source->getHandle(), "main");
    if (backup == nullptr)
      throw sqlite_error(sqlite3_extended_errcode(target), sqlite3_errmsg(target), m_path);
    // All pages in one step: one write transaction on the target, which waits for another
    // writer through the busy handler and fails as busy when the timeout passes.
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
      throw sqlite_error(step, sqlite3_errstr(step), m_path);
    if (finish != SQLITE_OK)
      throw sqlite_error(finish, sqlite3_errstr(finish), m_path);
  }

  void mark_as_acct() const { exec(fmt::format("PRAGMA application_id = {}", k_application_id)); }

  std::unique_ptr<StatementImpl> prepare(std::string_view sql) const override {
    return std::make_unique<SqliteStatement>(m_db->getHandle(), sql, m_path);
  }

  void exec(std::string_view sql) const override {
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db->getHandle(), text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
      const std::string what = message != nullptr ? message : sqlite3_errstr(rc);
      sqlite3_free(message);
      throw sqlite_error(sqlite3_extended_errcode(m_db->getHandle()), what, m_path,
                         sqlite3_system_errno(m_db->getHandle()));
    }
  }

  void begin_write() override { exec("BEGIN IMMEDIATE"); }
  void commit() override { exec("COMMIT"); }
  void rollback() noexcept override {
    try {
      exec("ROLLBACK");
    } catch (...) { // NOLINT(bugprone-empty-catch): nothing more can be done here
    }
  }

  int schema_version() const override { return pragma_int("user_version"); }

  int migrate(Timestamp now) override {
    // Synchronous NORMAL is durable against a crashed process in WAL mode; set per connection.
    exec("PRAGMA synchronous = NORMAL");
    begin_write();
    try {
      // Another process may have migrated while we waited for the write lock.
      const int from = schema_version();
      const int applied = from >= latest_schema_version() ? 0 : apply_migrations(from, now);
      commit();
      return applied;
    } catch (...) {
      rollback();
      throw;
    }
  }

  int apply_migrations(int from, Timestamp now) {
    exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
         " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
    int applied = 0;
    for (const auto& migration : migrations()) {
      if (migration.version <= from)
        continue;
      exec(migration.sql);
      auto insert = prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)");
      insert->bind_int64(1, migration.version);
      insert->bind_text(2, migration.name, true);
      insert->bind_text(3, format_timestamp_utc(now), true);
      insert->exec();
      ++applied;
    }
    exec(fmt::format("PRAGMA user_version = {}", latest_schema_version()));
    return applied;
  }

  std::vector<std::string> check() const override {
    std::vector<std::string> problems;
    auto integrity = prepare("PRAGMA integrity_check");
    while (integrity->step()) {
      const std::string line(integrity->get_text(0));
      if (line != "ok")
        // TRANSLATORS: {} is SQLite's own integrity_check message (English).
        problems.push_back(trf("integrity: {}", line));
    }
    auto foreign = prepare("PRAGMA foreign_key_check");
    while (foreign->step()) {
      // WITHOUT ROWID tables have no rowid to name.
      const std::string table(foreign->get_text(0));
      const std::string parent(foreign->get_text(2));
      if (foreign->is_null(1))
        problems.push_back(
            // TRANSLATORS: the first {} is a table name, the second the table it refers to.
            trf("foreign key: a row of table '{}' refers to a missing row of '{}'", table, parent));
      else
        // TRANSLATORS: a row number, the table holding it, and the table it refers to.
        problems.push_back(trf("foreign key: row {} of table '{}' refers to a missing row of '{}'",
                               foreign->get_int64(1), table, parent));
    }
    return problems;
  }

  void backup_to(const std::filesystem::path& target) const override {
    refuse_existing_backup(target);
    // Every page of the database as of one moment (a read transaction: consistent while others
    // write), in memory; then written as a new file all or nothing, so that a backup killed
    // half-way or short of disk space leaves no partial file behind.
    sqlite3* handle = m_db->getHandle();
    sqlite3_int64 size = 0;
    std::unique_ptr<unsigned char, decltype(&sqlite3_free)> bytes(
        sqlite3_serialize(handle, "main", &size, 0), &sqlite3_free);
    if (!bytes) {
      if (sqlite3_errcode(handle) != SQLITE_OK)
        throw sqlite_error(sqlite3_extended_errcode(handle), sqlite3_errmsg(handle), m_path,
                           sqlite3_system_errno(handle));
      throw io_error("write backup", target, ENOMEM);
    }
    // A self-contained single file: bytes 18 and 19 of the header say the file uses a
    // write-ahead log (2), which would make SQLite look for one beside the copy; 1 is the
    // rollback journal.
    if (size >= 100) {
      bytes.get()[18] = 1;
      bytes.get()[19] = 1;
    }
    const int err = write_new_file(target,
                                   std::string_view(reinterpret_cast<const char*>(bytes.get()),
                                                    static_cast<std::size_t>(size)),
                                   0600);
    if (err == EEXIST)
      refuse_existing_backup(target); // made meanwhile by someone else: never replaced
    if (err != 0)
      throw backup_write_error(target, err);
  }

  std::string display_name() const override { return m_path.string(); }

  std::vector<TableShape> tables() const override {
    std::vector<TableShape> shapes;
    auto names = prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                         "'sqlite\\_%' ESCAPE '\\' AND name <> 'schema_migrations' ORDER BY name");
    while (names->step())
      shapes.push_back(TableShape{std::string(names->get_text(0)), {}, {}, {}, {}, {}, {}});
    for (auto& shape : shapes) {
      auto columns = prepare(fmt::format("PRAGMA table_info(\"{}\")", shape.name));
      std::vector<std::pair<std::int64_t, std::string>> key;
      while (columns->step()) {
        shape.columns.emplace_back(columns->get_text(1));
        if (columns->get_text(2) == "INTEGER")
          shape.integers.emplace_back(columns->get_text(1));
        if (columns->get_text(2) == "ANY")
          shape.typed_by_kind.emplace_back(columns->get_text(1));
        if (columns->get_int64(5) > 0)
          key.emplace_back(columns->get_int64(5), columns->get_text(1));
      }
      std::sort(key.begin(), key.end());
      for (auto& [position, column] : key)
        shape.primary_key.push_back(std::move(column));
      auto indexes = prepare(fmt::format("PRAGMA index_list(\"{}\")", shape.name));
      while (indexes->step())
        if (indexes->get_text(3) == "c")
          shape.indexes.emplace_back(indexes->get_text(1));
      std::sort(shape.indexes.begin(), shape.indexes.end());
      auto keys = prepare(fmt::format("PRAGMA foreign_key_list(\"{}\")", shape.name));
      while (keys->step())
        shape.parents.emplace_back(keys->get_text(2));
    }
    return shapes;
  }

  void begin_load() override {
    // Triggers are part of the schema and SQLite's schema changes are transactional: dropped
    // here and made again by end_load() in the same transaction, they are never seen missing.
    m_triggers.clear();
    auto triggers = prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                            "ORDER BY name");
    while (triggers->step())
      m_triggers.emplace_back(triggers->get_text(0), triggers->get_text(1));
    for (const auto& [name, sql] : m_triggers)
      exec(fmt::format("DROP TRIGGER \"{}\"", name));
    exec("PRAGMA defer_foreign_keys = ON");
  }

  void end_load() override {
    for (const auto& [name, sql] : m_triggers)
      exec(sql);
    m_triggers.clear();
  }

private:
  /// A statement on this backend, for its own queries.
  class Query {
  public:
    Query(const SqliteBackend& backend, std::string_view sql) : m_impl(backend.prepare(sql)) {}
    int int_at_first_row() { return m_impl->step() ? static_cast<int>(m_impl->get_int64(0)) : 0; }

  private:
    std::unique_ptr<StatementImpl> m_impl;
  };

  int pragma_int(const char* name) const {
    Query pragma(*this, fmt::format("PRAGMA {}", name));
    return pragma.int_at_first_row();
  }

  std::unique_ptr<SQLite::Database> m_db;
  std::filesystem::path m_path;
  std::vector<std::pair<std::string, std::string>> m_triggers; ///< held off by begin_load()
};

} // namespace

std::unique_ptr<Backend> open_sqlite(const std::filesystem::path& path, int busy_timeout_ms) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) {
      if (const auto target = dangling_link_target(path))
        throw Error(ErrorKind::not_found,
                    trf("no database at {}: it is a symbolic link to {}, which does not exist",
                        quoted(path), quoted(*target)),
                    tr("point the link at the database, or --db (ACCT_DB) at the file itself"));
      throw Error(ErrorKind::not_found, trf("no database at {}", quoted(path)),
                  tr("run 'acct init' to create one, or point --db (ACCT_DB) at an existing one"));
    }
    throw io_error("open database", path, errno);
  }
  if (S_ISDIR(st.st_mode))
    throw Error(ErrorKind::io, trf("cannot open database {}: it is a directory", quoted(path)));
  auto backend = std::make_unique<SqliteBackend>(open_database(path, k_open_flags), path);
  backend->configure(busy_timeout_ms);
  backend->verify_is_acct_database();
  return backend;
}

std::unique_ptr<Backend> create_sqlite(const std::filesystem::path& path, int busy_timeout_ms) {
  create_parent_directories(path);
  const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) {
      if (const auto target = dangling_link_target(path))
        throw Error(ErrorKind::conflict,
                    trf("{} is a symbolic link to {}, which does not exist; acct does not create "
                        "a database through a link",
                        quoted(path), quoted(*target)),
                    tr("create it at the link's target with --db, or remove the link"));
      throw Error(ErrorKind::conflict, trf("{} already exists", quoted(path)));
    }
    throw io_error("create database", path, errno);
  }
  ::close(fd);
  FileGuard guard(path);
  auto backend = std::make_unique<SqliteBackend>(open_database(path, k_open_flags), path);
  backend->configure(busy_timeout_ms);
  backend->mark_as_acct();
  // WAL lets readers (digests, cron jobs) run while one writer works; SQLite creates the
  // -wal and -shm files with the database file's mode.
  backend->exec("PRAGMA journal_mode = WAL");
  guard.release();
  return backend;
}

void replace_sqlite(const std::filesystem::path& target, const std::filesystem::path& prepared,
                    int busy_timeout_ms) {
  struct stat st {};
  if (::lstat(target.c_str(), &st) != 0) {
    if (errno != ENOENT)
      throw io_error("open database", target, errno);
    // No database to overwrite: the prepared file becomes it, as `acct init` would make it.
    open_database(prepared, k_open_flags)->exec("PRAGMA journal_mode = WAL");
    const int fd = ::open(prepared.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0)
      throw io_error("create database", target, errno);
    ::close(fd);
    create_parent_directories(target);
    if (::rename(prepared.c_str(), target.c_str()) != 0)
      throw io_error("create database", target, errno);
    const int dir = ::open(target.parent_path().empty() ? "." : target.parent_path().c_str(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
      ::fsync(dir); // the rename itself, durable
      ::close(dir);
    }
    return;
  }
  if (S_ISDIR(st.st_mode))
    throw Error(ErrorKind::io, trf("cannot open database {}: it is a directory", quoted(target)));
  SqliteBackend backend(open_database(target, k_open_flags), target);
  backend.configure(busy_timeout_ms);
  backend.verify_is_acct_database();
  backend.exec("PRAGMA synchronous = FULL"); // the commit that replaces everything is synced
  backend.overwrite_from(prepared);
  // Fold the new pages into the file now; readers still on the old snapshot keep the WAL,
  // which SQLite checkpoints later.
  backend.exec("PRAGMA wal_checkpoint(PASSIVE)");
}

std::unique_ptr<Backend> open_sqlite_memory() {
  auto backend = std::make_unique<SqliteBackend>(
      open_database(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE), ":memory:");
  backend->configure(0);
  backend->mark_as_acct();
  return backend;
}

void refuse_existing_backup(const std::filesystem::path& target) {
  struct stat st {};
  if (::lstat(target.c_str(), &st) == 0)
    throw Error(ErrorKind::conflict, trf("{} already exists", quoted(target)),
                tr("choose another file name or remove the old backup first"));
}

Error backup_write_error(const std::filesystem::path& target, int err) {
  if (err == ENOSPC || err == EDQUOT)
    return Error(ErrorKind::io, trf("cannot write backup {}: the disk is full", quoted(target)),
                 tr("free some space there; nothing was written"));
  return io_error("write backup", target, err);
}

} // namespace acctcore::store_detail
