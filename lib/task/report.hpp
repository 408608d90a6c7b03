#pragma once

#include "util/date.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace acctcore {

class Store;

/// How `acct report time` groups logged time.
enum class TimeGrouping : std::uint8_t { client, staff, service, obligation };

/// "client", "staff", "service", "obligation".
std::string_view time_grouping_name(TimeGrouping grouping) noexcept;
std::optional<TimeGrouping> parse_time_grouping(std::string_view name) noexcept;
std::vector<std::string> time_grouping_names();

/// One line of the report: a client, a person, a service or an obligation.
struct TimeReportRow {
  std::string key;  ///< slug, handle, service id or obligation code ("manual" for manual tasks)
  std::string name; ///< the client's short name or the person's name; else the key
  int minutes = 0;
  int production_minutes = 0;
  int communication_minutes = 0;
  int administration_minutes = 0;
  /// Cost at each person's hourly rate, per currency; time of people without a rate is not
  /// costed and is counted in `uncosted_minutes`.
  std::map<std::string, std::int64_t> cost;
  int uncosted_minutes = 0;
  /// By client only: the monthly fee for the days of the period the contract was in force.
  std::optional<std::int64_t> fee;
  std::string fee_currency;

  /// Communication and administration minutes as a share of all minutes (0 to 1).
  double overhead_share() const noexcept;
  /// fee minus cost, when both exist in one currency.
  std::optional<std::int64_t> margin() const;
};

struct TimeReport {
  TimeGrouping grouping = TimeGrouping::client;
  Date from;
  Date to;
  std::vector<TimeReportRow> rows; ///< by key
  TimeReportRow total;             ///< key "total"; fee summed when all fees share a currency
};

/// Time logged from `from` to `to` (inclusive), grouped. Throws Error(invalid) when to < from.
TimeReport report_time(const Store& store, TimeGrouping grouping, Date from, Date to);

/// A monthly fee for the days from `from` to `to` (inclusive): each calendar month counts in
/// proportion to its days in the range, rounded to a minor unit.
std::int64_t prorated_fee(std::int64_t monthly_minor, Date from, Date to);

Json time_report_to_json(const TimeReport& report);

} // namespace acctcore
