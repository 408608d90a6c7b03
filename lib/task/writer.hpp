#pragma once

// The task table's one writer (docs/ARCHITECTURE.md, "Each table has one writer"): every INSERT
// and UPDATE of `task`, and the links of `task_dependency`, for the generator (lib/plan) and
// the workflow (lib/task) alike. Callers decide what changes and audit it; this decides how it
// is written: prepared statements kept for the run, text bound without copying, new generated
// tasks written many to a statement.

#include "store/statement.hpp"
#include "util/date.hpp"
#include "vocab/task.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acctcore {

class Store;

/// A new task's row. Text is viewed, not copied: it must stay alive until the insert that
/// takes the row returns.
struct NewTaskRow {
  std::int64_t client_id = 0;
  TaskOrigin origin = TaskOrigin::manual;
  std::string_view service; ///< empty: none (a task added by hand outside any service)
  std::string_view code;
  std::string_view period; ///< "2026-Q1"; empty for a task added by hand
  int instalment = 1;
  std::optional<std::int64_t> event_id;
  std::string_view title;
  std::string_view description;
  std::string_view due;     ///< YYYY-MM-DD
  std::string_view planned; ///< YYYY-MM-DD, or empty: none
  bool provisional = false;
  std::string_view role;          ///< the template's role ("" when it names none)
  std::string_view reviewer_role; ///< empty: none
  std::optional<std::int64_t> assignee_id;
  std::optional<std::int64_t> reviewer_id;
  int estimate_minutes = 0;
  bool requires_file = false;
  ClientAction client_action = ClientAction::none;
  TaskCategory category = TaskCategory::production;
  bool request = false; ///< a client's request
  std::optional<std::int64_t> run_id;
  /// The task whose rejected filing this one redoes (a correction task, lib/task/filing).
  std::optional<std::int64_t> corrects;
};

/// The task columns the workflow changes.
enum class TaskColumn : std::uint8_t {
  status,
  title,
  description,
  due,
  assignee_id,
  reviewer_id,
  accepted_at,
  waiting_for,
  waiting_since,
  done_at,
  cancelled_by_generator,
};

/// Changes to one task's columns, each set to a value or to NULL; `updated_at` is always set.
class TaskChange {
public:
  TaskChange& set(TaskColumn column, std::string value);
  TaskChange& set(TaskColumn column, std::int64_t value);
  TaskChange& clear(TaskColumn column);
  bool empty() const noexcept { return m_values.empty(); }

private:
  friend class TaskWriter;
  struct Value {
    TaskColumn column;
    std::optional<std::string> text;
    std::optional<std::int64_t> number;
  };
  std::vector<Value> m_values;
};

/// Writes tasks in the caller's transaction, at one moment (created_at, updated_at).
class TaskWriter {
public:
  /// How many new tasks one statement writes: a statement that may fail halfway (the task
  /// table has triggers) journals every page it touches, so fewer statements touch fewer
  /// pages twice (a year's generation for 2,000 clients: ~15% faster than one per row).
  static constexpr std::size_t k_rows_per_insert = 32;

  TaskWriter(Store& store, Timestamp now);
  ~TaskWriter();
  TaskWriter(const TaskWriter&) = delete;
  TaskWriter& operator=(const TaskWriter&) = delete;

  /// A new task; its id.
  std::int64_t insert(const NewTaskRow& row);
  /// New generated tasks (each with its own key: client, service, code, period, instalment,
  /// event), up to k_rows_per_insert to a statement; their ids in the rows' order.
  std::vector<std::int64_t> insert(std::span<const NewTaskRow> rows);

  /// What the generator changes in a task it still wants: its computed title and dates, back
  /// to new and no longer cancelled (a move, an update, a restore).
  void regenerate(std::int64_t id, std::string_view title, Date due, std::optional<Date> planned,
                  bool provisional);
  /// The generator cancels a new task that no longer follows from the templates.
  void cancel_generated(std::int64_t id);

  /// The workflow's change of one task (with updated_at).
  void update(std::int64_t id, const TaskChange& change);
  /// Only updated_at: something of the task changed elsewhere (a comment, a checklist).
  void touch(std::int64_t id);

  /// `task_id` waits for `depends_on` (nothing when it already does).
  void link(std::int64_t task_id, std::int64_t depends_on);

private:
  Statement& statement(std::unique_ptr<Statement>& slot, std::string_view sql);
  Statement& insert_statement(std::size_t rows);

  Store& m_store;
  std::string m_now;
  std::map<std::size_t, Statement> m_inserts; ///< by rows per statement
  std::unique_ptr<Statement> m_regenerate, m_cancel, m_touch, m_link;
};

} // namespace acctcore
