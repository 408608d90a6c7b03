#include "calendar/calendar.hpp"

#include "util/enum_names.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr std::string_view k_kind_names[] = {"holiday", "transfer_off", "working_weekend",
                                             "short_day", "not_holiday"};

constexpr std::string_view k_weekday_names[] = {"",         "Monday", "Tuesday",  "Wednesday",
                                                "Thursday", "Friday", "Saturday", "Sunday"};

int year_of(Date day) {
  return static_cast<int>(date::year_month_day{day}.year());
}

Date first_of_year(int year) {
  return Date{date::year{year} / date::January / 1};
}

std::string with_basis(std::string_view what, const CalendarDay& day) {
  std::string text(what);
  if (!day.name.empty())
    text += ": " + day.name;
  if (!day.basis.empty())
    text += " (" + day.basis + ")";
  return text;
}

} // namespace

std::string_view day_kind_name(DayKind kind) noexcept {
  return enum_name(k_kind_names, kind);
}

std::optional<DayKind> parse_day_kind(std::string_view name) noexcept {
  return enum_from_name<DayKind>(k_kind_names, name);
}

const CalendarYear* Calendar::year(int year) const noexcept {
  for (const auto& y : m_years)
    if (y.year == year)
      return &y;
  return nullptr;
}

std::span<const CalendarDay> Calendar::listed(Date day) const noexcept {
  return listed(day, day);
}

std::span<const CalendarDay> Calendar::listed(Date from, Date to) const noexcept {
  const auto by_date = [](const CalendarDay& d, Date value) { return d.date < value; };
  const auto begin = std::lower_bound(m_days.begin(), m_days.end(), from, by_date);
  auto end = begin;
  while (end != m_days.end() && end->date <= to)
    ++end;
  return {begin, end};
}

std::string Calendar::day_off_reason(Date day) const {
  const auto f = flags(day);
  if ((f & k_covered) != 0 && (f & k_off) == 0)
    return {};
  for (const auto& listed_day : listed(day)) {
    if (listed_day.kind == DayKind::holiday)
      return with_basis("holiday", listed_day);
    if (listed_day.kind == DayKind::transfer_off)
      return with_basis("day off", listed_day);
  }
  const unsigned weekday = iso_weekday(day);
  if (!is_weekend_weekday(weekday))
    return {};
  std::string reason(k_weekday_names[weekday]);
  if ((f & k_covered) == 0)
    reason +=
        fmt::format(" (calendar '{}' does not cover {}: weekends only)", m_name, year_of(day));
  return reason;
}

void Calendar::throw_not_covered(int year) const {
  // One whole sentence for each case, so that each translates as a whole.
  std::string message;
  if (m_years.empty())
    // TRANSLATORS: a calendar name, then a year.
    message = trf("calendar '{}' does not cover {}", m_name, year);
  else if (m_years.front().year == m_years.back().year)
    message =
        // TRANSLATORS: a calendar name, the year asked for, then the one year it covers.
        trf("calendar '{}' does not cover {} (it covers {})", m_name, year, m_years.front().year);
  else
    // TRANSLATORS: a calendar name, the year asked for, then the first and last years it covers.
    message = trf("calendar '{}' does not cover {} (it covers {}-{})", m_name, year,
                  m_years.front().year, m_years.back().year);
  throw Error(ErrorKind::not_covered, message,
              trf("add calendars/{}-{}.toml to the templates directory when the decree on "
                  "days off for {} is published (docs/calendars.md), or ask for "
                  "provisional dates (--provisional), which count only weekends as days off",
                  m_name, year, year));
}

CalendarBuilder::CalendarBuilder(std::string name) {
  m_calendar.m_name = std::move(name);
}

CalendarBuilder& CalendarBuilder::country(std::string country) {
  m_calendar.m_country = std::move(country);
  return *this;
}

CalendarBuilder& CalendarBuilder::extends(std::string base) {
  m_calendar.m_extends = std::move(base);
  return *this;
}

CalendarBuilder& CalendarBuilder::day_hours(int hours) {
  m_calendar.m_day_hours = hours;
  return *this;
}

