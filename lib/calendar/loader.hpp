#pragma once

#include "calendar/calendar.hpp"
#include "util/error.hpp"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// One calendar file (`calendars/NAME-YEAR.toml`) as written, before layers are merged.
struct CalendarFile {
  std::string path;
  int line = 0; ///< line of the [calendar] table
  std::string name;
  int year = 0;
  std::string country;
  std::string title;
  std::string note;
  std::string extends; ///< base calendar, or empty
  bool provisional = false;
  bool replace = false; ///< replaces the lower layers' days for the year instead of adding
  std::vector<std::string> sources;
  std::vector<unsigned> weekend; ///< ISO weekdays off; empty when the file does not say
  int day_hours = 0;             ///< 0 when the file does not say
  std::vector<CalendarDay> days;
};

/// Parses one calendar file, checking its keys, dates and kinds; problems are appended to
/// `problems` with file:line:column. Returns nullopt when the file cannot be used at all.
std::optional<CalendarFile> parse_calendar_file(const std::string& path, std::string_view text,
                                                std::vector<Diagnostic>& problems);

/// All calendars known to a run: the bundled ones, extended or overridden by the firm's.
class CalendarSet {
public:
  /// The calendar called `name`, or nullptr.
  const Calendar* find(std::string_view name) const noexcept;
  /// The calendar called `name`; Error(not_found) naming the known ones otherwise.
  const Calendar& get(std::string_view name) const;
  /// Every calendar, by name.
  const std::vector<Calendar>& all() const noexcept { return m_calendars; }

private:
  friend CalendarSet load_calendars(std::span<const std::filesystem::path> directories);
  std::vector<Calendar> m_calendars;
};

/// Reads every *.toml file in each directory (a missing directory is skipped), the first
/// directory having the lowest priority: bundled calendars first, then the firm's. For each
/// calendar and year, a higher file's days replace the lower ones' days of the same date and add
/// new dates (or, with `replace = true`, replace the whole year). A calendar with `extends`
/// starts each year from its base's days. Throws Error(invalid) listing every problem with
/// file:line:column.
CalendarSet load_calendars(std::span<const std::filesystem::path> directories);

} // namespace acctcore
