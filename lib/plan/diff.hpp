#pragma once

// Plan = the difference between the desired tasks and the tasks in the database
// (docs/generation.md#plan): what to create, move, update, restore or cancel, and the
// conflicts that touch work already started or done, which are never applied.

#include "plan/desired.hpp"
#include "task/status.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace acctcore {

/// A generated task as stored, with what the plan compares.
struct ExistingTask {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string service;
  std::string code;
  std::string period;   ///< as stored: "2026-Q1", "2026-04-15"
  int instalment = 1;
  std::int64_t event_id = 0;
  TaskOrigin origin = TaskOrigin::obligation;
  std::string title;
  Date due;
  std::optional<Date> planned;
  bool provisional = false;
  TaskStatus status = TaskStatus::new_;
  bool cancelled_by_generator = false;
};

/// What a plan does with one task.
enum class ChangeKind : std::uint8_t {
  create,   ///< a desired task that does not exist
  move,     ///< a new task whose due date changes
  update,   ///< a new task whose title, planned date or provisional mark changes
  restore,  ///< a task the generator cancelled that applies again
  cancel,   ///< a new task that no longer applies
  conflict, ///< a change that would touch work started, done or cancelled by a person
};

std::string_view change_kind_name(ChangeKind kind) noexcept;

/// One change.
struct PlannedChange {
  ChangeKind kind = ChangeKind::create;
  std::optional<std::uint32_t> desired; ///< index into the desired set
  std::optional<std::uint32_t> existing; ///< index into the existing tasks
  std::string title;                    ///< the desired title (create, move, update, restore)
  std::string reason;                   ///< why: for moves, cancels and conflicts
};

/// The plan and its counts.
struct Plan {
  std::vector<PlannedChange> changes;
  int creates = 0, moves = 0, updates = 0, restores = 0, cancels = 0, conflicts = 0;
  int unchanged = 0;

  bool empty() const noexcept {
    return creates + moves + updates + restores + cancels + conflicts == 0;
  }
};

/// Which existing tasks a plan may cancel: those of the clients it covers whose due date is in
/// the horizon (recurring obligations: [since, through]; programmes and events: since on).
struct PlanScope {
  Date since;
  Date through;
  std::optional<std::int64_t> client_id; ///< only this client; every client when nullopt
};

/// Compares the desired set with the stored tasks. `titles[i]` is the title of desired task i;
/// `why_not` explains why a stored task is no longer desired (for cancels and conflicts).
Plan make_plan(const DesiredSet& desired, const std::vector<std::string>& titles,
               const std::vector<ExistingTask>& existing, const PlanScope& scope,
               const std::function<std::string(const ExistingTask&)>& why_not);

} // namespace acctcore
