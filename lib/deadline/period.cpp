#include "deadline/period.hpp"

#include "util/enum_names.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

namespace {

constexpr std::string_view k_kind_names[] = {"month",       "quarter", "half-year",
                                             "nine-months", "year",    "once"};

Date ymd(int year, int month, int day) {
  return Date{date::year{year} / date::month{static_cast<unsigned>(month)} /
              date::day{static_cast<unsigned>(day)}};
}

/// First and last month of the period (1-12).
std::pair<int, int> months_of(const Period& p) {
  switch (p.kind) {
  case PeriodKind::month:
    return {p.index, p.index};
  case PeriodKind::quarter:
    return {(p.index - 1) * 3 + 1, p.index * 3};
  case PeriodKind::half_year:
    return {p.index == 1 ? 1 : 7, p.index == 1 ? 6 : 12};
  case PeriodKind::nine_months:
    return {1, 9};
  case PeriodKind::year:
  case PeriodKind::once:
    return {1, 12};
  }
  return {1, 12};
}

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

} // namespace

std::string_view period_kind_name(PeriodKind kind) noexcept {
  return enum_name(k_kind_names, kind);
}

std::optional<PeriodKind> parse_period_kind(std::string_view name) noexcept {
  return enum_from_name<PeriodKind>(k_kind_names, name);
}

std::vector<std::string> period_kind_names() {
  return {std::begin(k_kind_names), std::end(k_kind_names)};
}

Date Period::start() const {
  if (kind == PeriodKind::once)
    return day;
  return ymd(year, months_of(*this).first, 1);
}

Date Period::end() const {
  if (kind == PeriodKind::once)
    return day;
  return end_of_month(ymd(year, months_of(*this).second, 1));
}

std::string Period::id() const {
  switch (kind) {
  case PeriodKind::month:
    return fmt::format("{:04}-{:02}", year, index);
  case PeriodKind::quarter:
    return fmt::format("{:04}-Q{}", year, index);
  case PeriodKind::half_year:
    return fmt::format("{:04}-H{}", year, index);
  case PeriodKind::nine_months:
    return fmt::format("{:04}-9M", year);
  case PeriodKind::year:
    return fmt::format("{:04}", year);
  case PeriodKind::once:
    return format_date(day);
  }
  return {};
}

Period Period::next() const {
  Period p = *this;
  const int per_year = kind == PeriodKind::month       ? 12
                       : kind == PeriodKind::quarter   ? 4
                       : kind == PeriodKind::half_year ? 2
                                                       : 1;
  if (kind == PeriodKind::once) {
    p.day = day + date::days{1};
    p.year = static_cast<int>(date::year_month_day{p.day}.year());
    return p;
  }
  if (++p.index > per_year) {
    p.index = 1;
    ++p.year;
  }
  return p;
}

std::optional<Period> parse_period(std::string_view id) {
  if (id.size() < 4 || !all_digits(id.substr(0, 4)))
    return std::nullopt;
  Period p;
  p.year = std::stoi(std::string(id.substr(0, 4)));
  if (id.size() == 4) {
    p.kind = PeriodKind::year;
    return p;
  }
  if (id[4] != '-')
    return std::nullopt;
  const std::string_view rest = id.substr(5);
  if (rest.size() == 2 && all_digits(rest)) {
    p.kind = PeriodKind::month;
    p.index = std::stoi(std::string(rest));
    return p.index >= 1 && p.index <= 12 ? std::optional(p) : std::nullopt;
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q') && rest[1] >= '1' && rest[1] <= '4') {
    p.kind = PeriodKind::quarter;
    p.index = rest[1] - '0';
    return p;
  }
  if (rest.size() == 2 && (rest[0] == 'H' || rest[0] == 'h') && rest[1] >= '1' && rest[1] <= '2') {
    p.kind = PeriodKind::half_year;
    p.index = rest[1] - '0';
    return p;
  }
  if (rest == "9M" || rest == "9m") {
    p.kind = PeriodKind::nine_months;
    return p;
  }
  if (auto day = parse_date(id)) {
    p.kind = PeriodKind::once;
    p.day = *day;
    return p;
  }
  return std::nullopt;
}

Period require_period(std::string_view id, std::string_view what) {
  if (auto period = parse_period(id))
    return *period;
  throw Error(ErrorKind::invalid, trf("invalid period '{}' for {}", id, what),
              tr("write a month 2026-03, a quarter 2026-Q1, a half-year 2026-H1, nine months "
                 "2026-9M, a year 2026, or a day 2026-04-15"));
}

Period period_containing(PeriodKind kind, Date day) {
  const date::year_month_day ymd_day{day};
  Period p;
  p.kind = kind;
  p.year = static_cast<int>(ymd_day.year());
  const int month = static_cast<int>(static_cast<unsigned>(ymd_day.month()));
  switch (kind) {
  case PeriodKind::month:
    p.index = month;
    break;
  case PeriodKind::quarter:
    p.index = (month - 1) / 3 + 1;
    break;
  case PeriodKind::half_year:
    p.index = month <= 6 ? 1 : 2;
    break;
  case PeriodKind::nine_months:
  case PeriodKind::year:
    p.index = 1;
    break;
  case PeriodKind::once:
    p.day = day;
    break;
  }
  return p;
}

std::vector<Period> periods_ending_between(PeriodKind kind, Date from, Date to) {
  std::vector<Period> periods;
  if (to < from)
    return periods;
  if (kind == PeriodKind::once) {
    for (Date d = from; d <= to; d += date::days{1})
      periods.push_back(period_containing(kind, d));
    return periods;
  }
  // Start one year early: a period containing `from` may have ended before it.
  Period p = period_containing(kind, add_months(from, -12));
  for (; p.start() <= to; p = p.next())
    if (p.end() >= from && p.end() <= to)
      periods.push_back(p);
  return periods;
}

} // namespace acctcore
