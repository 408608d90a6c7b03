// Production calendars (templates/calendars/*.toml and a firm's own): one file parsed and
// checked; a file without problems is then loaded as a firm's calendar over the bundled ones
// (layers, `extends`, the per-day table) and its days looked up.
#include "calendar/loader.hpp"
#include "fuzz.hpp"
#include "scratch.hpp"

using namespace acctcore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = acctfuzz::text(data, size);
  std::vector<Diagnostic> problems;
  std::optional<CalendarFile> file;
  acctfuzz::refusing([&] { file = parse_calendar_file("firm.toml", input, problems); });
  for (const auto& problem : problems)
    acctfuzz::require(problem.to_string().find('\n') == std::string::npos,
                      "a diagnostic is one line");
  if (!file || !problems.empty())
    return 0;
  for (const auto& day : file->days)
    acctfuzz::require(static_cast<int>(date::year_month_day{day.date}.year()) == file->year,
                      "a calendar file's days are in its year");
  static const acctfuzz::Scratch firm("calendars");
  firm.write("firm.toml", input);
  const std::vector<std::filesystem::path> dirs{
      std::filesystem::path(ACCT_SOURCE_DIR) / "templates" / "calendars", firm.dir()};
  acctfuzz::refusing([&] {
    const CalendarSet set = load_calendars(dirs);
    const Calendar& calendar = set.get(file->name);
    WorkDays days(calendar, Coverage::provisional);
    const Date first{date::year{file->year} / 1 / 1};
    const Date next = days.next_on_or_after(first);
    acctfuzz::require(next >= first, "the next working day is not before the day");
    acctfuzz::require(days.previous_on_or_before(first) <= first,
                      "the previous working day is not after the day");
    acctfuzz::require(days.count(first, first + date::days{30}) <= 31,
                      "a month has at most 31 working days");
  });
  return 0;
}
