#include "task/writer.hpp"

#include "store/sql.hpp"
#include "store/store.hpp"
#include "util/enum_names.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace acctcore {

namespace {

/// Keep in the order of TaskColumn.
constexpr std::string_view k_columns[] = {
    "status",        "title",       "description",           "due",
    "assignee_id",   "reviewer_id", "accepted_at",           "waiting_for",
    "waiting_since", "done_at",     "cancelled_by_generator"};

constexpr std::string_view k_insert_columns =
    "client_id, origin, service, code, period, instalment, event_id, title, description, due, "
    "planned, provisional, role, reviewer_role, assignee_id, reviewer_id, estimate_minutes, "
    "requires_file, client_action, category, request, run_id, corrects, created_at, updated_at";
constexpr int k_insert_column_count = 25;

/// Binds text, "" included: a view that points nowhere (a default one) would be bound as NULL.
void bind_text(Statement& s, int index, std::string_view text) {
  s.bind_view(index, text.data() != nullptr ? text : std::string_view(""));
}

void bind_text_or_null(Statement& s, int index, std::string_view text) {
  if (text.empty())
    s.bind(index);
  else
    s.bind_view(index, text);
}

void bind_id_or_null(Statement& s, int index, const std::optional<std::int64_t>& id) {
  if (id)
    s.bind(index, *id);
  else
    s.bind(index);
}

/// What tells new generated tasks apart: the task table's key.
using RowKey = std::tuple<std::int64_t, std::string_view, std::string_view, std::string_view, int,
                          std::int64_t>;

RowKey key_of(const NewTaskRow& row) {
  return {row.client_id, row.service,    row.code,
          row.period,    row.instalment, row.event_id.value_or(0)};
}

} // namespace

TaskChange& TaskChange::set(TaskColumn column, std::string value) {
  m_values.push_back({column, std::move(value), std::nullopt});
  return *this;
}

TaskChange& TaskChange::set(TaskColumn column, std::int64_t value) {
  m_values.push_back({column, std::nullopt, value});
  return *this;
}

TaskChange& TaskChange::clear(TaskColumn column) {
  m_values.push_back({column, std::nullopt, std::nullopt});
  return *this;
}

TaskWriter::TaskWriter(Store& store, Timestamp now)
    : m_store(store), m_now(format_timestamp_utc(now)) {}

TaskWriter::~TaskWriter() = default;

Statement& TaskWriter::statement(std::unique_ptr<Statement>& slot, std::string_view sql) {
  if (!slot)
    slot = std::make_unique<Statement>(m_store, sql);
  return *slot;
}

Statement& TaskWriter::insert_statement(std::size_t rows) {
  auto it = m_inserts.find(rows);
  if (it != m_inserts.end())
    return it->second;
  std::string one = "(";
  for (int c = 0; c < k_insert_column_count; ++c)
    one += c == 0 ? "?" : ", ?";
  one += ")";
  std::string sql = fmt::format("INSERT INTO task ({}) VALUES {}", k_insert_columns, one);
  for (std::size_t r = 1; r < rows; ++r)
    sql += ", " + one;
  // The key comes back with the id: the order of RETURNING rows is not promised.
  sql += " RETURNING id, client_id, coalesce(service, ''), code, period, instalment, "
         "coalesce(event_id, 0)";
  return m_inserts.emplace(rows, Statement(m_store, sql)).first->second;
}

std::int64_t TaskWriter::insert(const NewTaskRow& row) {
  const auto ids = insert(std::span<const NewTaskRow>(&row, 1));
  return ids.front();
}

