#pragma once

#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// Kinds of reporting periods. Keep in sync with docs/deadlines.md.
enum class PeriodKind : std::uint8_t {
  month,       ///< "2026-03"
  quarter,     ///< "2026-Q1"
  half_year,   ///< "2026-H1": January-June (H2: July-December)
  nine_months, ///< "2026-9M": January-September, a cumulative reporting period
  year,        ///< "2026"
  once,        ///< "2026-04-15": one-off work anchored on a day (onboarding, an event)
};

/// "month", "quarter", "half-year", "nine-months", "year", "once".
std::string_view period_kind_name(PeriodKind kind) noexcept;
/// The kind for a name; nullopt when unknown.
std::optional<PeriodKind> parse_period_kind(std::string_view name) noexcept;
/// Every kind's name, for messages.
std::vector<std::string> period_kind_names();

/// A concrete period: a kind, a year and which one in the year.
struct Period {
  PeriodKind kind = PeriodKind::month;
  int year = 0;
  int index = 1; ///< month 1-12, quarter 1-4, half 1-2; 1 for nine months and year
  Date day{};    ///< the day of a `once` period

  /// First and last day of the period.
  Date start() const;
  Date end() const;
  /// The identifier used in keys, JSON and on the command line: "2026-Q1".
  std::string id() const;
  /// The period after this one of the same kind ("2026-Q4" -> "2027-Q1"; nine months -> next
  /// year's nine months).
  Period next() const;

  friend bool operator==(const Period&, const Period&) = default;
};

/// Parses "2026-03", "2026-Q1", "2026-H1", "2026-9M", "2026" or "2026-04-15"; nullopt otherwise.
std::optional<Period> parse_period(std::string_view id);

/// Parses a period or throws Error(invalid) naming `what` and the accepted forms.
Period require_period(std::string_view id, std::string_view what);

/// The period of `kind` that contains `day` (for nine months: the year's January-September).
Period period_containing(PeriodKind kind, Date day);

/// Periods of `kind` whose end falls within [from, to], in order.
std::vector<Period> periods_ending_between(PeriodKind kind, Date from, Date to);

} // namespace acctcore
