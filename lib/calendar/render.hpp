#pragma once

#include "calendar/calendar.hpp"
#include "util/json.hpp"

#include <string>

namespace acctcore {

/// A month as a grid like cal(1), Monday first: days off marked '*', short days '~', working
/// weekends '+' (and, with `color`, days off in red). Needs the month's year to be covered.
std::string render_month(const Calendar& calendar, int year, unsigned month, bool color);

/// A year as three columns of months, like `cal -y`.
std::string render_year(const Calendar& calendar, int year, bool color);

/// The days the files list between `from` and `to`, one line each, then the legend and the
/// period's working days and hours.
std::string render_listed_days(const Calendar& calendar, Date from, Date to);

/// Every day in [from, to] as JSON objects (docs/json.md): date, weekday, working, short,
/// and what the files say about it with its source.
Json calendar_days_to_json(const Calendar& calendar, Date from, Date to);

} // namespace acctcore
