#include "store/postgres_store.hpp"

#include "store/migrations.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <libpq-fe.h>
#include <map>
#include <unordered_map>

namespace acctcore::store_detail {

namespace {

// Type OIDs of the parameters acct binds (pg_type.h).
constexpr Oid k_int8_oid = 20;
constexpr Oid k_text_oid = 25;
constexpr Oid k_float8_oid = 701;

/// A lock key that no other application is likely to use: "acct" in ASCII, then a purpose.
constexpr long long k_migration_lock = 0x6163637400000001LL;

struct ResultDeleter {
  void operator()(PGresult* result) const noexcept { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string first_line(std::string_view text) {
  text = trim(text);
  const auto end = text.find('\n');
  std::string line(trim(text.substr(0, end)));
  // libpq's messages start with the severity: drop it, acct prints its own "error:".
  for (const char* prefix : {"FATAL:  ", "ERROR:  ", "FATAL: ", "ERROR: "})
    if (line.starts_with(prefix))
      line.erase(0, std::string_view(prefix).size());
  return line;
}

/// Why a connection could not be made: unreachable server -> io, refused login -> denied,
/// no such database -> not_found. libpq's messages never contain the password.
Error connection_error(PGconn* conn, const std::string& display) {
  const std::string message = PQerrorMessage(conn);
  const std::string line = first_line(message.substr(
      message.rfind("failed:") == std::string::npos ? 0 : message.rfind("failed:") + 7));
  const auto has = [&](std::string_view text) { return message.find(text) != std::string::npos; };
  if (has("password authentication failed") || has("no pg_hba.conf entry") ||
      has("authentication failed") || has("password is required") ||
      (has("role \"") && has("does not exist")) || has("permission denied for database"))
    return Error(ErrorKind::denied, trf("the PostgreSQL server refused the login: {}", line),
                 tr("the server's pg_hba.conf and the login decide who may connect; see "
                    "docs/postgresql.md"));
  if (has("database \"") && has("does not exist"))
    return Error(ErrorKind::not_found, trf("no database on the server for '{}': {}", display, line),
                 tr("create it first (createdb, or CREATE DATABASE), then run 'acct init'"));
  return Error(ErrorKind::io, trf("cannot reach the PostgreSQL server of '{}': {}", display, line),
               tr("check that the server runs and the URI's host and port"));
}

/// Throws acct's typed error for a failed statement, by its SQLSTATE.
[[noreturn]] void throw_statement_error(const PGresult* result, PGconn* conn,
                                        std::string_view sql) {
  const char* state_field =
      result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string state = state_field != nullptr ? state_field : "";
  const std::string message =
      first_line(result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn));
  if (state == "40001" || state == "40P01")
    throw SerializationFailure(trf("the database could not order this change after another "
                                   "one made at the same time: {}",
                                   message));
  if (state == "55P03" || state == "57014")
    throw Error(ErrorKind::busy, trf("the database is locked by another process: {}", message),
                tr("try again in a moment, or raise [database] busy_timeout_ms in the config"));
  if (state.starts_with("23"))
    throw Error(ErrorKind::conflict, trf("database constraint failed: {}", message));
  if (state == "42501" || state == "25006")
    throw Error(ErrorKind::denied, trf("the database refused: {}", message));
  if (state.starts_with("08") || state.starts_with("57P") || state == "53100" ||
      state.starts_with("58") || PQstatus(conn) == CONNECTION_BAD)
    throw Error(ErrorKind::io, trf("the database connection failed: {}", message),
                tr("nothing of this command was kept; run it again once the server is back"));
  throw Error(ErrorKind::internal, fmt::format("database error: {} in: {}", message, sql));
}

/// Discards the server's notices ("relation already exists, skipping"): acct says what matters.
void ignore_notice(void*, const char*) {}

class PgBackend;

class PgStatement final : public StatementImpl {
public:
  PgStatement(const PgBackend& backend, std::string_view sql);

  int parameter_index(const char* name) const override {
    for (size_t i = 0; i < m_names.size(); ++i)
      if (m_names[i] == name)
        return static_cast<int>(i) + 1;
    throw Error(ErrorKind::internal,
                fmt::format("database error: no parameter {} in: {}", name, m_sql));
  }
  void bind_null(int index) override {
    auto& p = param(index);
    p.null = true;
    p.type = 0;
  }
  void bind_int64(int index, std::int64_t value) override {
    auto& p = param(index);
    p.null = false;
    p.type = k_int8_oid;
    p.text = std::to_string(value);
  }
  void bind_double(int index, double value) override {
    auto& p = param(index);
    p.null = false;
    p.type = k_float8_oid;
    p.text = fmt::format("{}", value);
  }
  void bind_text(int index, std::string_view value, bool) override {
    auto& p = param(index);
    p.null = false;
    p.type = k_text_oid;
    p.text.assign(value);
  }

