#pragma once

// plan/apply generation (docs/generation.md): read everything the planner needs from the
// database in a few queries, compute the desired tasks, compare them with the stored ones, and
// apply the difference in the caller's write transaction.

#include "client/work_group.hpp"
#include "plan/desired.hpp"
#include "plan/diff.hpp"
#include "util/clock.hpp"
#include "util/json.hpp"

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

struct Client;

/// A client as the planner sees it: its facts as spans, the days the firm serves it.
PlanClient plan_client(const Client& client);

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

/// One change as people and scripts see it.
struct ChangeView {
  ChangeKind kind;
  std::string client; ///< slug
  std::string service;
  std::string code;
  std::string period; ///< "2026-Q1"
  int instalment = 1;
  std::int64_t task_id = 0; ///< 0 for creates
  std::string title;
  std::optional<Date> due;     ///< the new due date (creates, moves, updates, restores)
  std::optional<Date> old_due; ///< the stored due date
  std::string status;          ///< the stored status (conflicts)
  bool provisional = false;
  std::string reason; ///< why it moves, is cancelled or conflicts
};

/// The change in words and values; reasons explain moves with the deadline rule and cancels
/// with what no longer holds.
ChangeView view_change(const GenerationPlan& plan, const PlannedChange& change);

/// The plan as the documented JSON (docs/json.md).
Json plan_to_json(const GenerationPlan& plan, bool summary_only);

/// How a stored task's due date follows from its rule, for `acct deadline explain TASK`.
struct TaskExplanation {
  std::int64_t task_id = 0;
  std::string client; ///< slug
  std::string service;
  std::string code;
  std::string period;
  std::string title;
  int instalment = 1;
  Date due; ///< as stored
  DeadlineExplanation explanation;
  const DueExplanation* date = nullptr; ///< the step of this task's instalment, if computed
};

/// Explains task `id` with today's templates and calendars. Throws Error(not_found) for an
/// unknown task, Error(invalid) for a manual task (its date was given, not computed) or one whose
/// service or template entry no longer exists.
TaskExplanation explain_task(const Store& store, const ServiceSet& services,
                             const CalendarSet& calendars, std::int64_t id);

/// Why the stored task `e` is not desired any more, in words.
std::string why_not_desired(const GenerationPlan& plan, const ExistingTask& e);

} // namespace acctcore
