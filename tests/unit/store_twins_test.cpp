// What the two stores must agree on: the schema each builds from its own migrations, how `--db`
// is read, and copying a firm's rows from one to the other (the portable backup).

#include "fixture.hpp"
#include "helpers.hpp"
#include "store/backend.hpp"
#include "store/copy.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "test_store.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <unistd.h>

using namespace acctcore;

namespace {

std::map<std::string, store_detail::TableShape> shapes_of(const Store& store) {
  std::map<std::string, store_detail::TableShape> shapes;
  for (auto& shape : store.backend().tables())
    shapes.emplace(shape.name, std::move(shape));
  return shapes;
}

std::vector<std::string> sorted(std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  return values;
}

/// A scratch directory removed with the test.
struct ScratchDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("acct-twins-" + std::to_string(::getpid()));
  ScratchDir() {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~ScratchDir() { std::filesystem::remove_all(path); }
};

} // namespace

TEST_CASE("the PostgreSQL schema is the twin of SQLite's: tables, columns, keys and indexes") {
  const Store sqlite = Store::open_memory();
  const auto expected = shapes_of(sqlite);
  REQUIRE(expected.size() > 10);
  for (const auto& [name, shape] : expected) {
    CAPTURE(name);
    CHECK_FALSE(shape.columns.empty());
    CHECK_FALSE(shape.primary_key.empty()); // copying and the twins rely on a key per table
  }
  if (!test::on_postgresql())
    return; // the comparison itself runs in the tests labelled postgresql
  const Store postgresql = test::open_test_store();
  const auto actual = shapes_of(postgresql);
  std::vector<std::string> expected_names;
  std::vector<std::string> actual_names;
  for (const auto& [name, shape] : expected)
    expected_names.push_back(name);
  for (const auto& [name, shape] : actual)
    actual_names.push_back(name);
  CHECK(actual_names == expected_names);
  for (const auto& [name, shape] : expected) {
    CAPTURE(name);
    const auto found = actual.find(name);
    if (found == actual.end())
      continue;
    CHECK(found->second.columns == shape.columns);
    CHECK(found->second.primary_key == shape.primary_key);
    CHECK(sorted(found->second.parents) == sorted(shape.parents));
    CHECK(found->second.indexes == shape.indexes);
  }
}

TEST_CASE("--db: PostgreSQL URIs, file paths, and other schemes refused, passwords never shown") {
  CHECK(parse_store_location("postgresql:///acct?host=/run/postgresql").kind ==
        StoreKind::postgresql);
  CHECK(parse_store_location("postgres://acct@db.example/acct").kind == StoreKind::postgresql);
  CHECK(parse_store_location("firm.db").kind == StoreKind::sqlite);
  CHECK(parse_store_location("/srv/acct/postgresql.db").kind == StoreKind::sqlite);
  CHECK_ERROR(parse_store_location("mysql://db/acct"), ErrorKind::usage, "unknown scheme 'mysql'");
  const auto secret = parse_store_location("postgresql://acct:s3cret@db.example:5432/acct");
  CHECK(secret.display().find("s3cret") == std::string::npos);
  CHECK(secret.display().find("db.example") != std::string::npos);
  CHECK_ERROR(parse_store_location("mysql://root:hunter2@db/acct"), ErrorKind::usage,
              "unknown scheme");
  try {
    parse_store_location("mysql://root:hunter2@db/acct");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("hunter2") == std::string::npos);
  }
}

TEST_CASE("a firm's rows copy into a new SQLite file whole: every table, every row, ids continue") {
  Store firm = test::vektor_firm();
  ScratchDir scratch;
  const auto target = scratch.path / "copy.db";
  {
    const ReadTransaction snapshot(firm);
    firm.backup_to(target);
  }
  CHECK_ERROR(firm.backup_to(target), ErrorKind::conflict, "already exists");
  Store copy = Store::open(target, StoreOptions{});
  CHECK(copy.check().empty());
  std::int64_t total = 0;
  for (const auto& [name, shape] : shapes_of(firm)) {
    CAPTURE(name);
    const std::string count = "SELECT count(*) FROM \"" + name + "\"";
    CHECK(query_int64(copy, count) == query_int64(firm, count));
    total += query_int64(copy, count);
  }
  CHECK(total > 50);
  CHECK(query_int64(copy, "SELECT count(*) FROM task") > 0);
  // Typed facts keep their types (SQLite's ANY column, text on PostgreSQL).
  CHECK(query_int64(copy, "SELECT count(*) FROM client_fact WHERE kind IN ('bool', 'int') AND "
                          "typeof(value) <> 'integer'") == 0);
  CHECK(query_int64(copy, "SELECT count(*) FROM client_fact WHERE kind IN ('bool', 'int')") > 0);
  // The copy's triggers are back: a new task is queued for the reminder schedule, after the
  // copied ids.
  const std::int64_t last = query_int64(copy, "SELECT max(id) FROM task");
  copy.exec("INSERT INTO task (client_id, origin, code, period, title, due, created_at, "
            "updated_at) SELECT client_id, 3, 'x', '', 'x', due, created_at, updated_at FROM "
            "task WHERE id = " +
            std::to_string(last));
  CHECK(query_int64(copy, "SELECT max(id) FROM task") == last + 1);
  CHECK(query_int64(copy, "SELECT count(*) FROM reminder_stale WHERE task_id = " +
                              std::to_string(last + 1)) == 1);
}
