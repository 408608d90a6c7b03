#include "calendar/loader.hpp"

#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/ident.hpp"
#include "util/text.hpp"
#include "util/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace acctcore {

namespace {

constexpr std::string_view k_calendar_keys[] = {"name",    "year",    "country",  "title",
                                                "status",  "sources", "note",     "extends",
                                                "replace", "weekend", "day_hours"};
constexpr std::string_view k_day_keys[] = {"date", "kind", "name", "basis"};
constexpr std::string_view k_top_keys[] = {"calendar", "day"};

bool is_weekend(const CalendarFile& file, Date day) {
  const unsigned weekday = iso_weekday(day);
  if (file.weekend.empty())
    return weekday >= 6;
  return std::find(file.weekend.begin(), file.weekend.end(), weekday) != file.weekend.end();
}

void read_header(const toml::table& header, CalendarFile& file, TomlProblems& problems) {
  problems.reject_unknown(header, k_calendar_keys, "[calendar]");
  file.line = static_cast<int>(header.source().begin.line);
  if (auto name = problems.string(header, "name", "[calendar]")) {
    file.name = *name;
    if (!is_valid_identifier(file.name))
      problems.at(header.get("name")->source(),
                  trf("invalid calendar name '{}': use lowercase latin letters, digits "
                      "and '-', starting with a letter",
                      file.name));
  } else if (!header.contains("name")) {
    problems.at(header.source(), tr("[calendar] needs a 'name', e.g. name = \"ru\""));
  }
  if (const toml::node* year = header.get("year")) {
    const auto* value = year->as_integer();
    if (value == nullptr || value->get() < 1900 || value->get() > 2200)
      problems.at(year->source(), tr("'year' must be an integer such as 2026"));
    else
      file.year = static_cast<int>(value->get());
  } else {
    problems.at(header.source(), tr("[calendar] needs a 'year', e.g. year = 2026"));
  }
  file.country = problems.string(header, "country", "[calendar]").value_or("");
  file.title = problems.string(header, "title", "[calendar]").value_or("");
  file.note = problems.string(header, "note", "[calendar]").value_or("");
  file.extends = problems.string(header, "extends", "[calendar]").value_or("");
  if (auto status = problems.string(header, "status", "[calendar]")) {
    if (*status == "provisional")
      file.provisional = true;
    else if (*status != "official")
      problems.at(header.get("status")->source(),
                  trf("unknown status '{}': use \"official\" or \"provisional\"", *status));
  }
  file.replace = problems.boolean(header, "replace", "[calendar]").value_or(false);
  file.sources = problems.strings(header, "sources", "[calendar]");
  if (const toml::node* weekend = header.get("weekend")) {
    const auto* list = weekend->as_array();
    if (list == nullptr)
      problems.at(weekend->source(), tr("'weekend' must be an array of ISO weekdays, e.g. [6, 7]"));
    else
      for (const auto& item : *list) {
        const auto* value = item.as_integer();
        if (value == nullptr || value->get() < 1 || value->get() > 7)
          problems.at(item.source(),
                      tr("'weekend' lists ISO weekdays from 1 (Monday) to 7 (Sunday)"));
        else
          file.weekend.push_back(static_cast<unsigned>(value->get()));
      }
  }
  file.day_hours = problems.integer(header, "day_hours", 1, 24, "[calendar]").value_or(0);
}

void read_day(const toml::table& entry, CalendarFile& file, TomlProblems& problems) {
  problems.reject_unknown(entry, k_day_keys, "[[day]]");
  CalendarDay day;
  day.file = problems.file();
  day.line = static_cast<int>(entry.source().begin.line);
  const toml::node* date_node = entry.get("date");
  if (date_node == nullptr) {
    problems.at(entry.source(), tr("[[day]] needs a 'date', e.g. date = 2026-01-01"));
    return;
  }
  const auto* date_value = date_node->as_date();
  if (date_value == nullptr) {
    problems.at(date_node->source(),
                tr("'date' must be a TOML date without quotes, e.g. 2026-01-01"));
    return;
  }
  const toml::date d = date_value->get();
  const date::year_month_day ymd{date::year{d.year}, date::month{d.month}, date::day{d.day}};
  if (!ymd.ok()) {
    problems.at(date_node->source(), tr("'date' is not a real date"));
    return;
  }
  day.date = Date{ymd};
  if (file.year != 0 && d.year != file.year)
    problems.at(date_node->source(),
                trf("{} is not in {} (the [calendar] year)", format_date(day.date), file.year));
  const auto kind_text = problems.string(entry, "kind", "[[day]]");
  if (!kind_text) {
    if (!entry.contains("kind"))
      problems.at(entry.source(), tr("[[day]] needs a 'kind'"));
    return;
  }
  const auto kind = parse_day_kind(*kind_text);
  if (!kind) {
    problems.at(entry.get("kind")->source(),
                trf("unknown kind '{}': use holiday, transfer_off, working_weekend, "
                    "short_day or not_holiday",
                    *kind_text));
    return;
  }
  day.kind = *kind;
  day.name = problems.string(entry, "name", "[[day]]").value_or("");
  day.basis = problems.string(entry, "basis", "[[day]]").value_or("");
  const bool weekend = is_weekend(file, day.date);
  if (day.kind == DayKind::working_weekend && !weekend)
    problems.at(
        date_node->source(),
        // TRANSLATORS: {} is a date (YYYY-MM-DD); working_weekend is a keyword of calendar files.
        trf("{} is a weekday, so it cannot be a working_weekend", format_date(day.date)));
  if (day.kind == DayKind::transfer_off && weekend)
    problems.at(
        date_node->source(),
        // TRANSLATORS: {} is a date (YYYY-MM-DD); transfer_off is a keyword of calendar files.
        trf("{} is a weekend day already, so it cannot be a transfer_off", format_date(day.date)));
  file.days.push_back(std::move(day));
}

/// Dates listed twice: only a working weekend that is also a short day may be.
void check_duplicates(const CalendarFile& file, TomlProblems& problems) {
  std::map<Date, std::vector<const CalendarDay*>> by_date;
  for (const auto& day : file.days)
    by_date[day.date].push_back(&day);
  for (const auto& item : by_date) {
    // Not a structured binding: clang 14 (the fuzzing build) cannot capture one in a lambda.
    const Date date = item.first;
    const auto& entries = item.second;
    const auto has = [&](DayKind kind) {
      return std::any_of(entries.begin(), entries.end(),
                         [&](const CalendarDay* d) { return d->kind == kind; });
    };
    if (entries.size() > 1) {
      const bool allowed =
          entries.size() == 2 && has(DayKind::working_weekend) && has(DayKind::short_day);
      if (!allowed)
        problems.at_line(entries[1]->line,
                         trf("{} is listed twice: {} (line {}) and {} (line {})", format_date(date),
                             day_kind_name(entries[0]->kind), entries[0]->line,
                             day_kind_name(entries[1]->kind), entries[1]->line));
      continue;
    }
    const CalendarDay& day = *entries.front();
    if (day.kind == DayKind::short_day && is_weekend(file, date))
      problems.at_line(day.line, trf("{} is a weekend day: a short_day must be a working "
                                     "day (list a working_weekend for it too)",
                                     format_date(date)));
  }
}

/// The days of one calendar year after its layers are merged, with its description.
struct ResolvedYear {
  CalendarYear info;
  std::vector<CalendarDay> days;
};

/// Puts `upper`'s days over `lower`'s: a date listed in `upper` keeps only `upper`'s entries.
std::vector<CalendarDay> overlay(const std::vector<CalendarDay>& lower,
                                 const std::vector<CalendarDay>& upper) {
  std::set<Date> replaced;
  for (const auto& day : upper)
    replaced.insert(day.date);
  std::vector<CalendarDay> merged;
  for (const auto& day : lower)
    if (replaced.count(day.date) == 0)
      merged.push_back(day);
  merged.insert(merged.end(), upper.begin(), upper.end());
  std::stable_sort(merged.begin(), merged.end(),
                   [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
  return merged;
}

void apply_header(CalendarYear& info, const CalendarFile& file) {
  info.year = file.year;
  info.provisional = file.provisional;
  if (!file.title.empty())
    info.title = file.title;
  if (!file.note.empty())
    info.note = file.note;
  if (!file.sources.empty())
    info.sources = file.sources;
  info.files.push_back(file.path);
}

/// Everything known about one calendar name before `extends` is resolved.
struct CalendarDraft {
  std::string name;
  std::string country;
  std::string extends;
  std::vector<unsigned> weekend;
  int day_hours = 0;
  std::map<int, ResolvedYear> years;
  std::string first_file;
  int first_line = 0;
};

} // namespace

std::optional<CalendarFile> parse_calendar_file(const std::string& path, std::string_view text,
                                                std::vector<Diagnostic>& problems) {
  const auto parsed = parse_toml(text, path, problems);
  if (!parsed)
    return std::nullopt;
  const toml::table& root = *parsed;
  TomlProblems report(path, problems);
  report.reject_unknown(root, k_top_keys, "a calendar file");
  CalendarFile file;
  file.path = path;
  const auto* header = root.get_as<toml::table>("calendar");
  if (header == nullptr) {
    report.at_line(1, tr("a calendar file needs a [calendar] table with its name and year"));
    return std::nullopt;
  }
  read_header(*header, file, report);
  if (const toml::node* days = root.get("day")) {
    const auto* list = days->as_array();
    if (list == nullptr || !list->is_array_of_tables()) {
      report.at(days->source(), tr("days are written as [[day]] tables"));
    } else {
      for (const auto& entry : *list)
        read_day(*entry.as_table(), file, report);
    }
  }
  check_duplicates(file, report);
  return file;
}

const Calendar* CalendarSet::find(std::string_view name) const noexcept {
  for (const auto& calendar : m_calendars)
    if (calendar.name() == name)
      return &calendar;
  return nullptr;
}

const Calendar& CalendarSet::get(std::string_view name) const {
  if (const Calendar* calendar = find(name))
    return *calendar;
  std::vector<std::string> names;
  for (const auto& calendar : m_calendars)
    names.push_back(calendar.name());
  throw unknown_name_error("calendar", name, names, N_("known calendars"), "acct calendar list");
}

CalendarSet load_calendars(std::span<const std::filesystem::path> directories) {
  std::vector<Diagnostic> problems;
  std::map<std::string, CalendarDraft> drafts;
  for (const auto& directory : directories) {
    if (directory.empty() || !is_existing_directory(directory))
      continue;
    std::map<std::pair<std::string, int>, std::string> seen_here;
    for (const auto& path : files_in_directory(directory, ".toml")) {
      auto file = parse_calendar_file(path.string(), read_file(path), problems);
      if (!file || file->name.empty() || file->year == 0)
        continue;
      const auto key = std::pair(file->name, file->year);
      if (auto it = seen_here.find(key); it != seen_here.end()) {
        problems.push_back(
            {file->path, file->line, 0,
             trf("calendar '{}' {} is already defined by {}", file->name, file->year, it->second)});
        continue;
      }
      seen_here[key] = file->path;
      CalendarDraft& draft = drafts[file->name];
      if (draft.name.empty()) {
        draft.name = file->name;
        draft.first_file = file->path;
        draft.first_line = file->line;
      }
      const auto conflict = [&](std::string_view what, const std::string& mine,
                                const std::string& theirs) {
        problems.push_back({file->path, file->line, 0,
                            trf("calendar '{}' has {} '{}' here but '{}' in {}", file->name, what,
                                mine, theirs, draft.first_file)});
      };
      if (!file->country.empty()) {
        if (!draft.country.empty() && draft.country != file->country)
          conflict("country", file->country, draft.country);
        draft.country = file->country;
      }
      if (!file->extends.empty()) {
        if (!draft.extends.empty() && draft.extends != file->extends)
          conflict("extends", file->extends, draft.extends);
        draft.extends = file->extends;
      }
      if (!file->weekend.empty())
        draft.weekend = file->weekend;
      if (file->day_hours != 0)
        draft.day_hours = file->day_hours;
      ResolvedYear& year = draft.years[file->year];
      year.days = file->replace ? file->days : overlay(year.days, file->days);
      apply_header(year.info, *file);
    }
  }

  // Resolve `extends`: each year of a derived calendar starts from its base's days.
  std::map<std::string, bool> resolved;
  std::function<void(CalendarDraft&, std::vector<std::string>&)> resolve =
      [&](CalendarDraft& draft, std::vector<std::string>& chain) {
        if (resolved[draft.name] || draft.extends.empty()) {
          resolved[draft.name] = true;
          return;
        }
        chain.push_back(draft.name);
        auto base = drafts.find(draft.extends);
        if (base == drafts.end()) {
          problems.push_back({draft.first_file, draft.first_line, 0,
                              trf("calendar '{}' extends '{}', which no calendar file defines",
                                  draft.name, draft.extends)});
          draft.extends.clear();
          return;
        }
        if (std::find(chain.begin(), chain.end(), base->first) != chain.end()) {
          problems.push_back({draft.first_file, draft.first_line, 0,
                              trf("calendars extend each other in a cycle: {} -> {}",
                                  join(chain, " -> "), base->first)});
          draft.extends.clear();
          return;
        }
        resolve(base->second, chain);
        for (auto& [number, year] : draft.years) {
          auto base_year = base->second.years.find(number);
          if (base_year == base->second.years.end()) {
            problems.push_back({year.info.files.back(), 0, 0,
                                trf("calendar '{}' {} extends '{}', which does not cover {}",
                                    draft.name, number, draft.extends, number)});
            continue;
          }
          year.days = overlay(base_year->second.days, year.days);
          year.info.provisional = year.info.provisional || base_year->second.info.provisional;
          std::vector<std::string> files = base_year->second.info.files;
          files.insert(files.end(), year.info.files.begin(), year.info.files.end());
          year.info.files = files;
          if (year.info.sources.empty())
            year.info.sources = base_year->second.info.sources;
        }
        if (draft.country.empty())
          draft.country = base->second.country;
        if (draft.weekend.empty())
          draft.weekend = base->second.weekend;
        if (draft.day_hours == 0)
          draft.day_hours = base->second.day_hours;
        resolved[draft.name] = true;
        chain.pop_back();
      };
  for (auto& [name, draft] : drafts) {
    std::vector<std::string> chain;
    resolve(draft, chain);
  }
  if (!problems.empty()) {
    sort_diagnostics(problems);
    throw_diagnostics(ErrorKind::invalid, tr("invalid calendar files"), problems);
  }

  CalendarSet set;
  for (auto& [name, draft] : drafts) {
    CalendarBuilder builder(name);
    builder.country(draft.country).extends(draft.extends);
    if (!draft.weekend.empty())
      builder.weekend(draft.weekend);
    if (draft.day_hours != 0)
      builder.day_hours(draft.day_hours);
    for (auto& [number, year] : draft.years)
      builder.year(std::move(year.info), std::move(year.days));
    set.m_calendars.push_back(builder.build());
  }
  return set;
}

} // namespace acctcore
