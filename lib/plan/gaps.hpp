#pragma once

// "No silent gaps" (docs/generation.md#gaps): a client whose obligations acct does not know must
// never look like a client with none. Pure functions of the planner's inputs: which served
// clients are subscribed to no service, whose facts call for no obligation of their services at
// all, or have a fact (a regime, a levy, a Росстат form) that no template of their services
// names; and which notices of a change a plan would create already overdue.

#include "plan/desired.hpp"
#include "plan/diff.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace acctcore {

/// What kind of gap. Keep in sync with docs/generation.md and docs/json.md.
enum class GapKind : std::uint8_t {
  no_service,    ///< served in the window, but subscribed to no (known) service
  no_obligation, ///< no recurring obligation of its services applies to its facts
  not_covered,   ///< a fact in force names something no template of its services tests
  overdue,       ///< a notice of a change the plan creates already past its due date
};

/// "no-service", "no-obligation", "not-covered", "overdue".
std::string_view gap_kind_name(GapKind kind) noexcept;

/// One gap of one client.
struct PlanGap {
  std::int64_t client_id = 0;
  GapKind kind = GapKind::no_service;
  std::string key;        ///< not_covered: the fact ("regime", "trade-fee")
  std::string value;      ///< not_covered: its value ("patent", "true"); no_obligation: the regime
  std::string services;   ///< the client's services, comma-separated
  std::int32_t task = -1; ///< overdue: the desired task's index
};

/// The gaps of the clients' facts over [from, to]: for each client the firm serves on some day
/// of it, no subscription, no obligation, or facts no template names. In client order.
std::vector<PlanGap> find_fact_gaps(std::span<const PlanClient> clients,
                                    std::span<const PlanSubscription> subscriptions,
                                    std::span<const PlanEvent> events, const ServiceSet& services,
                                    Date from, Date to);

/// The notices of a change that `plan` would create (or restore) with a due date before `today`.
std::vector<PlanGap> find_overdue_notices(const DesiredSet& desired, const Plan& plan, Date today);

/// The gap in one line, for `plan` and `client show`.
std::string describe_gap(const PlanGap& gap, const PlanClient& client, const DesiredSet* desired,
                         Date from, Date to);

/// The documented JSON form (docs/json.md#plan): kind, client, key, value, services, code, due,
/// message.
Json gap_to_json(const PlanGap& gap, const PlanClient& client, const DesiredSet* desired, Date from,
                 Date to);

} // namespace acctcore
