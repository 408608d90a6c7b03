#include "calendar/render.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr std::string_view k_month_names[] = {"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};
constexpr int k_month_width = 27; // 7 cells of 4 columns, minus the trailing space

Date first_day(int year, unsigned month) {
  return Date{date::year{year} / date::month{month} / 1};
}

std::string kind_label(DayKind kind) {
  switch (kind) {
  case DayKind::holiday:
    return "holiday";
  case DayKind::transfer_off:
    return "day off";
  case DayKind::working_weekend:
    return "working day";
  case DayKind::short_day:
    return "short day";
  case DayKind::not_holiday:
    return "ordinary day";
  }
  return {};
}

/// The lines of one month's grid, each exactly k_month_width columns wide (before colour).
std::vector<std::string> month_lines(const Calendar& calendar, int year, unsigned month,
                                     bool color) {
  std::vector<std::string> lines;
  const CalendarYear* info = calendar.year(year);
  if (info == nullptr)
    calendar.throw_not_covered(year);
  std::string title = fmt::format("{} {}", k_month_names[month - 1], year);
  const size_t pad = (k_month_width - std::min<size_t>(title.size(), k_month_width)) / 2;
  lines.push_back(pad_right(std::string(pad, ' ') + title, k_month_width));
  lines.emplace_back(" Mo  Tu  We  Th  Fr  Sa  Su");
  WorkDays days(calendar, Coverage::strict);
  const Date first = first_day(year, month);
  const Date last = end_of_month(first);
  std::string line(static_cast<size_t>(iso_weekday(first) - 1) * 4, ' ');
  for (Date day = first; day <= last; day += date::days{1}) {
    const unsigned dom = static_cast<unsigned>(date::year_month_day{day}.day());
    const bool off = !days.is_working(day);
    const bool weekend = calendar.is_weekend_weekday(iso_weekday(day));
    const char mark = off ? '*' : days.is_short(day) ? '~' : weekend ? '+' : ' ';
    std::string cell = fmt::format("{:>3}{}", dom, mark);
    if (color && off)
      cell = "\x1b[31m" + cell + "\x1b[0m";
    line += cell;
    if (iso_weekday(day) == 7 || day == last) {
      while (!line.empty() && line.back() == ' ')
        line.pop_back();
      lines.push_back(line);
      line.clear();
    }
  }
  while (lines.size() < 8)
    lines.emplace_back();
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) {
    std::string trimmed = line;
    while (!trimmed.empty() && trimmed.back() == ' ')
      trimmed.pop_back();
    out += trimmed + "\n";
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
    out.pop_back();
  return out;
}

} // namespace

std::string render_month(const Calendar& calendar, int year, unsigned month, bool color) {
  return joined(month_lines(calendar, year, month, color));
}

std::string render_year(const Calendar& calendar, int year, bool color) {
  std::string out;
  for (unsigned row = 0; row < 4; ++row) {
    std::vector<std::vector<std::string>> months;
    for (unsigned col = 0; col < 3; ++col)
      months.push_back(month_lines(calendar, year, row * 3 + col + 1, color));
    std::vector<std::string> lines;
    for (size_t i = 0; i < 8; ++i) {
      std::string line;
      for (size_t col = 0; col < 3; ++col) {
        const std::string& cell = months[col][i];
        // Pad by visible width: colour codes do not take columns.
        const size_t visible =
            display_width(cell) - (color ? std::count(cell.begin(), cell.end(), '\x1b') * 4 : 0);
        line += cell;
        if (col < 2)
          line +=
              std::string(k_month_width + 3 - std::min<size_t>(visible, k_month_width + 3), ' ');
      }
      lines.push_back(line);
    }
    out += joined(lines);
    if (row < 3)
      out += "\n";
  }
  return out;
}

std::string render_listed_days(const Calendar& calendar, Date from, Date to) {
  std::string out = "\n* day off   ~ short day (one hour less)   + working weekend\n";
  const auto listed = calendar.listed(from, to);
  if (!listed.empty())
    out += "\n";
  for (const auto& day : listed) {
    if (day.kind == DayKind::not_holiday && calendar.is_weekend_weekday(iso_weekday(day.date)))
      continue; // an ordinary weekend day needs no line
    std::string text = day.name;
    if (!day.basis.empty())
      text += " (" + day.basis + ")";
    out += fmt::format("{} {}  {}  {}\n", format_date(day.date), weekday_name(day.date),
                       pad_right(kind_label(day.kind), 12), text);
  }
  WorkDays days(calendar, Coverage::strict);
  const int count = days.count(from, to);
  out += fmt::format("\n{} working days, {} working hours ({} to {})\n", count,
                     days.minutes(from, to) / 60, format_date(from), format_date(to));
  for (int year = static_cast<int>(date::year_month_day{from}.year());
       year <= static_cast<int>(date::year_month_day{to}.year()); ++year) {
    const CalendarYear* info = calendar.year(year);
    if (info != nullptr && info->provisional)
      out += fmt::format("{} is provisional: {}\n", year,
                         info->note.empty() ? "no decree seen" : info->note);
  }
  return out;
}

Json calendar_days_to_json(const Calendar& calendar, Date from, Date to) {
  Json list = Json::array();
  WorkDays days(calendar, Coverage::strict);
  for (Date day = from; day <= to; day += date::days{1}) {
    const bool working = days.is_working(day);
    Json entries = Json::array();
    for (const auto& listed : calendar.listed(day))
      entries.push_back({{"kind", day_kind_name(listed.kind)},
                         {"name", json_or_null(listed.name)},
                         {"basis", json_or_null(listed.basis)},
                         {"source", fmt::format("{}:{}", listed.file, listed.line)}});
    const int year = static_cast<int>(date::year_month_day{day}.year());
    list.push_back({{"date", format_date(day)},
                    {"weekday", iso_weekday(day)},
                    {"working", working},
                    {"short", working && days.is_short(day)},
                    {"hours", working ? calendar.day_hours() - (days.is_short(day) ? 1 : 0) : 0},
                    {"provisional", calendar.year(year)->provisional},
                    {"listed", entries}});
  }
  return list;
}

} // namespace acctcore