std::vector<std::int64_t> TaskWriter::insert(std::span<const NewTaskRow> rows) {
  std::vector<std::int64_t> ids(rows.size(), 0);
  for (std::size_t first = 0; first < rows.size(); first += k_rows_per_insert) {
    const std::size_t count = std::min(k_rows_per_insert, rows.size() - first);
    Statement& s = insert_statement(count);
    int i = 1;
    for (std::size_t r = first; r < first + count; ++r) {
      const NewTaskRow& row = rows[r];
      s.bind(i++, row.client_id);
      s.bind(i++, static_cast<int>(row.origin));
      bind_text_or_null(s, i++, row.service);
      bind_text(s, i++, row.code);
      bind_text(s, i++, row.period);
      s.bind(i++, row.instalment);
      bind_id_or_null(s, i++, row.event_id);
      bind_text(s, i++, row.title);
      bind_text(s, i++, row.description);
      bind_text(s, i++, row.due);
      bind_text_or_null(s, i++, row.planned);
      s.bind(i++, row.provisional ? 1 : 0);
      bind_text(s, i++, row.role); // "" when none, as it always was
      bind_text_or_null(s, i++, row.reviewer_role);
      bind_id_or_null(s, i++, row.assignee_id);
      bind_id_or_null(s, i++, row.reviewer_id);
      s.bind(i++, row.estimate_minutes);
      s.bind(i++, row.requires_file ? 1 : 0);
      s.bind_view(i++, client_action_name(row.client_action));
      s.bind_view(i++, task_category_name(row.category));
      s.bind(i++, row.request ? 1 : 0);
      bind_id_or_null(s, i++, row.run_id);
      bind_id_or_null(s, i++, row.corrects);
      s.bind_view(i++, m_now);
      s.bind_view(i++, m_now);
    }
    std::size_t returned = 0;
    while (s.step()) {
      const std::int64_t id = s.column(0).as_int64();
      ++returned;
      if (count == 1) {
        ids[first] = id;
        continue;
      }
      const RowKey key{s.column(1).as_int64(), s.column(2).as_view(), s.column(3).as_view(),
                       s.column(4).as_view(),  s.column(5).as_int(),  s.column(6).as_int64()};
      std::size_t r = first;
      while (r < first + count && key_of(rows[r]) != key)
        ++r;
      if (r == first + count || ids[r] != 0)
        throw Error(ErrorKind::internal,
                    "database error: new tasks written together must have different keys");
      ids[r] = id;
    }
    s.reset();
    if (returned != count)
      throw Error(ErrorKind::internal, "database error: an insert returned no id");
  }
  return ids;
}

void TaskWriter::regenerate(std::int64_t id, std::string_view title, Date due,
                            std::optional<Date> planned, bool provisional) {
  Statement& s = statement(
      m_regenerate, "UPDATE task SET title = ?, due = ?, planned = ?, provisional = ?, "
                    "status = 'new', cancelled_by_generator = 0, updated_at = ? WHERE id = ?");
  s.bind(1, title);
  s.bind(2, format_date(due));
  if (planned)
    s.bind(3, format_date(*planned));
  else
    s.bind(3);
  s.bind(4, provisional ? 1 : 0);
  s.bind_view(5, m_now);
  s.bind(6, id);
  s.exec();
}

void TaskWriter::cancel_generated(std::int64_t id) {
  Statement& s = statement(m_cancel, "UPDATE task SET status = 'cancelled', "
                                     "cancelled_by_generator = 1, updated_at = ? WHERE id = ?");
  s.bind_view(1, m_now);
  s.bind(2, id);
  s.exec();
}

void TaskWriter::update(std::int64_t id, const TaskChange& change) {
  std::string sql = "UPDATE task SET ";
  for (const auto& value : change.m_values)
    sql += fmt::format("{} = ?, ", enum_name(k_columns, value.column));
  sql += "updated_at = ? WHERE id = ?";
  Statement s(m_store, sql);
  int i = 1;
  for (const auto& value : change.m_values) {
    if (value.text)
      s.bind(i++, *value.text);
    else if (value.number)
      s.bind(i++, *value.number);
    else
      s.bind(i++);
  }
  s.bind_view(i++, m_now);
  s.bind(i, id);
  s.exec();
}

void TaskWriter::touch(std::int64_t id) {
  Statement& s = statement(m_touch, "UPDATE task SET updated_at = ? WHERE id = ?");
  s.bind_view(1, m_now);
  s.bind(2, id);
  s.exec();
}

void TaskWriter::link(std::int64_t task_id, std::int64_t depends_on) {
  Statement& s = statement(m_link, "INSERT INTO task_dependency (task_id, depends_on) "
                                   "VALUES (?, ?) ON CONFLICT DO NOTHING");
  s.bind(1, task_id);
  s.bind(2, depends_on);
  s.exec();
}

} // namespace acctcore
