#include "figures/store.hpp"

#include "audit/audit.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <map>

namespace acctcore {

namespace {

constexpr const char* k_record_columns =
    "s.id, s.client_id, c.slug, s.period, s.file, s.sha256, s.organisation, s.title, s.sheet, "
    "s.row_count, s.opening_debit, s.opening_credit, s.turnover_debit, s.turnover_credit, "
    "s.closing_debit, s.closing_credit, s.imported_at, s.imported_by";

constexpr const char* k_amount_columns = "opening_debit, opening_credit, turnover_debit, "
                                         "turnover_credit, closing_debit, closing_credit";

/// Six amount columns from `first` on.
TurnoverAmounts amounts_at(Statement& q, int first) {
  return {q.column(first).as_int64(),     q.column(first + 1).as_int64(),
          q.column(first + 2).as_int64(), q.column(first + 3).as_int64(),
          q.column(first + 4).as_int64(), q.column(first + 5).as_int64()};
}

void bind_amounts(Statement& q, int first, const TurnoverAmounts& a) {
  q.bind(first, static_cast<std::int64_t>(a.opening_debit));
  q.bind(first + 1, static_cast<std::int64_t>(a.opening_credit));
  q.bind(first + 2, static_cast<std::int64_t>(a.turnover_debit));
  q.bind(first + 3, static_cast<std::int64_t>(a.turnover_credit));
  q.bind(first + 4, static_cast<std::int64_t>(a.closing_debit));
  q.bind(first + 5, static_cast<std::int64_t>(a.closing_credit));
}

void bind_or_null(Statement& q, int index, const std::string& value) {
  if (value.empty())
    q.bind(index);
  else
    q.bind(index, value);
}

SheetRecord record_of(Statement& q) {
  SheetRecord r;
  r.id = q.column(0).as_int64();
  r.client_id = q.column(1).as_int64();
  r.client = q.column(2).as_text();
  r.month = parse_period(column_view(q.column(3))).value_or(Period{});
  r.file = q.column(4).as_text();
  r.sha256 = q.column(5).as_text();
  r.organisation = column_text(q.column(6));
  r.title = column_text(q.column(7));
  r.sheet = column_text(q.column(8));
  r.rows = q.column(9).as_int();
  r.totals = amounts_at(q, 10);
  r.imported_at = column_timestamp(q.column(16)).value_or(Timestamp{});
  r.imported_by = q.column(17).as_text();
  return r;
}

TurnoverRow row_of(Statement& q, int first) {
  TurnoverRow row;
  const std::string code = q.column(first).as_text();
  // Codes were parsed on import; one that no longer parses is kept as it is.
  row.account = parse_account_code(code).value_or(AccountCode{code, code, false});
  row.name = column_text(q.column(first + 1));
  row.amounts = amounts_at(q, first + 2);
  return row;
}

/// What the audit log records of a stored sheet.
Json audit_fields(const SheetRecord& r) {
  return Json{{"file", r.file},
              {"sha256", r.sha256},
              {"rows", r.rows},
              {"totals", turnover_amounts_json(r.totals)}};
}

} // namespace

struct SheetWriter::Statements {
  explicit Statements(const Store& db)
      : find(db, fmt::format("SELECT {} FROM figures_sheet s JOIN client c ON c.id = s.client_id "
                             "WHERE s.client_id = ? AND s.period = ?",
                             k_record_columns)),
        upsert(db, fmt::format(
                       "INSERT INTO figures_sheet (client_id, period, file, sha256, organisation, "
                       "title, sheet, row_count, {0}, imported_at, imported_by) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (client_id, period) DO "
                       "UPDATE SET file = excluded.file, sha256 = excluded.sha256, organisation = "
                       "excluded.organisation, title = excluded.title, sheet = excluded.sheet, "
                       "row_count = excluded.row_count, opening_debit = excluded.opening_debit, "
                       "opening_credit = excluded.opening_credit, turnover_debit = "
                       "excluded.turnover_debit, turnover_credit = excluded.turnover_credit, "
                       "closing_debit = excluded.closing_debit, closing_credit = "
                       "excluded.closing_credit, imported_at = excluded.imported_at, imported_by "
                       "= excluded.imported_by RETURNING id",
                       k_amount_columns)),
        clear(db, "DELETE FROM figures_row WHERE sheet_id = ?"),
        insert(db, fmt::format("INSERT INTO figures_row (sheet_id, position, account, name, {}) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               k_amount_columns)) {}

  Statement find;
  Statement upsert;
  Statement clear;
  Statement insert;
};

SheetWriter::SheetWriter(Store& store)
    : m_store(store), m_statements(std::make_unique<Statements>(store)) {}

SheetWriter::~SheetWriter() = default;

SaveResult SheetWriter::save(const Actor& actor, std::int64_t client_id, std::string_view slug,
                             const Period& month, const TurnoverBalance& balance,
                             std::string_view file, std::string_view sha256) {
  auto& s = *m_statements;
  SaveResult result;
  const std::string period = month.id();
  s.find.reset();
  s.find.bind(1, static_cast<std::int64_t>(client_id));
  s.find.bind(2, period);
  if (s.find.step())
    result.replaced = record_of(s.find);
  s.find.reset();

  SheetRecord& r = result.record;
  r.client_id = client_id;
  r.client = std::string(slug);
  r.month = month;
  r.file = std::string(file);
  r.sha256 = std::string(sha256);
  r.organisation = balance.organisation;
  r.title = balance.title;
  r.sheet = balance.sheet;
  r.rows = static_cast<int>(balance.rows.size());
  r.totals = balance.totals;
  r.imported_at = actor.at;
  r.imported_by = actor.user;

  s.upsert.reset();
  s.upsert.bind(1, static_cast<std::int64_t>(client_id));
  s.upsert.bind(2, period);
  s.upsert.bind(3, r.file);
  s.upsert.bind(4, r.sha256);
  bind_or_null(s.upsert, 5, r.organisation);
  bind_or_null(s.upsert, 6, r.title);
  bind_or_null(s.upsert, 7, r.sheet);
  s.upsert.bind(8, r.rows);
  bind_amounts(s.upsert, 9, r.totals);
  s.upsert.bind(15, format_timestamp_utc(r.imported_at));
  s.upsert.bind(16, r.imported_by);
  if (!s.upsert.step())
    throw Error(ErrorKind::internal, "storing a sheet returned no id");
  r.id = s.upsert.column(0).as_int64();
  s.upsert.reset();

  if (result.replaced) {
    s.clear.reset();
    s.clear.bind(1, static_cast<std::int64_t>(r.id));
    s.clear.exec();
  }
  int position = 0;
  for (const auto& row : balance.rows) {
    s.insert.reset();
    s.insert.bind(1, static_cast<std::int64_t>(r.id));
    s.insert.bind(2, ++position);
    s.insert.bind(3, row.account.text);
    bind_or_null(s.insert, 4, row.name);
    bind_amounts(s.insert, 5, row.amounts);
    s.insert.exec();
  }

  ChangeSet changes;
  if (result.replaced)
    changes.compare_fields(audit_fields(*result.replaced), audit_fields(r));
  else
    changes.set_fields(audit_fields(r));
  record_audit(m_store, actor, "figures", fmt::format("{}/{}", slug, period),
               result.replaced ? "replace" : "import", changes);
  return result;
}

std::optional<SheetRecord> find_sheet(const Store& store, std::int64_t client_id,
                                      const Period& month) {
  Statement q(store, fmt::format("SELECT {} FROM figures_sheet s JOIN client c ON c.id = "
                                 "s.client_id WHERE s.client_id = ? AND s.period = ?",
                                 k_record_columns));
  q.bind(1, static_cast<std::int64_t>(client_id));
  q.bind(2, month.id());
  if (!q.step())
    return std::nullopt;
  return record_of(q);
}

std::vector<TurnoverRow> sheet_rows(const Store& store, std::int64_t sheet_id) {
  Statement q(store, fmt::format("SELECT account, name, {} FROM figures_row WHERE "
                                 "sheet_id = ? ORDER BY position",
                                 k_amount_columns));
  q.bind(1, static_cast<std::int64_t>(sheet_id));
  std::vector<TurnoverRow> rows;
  while (q.step())
    rows.push_back(row_of(q, 0));
  return rows;
}

std::vector<MonthSheet> load_month_sheets(const Store& store, std::int64_t client_id,
                                          const Period& from, const Period& to) {
  Statement sheets(store, "SELECT id, period, file, imported_at FROM figures_sheet WHERE "
                          "client_id = ? AND period >= ? AND period <= ? ORDER BY period");
  sheets.bind(1, static_cast<std::int64_t>(client_id));
  sheets.bind(2, from.id());
  sheets.bind(3, to.id());
  std::map<std::int64_t, std::pair<MonthSheet, std::vector<TurnoverRow>>> by_id;
  std::vector<std::int64_t> order;
  while (sheets.step()) {
    const std::int64_t id = sheets.column(0).as_int64();
    MonthSheet month;
    month.month = parse_period(column_view(sheets.column(1))).value_or(Period{});
    month.file = sheets.column(2).as_text();
    month.imported_at = column_timestamp(sheets.column(3)).value_or(Timestamp{});
    by_id.emplace(id, std::make_pair(std::move(month), std::vector<TurnoverRow>{}));
    order.push_back(id);
  }
  Statement rows(store, "SELECT r.sheet_id, r.account, r.name, r.opening_debit, "
                        "r.opening_credit, r.turnover_debit, r.turnover_credit, r.closing_debit, "
                        "r.closing_credit FROM figures_row r JOIN figures_sheet s ON s.id = "
                        "r.sheet_id WHERE s.client_id = ? AND s.period >= ? AND s.period <= ? "
                        "ORDER BY r.sheet_id, r.position");
  rows.bind(1, static_cast<std::int64_t>(client_id));
  rows.bind(2, from.id());
  rows.bind(3, to.id());
  while (rows.step()) {
    auto it = by_id.find(rows.column(0).as_int64());
    if (it != by_id.end())
      it->second.second.push_back(row_of(rows, 1));
  }
  std::vector<MonthSheet> out;
  for (auto id : order) {
    auto& [month, list] = by_id.at(id);
    month.balances = AccountBalances(list);
    out.push_back(std::move(month));
  }
  return out;
}

std::vector<SheetRecord> list_sheets(const Store& store, std::int64_t client_id) {
  Statement q(store, fmt::format("SELECT {} FROM figures_sheet s JOIN client c ON c.id = "
                                 "s.client_id{} ORDER BY c.slug, s.period",
                                 k_record_columns, client_id != 0 ? " WHERE s.client_id = ?" : ""));
  if (client_id != 0)
    q.bind(1, static_cast<std::int64_t>(client_id));
  std::vector<SheetRecord> out;
  while (q.step())
    out.push_back(record_of(q));
  return out;
}

std::vector<std::pair<std::int64_t, std::string>> clients_with_sheets(const Store& store) {
  Statement q(store, "SELECT c.id, c.slug FROM client c WHERE c.archived_at IS NULL AND EXISTS "
                     "(SELECT 1 FROM figures_sheet s WHERE s.client_id = c.id) ORDER BY c.slug");
  std::vector<std::pair<std::int64_t, std::string>> out;
  while (q.step())
    out.emplace_back(q.column(0).as_int64(), q.column(1).as_text());
  return out;
}

Json turnover_amounts_json(const TurnoverAmounts& a) {
  return Json{{"opening_debit", a.opening_debit},   {"opening_credit", a.opening_credit},
              {"turnover_debit", a.turnover_debit}, {"turnover_credit", a.turnover_credit},
              {"closing_debit", a.closing_debit},   {"closing_credit", a.closing_credit}};
}

Json sheet_record_json(const SheetRecord& r) {
  return Json{{"client", r.client},
              {"period", r.month.id()},
              {"file", r.file},
              {"sha256", r.sha256},
              {"organisation", json_or_null(r.organisation)},
              {"title", json_or_null(r.title)},
              {"sheet", json_or_null(r.sheet)},
              {"rows", r.rows},
              {"totals", turnover_amounts_json(r.totals)},
              {"imported_at", format_timestamp_utc(r.imported_at)},
              {"imported_by", r.imported_by}};
}

} // namespace acctcore
