#pragma once

#include "task/task.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace acctcore {

class CalendarSet;
struct Service;

/// What a person does to a task (docs/workflow.md has the diagram).
enum class TaskAction : std::uint8_t { accept, reject, review, wait, done, reopen, cancel };

/// "accept", "reject", "review", "wait", "done", "reopen", "cancel".
std::string_view task_action_name(TaskAction action) noexcept;

/// Where `action` takes a task in status `from`, or nullopt when it is not allowed there.
/// reject from in-review returns the task to its assignee (accepted); reopen takes a done task
/// back to accepted and a rejected or cancelled one back to new.
std::optional<TaskStatus> transition_target(TaskStatus from, TaskAction action) noexcept;

/// The actions allowed from `status`, in enum order.
std::vector<TaskAction> allowed_actions(TaskStatus status);

/// One transition asked of one or more tasks.
struct TransitionRequest {
  TaskAction action = TaskAction::accept;
  std::vector<std::int64_t> ids;
  std::string reason; ///< required by reject (why) and wait (what the client must give)
  bool force = false; ///< accept a blocked task; recorded in the audit log
};

/// A task that moved.
struct Transition {
  std::int64_t id = 0;
  std::string title;
  TaskStatus from = TaskStatus::new_;
  TaskStatus to = TaskStatus::new_;
};

/// Moves every task of `request`, or none: every id is checked first and all problems are
/// reported together in the error's details (unknown ids: Error(not_found); illegal
/// transitions, a blocked task, unchecked checklist items, a missing file: Error(conflict); a
/// missing reason: Error(invalid)). `services` supplies the template checklists `done` checks.
std::vector<Transition> transition_tasks(Store& store, const Actor& actor,
                                         const ServiceSet& services,
                                         const TransitionRequest& request, Date today);

/// A manual task or a client request (`acct task add`).
struct NewTask {
  std::string client; ///< slug
  std::string title;
  std::string description;
  Date due;
  std::optional<std::string> service;
  std::optional<std::string> assignee; ///< handle; default: the work group's holder of `role`
  std::optional<std::string> reviewer; ///< handle
  std::string role = "accountant";
  int estimate_minutes = 0;
  std::string category = "production";
  bool request = false; ///< a client's request: the service's minimum lead time applies
  bool force = false;   ///< allow a due date in the past or inside the lead time (audited)
};

/// Adds a manual task. Throws Error: not_found (client, service, staff), invalid (empty title,
/// a due date before today without force, a request without a service), conflict (a request
/// due sooner than the service's lead time allows, naming the rule and the earliest date).
TaskRecord add_task(Store& store, const Actor& actor, const ServiceSet& services,
                    const CalendarSet& calendars, const NewTask& task, Date today);

/// The earliest due date a client request to `service` may have when made on `today`.
Date earliest_request_date(const Service& service, const CalendarSet& calendars, Date today);

/// Assigns a task to `assignee` (and `reviewer`, when given); "-" unassigns.
TaskRecord assign_task(Store& store, const Actor& actor, std::int64_t id,
                       const std::optional<std::string>& assignee,
                       const std::optional<std::string>& reviewer);

/// Changes of a task's agreed terms (`acct task edit`); unset members are left alone.
struct TaskEdit {
  std::optional<Date> due;
  std::optional<std::string> title;
  std::optional<std::string> description;
  bool force = false; ///< required once the task is accepted; recorded in the audit log
};

TaskRecord edit_task(Store& store, const Actor& actor, std::int64_t id, const TaskEdit& edit,
                     Date today);

/// Checks (or unchecks) a checklist item given by number ("2") or by its text (a unique,
/// case-insensitive part of it). Copies the template's checklist to the task first.
ChecklistItem check_item(Store& store, const Actor& actor, const ServiceSet& services,
                         std::int64_t id, std::string_view item, bool checked);

/// Adds a comment.
TaskComment comment_task(Store& store, const Actor& actor, std::int64_t id, std::string_view text);

/// Attaches a file: its absolute path, size and SHA-256. Throws Error(not_found) when it does not
/// exist, Error(invalid) for a directory.
TaskAttachment attach_file(Store& store, const Actor& actor, std::int64_t id,
                           const std::string& path);

/// Time spent on a task (`acct task log`).
struct NewTimeEntry {
  std::int64_t task = 0;
  std::string duration; ///< "1h30m", "90m", "1.5h"
  std::optional<Date> day;
  std::string staff; ///< handle
  std::string note;
};

/// Logs time. Throws Error: not_found (task, staff), invalid (a duration that does not parse,
/// zero, over a day; a day after `today`).
TimeEntry log_time(Store& store, const Actor& actor, const NewTimeEntry& entry, Date today);

} // namespace acctcore
