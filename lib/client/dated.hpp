#pragma once

// The one rule for effective-dated rows that hold one value at a time (a role's holder, a
// subscription): a change from a day closes the current row the day before and opens a new
// one; history is never rewritten, except a change on the current row's own first day, which
// corrects it.

#include "util/date.hpp"

#include <optional>
#include <string_view>

namespace acctcore {

/// The dates of one row: from `from` to `to` inclusive; `to` nullopt is open-ended.
struct DateRange {
  Date from;
  std::optional<Date> to;

  /// True when `day` is within the period.
  bool contains(Date day) const noexcept { return from <= day && (!to || day <= *to); }
};

/// What to write for "from `from` on, the value is V".
enum class DatedStep {
  unchanged,        ///< the open row already has V
  insert,           ///< no open row: add one from `from`
  replace,          ///< the open row starts on `from`: change its value
  close_and_insert, ///< close the open row on from - 1 day, add one from `from`
};

/// Plans a change given the latest row (nullopt when there is none) and whether it holds the
/// same value. Throws Error(conflict) naming `what` ("the manager of client 'romashka'") when
/// `from` is before the open row's start or within a closed row.
DatedStep plan_dated_change(const std::optional<DateRange>& latest, bool same_value, Date from,
                            std::string_view what);

/// Checks that the latest row can end on `last_day` (it is open and starts on or before it).
/// Throws Error(conflict) naming `what` otherwise.
void check_dated_end(const std::optional<DateRange>& latest, Date last_day, std::string_view what);

} // namespace acctcore