  bool step() override {
    if (!m_result)
      run();
    else if (m_row < m_rows)
      ++m_row;
    return m_row < m_rows;
  }
  int exec() override {
    run();
    const char* changed = PQcmdTuples(m_result.get());
    return changed != nullptr && *changed != '\0' ? std::atoi(changed) : 0;
  }
  void reset() override {
    m_result.reset();
    m_rows = 0;
    m_row = 0;
  }

  int column_count() const override { return m_result ? PQnfields(m_result.get()) : 0; }
  bool is_null(int column) const override {
    return PQgetisnull(m_result.get(), m_row, column) != 0;
  }
  std::int64_t get_int64(int column) const override {
    const std::string_view text = get_text(column);
    if (text == "t")
      return 1;
    if (text == "f")
      return 0;
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  double get_double(int column) const override {
    const char* text = PQgetvalue(m_result.get(), m_row, column);
    return text != nullptr ? std::strtod(text, nullptr) : 0.0;
  }
  std::string_view get_text(int column) const override {
    if (PQgetisnull(m_result.get(), m_row, column) != 0)
      return {};
    return {PQgetvalue(m_result.get(), m_row, column),
            static_cast<size_t>(PQgetlength(m_result.get(), m_row, column))};
  }

private:
  struct Param {
    bool null = true;
    Oid type = 0;
    std::string text;
  };

  Param& param(int index) {
    if (index < 1 || static_cast<size_t>(index) > m_params.size())
      throw Error(ErrorKind::internal,
                  fmt::format("database error: no parameter {} in: {}", index, m_sql));
    return m_params[static_cast<size_t>(index) - 1];
  }

  void run();

  const PgBackend& m_backend;
  std::string m_sql;                ///< as written, for messages
  std::vector<std::string> m_names; ///< ":name" of each parameter, or "" when positional
  std::string m_pg_sql;             ///< with $N parameters (fills m_names: declared after it)
  std::vector<Param> m_params;
  Result m_result;
  int m_rows = 0;
  int m_row = 0;
};

class PgBackend final : public Backend {
public:
  PgBackend(PGconn* conn, std::string display) : m_conn(conn), m_display(std::move(display)) {}
  PgBackend(const PgBackend&) = delete;
  PgBackend& operator=(const PgBackend&) = delete;
  ~PgBackend() override { PQfinish(m_conn); }

  PGconn* conn() const noexcept { return m_conn; }

  /// The name of a prepared statement for this SQL and these parameter types, preparing it on
  /// the connection the first time.
  const std::string& prepared(const std::string& sql, const std::vector<Oid>& types) const {
    std::string key = sql;
    key += '\0';
    for (const Oid type : types)
      key += std::to_string(type) + ",";
    auto found = m_prepared.find(key);
    if (found != m_prepared.end())
      return found->second;
    std::string name = fmt::format("acct_{}", m_prepared.size() + 1);
    Result result(
        PQprepare(m_conn, name.c_str(), sql.c_str(), static_cast<int>(types.size()), types.data()));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
      throw_statement_error(result.get(), m_conn, sql);
    return m_prepared.emplace(std::move(key), std::move(name)).first->second;
  }

  std::unique_ptr<StatementImpl> prepare(std::string_view sql) const override {
    return std::make_unique<PgStatement>(*this, sql);
  }

  void exec(std::string_view sql) const override {
    const std::string text(sql);
    Result result(PQexec(m_conn, text.c_str()));
    const auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
      throw_statement_error(result.get(), m_conn, sql);
  }

