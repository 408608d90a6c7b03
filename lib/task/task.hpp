#pragma once

#include "util/clock.hpp"
#include "util/date.hpp"
#include "util/json.hpp"
#include "util/money.hpp"
#include "vocab/task.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace date {
class time_zone;
}

namespace acctcore {

class Store;
class ServiceSet;

/// A stored task as people and scripts read it (docs/json.md, "task").
struct TaskRecord {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string client; ///< slug
  TaskOrigin origin = TaskOrigin::manual;
  std::string service; ///< empty for a manual task without one
  std::string code;    ///< the obligation, step or trigger code; "manual" for manual tasks
  std::string period;  ///< "2026-Q1"; empty for manual tasks
  int instalment = 1;
  std::optional<std::int64_t> event_id;
  std::string title;
  std::string description;
  Date due;
  std::optional<Date> planned;
  bool provisional = false;
  TaskStatus status = TaskStatus::new_;
  std::string role;
  std::string reviewer_role;
  std::string assignee; ///< staff handle, or empty
  std::string reviewer; ///< staff handle, or empty
  int estimate_minutes = 0;
  bool requires_file = false;
  std::string client_action; ///< "none", "sign", "documents", ...
  std::string category;      ///< "production", "communication", "administration"
  bool request = false;      ///< a client's request
  std::optional<Date> done_at;
  std::optional<Timestamp> accepted_at;
  std::string waiting_for;
  std::optional<Date> waiting_since;
  Timestamp created_at;
  Timestamp updated_at;
  /// How many times the due date changed (a trigger counts them): the SEQUENCE of the task's
  /// calendar event, so calendar apps take a moved date as a new revision.
  int due_revision = 0;
  /// The task whose rejected filing this one redoes (a correction task), or none.
  std::optional<std::int64_t> corrects;
  /// Where its filing stands when it has one: "filed", "accepted", "accepted-with-notice",
  /// "rejected" (docs/clientside.md); empty when nothing was filed.
  std::string filing;
  /// The amount a payment task asks the client to pay, when recorded.
  std::optional<Money> amount;
  /// Open tasks only: who covers the assignee, away on the due date (empty: nobody, or not
  /// away); the assignee is away then without a cover; the assignee is archived.
  std::string cover;
  bool assignee_away = false;
  bool assignee_archived = false;

  /// Who does the work: the cover while the assignee is away, else the assignee.
  const std::string& holder() const noexcept { return cover.empty() ? assignee : cover; }

