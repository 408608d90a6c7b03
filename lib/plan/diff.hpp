#pragma once

// Plan = the difference between the desired tasks and the tasks in the database
// (docs/generation.md#plan): what to create, move, update, restore or cancel, and the
// conflicts that touch work already started or done, which are never applied.
//
// Built to compare hundreds of thousands of tasks in little memory: stored tasks are read in a
// compact form (interned service and code ids, packed periods, title hashes) and matched to
// the desired ones by sorting both on the natural key.

#include "plan/desired.hpp"
#include "vocab/task.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace acctcore {

/// Small integer ids for the service ids and codes that tasks name.
class Interner {
public:
  std::uint32_t id(std::string_view text);
  const std::string& text(std::uint32_t id) const { return m_texts[id]; }

private:
  /// Looks strings up by string_view, without making a std::string for each lookup.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const noexcept {
      return std::hash<std::string_view>{}(text);
    }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_ids;
  std::vector<std::string> m_texts;
};

/// A period as one integer, ordered and unique: the planner's comparison key.
std::int64_t period_key(const Period& period) noexcept;
/// The period of a key made by period_key.
Period period_of_key(std::int64_t key) noexcept;

/// A hash of a title, for telling whether it changed without keeping it.
std::uint64_t title_hash(std::string_view title) noexcept;

/// A generated task as stored, with what the plan compares.
struct ExistingTask {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::int64_t event_id = 0;
  std::int64_t period = 0;   ///< period_key
  std::uint64_t title = 0;   ///< title_hash
  std::uint32_t service = 0; ///< Interner id
  std::uint32_t code = 0;    ///< Interner id
  Date due;
  std::optional<Date> planned;
  std::uint8_t instalment = 1;
  TaskOrigin origin = TaskOrigin::obligation;
  TaskStatus status = TaskStatus::new_;
  bool provisional = false;
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

/// One change; indexes into the desired set and the stored tasks.
struct PlannedChange {
  ChangeKind kind = ChangeKind::create;
  std::int32_t desired = -1;  ///< -1 for cancels and conflicts of tasks no longer desired
  std::int32_t existing = -1; ///< -1 for creates
};

/// The plan and its counts.
struct Plan {
  std::vector<PlannedChange> changes; ///< in the desired set's order, then cancels
  int creates = 0, moves = 0, updates = 0, restores = 0, cancels = 0, conflicts = 0;
  int unchanged = 0;

  bool empty() const noexcept {
    return creates + moves + updates + restores + cancels + conflicts == 0;
  }
};

/// Which stored tasks a plan may cancel: those of the clients it covers whose due date is in
/// the horizon (recurring obligations: [since, through]; programmes and events: since on).
struct PlanScope {
  Date since;
  Date through;
  std::optional<std::int64_t> client_id; ///< only this client; every client when nullopt
};

/// Compares the desired set with the stored tasks (which it sorts by key). `titles[i]` is the
/// title hash of desired task i; `interner` holds the ids the stored tasks use, and is extended
/// with the desired ones.
Plan make_plan(const DesiredSet& desired, const std::vector<std::uint64_t>& titles,
               std::vector<ExistingTask>& existing, Interner& interner, const PlanScope& scope);

} // namespace acctcore
