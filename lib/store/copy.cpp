#include "store/copy.hpp"

#include "store/backend.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace acctcore {

namespace {

using store_detail::TableShape;

/// The tables with every table's parents before it (a table referring to itself is no
/// obstacle: its rows are copied in id order).
std::vector<const TableShape*> load_order(const std::vector<TableShape>& shapes) {
  std::map<std::string, const TableShape*> by_name;
  for (const auto& shape : shapes)
    by_name[shape.name] = &shape;
  std::vector<const TableShape*> order;
  std::set<std::string> placed;
  std::set<std::string> visiting;
  const auto visit = [&](const auto& self, const TableShape& shape) -> void {
    if (placed.count(shape.name) != 0 || !visiting.insert(shape.name).second)
      return;
    for (const auto& parent : shape.parents) {
      auto found = by_name.find(parent);
      if (parent != shape.name && found != by_name.end())
        self(self, *found->second);
    }
    placed.insert(shape.name);
    order.push_back(&shape);
  };
  for (const auto& shape : shapes)
    visit(visit, shape);
  return order;
}

std::string quoted_name(const std::string& name) {
  return "\"" + name + "\"";
}

} // namespace

std::vector<CopiedTable> copy_rows(const Store& from, Store& to) {
  if (from.schema_version() != to.schema_version())
    throw Error(ErrorKind::incompatible,
                trf("{} has schema version {} and {} has {}", from.name(), from.schema_version(),
                    to.name(), to.schema_version()),
                tr("run 'acct db migrate' on the older one first"));
  const auto source = from.backend().tables();
  const auto target = to.backend().tables();
  std::map<std::string, std::set<std::string>> source_columns;
  for (const auto& shape : source)
    source_columns[shape.name].insert(shape.columns.begin(), shape.columns.end());
  for (const auto& shape : target) {
    const auto found = source_columns.find(shape.name);
    const bool same =
        found != source_columns.end() &&
        found->second == std::set<std::string>(shape.columns.begin(), shape.columns.end());
    if (!same)
      throw Error(ErrorKind::incompatible,
                  trf("table '{}' differs between {} and {}", shape.name, from.name(), to.name()),
                  tr("both stores must come from the same acct"));
  }
  if (source.size() != target.size())
    throw Error(ErrorKind::incompatible,
                trf("{} and {} do not have the same tables", from.name(), to.name()),
                tr("both stores must come from the same acct"));

  const auto order = load_order(target);
  to.backend().begin_load();
  for (auto it = order.rbegin(); it != order.rend(); ++it)
    to.exec("DELETE FROM " + quoted_name((*it)->name));
  std::vector<CopiedTable> copied;
  for (const TableShape* shape : order) {
    std::string columns;
    std::string values;
    const auto& names = shape->columns;
    const auto kind = std::find(names.begin(), names.end(), "kind");
    for (size_t i = 0; i < names.size(); ++i) {
      columns += (i == 0 ? "" : ", ") + quoted_name(names[i]);
      values += i == 0 ? "" : ", ";
      const auto& typed = shape->typed_by_kind;
      if (typed.empty()) { // plain placeholders, which every store understands
        values += "?";
        continue;
      }
      if (std::find(typed.begin(), typed.end(), names[i]) == typed.end()) {
        values += fmt::format("?{}", i + 1); // SQLite's numbered ones, as used below
        continue;
      }
      if (kind == names.end())
        throw Error(ErrorKind::internal,
                    fmt::format("table '{}': column '{}' has no kind column to type it",
                                shape->name, names[i]));
      values += fmt::format("CASE WHEN ?{0} IN ('bool', 'int') THEN CAST(?{1} AS INTEGER) ELSE "
                            "?{1} END",
                            kind - names.begin() + 1, i + 1);
    }
    Statement read(from,
                   fmt::format("SELECT {} FROM {} ORDER BY 1", columns, quoted_name(shape->name)));
    Statement write(to, fmt::format("INSERT INTO {} ({}) VALUES ({})", quoted_name(shape->name),
                                    columns, values));
    CopiedTable table{shape->name, 0};
    const int width = static_cast<int>(shape->columns.size());
    std::vector<bool> integer(names.size());
    for (size_t i = 0; i < names.size(); ++i)
      integer[i] = std::find(shape->integers.begin(), shape->integers.end(), names[i]) !=
                   shape->integers.end();
    while (read.step()) {
      for (int i = 0; i < width; ++i) {
        if (read.column(i).is_null())
          write.bind(i + 1);
        else if (integer[static_cast<size_t>(i)])
          write.bind(i + 1, read.column(i).as_int64());
        else
          write.bind_view(i + 1, read.column(i).as_view());
      }
      write.exec();
      ++table.rows;
    }
    copied.push_back(table);
  }
  to.backend().end_load();
  for (const auto& table : copied) {
    const std::int64_t rows = query_int64(to, "SELECT count(*) FROM " + quoted_name(table.name));
    if (rows != table.rows)
      throw Error(ErrorKind::internal, trf("table '{}': {} rows copied, but {} holds {}",
                                           table.name, table.rows, to.name(), rows));
  }
  return copied;
}

Store copy_into_new(const Store& from, const StoreLocation& target, const StoreOptions& options,
                    std::vector<CopiedTable>& copied) {
  Store to = Store::create(target, options);
  try {
    WriteTransaction transaction(to);
    copied = copy_rows(from, to);
    transaction.commit();
  } catch (...) {
    to = Store::open_memory(); // closes the target before it is removed
    Store::remove_created(target, options);
    throw;
  }
  return to;
}

} // namespace acctcore
