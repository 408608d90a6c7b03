#pragma once

#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// What a calendar file says about a day. Keep in sync with docs/calendars.md and
/// schemas/calendar.schema.json.
enum class DayKind : std::uint8_t {
  holiday,         ///< a non-working public holiday (listed even when it falls on a weekend)
  transfer_off,    ///< a weekday made a day off (by decree, or for a holiday on a weekend)
  working_weekend, ///< a weekend day made a working day
  short_day,       ///< a working day shortened by one hour before a holiday
  not_holiday,     ///< an ordinary day that older calendars show as off (documentation only)
};

/// "holiday", "transfer_off", ...
std::string_view day_kind_name(DayKind kind) noexcept;
/// The kind for a name; nullopt when unknown.
std::optional<DayKind> parse_day_kind(std::string_view name) noexcept;

/// A day a calendar file lists, with where it came from.
struct CalendarDay {
  Date date;
  DayKind kind = DayKind::holiday;
  std::string name;  ///< "Новогодние каникулы"
  std::string basis; ///< "ст. 112 ТК РФ", the decree
  std::string file;  ///< the file that listed it
  int line = 0;      ///< its line there
};

/// What is known about one year of a calendar.
struct CalendarYear {
  int year = 0;
  bool provisional = false; ///< from a single unofficial source: dates using it are marked
  std::string title;
  std::string note;
  std::vector<std::string> sources; ///< decrees and data sets
  std::vector<std::string> files;   ///< contributing files, lowest priority first
};

/// What to do with a date in a year no calendar file covers.
enum class Coverage {
  strict,     ///< an Error(not_covered) naming the calendar and the year
  provisional ///< treat weekends as the only days off, and mark the result provisional
};

/// A production calendar: working days, days off and short days for the years its files cover.
/// Built by the loader (lib/calendar/loader.hpp); immutable afterwards.
class Calendar {
public:
  /// Per-day flags in the lookup table.
  static constexpr std::uint8_t k_covered = 1;     ///< the year is covered
  static constexpr std::uint8_t k_off = 2;         ///< a day off
  static constexpr std::uint8_t k_short = 4;       ///< a working day one hour shorter
  static constexpr std::uint8_t k_provisional = 8; ///< the year is provisional

  const std::string& name() const noexcept { return m_name; }
  const std::string& country() const noexcept { return m_country; }
  /// The calendar this one extends ("ru" for "ru-tatarstan"), or empty.
  const std::string& extends() const noexcept { return m_extends; }
  /// Hours of an ordinary working day (8 for a 40-hour week).
  int day_hours() const noexcept { return m_day_hours; }
  /// True when ISO weekday `weekday` (1 = Monday) is a weekly day off.
  bool is_weekend_weekday(unsigned weekday) const noexcept {
    return ((m_weekend_mask >> weekday) & 1U) != 0;
  }

  /// Covered years in ascending order, with what is known about each.
  const std::vector<CalendarYear>& years() const noexcept { return m_years; }
  const CalendarYear* year(int year) const noexcept;
  bool covers(int year) const noexcept { return this->year(year) != nullptr; }

  /// Days listed for `day` by the files (none, one, or a working weekend that is also short).
  std::span<const CalendarDay> listed(Date day) const noexcept;
  /// Every listed day in [from, to], in date order.
  std::span<const CalendarDay> listed(Date from, Date to) const noexcept;

  /// The lookup-table flags of `day`; 0 when its year is not covered.
  std::uint8_t flags(Date day) const noexcept {
    const auto index = (day - m_first).count();
    if (index < 0 || static_cast<std::size_t>(index) >= m_flags.size())
      return 0;
    return m_flags[static_cast<std::size_t>(index)];
  }

  /// Why `day` is a day off, for explanations: "holiday: Новогодние каникулы (ст. 112 ТК РФ)",
  /// "Saturday". Empty for a working day.
  std::string day_off_reason(Date day) const;

  /// Throws Error(not_covered) for `year`, naming the calendar and how to add the year.
  [[noreturn]] void throw_not_covered(int year) const;

private:
  friend class CalendarBuilder;

  std::string m_name;
  std::string m_country;
  std::string m_extends;
  int m_day_hours = 8;
  unsigned m_weekend_mask = (1U << 6) | (1U << 7);
  std::vector<CalendarYear> m_years;
  std::vector<CalendarDay> m_days; ///< sorted by date
  Date m_first{};
  std::vector<std::uint8_t> m_flags;
};

/// Assembles a Calendar from resolved years and days (used by the loader and by tests).
class CalendarBuilder {
public:
  explicit CalendarBuilder(std::string name);
  CalendarBuilder& country(std::string country);
  CalendarBuilder& extends(std::string base);
  CalendarBuilder& day_hours(int hours);
  /// ISO weekdays (1 = Monday ... 7 = Sunday) that are weekly days off.
  CalendarBuilder& weekend(std::span<const unsigned> weekdays);
  /// Adds a covered year with its listed days (the final, merged list for that year).
  CalendarBuilder& year(CalendarYear info, std::vector<CalendarDay> days);
  Calendar build();

private:
  Calendar m_calendar;
};

/// Working-day arithmetic on one calendar under a coverage policy. It remembers whether any day
/// it looked at was provisional (a provisional year, or an uncovered one under
/// Coverage::provisional), so results built with it can be marked. Cheap to create: make one
/// per computation.
class WorkDays {
public:
  WorkDays(const Calendar& calendar, Coverage coverage) noexcept
      : m_calendar(calendar), m_coverage(coverage) {}

  const Calendar& calendar() const noexcept { return m_calendar; }

  /// True when `day` is a working day.
  bool is_working(Date day) { return (lookup(day) & Calendar::k_off) == 0; }
  /// True when `day` is a working day shortened by one hour.
  bool is_short(Date day) {
    const auto f = lookup(day);
    return (f & Calendar::k_short) != 0 && (f & Calendar::k_off) == 0;
  }

  /// `day` if it is a working day, else the next working day (Tax Code art. 6.1 p.7).
  Date next_on_or_after(Date day);
  /// `day` if it is a working day, else the previous working day (Labour Code art. 136).
  Date previous_on_or_before(Date day);
  /// The n-th working day after `day` (n > 0), before it (n < 0), or `day` itself (n = 0).
  /// `day` itself is never counted: 1 working day after a Friday order is the next Monday.
  Date add(Date day, int n);
  /// Working days in [from, to], both included (0 when to < from).
  int count(Date from, Date to);
  /// Working minutes in [from, to]: day_hours per working day, one hour less on short days.
  int minutes(Date from, Date to);
  /// The last working day of the month of `day`.
  Date last_of_month(Date day) { return previous_on_or_before(end_of_month(day)); }

  /// True when anything looked at so far was provisional.
  bool provisional() const noexcept { return m_provisional; }
  /// The first year looked at that no calendar file covers (under Coverage::provisional), or 0.
  int uncovered_year() const noexcept { return m_uncovered_year; }
  void reset_provisional() noexcept {
    m_provisional = false;
    m_uncovered_year = 0;
  }

  /// The flags of `day`, applying the coverage policy to uncovered years.
  std::uint8_t lookup(Date day) {
    const std::uint8_t f = m_calendar.flags(day);
    if ((f & Calendar::k_covered) != 0) {
      if ((f & Calendar::k_provisional) != 0)
        m_provisional = true;
      return f;
    }
    return uncovered(day);
  }

private:
  std::uint8_t uncovered(Date day);

  const Calendar& m_calendar;
  Coverage m_coverage;
  bool m_provisional = false;
  int m_uncovered_year = 0;
};

} // namespace acctcore
