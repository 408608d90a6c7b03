#include "client/dated.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

namespace acctcore {

DatedStep plan_dated_change(const std::optional<DateRange>& latest, bool same_value, Date from,
                            std::string_view what) {
  if (!latest)
    return DatedStep::insert;
  if (latest->to) {
    if (from <= *latest->to)
      throw Error(ErrorKind::conflict,
                  // TRANSLATORS: {} is what is dated, e.g. "the subscription of client 'x' to 'y'"
                  // (translated on its own).
                  trf("{} is recorded until {}; a new period must start after it", what,
                      format_date(*latest->to)),
                  trf("start it on {} or later", format_date(*latest->to + date::days{1})));
    return DatedStep::insert;
  }
  if (same_value)
    return DatedStep::unchanged;
  if (from < latest->from)
    throw Error(ErrorKind::conflict,
                // TRANSLATORS: {} is what is dated, e.g. "the subscription of client 'x' to 'y'"
                // (translated on its own).
                trf("{} is recorded from {}; a change dated {} would rewrite history", what,
                    format_date(latest->from), format_date(from)),
                trf("date the change {} or later", format_date(latest->from)));
  return from == latest->from ? DatedStep::replace : DatedStep::close_and_insert;
}

void check_dated_end(const std::optional<DateRange>& latest, Date last_day, std::string_view what) {
  if (!latest || latest->to)
    // TRANSLATORS: {} is what is dated, e.g. "the subscription of client 'x' to 'y'" (translated on
    // its own).
    throw Error(ErrorKind::conflict, trf("{} is not in force", what));
  if (last_day < latest->from)
    // TRANSLATORS: {} is what is dated, e.g. "the subscription of client 'x' to 'y'" (translated on
    // its own).
    throw Error(ErrorKind::conflict, trf("{} starts on {}; it cannot end on {}, before it started",
                                         what, format_date(latest->from), format_date(last_day)));
}

} // namespace acctcore
