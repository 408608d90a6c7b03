#pragma once

// Subscriptions: which services (template ids, e.g. "ru-statutory") a client takes, from when
// to when, with which parameters. The task generator reads them with load_subscriptions.

#include "client/dated.hpp"
#include "util/clock.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class Store;

/// One period of one service for one client.
struct Subscription {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string client;  ///< slug
  std::string service; ///< template id: lowercase latin letters, digits, '.', '_', '-'
  DateRange dates;
  Json params = Json::object(); ///< {"key": value} with typed values (parse_untyped_value)
};

/// What subscribe did.
enum class SubscribeOutcome { created, changed, unchanged };

/// The subscription as it now is, and what subscribe did.
struct SubscribeResult {
  Subscription subscription;
  SubscribeOutcome outcome;
};

/// Subscribes client `slug` to `service` from `from` with parameters "KEY=VALUE". Already
/// subscribed with the same parameters: unchanged. With other parameters: the current period
/// ends the day before and a new one starts (on its own first day: corrected in place). The
/// service id's shape is checked here; that a template exists is the generator's check.
/// Throws Error: invalid (service id, parameter), not_found, conflict (archived client, `from`
/// before the contract start or before the current period's start).
SubscribeResult subscribe(Store& store, const Actor& actor, std::string_view slug,
                          std::string_view service, const std::vector<std::string>& params,
                          Date from);

/// Ends client `slug`'s subscription to `service` on `last_day` (inclusive). Throws Error:
/// not_found, conflict (not subscribed, or `last_day` before the start).
Subscription unsubscribe(Store& store, const Actor& actor, std::string_view slug,
                         std::string_view service, Date last_day);

/// Every period of every service of client `slug`, by service then date.
std::vector<Subscription> client_subscriptions(const Store& store, std::string_view slug);

/// Every subscription period of every non-archived client (or of all clients), by client
/// slug, service and date, in one query: the generator's input.
std::vector<Subscription> load_subscriptions(const Store& store, bool include_archived = false);

/// {"service", "from", "to", "params"}.
Json subscription_to_json(const Subscription& subscription);

} // namespace acctcore
