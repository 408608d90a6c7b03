// The floor for task generation: plain SQLite inserting the very rows a generate run wrote,
// with nothing else to do. Reads every task row of SOURCE into memory, then times writing them
// into TARGET's empty task table the way an application would at best: one transaction, one
// prepared statement, values bound without copying, the connection set up as acct sets it
// (foreign keys on, WAL, synchronous = NORMAL). ROWS_PER_STATEMENT > 1 writes several rows per
// INSERT. Not a test: it prints one figure, the milliseconds from BEGIN to the end of COMMIT.
//   acct_bench_insert_floor SOURCE_DB TARGET_DB [ROWS_PER_STATEMENT]
#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace {

using Value = std::variant<std::monostate, std::int64_t, std::string>;

struct Rows {
  std::string table;
  std::string columns; ///< "a, b, c": every column but the id, which SQLite assigns as for acct
  std::vector<std::vector<Value>> values;
};

Rows read_rows(SQLite::Database& db, const std::string& table) {
  Rows rows{table, {}, {}};
  SQLite::Statement names(db, "SELECT group_concat(name, ', ') FROM pragma_table_info(?) "
                              "WHERE name <> 'id'");
  names.bind(1, table);
  names.executeStep();
  rows.columns = names.getColumn(0).getString();
  SQLite::Statement select(db, "SELECT " + rows.columns + " FROM " + table + " ORDER BY rowid");
  while (select.executeStep()) {
    std::vector<Value> row;
    for (int i = 0; i < select.getColumnCount(); ++i) {
      const SQLite::Column c = select.getColumn(i);
      if (c.isNull())
        row.emplace_back();
      else if (c.isInteger())
        row.emplace_back(c.getInt64());
      else
        row.emplace_back(c.getString());
    }
    rows.values.push_back(std::move(row));
  }
  return rows;
}

std::string insert_sql(const Rows& table, size_t columns, size_t rows) {
  std::string one = "(";
  for (size_t i = 0; i < columns; ++i)
    one += i == 0 ? "?" : ", ?";
  one += ")";
  std::string sql = "INSERT INTO " + table.table + " (" + table.columns + ") VALUES " + one;
  for (size_t r = 1; r < rows; ++r)
    sql += ", " + one;
  return sql;
}

void bind(SQLite::Statement& statement, int index, const Value& value) {
  if (const auto* i = std::get_if<std::int64_t>(&value))
    statement.bind(index, *i);
  else if (const auto* s = std::get_if<std::string>(&value))
    statement.bindNoCopy(index, *s);
  else
    statement.bind(index);
}

void insert_all(SQLite::Database& db, const Rows& table, size_t per_statement) {
  const auto& rows = table.values;
  if (rows.empty())
    return;
  const size_t columns = rows.front().size();
  std::optional<SQLite::Statement> full;
  size_t next = 0;
  while (next < rows.size()) {
    const size_t count = std::min(per_statement, rows.size() - next);
    if (count != per_statement || !full)
      full.emplace(db, insert_sql(table, columns, count));
    int index = 1;
    for (size_t r = next; r < next + count; ++r)
      for (const Value& v : rows[r])
        bind(*full, index++, v);
    full->exec();
    full->reset();
    next += count;
    if (count != per_statement)
      full.reset();
  }
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: acct_bench_insert_floor SOURCE_DB TARGET_DB [ROWS_PER_STATEMENT]\n";
    return 2;
  }
  const size_t per_statement = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 1;
  SQLite::Database source(argv[1], SQLite::OPEN_READONLY);
  const auto runs = read_rows(source, "generation_run");
  const auto tasks = read_rows(source, "task");
  SQLite::Database target(argv[2], SQLite::OPEN_READWRITE);
  target.exec("PRAGMA foreign_keys = ON");
  target.exec("PRAGMA synchronous = NORMAL");
  const auto start = std::chrono::steady_clock::now();
  target.exec("BEGIN IMMEDIATE");
  insert_all(target, runs, 1);
  insert_all(target, tasks, per_statement == 0 ? 1 : per_statement);
  target.exec("COMMIT");
  const auto ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << tasks.values.size() << " rows in " << ms << " ms\n";
  return 0;
}
