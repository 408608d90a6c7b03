#pragma once

// What the planner reads from the database, in bulk: one query per table, never one per client
// (docs/ARCHITECTURE.md, "Bulk readers for bulk work").

#include "plan/desired.hpp"

#include <vector>

namespace acctcore {

class Store;

/// Every event not removed, as the planner sees them, oldest first.
std::vector<PlanEvent> load_plan_events(const Store& store);

} // namespace acctcore
