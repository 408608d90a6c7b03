#pragma once

// Extra paid services (docs/clientside.md#charges): work outside a client's tariff, agreed with
// the client ("Восстановление учёта за 2024"), recorded as a charge on a day, counted in the
// time report's revenue and listed in the client's monthly statement for invoicing.

#include "util/clock.hpp"
#include "util/date.hpp"
#include "util/json.hpp"
#include "util/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace date {
class time_zone;
}

namespace acctcore {

class Store;

/// A charge as stored.
struct Charge {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string client; ///< slug
  std::string description;
  Money money;
  Date day;
  std::optional<std::int64_t> task_id;
  Timestamp created_at;
  std::string author;
  std::optional<Timestamp> voided_at; ///< a mistaken charge is voided, never deleted
  std::string voided_by;
  std::string void_reason;

  bool voided() const noexcept { return voided_at.has_value(); }
};

/// A charge to record (`acct client charge`).
struct NewCharge {
  std::string client; ///< slug
  std::string description;
  std::string amount; ///< as typed: "15000", "15 000,00 ₽"
  Date day;
  std::optional<std::int64_t> task; ///< the task the service was done as
};

/// Records a charge (audited). Throws Error: not_found (client, task), conflict (an archived
/// client), invalid (an empty description; a malformed, zero or negative amount; a currency
/// other than the client's; a task of another client).
Charge add_charge(Store& store, const Actor& actor, const NewCharge& charge);

/// Voids charge `id` with a reason (audited). Throws Error: not_found, conflict (voided
/// already), invalid (no reason).
Charge void_charge(Store& store, const Actor& actor, std::int64_t id, const std::string& reason);

/// Which charges to list; unset members do not filter.
struct ChargeFilter {
  std::optional<std::string> client{}; ///< slug
  std::optional<Date> from{};          ///< on or after
  std::optional<Date> to{};            ///< on or before
  bool voided = false;                 ///< include voided ones
};

/// Charges by day, then id. Throws Error(not_found) for an unknown client.
std::vector<Charge> list_charges(const Store& store, const ChargeFilter& filter);

/// The documented JSON form (docs/json.md, "charge").
Json charge_to_json(const Charge& charge, const date::time_zone* zone);

/// The charges as an invoicing CSV: client, ИНН, day, description, amount (a decimal point),
/// currency, task, charge id. `excel`: a UTF-8 BOM, ';', CRLF and a decimal comma, as Excel in
/// a Russian locale reads it.
std::string charges_csv(const Store& store, const std::vector<Charge>& charges, bool excel);

/// Per client and currency, the sum of non-voided charges from `from` to `to`: slug ->
/// currency -> minor units. One query.
std::vector<std::pair<std::string, Money>> charge_totals(const Store& store, Date from, Date to);

} // namespace acctcore
