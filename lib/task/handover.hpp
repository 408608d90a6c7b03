#pragma once

// Work changing hands: a person leaving (`acct staff archive --hand-over-to`) and a work group
// changing (`acct client assign`), with the open tasks, reviews and roles that follow.

#include "client/work_group.hpp"
#include "staff/absence.hpp"
#include "staff/staff.hpp"
#include "task/task.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// What a person holds: the open work that would be orphaned if they left.
struct Holdings {
  std::vector<TaskRecord> tasks;   ///< open, assigned to them
  std::vector<TaskRecord> reviews; ///< open, they are the reviewer
  std::vector<Assignment> roles;   ///< work-group periods of theirs not over by today
  std::vector<Absence> covers;     ///< absences they cover that have not ended

  bool empty() const noexcept {
    return tasks.empty() && reviews.empty() && roles.empty() && covers.empty();
  }
};

/// What `handle` holds on `today`. Throws Error(not_found) for an unknown handle.
Holdings staff_holdings(const Store& store, std::string_view handle, Date today);

/// One line per held thing, for the details of a refusal or a report.
std::vector<std::string> holdings_lines(const Holdings& holdings);

/// Archives `handle`. When they hold open work: with `successor`, hands it all over first
/// (open tasks and reviews, work-group roles from `today` (hand_over_roles), cover duties), every
/// change audited, in the caller's transaction; without, refuses with Error(conflict) listing what
/// they hold, nothing changed. A bad successor: Error(not_found) unknown, Error(conflict) archived,
/// Error(invalid) the person themselves or without a role they would take. Returns what was handed
/// over.
Holdings archive_handing_over(Store& store, const Actor& actor, std::string_view handle,
                              const std::optional<std::string>& successor, Date today);

/// A task whose assignee or reviewer follows a work-group change, or cannot.
struct FollowedTask {
  TaskRecord task;
  std::string field; ///< "assignee" or "reviewer"
  std::string from;  ///< handle, or empty
  std::string to;    ///< handle, or empty
};

struct WorkGroupFollow {
  std::vector<FollowedTask> moved;     ///< not started: given to the new holder
  std::vector<FollowedTask> conflicts; ///< started: left with the previous holder
};

/// After `changes` to client `slug`'s work group from `from`: the open tasks due on or after
/// `from` whose assignee (reviewer) is the previous holder of the changed role go to the new
/// one when not started yet — assignee: still new; reviewer: not in review — and are listed as
/// conflicts otherwise. `apply` false only computes (a preview). Every move is audited.
WorkGroupFollow follow_work_group(Store& store, const Actor& actor, std::string_view slug,
                                  const std::vector<RoleChange>& changes, Date from, bool apply);

/// Assigns many tasks, all or none: every id is checked first (unknown ids: Error(not_found);
/// closed tasks: Error(conflict), each listed), then each is assigned and audited.
std::vector<TaskRecord> assign_tasks(Store& store, const Actor& actor,
                                     const std::vector<std::int64_t>& ids,
                                     const std::optional<std::string>& assignee,
                                     const std::optional<std::string>& reviewer);

} // namespace acctcore
