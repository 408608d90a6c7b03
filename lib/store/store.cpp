#include "store/store.hpp"

#include "store/migrations.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace acctcore {

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

} // namespace

Store::Store(std::unique_ptr<SQLite::Database> db, std::filesystem::path path)
    : m_db(std::move(db)), m_path(std::move(path)) {}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

void Store::configure(int busy_timeout_ms) {
  m_db->setBusyTimeout(busy_timeout_ms);
  m_db->exec("PRAGMA foreign_keys = ON");
}

void Store::verify_is_acct_database() const {
  // The first read of the header fails with SQLITE_NOTADB for a file that is not SQLite.
  const int app_id = m_db->execAndGet("PRAGMA application_id").getInt();
  const int version = m_db->execAndGet("PRAGMA user_version").getInt();
  if (app_id != k_application_id) {
    const int objects = m_db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
    // An empty file (truncated, or left by an `acct init` killed at once) is no firm's data:
    // giving it a fresh schema would hide the loss.
    if (app_id == 0 && objects == 0 && version == 0)
      throw Error(ErrorKind::incompatible, trf("database {} is empty", quoted(m_path)),
                  tr("restore it from a backup ('acct db backup' makes one), or remove it and "
                     "run 'acct init'"));
    throw Error(ErrorKind::incompatible,
                trf("{} is an SQLite database, but not an acct database", quoted(m_path)),
                tr("check --db or ACCT_DB"));
  }
  if (version > latest_schema_version())
    throw Error(ErrorKind::incompatible,
                trf("database {} was written by a newer acct (schema version {}; this acct "
                    "knows versions up to {})",
                    quoted(m_path), version, latest_schema_version()),
                tr("upgrade acct; the database was not changed"));
}

Store Store::open(const std::filesystem::path& path, const StoreOptions& options) {
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
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(path.string(), k_open_flags);
  } catch (const SQLite::Exception& e) {
    throw translate_sqlite_error(e, path);
  }
  Store store(std::move(db), path);
  try {
    store.configure(options.busy_timeout_ms);
    store.verify_is_acct_database();
    store.m_applied = store.migrate(options.now);
    return store;
  } catch (const SQLite::Exception& e) {
    throw translate_sqlite_error(e, path, store.system_errno());
  }
}

bool Store::in_transaction() const noexcept {
  return sqlite3_get_autocommit(m_db->getHandle()) == 0;
}

int Store::system_errno() const noexcept {
  return sqlite3_system_errno(m_db->getHandle());
}

Store Store::create(const std::filesystem::path& path, const StoreOptions& options) {
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
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(path.string(), k_open_flags);
  } catch (const SQLite::Exception& e) {
    throw translate_sqlite_error(e, path);
  }
  Store store(std::move(db), path);
  try {
    store.configure(options.busy_timeout_ms);
    store.m_db->exec(fmt::format("PRAGMA application_id = {}", k_application_id));
    // WAL lets readers (digests, cron jobs) run while one writer works; SQLite creates the
    // -wal and -shm files with the database file's mode.
    store.m_db->exec("PRAGMA journal_mode = WAL");
    store.m_applied = store.migrate(options.now);
    guard.release();
    return store;
  } catch (const SQLite::Exception& e) {
    throw translate_sqlite_error(e, path, store.system_errno());
  }
}

Store Store::open_memory() {
  Store store(std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE), ":memory:");
  store.configure(0);
  store.m_db->exec(fmt::format("PRAGMA application_id = {}", k_application_id));
  store.migrate(Timestamp{});
  return store;
}

int Store::schema_version() const {
  return m_db->execAndGet("PRAGMA user_version").getInt();
}

int Store::migrate(Timestamp now) {
  const int current = schema_version();
  if (current >= latest_schema_version())
    return 0;
  // Synchronous NORMAL is durable against a crashed process in WAL mode; set per connection.
  m_db->exec("PRAGMA synchronous = NORMAL");
  WriteTransaction tx(*this);
  // Another process may have migrated while we waited for the write lock.
  const int version = schema_version();
  int applied = 0;
  m_db->exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
             " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
  for (const auto& migration : migrations()) {
    if (migration.version <= version)
      continue;
    m_db->exec(std::string(migration.sql));
    SQLite::Statement insert(*m_db, "INSERT INTO schema_migrations VALUES (?, ?, ?)");
    insert.bind(1, migration.version);
    insert.bind(2, std::string(migration.name));
    insert.bind(3, format_timestamp_utc(now));
    insert.exec();
    ++applied;
  }
  m_db->exec(fmt::format("PRAGMA user_version = {}", latest_schema_version()));
  tx.commit();
  return applied;
}

