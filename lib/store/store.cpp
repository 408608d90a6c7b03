#include "store/store.hpp"

#include "store/backend.hpp"
#include "store/copy.hpp"
#include "store/migrations.hpp"
#include "store/postgres_store.hpp"
#include "store/sqlite_store.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace acctcore {

namespace {

/// "postgresql://" and "postgres://", the two schemes libpq accepts.
bool is_postgresql_uri(std::string_view text) {
  return text.starts_with("postgresql://") || text.starts_with("postgres://");
}

/// "scheme://..." (RFC 3986 scheme characters), or a word close to "postgresql" followed by ':'.
bool looks_like_uri(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0)
    return false;
  const auto scheme = text.substr(0, colon);
  for (const char c : scheme)
    if (!(std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.'))
      return false;
  if (text.substr(colon + 1, 2) == "//")
    return true;
  const std::string lower = to_lower_ascii(scheme);
  return lower.starts_with("postg") || lower.starts_with("pgsql");
}

} // namespace

std::string StoreLocation::display() const {
  if (kind != StoreKind::postgresql)
    return text;
  // postgresql://user:secret@host/db -> postgresql://user:***@host/db; a password=... parameter
  // likewise. Nothing else in a URI is secret.
  std::string shown = text;
  const auto scheme_end = shown.find("://");
  const auto authority_start = scheme_end == std::string::npos ? 0 : scheme_end + 3;
  const auto at = shown.find('@', authority_start);
  const auto slash = shown.find('/', authority_start);
  if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
    const auto colon = shown.find(':', authority_start);
    if (colon != std::string::npos && colon < at)
      shown.replace(colon + 1, at - colon - 1, "***");
  }
  for (std::string::size_type from = 0;;) {
    const auto key = shown.find("password=", from);
    if (key == std::string::npos)
      break;
    if (key > 0 && shown[key - 1] != '?' && shown[key - 1] != '&') {
      from = key + 1;
      continue;
    }
    const auto value = key + 9;
    const auto end = shown.find('&', value);
    shown.replace(value, (end == std::string::npos ? shown.size() : end) - value, "***");
    from = value + 3;
  }
  return shown;
}

StoreLocation parse_store_location(std::string_view text) {
  if (is_postgresql_uri(text))
    return {StoreKind::postgresql, std::string(text)};
  if (looks_like_uri(text)) {
    const auto scheme = text.substr(0, text.find(':'));
    throw Error(ErrorKind::usage,
                trf("'{}' is not a database acct can open: unknown scheme '{}'",
                    StoreLocation{StoreKind::postgresql, std::string(text)}.display(), scheme),
                tr("use a file path for SQLite, or a 'postgresql://' URI for PostgreSQL"));
  }
  return {StoreKind::sqlite, std::string(text)};
}

Store::Store(std::unique_ptr<store_detail::Backend> backend, StoreLocation location)
    : m_backend(std::move(backend)), m_location(std::move(location)) {}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

namespace {

std::unique_ptr<store_detail::Backend> open_backend(const StoreLocation& location,
                                                    const StoreOptions& options) {
  if (location.kind == StoreKind::postgresql) {
    bool created = false;
    return store_detail::open_postgresql(location.text, location.display(), options.busy_timeout_ms,
                                         store_detail::PostgresOpen::existing, created);
  }
  return store_detail::open_sqlite(location.path(), options.busy_timeout_ms);
}

void refuse_newer_schema(const Store& store) {
  const int version = store.schema_version();
  if (version > latest_schema_version())
    throw Error(ErrorKind::incompatible,
                trf("database {} was written by a newer acct (schema version {}; this acct "
                    "knows versions up to {})",
                    "'" + store.name() + "'", version, latest_schema_version()),
                tr("upgrade acct; the database was not changed"));
}

} // namespace

Store Store::open(const StoreLocation& location, const StoreOptions& options) {
  Store store(open_backend(location, options), location);
  refuse_newer_schema(store);
  if (options.read_only)
    store.exec(location.kind == StoreKind::sqlite ? "PRAGMA query_only = 1"
                                                  : "SET default_transaction_read_only = on");
  else
    store.m_applied = store.migrate(options.now);
  return store;
}

Store Store::create(const StoreLocation& location, const StoreOptions& options) {
  if (location.kind == StoreKind::postgresql) {
    bool created = false;
    Store store(store_detail::open_postgresql(location.text, location.display(),
                                              options.busy_timeout_ms,
                                              store_detail::PostgresOpen::create, created),
                location);
    store.m_applied = store.migrate(options.now);
    return store;
  }
  Store store(store_detail::create_sqlite(location.path(), options.busy_timeout_ms), location);
  FileGuard guard(location.path());
  store.m_applied = store.migrate(options.now);
  guard.release();
  return store;
}

Store Store::init(const StoreLocation& location, const StoreOptions& options, bool& created) {
  if (location.kind == StoreKind::postgresql) {
    Store store(store_detail::open_postgresql(location.text, location.display(),
                                              options.busy_timeout_ms,
                                              store_detail::PostgresOpen::either, created),
                location);
    refuse_newer_schema(store);
    store.m_applied = store.migrate(options.now);
    return store;
  }
  std::error_code ec;
  created = !std::filesystem::exists(location.path(), ec);
  return created ? create(location, options) : open(location, options);
}

void Store::remove_created(const StoreLocation& location, const StoreOptions& options) noexcept {
  if (location.kind == StoreKind::sqlite) {
    for (const char* suffix : {"", "-wal", "-shm"})
      std::remove((location.text + suffix).c_str());
    return;
  }
  try {
    Store store = open(location, options);
    store.m_backend->drop_schema();
  } catch (...) { // NOLINT(bugprone-empty-catch): the command reports its own failure
  }
}

