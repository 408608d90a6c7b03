#pragma once

// plan/apply generation (docs/generation.md): read everything the planner needs from the
// database in a few queries (plan/inputs), compute the desired tasks, compare them with the
// stored ones, and apply the difference in the caller's write transaction through the task
// table's writer (task/writer). How a plan reads: plan/view; why a task is due when it is:
// plan/explain.

#include "client/work_group.hpp"
#include "plan/desired.hpp"
#include "plan/diff.hpp"
#include "util/clock.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace date {
class time_zone;
}

namespace acctcore {

class CalendarSet;
class ServiceSet;
class Store;

/// What to plan.
struct GenerateOptions {
  Date today;
  Date since;                        ///< default: today
  Date through;                      ///< default: today + 92 days; at most three years ahead
  std::optional<std::string> client; ///< only this client (slug)
  std::optional<std::int64_t> event; ///< only the tasks of this event (acct event add/remove)
  bool allow_provisional = false;    ///< uncovered years: weekends only, marked provisional
};

/// The latest `through` accepted for `today`: three years ahead.
Date max_through(Date today);

/// Checks the horizon: `through` not before today nor past max_through, `since` not after
/// `through`. Throws Error(invalid) saying which limit.
void check_horizon(const GenerateOptions& options);

/// A computed plan with everything needed to show or apply it.
struct GenerationPlan {
  GenerateOptions options;
  const ServiceSet* services = nullptr;
  const CalendarSet* calendars = nullptr;
  std::vector<PlanClient> clients;
  std::unordered_map<std::int64_t, std::size_t> client_index; ///< client id -> clients[i]
  std::vector<PlanSubscription> subscriptions;
  std::vector<PlanEvent> events;
  WorkGroups work_groups;
  DesiredSet desired;
  std::vector<std::uint64_t> title_hashes;
  std::vector<ExistingTask> existing;
  Interner interner;
  PlanScope scope;
  Plan plan;

  const PlanClient* client(std::int64_t id) const;
};

/// Computes the plan (reads only). Throws Error: not_found (unknown client), invalid (a
/// subscription to an unknown service, a bad horizon), not_covered (a year no calendar covers).
std::unique_ptr<GenerationPlan> plan_generation(const Store& store, const ServiceSet& services,
                                                const CalendarSet& calendars,
                                                const GenerateOptions& options);

/// Orders the changes as people read a plan: by due date, client, code, period and part.
/// (plan_generation leaves them in the order of the task table's key, the order to write them.)
void sort_for_reading(GenerationPlan& plan);

/// What a run did.
struct GenerationResult {
  std::int64_t run_id = 0; ///< 0 when nothing changed (no run is recorded)
  int created = 0, moved = 0, updated = 0, restored = 0, cancelled = 0, conflicts = 0;
};

/// Applies the plan inside the caller's write transaction: creates tasks (assigned to the
/// client's work group by the templates' roles), moves and updates new ones, restores what the
/// generator cancelled, cancels new tasks that no longer apply; conflicts are left alone. Each
/// run is recorded with its counts and audited; moves, cancels and restores are audited per
/// task.
GenerationResult apply_generation(Store& store, const Actor& actor, GenerationPlan& plan);

} // namespace acctcore