std::vector<std::string> Store::check() const {
  std::vector<std::string> problems;
  SQLite::Statement integrity(*m_db, "PRAGMA integrity_check");
  while (integrity.executeStep()) {
    const std::string line = integrity.getColumn(0).getString();
    if (line != "ok")
      // TRANSLATORS: {} is SQLite's own integrity_check message (English).
      problems.push_back(trf("integrity: {}", line));
  }
  SQLite::Statement foreign(*m_db, "PRAGMA foreign_key_check");
  while (foreign.executeStep()) {
    // WITHOUT ROWID tables have no rowid to name.
    const std::string table = foreign.getColumn(0).getString();
    const std::string parent = foreign.getColumn(2).getString();
    if (foreign.getColumn(1).isNull())
      problems.push_back(
          // TRANSLATORS: the first {} is a table name, the second the table it refers to.
          trf("foreign key: a row of table '{}' refers to a missing row of '{}'", table, parent));
    else
      // TRANSLATORS: a row number, the table holding it, and the table it refers to.
      problems.push_back(trf("foreign key: row {} of table '{}' refers to a missing row of '{}'",
                             foreign.getColumn(1).getInt64(), table, parent));
  }
  const int version = schema_version();
  SQLite::Statement recorded(*m_db, "SELECT coalesce(max(version), 0) FROM schema_migrations");
  recorded.executeStep();
  if (recorded.getColumn(0).getInt() != version)
    problems.push_back(trf("schema: user_version is {} but schema_migrations records {}", version,
                           recorded.getColumn(0).getInt()));
  return problems;
}

void Store::backup_to(const std::filesystem::path& target) const {
  const auto exists = [&] {
    return Error(ErrorKind::conflict, trf("{} already exists", quoted(target)),
                 tr("choose another file name or remove the old backup first"));
  };
  struct stat st {};
  if (::lstat(target.c_str(), &st) == 0)
    throw exists();
  // Every page of the database as of one moment (a read transaction: consistent while others
  // write), in memory; then written as a new file all or nothing, so that a backup killed
  // half-way or short of disk space leaves no partial file behind.
  sqlite3* handle = m_db->getHandle();
  sqlite3_int64 size = 0;
  std::unique_ptr<unsigned char, decltype(&sqlite3_free)> bytes(
      sqlite3_serialize(handle, "main", &size, 0), &sqlite3_free);
  if (!bytes) {
    if (sqlite3_errcode(handle) != SQLITE_OK)
      throw translate_sqlite_error(SQLite::Exception(handle, sqlite3_errcode(handle)), m_path);
    throw io_error("write backup", target, ENOMEM);
  }
  // A self-contained single file: bytes 18 and 19 of the header say the file uses a write-ahead
  // log (2), which would make SQLite look for one beside the copy; 1 is the rollback journal.
  if (size >= 100) {
    bytes.get()[18] = 1;
    bytes.get()[19] = 1;
  }
  const int err = write_new_file(
      target,
      std::string_view(reinterpret_cast<const char*>(bytes.get()), static_cast<std::size_t>(size)),
      0600);
  if (err == EEXIST)
    throw exists(); // made meanwhile by someone else: never replaced
  if (err == ENOSPC || err == EDQUOT)
    throw Error(ErrorKind::io, trf("cannot write backup {}: the disk is full", quoted(target)),
                tr("free some space there; nothing was written"));
  if (err != 0)
    throw io_error("write backup", target, err);
}

WriteTransaction::WriteTransaction(Store& store) : m_store(store) {
  m_store.db().exec("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction() {
  if (!m_done) {
    try {
      m_store.db().exec("ROLLBACK");
    } catch (...) { // NOLINT(bugprone-empty-catch): nothing more can be done in a destructor
    }
  }
}

void WriteTransaction::commit() {
  m_store.db().exec("COMMIT");
  m_done = true;
}

Error translate_sqlite_error(const SQLite::Exception& error, const std::filesystem::path& path,
                             int system_errno) {
  const auto disk_full = [&] {
    return Error(ErrorKind::io, trf("cannot write database {}: the disk is full", quoted(path)),
                 tr("free some space on the disk that holds it; nothing was changed"));
  };
  switch (error.getErrorCode()) {
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
    if (system_errno == ENOSPC || system_errno == EDQUOT)
      return disk_full();
    if (auto denied = permission_error(path))
      return *denied;
    return Error(ErrorKind::io,
                 trf("cannot write database {}: {}", quoted(path),
                     system_errno != 0 ? std::strerror(system_errno) : error.what()));
  }
  case SQLITE_CONSTRAINT:
    return Error(ErrorKind::conflict, trf("database constraint failed: {}", error.what()));
  default:
    return Error(ErrorKind::internal, fmt::format("database error: {}", error.what()));
  }
}

} // namespace acctcore