Store Store::open_memory() {
  Store store(store_detail::open_sqlite_memory(), StoreLocation{StoreKind::sqlite, ":memory:"});
  store.migrate(Timestamp{});
  return store;
}

std::filesystem::path Store::path() const {
  return m_location.kind == StoreKind::sqlite ? m_location.path() : std::filesystem::path();
}

std::string_view Store::skip_locked_clause() const noexcept {
  return kind() == StoreKind::postgresql ? " FOR UPDATE SKIP LOCKED" : "";
}

std::string Store::table_with_index(std::string_view table, std::string_view index) const {
  std::string sql(table);
  if (kind() == StoreKind::sqlite) {
    sql += index.empty() ? " NOT INDEXED" : " INDEXED BY ";
    sql += index;
  }
  return sql;
}

std::string Store::name() const {
  return m_backend->display_name();
}

void Store::exec(std::string_view sql) const {
  m_backend->exec(sql);
}

int Store::schema_version() const {
  return m_backend->schema_version();
}

int Store::migrate(Timestamp now) {
  if (schema_version() >= latest_schema_version())
    return 0;
  return m_backend->migrate(now);
}

std::vector<std::string> Store::check() const {
  std::vector<std::string> problems = m_backend->check();
  const int version = schema_version();
  Statement recorded(*this, "SELECT coalesce(max(version), 0) FROM schema_migrations");
  recorded.step();
  if (recorded.column(0).as_int() != version)
    problems.push_back(trf("schema: user_version is {} but schema_migrations records {}", version,
                           recorded.column(0).as_int()));
  return problems;
}

void Store::backup_to(const std::filesystem::path& target) const {
  if (kind() == StoreKind::sqlite) {
    m_backend->backup_to(target);
    return;
  }
  // A PostgreSQL store is copied row by row into a new SQLite file of the same schema version:
  // acct's portable form, which `acct --db FILE` reads as it is and `acct db copy` loads back.
  store_detail::refuse_existing_backup(target);
  std::filesystem::path temp = target;
  temp += fmt::format(".tmp-{}", ::getpid());
  const StoreLocation temp_location(temp);
  try {
    std::vector<CopiedTable> copied;
    Store copy = copy_into_new(*this, temp_location, StoreOptions{}, copied);
    // A self-contained single file, as SQLite's own backup leaves it.
    copy.exec("PRAGMA journal_mode = DELETE");
  } catch (...) {
    remove_created(temp_location, StoreOptions{});
    throw;
  }
  FileGuard guard(temp);
  if (::rename(temp.c_str(), target.c_str()) != 0)
    throw store_detail::backup_write_error(target, errno);
  guard.release();
}

WriteTransaction::WriteTransaction(Store& store, Kind kind) : m_store(store) {
  if (kind == queue)
    m_store.backend().begin_queue_write();
  else
    m_store.backend().begin_write();
}

WriteTransaction::~WriteTransaction() {
  if (!m_done)
    m_store.backend().rollback();
}

void WriteTransaction::commit() {
  m_store.backend().commit();
  m_done = true;
}

ReadTransaction::ReadTransaction(const Store& store) : m_store(store) {
  m_store.backend().begin_read();
}

ReadTransaction::~ReadTransaction() {
  m_store.backend().end_read();
}

Savepoint::Savepoint(Store& store, std::string name) : m_store(store), m_name(std::move(name)) {
  m_store.exec("SAVEPOINT " + m_name);
}

Savepoint::~Savepoint() {
  if (m_done)
    return;
  try {
    m_store.exec("ROLLBACK TO SAVEPOINT " + m_name);
    m_store.exec("RELEASE SAVEPOINT " + m_name);
  } catch (...) { // NOLINT(bugprone-empty-catch): the transaction itself will roll back
  }
}

void Savepoint::release() {
  m_store.exec("RELEASE SAVEPOINT " + m_name);
  m_done = true;
}

// Statement and Column forward to the backend's statement.

Statement::Statement(const Store& store, std::string_view sql)
    : m_impl(store.backend().prepare(sql)) {}
Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;
Statement::~Statement() = default;

void Statement::bind_int64(int index, std::int64_t value) {
  m_impl->bind_int64(index, value);
}
void Statement::bind(int index, double value) {
  m_impl->bind_double(index, value);
}
void Statement::bind(int index, std::string_view value) {
  m_impl->bind_text(index, value, true);
}
void Statement::bind(int index) {
  m_impl->bind_null(index);
}
void Statement::bind_view(int index, std::string_view value) {
  m_impl->bind_text(index, value, false);
}
int Statement::index_of(const char* name) const {
  return m_impl->parameter_index(name);
}
bool Statement::step() {
  return m_impl->step();
}
int Statement::exec() {
  return m_impl->exec();
}
void Statement::reset() {
  m_impl->reset();
}
int Statement::column_count() const {
  return m_impl->column_count();
}

bool Column::is_null() const {
  return m_impl.is_null(m_index);
}
std::int64_t Column::as_int64() const {
  return m_impl.get_int64(m_index);
}
int Column::as_int() const {
  return static_cast<int>(m_impl.get_int64(m_index));
}
double Column::as_double() const {
  return m_impl.get_double(m_index);
}
std::string Column::as_text() const {
  return std::string(m_impl.get_text(m_index));
}
std::string_view Column::as_view() const {
  return m_impl.get_text(m_index);
}

} // namespace acctcore
