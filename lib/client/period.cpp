#include "client/period.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

namespace acctcore {

PeriodStep plan_period_change(const std::optional<Period>& latest, bool same_value, Date from,
                              std::string_view what) {
  if (!latest)
    return PeriodStep::insert;
  if (latest->to) {
    if (from <= *latest->to)
      throw Error(ErrorKind::conflict,
                  fmt::format("{} is recorded until {}; a new period must start after it", what,
                              format_date(*latest->to)),
                  fmt::format("start it on {} or later", format_date(*latest->to + date::days{1})));
    return PeriodStep::insert;
  }
  if (same_value)
    return PeriodStep::unchanged;
  if (from < latest->from)
    throw Error(ErrorKind::conflict,
                fmt::format("{} is recorded from {}; a change dated {} would rewrite history", what,
                            format_date(latest->from), format_date(from)),
                fmt::format("date the change {} or later", format_date(latest->from)));
  return from == latest->from ? PeriodStep::replace : PeriodStep::close_and_insert;
}

void check_period_end(const std::optional<Period>& latest, Date last_day, std::string_view what) {
  if (!latest || latest->to)
    throw Error(ErrorKind::conflict, fmt::format("{} is not in force", what));
  if (last_day < latest->from)
    throw Error(ErrorKind::conflict,
                fmt::format("{} starts on {}; it cannot end on {}, before it started", what,
                            format_date(latest->from), format_date(last_day)));
}

} // namespace acctcore