  /// The natural key: "vektor/ru-statutory/ru.vat.declaration/2026-Q1", with "/2" for a second
  /// instalment and "/event-7" for an event's task; "vektor/manual/42" for a manual task.
  std::string key() const;
  /// Open and due before `today`.
  bool overdue(Date today) const noexcept { return is_open(status) && due < today; }
};

/// Which tasks to list. Unset members do not filter.
struct TaskFilter {
  std::optional<std::string> client{};   ///< slug
  std::optional<std::string> assignee{}; ///< staff handle; "-" for unassigned tasks
  std::optional<std::string> reviewer{}; ///< staff handle
  /// Effective assignee: the tasks `holder` does, their own less those a cover does while they
  /// are away, plus those they cover for someone away.
  std::optional<std::string> holder{};
  std::optional<std::string> role{};
  std::vector<TaskStatus> statuses{}; ///< any of these; empty: open ones (or all with `all`)
  bool all = false;                   ///< include done and cancelled tasks
  std::optional<std::string> service{};
  std::optional<std::string> code{};    ///< obligation code; a trailing '*' matches a prefix
  std::optional<std::string> period{};  ///< "2026-Q1"
  bool overdue = false;                 ///< open tasks due before today
  std::optional<int> due_within_days{}; ///< open tasks due on or before today + N (overdue too)
  std::optional<Date> from{};           ///< due on or after
  std::optional<Date> to{};             ///< due on or before
  std::optional<std::string> text{};    ///< in the title or description, case-insensitively
  /// Where their filing stands: any of "unfiled", "filed", "accepted", "accepted-with-notice",
  /// "rejected" (task/filing.hpp); empty: any task.
  std::vector<std::string> filing_statuses{};
  /// For "unfiled": the "service/code" of the template entries that are filed
  /// (filing_task_codes); correction tasks count as filing tasks too.
  std::vector<std::string> filing_codes{};
  std::string sort = "due"; ///< due (then id), id, client, status, assignee
  std::int64_t limit = 0;   ///< at most N; 0: all
};

/// The sort orders `TaskFilter::sort` accepts.
std::vector<std::string> task_sort_names();

/// Tasks matching `filter`, as of `today`. Throws Error(not_found) for an unknown client or
/// staff handle, Error(invalid) for a bad sort or period.
std::vector<TaskRecord> list_tasks(const Store& store, const TaskFilter& filter, Date today);

/// One person's open work due up to today + `days`, overdue included: the tasks assigned to
/// `handle` and those waiting for their review, whoever did them; by due date, client, id.
/// Throws Error(not_found) for an unknown handle.
std::vector<TaskRecord> agenda_tasks(const Store& store, const std::string& handle, int days,
                                     Date today);

/// How many tasks match `filter` (its limit ignored): from an index alone when the filter allows.
std::int64_t count_tasks(const Store& store, const TaskFilter& filter, Date today);

/// Throws Error(not_found) "no task #ID".
TaskRecord get_task(const Store& store, std::int64_t id);

/// The documented JSON form (docs/json.md).
Json task_to_json(const TaskRecord& task, Date today, const date::time_zone* zone);

/// One item of a task's checklist.
struct ChecklistItem {
  int position = 0; ///< 1-based
  std::string item;
  std::optional<Timestamp> checked_at;
  std::string checked_by;
};

/// A comment, or the reason given with a transition.
struct TaskComment {
  std::int64_t id = 0;
  Timestamp at;
  std::string author;
  std::string kind; ///< "comment", "reject", "wait", "cancel", "reopen", "review", "done", ...
  std::string text;
};

struct TaskAttachment {
  std::int64_t id = 0;
  std::string path;
  std::int64_t size = 0;
  std::string sha256;
  Timestamp at;
  std::string author;
};

struct TimeEntry {
  std::int64_t id = 0;
  std::int64_t task_id = 0;
  std::string staff; ///< handle
  Date day;
  int minutes = 0;
  std::string note;
  Timestamp created_at;
  std::string author;
};

/// A task this one depends on, with where it is.
struct TaskDependency {
  std::int64_t id = 0;
  std::string title;
  TaskStatus status = TaskStatus::new_;
  Date due;
};

/// Everything `acct task show` displays besides the task itself and its history.
struct TaskDetails {
  TaskRecord task;
  std::vector<ChecklistItem> checklist; ///< stored, or the template's current list
  bool checklist_from_template = false; ///< not copied yet: nothing checked so far
  std::vector<TaskDependency> depends_on;
  std::vector<TaskComment> comments;
  std::vector<TaskAttachment> attachments;
  std::vector<TimeEntry> time;
  std::vector<std::string> links; ///< the regulation, from the template

  /// True while a dependency is neither done nor cancelled.
  bool blocked() const noexcept;
  int logged_minutes() const noexcept;
};

/// Reads task `id` with its checklist, dependencies, comments, attachments and time.
/// `services` supplies the template's checklist of a task nothing has been checked on yet.
TaskDetails get_task_details(const Store& store, const ServiceSet& services, std::int64_t id);

/// The checklist of `task`: the stored one, or the template's current list (`from_template`).
std::vector<ChecklistItem> task_checklist(const Store& store, const ServiceSet& services,
                                          const TaskRecord& task, bool* from_template);

/// The documented JSON form of `acct task show` (docs/json.md).
Json task_details_to_json(const TaskDetails& details, Date today, const date::time_zone* zone);

} // namespace acctcore