CalendarBuilder& CalendarBuilder::weekend(std::span<const unsigned> weekdays) {
  m_calendar.m_weekend_mask = 0;
  for (const unsigned weekday : weekdays)
    m_calendar.m_weekend_mask |= 1U << weekday;
  return *this;
}

CalendarBuilder& CalendarBuilder::year(CalendarYear info, std::vector<CalendarDay> days) {
  m_calendar.m_years.push_back(std::move(info));
  for (auto& day : days)
    m_calendar.m_days.push_back(std::move(day));
  return *this;
}

Calendar CalendarBuilder::build() {
  Calendar& c = m_calendar;
  std::sort(c.m_years.begin(), c.m_years.end(),
            [](const CalendarYear& a, const CalendarYear& b) { return a.year < b.year; });
  std::stable_sort(c.m_days.begin(), c.m_days.end(),
                   [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
  c.m_flags.clear();
  if (c.m_years.empty())
    return std::move(c);
  c.m_first = first_of_year(c.m_years.front().year);
  const Date end = first_of_year(c.m_years.back().year + 1);
  c.m_flags.assign(static_cast<std::size_t>((end - c.m_first).count()), 0);
  for (const auto& y : c.m_years) {
    const std::uint8_t base = Calendar::k_covered | (y.provisional ? Calendar::k_provisional : 0);
    for (Date day = first_of_year(y.year); day < first_of_year(y.year + 1); day += date::days{1}) {
      std::uint8_t f = base;
      if (c.is_weekend_weekday(iso_weekday(day)))
        f |= Calendar::k_off;
      c.m_flags[static_cast<std::size_t>((day - c.m_first).count())] = f;
    }
  }
  for (const auto& day : c.m_days) {
    const auto index = (day.date - c.m_first).count();
    if (index < 0 || static_cast<std::size_t>(index) >= c.m_flags.size())
      continue;
    std::uint8_t& f = c.m_flags[static_cast<std::size_t>(index)];
    if ((f & Calendar::k_covered) == 0)
      continue;
    switch (day.kind) {
    case DayKind::holiday:
    case DayKind::transfer_off:
      f |= Calendar::k_off;
      break;
    case DayKind::working_weekend:
      f &= static_cast<std::uint8_t>(~Calendar::k_off);
      break;
    case DayKind::short_day:
      f |= Calendar::k_short;
      break;
    case DayKind::not_holiday:
      break;
    }
  }
  return std::move(c);
}

std::uint8_t WorkDays::uncovered(Date day) {
  if (m_coverage == Coverage::strict)
    m_calendar.throw_not_covered(year_of(day));
  m_provisional = true;
  if (m_uncovered_year == 0)
    m_uncovered_year = year_of(day);
  return Calendar::k_covered | Calendar::k_provisional |
         (m_calendar.is_weekend_weekday(iso_weekday(day)) ? Calendar::k_off : 0);
}

Date WorkDays::next_on_or_after(Date day) {
  while (!is_working(day))
    day += date::days{1};
  return day;
}

Date WorkDays::previous_on_or_before(Date day) {
  while (!is_working(day))
    day -= date::days{1};
  return day;
}

Date WorkDays::add(Date day, int n) {
  const date::days step{n < 0 ? -1 : 1};
  for (int left = n < 0 ? -n : n; left > 0;) {
    day += step;
    if (is_working(day))
      --left;
  }
  return day;
}

int WorkDays::count(Date from, Date to) {
  int n = 0;
  for (Date day = from; day <= to; day += date::days{1})
    if (is_working(day))
      ++n;
  return n;
}

int WorkDays::minutes(Date from, Date to) {
  int total = 0;
  const int full = m_calendar.day_hours() * 60;
  for (Date day = from; day <= to; day += date::days{1}) {
    const auto f = lookup(day);
    if ((f & Calendar::k_off) == 0)
      total += (f & Calendar::k_short) != 0 ? full - 60 : full;
  }
  return total;
}

} // namespace acctcore
