#include "test_store.hpp"

#include "store/sql.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <libpq-fe.h>
#include <string>
#include <unistd.h>

namespace acctcore::test {

namespace {

/// The test server's directory (tests/postgresql/server.sh), or "" when on SQLite.
std::string server_dir() {
  const char* dir = std::getenv("ACCT_TEST_POSTGRESQL");
  return dir == nullptr ? std::string() : std::string(dir);
}

/// The URI of database `name` on the test server.
std::string database_uri(const std::string& name) {
  std::ifstream in(server_dir() + "/port");
  std::string port;
  in >> port;
  return fmt::format("postgresql://postgres@/{}?host={}&port={}", name, server_dir(), port);
}

std::string base_uri() {
  return database_uri("postgres");
}

void admin(const std::string& sql) {
  PGconn* conn = PQconnectdb(base_uri().c_str());
  REQUIRE_MESSAGE(PQstatus(conn) == CONNECTION_OK, PQerrorMessage(conn));
  PGresult* result = PQexec(conn, sql.c_str());
  const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
  const std::string message = PQresultErrorMessage(result);
  PQclear(result);
  PQfinish(conn);
  REQUIRE_MESSAGE(ok, message);
}

std::string process_database() {
  return fmt::format("acct_unit_{}", ::getpid());
}

void drop_process_database() {
  PGconn* conn = PQconnectdb(base_uri().c_str());
  if (PQstatus(conn) == CONNECTION_OK)
    PQclear(PQexec(
        conn, fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", process_database()).c_str()));
  PQfinish(conn);
}

} // namespace

bool on_postgresql() {
  return !server_dir().empty();
}

Store open_test_store() {
  if (!on_postgresql())
    return Store::open_memory();
  static bool created = false;
  const StoreLocation location(StoreKind::postgresql, database_uri(process_database()));
  StoreOptions options;
  options.busy_timeout_ms = 2000;
  if (!created) {
    admin(fmt::format("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'", process_database()));
    std::atexit(drop_process_database);
    created = true;
    return Store::create(location, options);
  }
  Store store = Store::open(location, options);
  std::string tables;
  Statement names(store, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                         "AND tablename <> 'acct_meta' AND tablename <> 'schema_migrations' "
                         "ORDER BY tablename");
  while (names.step())
    tables += (tables.empty() ? "" : ", ") + names.column(0).as_text();
  store.exec(fmt::format("TRUNCATE {} RESTART IDENTITY CASCADE", tables));
  return store;
}

} // namespace acctcore::test
