// acct calendar: production calendars and working-day arithmetic.
#include "calendar/render.hpp"
#include "commands.hpp"
#include "registry.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

namespace {

struct ShowOptions {
  std::string when;
  std::string calendar;
};

struct RangeOptions {
  std::string from;
  std::string to;
  std::string calendar;
};

struct ShiftOptions {
  std::string day;
  bool back = false;
  std::string calendar;
};

struct AddOptions {
  std::string day;
  std::string count;
  std::string calendar;
};

CLI::Option* add_calendar_option(CLI::App* cmd, std::string& target) {
  return cmd
      ->add_option("--calendar", target, "Calendar name (default: the firm's country, ru or kz)")
      ->type_name("NAME");
}

int run_show(Context& ctx, const ShowOptions& o) {
  const acctcore::Calendar& calendar = ctx.calendar(o.calendar);
  int year = 0;
  unsigned month = 0;
  if (o.when.empty()) {
    const date::year_month_day today{ctx.clock().today};
    year = static_cast<int>(today.year());
    month = static_cast<unsigned>(today.month());
  } else if (o.when.size() == 4 && o.when.find_first_not_of("0123456789") == std::string::npos) {
    year = std::stoi(o.when);
  } else if (auto day = acctcore::parse_date(o.when + "-01"); day && o.when.size() == 7) {
    const date::year_month_day ymd{*day};
    year = static_cast<int>(ymd.year());
    month = static_cast<unsigned>(ymd.month());
  } else {
    throw Error(ErrorKind::invalid, trf("invalid month or year '{}'", o.when),
                tr("write a year (2026) or a month (2026-05)"));
  }
  if (!calendar.covers(year))
    calendar.throw_not_covered(year);
  const acctcore::Date from = month == 0
                                  ? acctcore::Date{date::year{year} / 1 / 1}
                                  : acctcore::Date{date::year{year} / date::month{month} / 1};
  const acctcore::Date to =
      month == 0 ? acctcore::Date{date::year{year} / 12 / 31} : acctcore::end_of_month(from);
  Output& out = ctx.out();
  if (out.json()) {
    out.json(acctcore::Json{{"calendar", calendar.name()},
                            {"from", acctcore::format_date(from)},
                            {"to", acctcore::format_date(to)},
                            {"days", acctcore::calendar_days_to_json(calendar, from, to)}});
    return 0;
  }
  const auto* info = calendar.year(year);
  out.write(fmt::format("Calendar '{}'{}: {}\n\n", calendar.name(),
                        info->provisional ? " (PROVISIONAL)" : "", info->title));
  out.write(month == 0 ? acctcore::render_year(calendar, year, out.color())
                       : acctcore::render_month(calendar, year, month, out.color()));
  out.write(acctcore::render_listed_days(calendar, from, to));
  return 0;
}

int run_workdays(Context& ctx, const RangeOptions& o) {
  const acctcore::Calendar& calendar = ctx.calendar(o.calendar);
  const auto from = acctcore::require_date(o.from, "FROM");
  const auto to = acctcore::require_date(o.to, "TO");
  if (to < from)
    throw Error(ErrorKind::invalid, trf("the range ends ({}) before it starts ({})", o.to, o.from));
  acctcore::WorkDays days(calendar, acctcore::Coverage::strict);
  const int working = days.count(from, to);
  const int minutes = days.minutes(from, to);
  int short_days = 0;
  for (auto day = from; day <= to; day += date::days{1})
    if (days.is_short(day))
      ++short_days;
  const int total = static_cast<int>((to - from).count()) + 1;
  Output& out = ctx.out();
  if (out.json()) {
    out.json(acctcore::Json{{"calendar", calendar.name()},
                            {"from", o.from},
                            {"to", o.to},
                            {"days", total},
                            {"working_days", working},
                            {"working_hours", minutes / 60},
                            {"days_off", total - working},
                            {"short_days", short_days},
                            {"provisional", days.provisional()}});
    return 0;
  }
  out.write(
      fmt::format("{} working days, {} working hours, {} days off ({} to {}, calendar '{}'{})\n",
                  working, minutes / 60, total - working, o.from, o.to, calendar.name(),
                  days.provisional() ? ", provisional" : ""));
  return 0;
}

void print_day(Context& ctx, const std::string& from, acctcore::Date result, bool provisional) {
  if (ctx.out().json())
    ctx.out().json(acctcore::Json{
        {"date", from}, {"result", acctcore::format_date(result)}, {"provisional", provisional}});
  else
    ctx.out().write(acctcore::format_date(result) + (provisional ? " (provisional)" : "") + "\n");
}

int run_next(Context& ctx, const ShiftOptions& o) {
  const acctcore::Calendar& calendar = ctx.calendar(o.calendar);
  const auto day = acctcore::require_date(o.day, "DATE");
  acctcore::WorkDays days(calendar, acctcore::Coverage::strict);
  const auto result = o.back ? days.previous_on_or_before(day) : days.next_on_or_after(day);
  print_day(ctx, o.day, result, days.provisional());
  return 0;
}

int run_add(Context& ctx, const AddOptions& o) {
  const acctcore::Calendar& calendar = ctx.calendar(o.calendar);
  const auto day = acctcore::require_date(o.day, "DATE");
  int n = 0;
  try {
    size_t used = 0;
    n = std::stoi(o.count, &used);
    if (used != o.count.size())
      throw std::invalid_argument(o.count);
  } catch (const std::exception&) {
    throw Error(ErrorKind::invalid, trf("invalid number of working days '{}'", o.count),
                tr("give a whole number, negative to count backwards: 3, -2"));
  }
  if (n < -3660 || n > 3660)
    throw Error(ErrorKind::invalid, trf("{} working days is more than ten years", n));
  acctcore::WorkDays days(calendar, acctcore::Coverage::strict);
  const auto result = days.add(day, n);
  print_day(ctx, o.day, result, days.provisional());
  return 0;
}

int run_list(Context& ctx) {
  const auto& set = ctx.calendars();
  Output& out = ctx.out();
  if (out.json()) {
    acctcore::Json list = acctcore::Json::array();
    for (const auto& calendar : set.all()) {
      acctcore::Json years = acctcore::Json::array();
      for (const auto& y : calendar.years())
        years.push_back({{"year", y.year},
                         {"status", y.provisional ? "provisional" : "official"},
                         {"title", acctcore::json_or_null(y.title)},
                         {"sources", y.sources},
                         {"files", y.files}});
      list.push_back({{"name", calendar.name()},
                      {"country", acctcore::json_or_null(calendar.country())},
                      {"extends", acctcore::json_or_null(calendar.extends())},
                      {"years", years}});
    }
    out.json(list);
    return 0;
  }
  acctcore::Table table({"CALENDAR", "YEAR", "STATUS", "FILES"});
  for (const auto& calendar : set.all())
    for (const auto& y : calendar.years())
      table.add_row({calendar.name(), std::to_string(y.year),
                     y.provisional ? "provisional" : "official", acctcore::join(y.files, ", ")});
  out.table(table);
  return 0;
}

} // namespace