  /// SERIALIZABLE: whatever two writers do at once, the result is as if one ran after the
  /// other, or one of them fails with a serialization failure that the dispatcher retries.
  void begin_write() override { exec("BEGIN ISOLATION LEVEL SERIALIZABLE"); }
  void begin_queue_write() override { exec("BEGIN ISOLATION LEVEL READ COMMITTED"); }
  void commit() override { exec("COMMIT"); }
  void begin_read() override { exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
  void end_read() noexcept override { rollback(); }
  void rollback() noexcept override { Result result(PQexec(m_conn, "ROLLBACK")); }

  int schema_version() const override {
    if (!has_table("acct_meta"))
      return 0;
    Result result(PQexec(m_conn, "SELECT value FROM acct_meta WHERE key = 'schema_version'"));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
      throw_statement_error(result.get(), m_conn, "SELECT value FROM acct_meta");
    return PQntuples(result.get()) == 0 ? 0 : std::atoi(PQgetvalue(result.get(), 0, 0));
  }

  int migrate(Timestamp now) override {
    // READ COMMITTED, so that the version read after the lock is the one the last migrator
    // committed; the lock makes a second acct starting at the same time wait, then find nothing
    // to do.
    exec("BEGIN");
    try {
      exec(fmt::format("SELECT pg_advisory_xact_lock({})", k_migration_lock));
      exec("CREATE TABLE IF NOT EXISTS acct_meta (key text COLLATE \"C\" PRIMARY KEY, "
           "value text COLLATE \"C\" NOT NULL)");
      exec("CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, "
           "name text COLLATE \"C\" NOT NULL, applied_at text COLLATE \"C\" NOT NULL)");
      exec("INSERT INTO acct_meta (key, value) VALUES ('application', 'acct') "
           "ON CONFLICT DO NOTHING");
      const int from = schema_version();
      if (from > latest_schema_version())
        throw Error(ErrorKind::incompatible,
                    trf("database {} was written by a newer acct (schema version {}; this acct "
                        "knows versions up to {})",
                        "'" + m_display + "'", from, latest_schema_version()),
                    tr("upgrade acct; the database was not changed"));
      int applied = 0;
      for (const auto& migration : postgresql_migrations()) {
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
      auto version = prepare("INSERT INTO acct_meta (key, value) VALUES ('schema_version', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
      version->bind_text(1, std::to_string(latest_schema_version()), true);
      version->exec();
      exec("COMMIT");
      return applied;
    } catch (...) {
      rollback();
      throw;
    }
  }

  std::vector<std::string> check() const override {
    std::vector<std::string> problems;
    // PostgreSQL keeps its own pages and foreign keys sound; what acct can see going wrong is an
    // index left invalid by an interrupted build, or acct's bookkeeping.
    Result invalid(PQexec(m_conn, "SELECT c.relname FROM pg_index i JOIN pg_class c ON "
                                  "c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = "
                                  "c.relnamespace WHERE n.nspname = current_schema() AND "
                                  "NOT i.indisvalid ORDER BY 1"));
    for (int row = 0; row < PQntuples(invalid.get()); ++row)
      problems.push_back(
          trf("integrity: index '{}' is invalid", PQgetvalue(invalid.get(), row, 0)));
    return problems;
  }

  void backup_to(const std::filesystem::path&) const override {
    throw Error(ErrorKind::internal, "database error: backup of a PostgreSQL store is done by "
                                     "copying it (see Store::backup_to)");
  }

  std::string display_name() const override { return m_display; }

  std::vector<TableShape> tables() const override {
    std::vector<TableShape> shapes;
    std::map<std::string, size_t> index;
    for (const auto& row : rows("SELECT table_name FROM information_schema.tables WHERE "
                                "table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                "AND table_name NOT IN ('acct_meta', 'schema_migrations') "
                                "ORDER BY table_name COLLATE \"C\"")) {
      index[row[0]] = shapes.size();
      shapes.push_back(TableShape{row[0], {}, {}, {}, {}, {}, {}});
    }
    for (const auto& row : rows("SELECT table_name, column_name, CASE WHEN data_type IN "
                                "('bigint', 'integer', 'smallint') THEN 1 ELSE 0 END FROM "
                                "information_schema.columns WHERE table_schema = "
                                "current_schema() AND is_generated = 'NEVER' ORDER BY "
                                "table_name, ordinal_position")) {
      if (auto found = index.find(row[0]); found != index.end()) {
        shapes[found->second].columns.push_back(row[1]);
        if (row[2] == "1")
          shapes[found->second].integers.push_back(row[1]);
      }
    }
    for (const auto& row : rows("SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class "
                                "c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid "
                                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype "
                                "= 'f' AND n.nspname = current_schema() ORDER BY 1, 2")) {
      if (auto found = index.find(row[0]); found != index.end())
        shapes[found->second].parents.push_back(row[1]);
    }
    for (const auto& row : rows("SELECT c.relname, a.attname FROM pg_constraint k JOIN pg_class c "
                                "ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = "
                                "c.relnamespace CROSS JOIN LATERAL unnest(k.conkey) WITH "
                                "ORDINALITY AS u(attnum, position) JOIN pg_attribute a ON "
                                "a.attrelid = c.oid AND a.attnum = u.attnum WHERE k.contype = "
                                "'p' AND n.nspname = current_schema() ORDER BY 1, u.position")) {
      if (auto found = index.find(row[0]); found != index.end())
        shapes[found->second].primary_key.push_back(row[1]);
    }
    for (const auto& row :
         rows("SELECT i.tablename, i.indexname FROM pg_indexes i WHERE "
              "i.schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM "
              "pg_constraint k WHERE k.conname = i.indexname) ORDER BY i.tablename, "
              "i.indexname COLLATE \"C\"")) {
      if (auto found = index.find(row[0]); found != index.end())
        shapes[found->second].indexes.push_back(row[1]);
    }
    return shapes;
  }

  void begin_load() override {
    // The table owner may hold off its own triggers; foreign keys (system triggers) stay on,
    // which is why rows are loaded parents first.
    for (const auto& shape : tables())
      exec(fmt::format("ALTER TABLE \"{}\" DISABLE TRIGGER USER", shape.name));
  }

  void end_load() override {
    for (const auto& shape : tables())
      exec(fmt::format("ALTER TABLE \"{}\" ENABLE TRIGGER USER", shape.name));
    // Identity columns continue after the largest id loaded.
    for (const auto& row :
         rows("SELECT table_name, column_name FROM information_schema.columns WHERE "
              "table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1")) {
      exec(fmt::format("SELECT setval(pg_get_serial_sequence('\"{0}\"', '{1}'), "
                       "coalesce(max(\"{1}\"), 0) + 1, false) FROM \"{0}\"",
                       row[0], row[1]));
    }
  }

  /// The rows of a query without parameters, as text.
  std::vector<std::vector<std::string>> rows(const char* sql) const {
    Result result(PQexec(m_conn, sql));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
      throw_statement_error(result.get(), m_conn, sql);
    std::vector<std::vector<std::string>> out(static_cast<size_t>(PQntuples(result.get())));
    for (int row = 0; row < PQntuples(result.get()); ++row)
      for (int column = 0; column < PQnfields(result.get()); ++column)
        out[static_cast<size_t>(row)].emplace_back(PQgetvalue(result.get(), row, column));
    return out;
  }

  void drop_schema() override {
    // Only after create(), in a database that was empty: everything in it is acct's.
    exec("BEGIN");
    try {
      Result tables(PQexec(m_conn, "SELECT quote_ident(tablename) FROM pg_tables WHERE "
                                   "schemaname = current_schema()"));
      for (int row = 0; row < PQntuples(tables.get()); ++row)
        exec(fmt::format("DROP TABLE IF EXISTS {} CASCADE", PQgetvalue(tables.get(), row, 0)));
      Result functions(PQexec(m_conn,
                              "SELECT p.oid::regprocedure FROM pg_proc p JOIN "
                              "pg_namespace n ON n.oid = p.pronamespace WHERE "
                              "n.nspname = current_schema() AND p.proname LIKE 'acct\\_%'"));
      for (int row = 0; row < PQntuples(functions.get()); ++row)
        exec(
            fmt::format("DROP FUNCTION IF EXISTS {} CASCADE", PQgetvalue(functions.get(), row, 0)));
      exec("COMMIT");
    } catch (...) {
      rollback();
      throw;
    }
  }

  bool has_table(const char* name) const {
    const std::string sql = fmt::format("SELECT to_regclass('{}') IS NOT NULL", name);
    Result result(PQexec(m_conn, sql.c_str()));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
      throw_statement_error(result.get(), m_conn, sql);
    return std::string_view(PQgetvalue(result.get(), 0, 0)) == "t";
  }

  /// Tables in the schema acct uses (the first of the search path), acct's or not.
  int table_count() const {
    Result result(PQexec(m_conn, "SELECT count(*) FROM pg_tables WHERE schemaname = "
                                 "current_schema()"));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
      throw_statement_error(result.get(), m_conn, "SELECT count(*) FROM pg_tables");
    return std::atoi(PQgetvalue(result.get(), 0, 0));
  }

private:
  PGconn* m_conn;
  std::string m_display;
  mutable std::unordered_map<std::string, std::string> m_prepared;
};

PgStatement::PgStatement(const PgBackend& backend, std::string_view sql)
    : m_backend(backend), m_sql(sql), m_pg_sql(postgres_sql(sql, m_names)),
      m_params(m_names.size()) {}

void PgStatement::run() {
  reset();
  std::vector<Oid> types;
  std::vector<const char*> values;
  types.reserve(m_params.size());
  values.reserve(m_params.size());
  for (const auto& p : m_params) {
    types.push_back(p.type);
    values.push_back(p.null ? nullptr : p.text.c_str());
  }
  const std::string& name = m_backend.prepared(m_pg_sql, types);
  m_result.reset(PQexecPrepared(m_backend.conn(), name.c_str(), static_cast<int>(values.size()),
                                values.data(), nullptr, nullptr, 0));
  const auto status = PQresultStatus(m_result.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    const Result failed = std::move(m_result);
    reset();
    throw_statement_error(failed.get(), m_backend.conn(), m_sql);
  }
  m_rows = PQntuples(m_result.get());
  m_row = 0;
}

} // namespace

std::string postgres_sql(std::string_view sql, std::vector<std::string>& names) {
  std::string out;
  out.reserve(sql.size() + 16);
  const auto is_name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
  };
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {
      // A literal or a quoted identifier, with doubled quotes inside.
      const size_t start = i++;
      while (i < sql.size()) {
        if (sql[i] == c) {
          if (i + 1 < sql.size() && sql[i + 1] == c) {
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        ++i;
      }
      out.append(sql.substr(start, i - start));
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const size_t end = sql.find('\n', i);
      const size_t stop = end == std::string_view::npos ? sql.size() : end;
      out.append(sql.substr(i, stop - i));
      i = stop;
    } else if (c == '?') {
      ++i;
      size_t digits = i;
      while (digits < sql.size() && std::isdigit(static_cast<unsigned char>(sql[digits])) != 0)
        ++digits;
      size_t index = names.size() + 1;
      if (digits > i) {
        index = static_cast<size_t>(std::atoi(std::string(sql.substr(i, digits - i)).c_str()));
        i = digits;
      }
      if (names.size() < index)
        names.resize(index);
      out += '$' + std::to_string(index);
    } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
      out += "::";
      i += 2;
    } else if (c == ':' && i + 1 < sql.size() &&
               (std::isalpha(static_cast<unsigned char>(sql[i + 1])) != 0 || sql[i + 1] == '_')) {
      size_t end = i + 1;
      while (end < sql.size() && is_name_char(sql[end]))
        ++end;
      const std::string name(sql.substr(i, end - i));
      size_t index = 0;
      for (size_t k = 0; k < names.size(); ++k)
        if (names[k] == name)
          index = k + 1;
      if (index == 0) {
        names.push_back(name);
        index = names.size();
      }
      out += '$' + std::to_string(index);
      i = end;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

std::unique_ptr<Backend> open_postgresql(const std::string& uri, std::string display,
                                         int busy_timeout_ms, PostgresOpen mode, bool& created) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (conn == nullptr)
    throw Error(ErrorKind::io, trf("cannot connect to '{}': out of memory", display));
  if (PQstatus(conn) != CONNECTION_OK) {
    Error error = connection_error(conn, display);
    PQfinish(conn);
    throw error;
  }
  PQsetNoticeProcessor(conn, ignore_notice, nullptr);
  auto backend = std::make_unique<PgBackend>(conn, display);
  // A lock held by another writer beyond the busy timeout fails as busy, as on SQLite.
  backend->exec(fmt::format("SET lock_timeout = {}", std::max(busy_timeout_ms, 1)));
  backend->exec("SET client_min_messages = warning");
  backend->exec("SET client_encoding = 'UTF8'");
  const bool acct = backend->has_table("acct_meta") && backend->has_table("schema_migrations");
  created = false;
  if (acct) {
    if (mode == PostgresOpen::create)
      throw Error(ErrorKind::conflict, trf("'{}' already holds an acct database", display));
  } else if (backend->table_count() > 0) {
    throw Error(
        mode == PostgresOpen::existing ? ErrorKind::incompatible : ErrorKind::conflict,
        trf("the PostgreSQL database '{}' has tables, but is not an acct database", display),
        tr("point --db (ACCT_DB) at an empty database for 'acct init', or at acct's"));
  } else if (mode == PostgresOpen::existing) {
    throw Error(ErrorKind::not_found, trf("no acct database in '{}' (it is empty)", display),
                tr("run 'acct init' to create one there"));
  } else {
    created = true;
  }
  return backend;
}

} // namespace acctcore::store_detail
