#pragma once

// What the planner reads from the database, in bulk: one query per table, never one per client
// (docs/ARCHITECTURE.md, "Bulk readers for bulk work"): the clients as the planner sees them,
// their subscriptions, events and work groups, and the generated tasks already stored.

#include "plan/generate.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace acctcore {

struct Client;
class Store;

/// A day before anything: "since always".
inline constexpr Date k_far_past = Date{date::days{-100000}};

/// A client as the planner sees it: its attributes, facts by span, and the days it is served.
PlanClient plan_client(const Client& client);

/// Every event not removed, as the planner sees them, oldest first.
std::vector<PlanEvent> load_plan_events(const Store& store);

/// Done programme steps by (client, service, code, period key): their next steps count from
/// the day they were done.
using StepsDone = std::map<std::tuple<std::int64_t, std::string, std::string, std::int64_t>, Date>;

/// Reads what planning `options` needs into `g` (clients, client_index, subscriptions, events,
/// work_groups, existing) and the done programme steps. Returns the one client the plan is
/// for (--client, or the event's), if any. Throws Error(not_found) for an unknown client or
/// event.
std::optional<std::int64_t> read_plan_inputs(const Store& store, const GenerateOptions& options,
                                             GenerationPlan& g, StepsDone& steps_done);

} // namespace acctcore