void register_calendar(Registry& registry) {
  CLI::App* group = registry.group(
      "calendar", "Production calendars: working days, holidays, working-day arithmetic",
      "Deadlines");
  {
    auto o = make_options<ShowOptions>();
    CLI::App* cmd = registry.command(group, "show", "Show a month or a year, days off marked",
                                     Access::none, [o](Context& ctx) { return run_show(ctx, *o); });
    cmd->add_option("when", o->when, "A year (2026) or a month (2026-05); default: this month")
        ->type_name("YEAR|YEAR-MM");
    add_calendar_option(cmd, o->calendar);
  }
  {
    auto o = make_options<RangeOptions>();
    CLI::App* cmd = registry.command(
        group, "workdays", "Count working days and hours from FROM to TO, inclusive", Access::none,
        [o](Context& ctx) { return run_workdays(ctx, *o); });
    cmd->add_option("from", o->from, "First day")->required()->type_name("FROM");
    cmd->add_option("to", o->to, "Last day")->required()->type_name("TO");
    add_calendar_option(cmd, o->calendar);
  }
  {
    auto o = make_options<ShiftOptions>();
    CLI::App* cmd =
        registry.command(group, "next-workday",
                         "DATE if it is a working day, else the next one (--back: the previous)",
                         Access::none, [o](Context& ctx) { return run_next(ctx, *o); });
    cmd->add_option("date", o->day, "The day")->required()->type_name("DATE");
    cmd->add_flag("--back", o->back, "The previous working day instead (Labour Code art. 136)");
    add_calendar_option(cmd, o->calendar);
  }
  {
    auto o = make_options<AddOptions>();
    CLI::App* cmd = registry.command(
        group, "add-workdays", "The N-th working day after DATE (before it when N is negative)",
        Access::none, [o](Context& ctx) { return run_add(ctx, *o); });
    cmd->add_option("date", o->day, "The day to count from (not counted itself)")
        ->required()
        ->type_name("DATE");
    cmd->add_option("n", o->count, "How many working days; negative counts backwards")
        ->required()
        ->type_name("N")
        ->allow_extra_args(false);
    add_calendar_option(cmd, o->calendar);
  }
  registry.command(group, "list", "List the calendars and years known, and their files",
                   Access::none, run_list);
}

} // namespace acctcli
