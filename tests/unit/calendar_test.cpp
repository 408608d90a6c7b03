#include "calendars.hpp"
#include "util/text.hpp"

#include <fstream>
#include <sstream>

using namespace acctcore;
using acctcore::test::day;

namespace {

const CalendarSet& bundled() {
  static const CalendarSet set = [] {
    const std::filesystem::path dirs[] = {test::source_dir() / "templates" / "calendars"};
    return load_calendars(dirs);
  }();
  return set;
}

const Calendar& ru() {
  return bundled().get("ru");
}

/// Loads calendars from files written into a temporary directory (name -> text).
CalendarSet load_texts(const test::TempDir& dir,
                       const std::vector<std::pair<std::string, std::string>>& files,
                       bool with_bundled = false) {
  std::filesystem::create_directories(dir / "calendars");
  for (const auto& [name, text] : files)
    test::write_file(dir / "calendars" / name, text);
  std::vector<std::filesystem::path> dirs;
  if (with_bundled)
    dirs.push_back(test::source_dir() / "templates" / "calendars");
  dirs.push_back(dir / "calendars");
  return load_calendars(dirs);
}

std::vector<std::string> problems_of(const test::TempDir& dir, const std::string& text) {
  try {
    load_texts(dir, {{"x.toml", text}});
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::invalid);
    if (e.details().empty()) {
      std::string message = e.what();
      return {message.substr(message.find(": ") + 2)};
    }
    return e.details();
  }
  return {};
}

bool has_problem(const std::vector<std::string>& problems, const std::string& text) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

constexpr const char* k_header = "[calendar]\nname = \"office\"\nyear = 2026\n";

} // namespace

namespace {

/// Checks every month of a published table (tests/data/NAME: year, month, working days, source
/// ending in "норма 40ч: H ч") against `calendar`; returns the number of months checked.
int check_published_months(const Calendar& calendar, const char* name) {
  std::ifstream in(test::source_dir() / "tests" / "data" / name);
  REQUIRE(in);
  std::string line;
  std::getline(in, line); // header
  int months = 0;
  while (std::getline(in, line)) {
    const auto fields = split(line, '\t');
    const int year = std::stoi(fields[0]);
    const int month = std::stoi(fields[1]);
    const int expected_days = std::stoi(fields[2]);
    const auto norm = fields[3].find("норма 40ч: ");
    REQUIRE(norm != std::string::npos);
    const int expected_hours =
        std::stoi(fields[3].substr(norm + std::string("норма 40ч: ").size()));
    const Date first = Date{date::year{year} / date::month{static_cast<unsigned>(month)} / 1};
    WorkDays days(calendar, Coverage::provisional);
    CAPTURE(year);
    CAPTURE(month);
    CHECK(days.count(first, end_of_month(first)) == expected_days);
    CHECK(days.minutes(first, end_of_month(first)) == expected_hours * 60);
    ++months;
  }
  return months;
}

} // namespace

TEST_CASE("bundled Russian calendars match the published working-day counts, 36 of 36 months") {
  CHECK(check_published_months(ru(), "ru-working-days.tsv") == 36);
}

TEST_CASE("bundled Kazakh calendars match the counts from the holidays law, 36 of 36 months") {
  CHECK(check_published_months(bundled().get("kz"), "kz-working-days.tsv") == 36);
}

TEST_CASE("Russia has 247 working days in 2025 and 2026, and 2027 is provisional") {
  WorkDays days(ru(), Coverage::strict);
  CHECK(days.count(day("2025-01-01"), day("2025-12-31")) == 247);
  CHECK(days.count(day("2026-01-01"), day("2026-12-31")) == 247);
  CHECK_FALSE(days.provisional());
  CHECK_FALSE(ru().year(2026)->provisional);
  CHECK(ru().year(2027)->provisional);
  days.is_working(day("2027-03-01"));
  CHECK(days.provisional());
}

TEST_CASE("is_working and short days in 2026") {
  WorkDays days(ru(), Coverage::strict);
  CHECK_FALSE(days.is_working(day("2026-01-01"))); // holiday
  CHECK_FALSE(days.is_working(day("2026-01-09"))); // transferred from 3 January
  CHECK(days.is_working(day("2026-01-12")));
  CHECK_FALSE(days.is_working(day("2026-03-09"))); // for 8 March, a Sunday
  CHECK_FALSE(days.is_working(day("2026-05-11"))); // for 9 May, a Saturday
  CHECK_FALSE(days.is_working(day("2026-12-31"))); // transferred from 4 January
  CHECK(days.is_working(day("2026-04-30")));
  CHECK(days.is_short(day("2026-04-30")));
  CHECK_FALSE(days.is_short(day("2026-04-29")));
  CHECK_FALSE(days.is_working(day("2026-04-25"))); // an ordinary Saturday
  // 2025: a working Saturday that is also shortened.
  CHECK(days.is_working(day("2025-11-01")));
  CHECK(days.is_short(day("2025-11-01")));
  CHECK_FALSE(days.is_working(day("2025-11-03")));
}

TEST_CASE("next and previous working day, adding working days") {
  WorkDays days(ru(), Coverage::strict);
  CHECK(days.next_on_or_after(day("2026-01-03")) == day("2026-01-12"));
  CHECK(days.next_on_or_after(day("2026-01-12")) == day("2026-01-12"));
  CHECK(days.previous_on_or_before(day("2026-05-11")) == day("2026-05-08"));
  CHECK(days.previous_on_or_before(day("2027-01-01")) == day("2026-12-30"));
  CHECK(days.add(day("2026-05-08"), 1) == day("2026-05-12")); // over 9, 10, 11 May
  CHECK(days.add(day("2026-04-30"), 3) == day("2026-05-06"));
  CHECK(days.add(day("2026-05-12"), -1) == day("2026-05-08"));
  CHECK(days.add(day("2026-01-12"), -1) == day("2025-12-30")); // across the year end
  CHECK(days.add(day("2026-01-01"), 0) == day("2026-01-01"));
  CHECK(days.add(day("2025-12-26"), 5) == day("2026-01-14"));
}

TEST_CASE("counting days and hours in a range, inclusive") {
  WorkDays days(ru(), Coverage::strict);
  CHECK(days.count(day("2026-04-27"), day("2026-05-12")) == 10);
  CHECK(days.minutes(day("2026-04-27"), day("2026-05-12")) ==
        (10 * 8 - 2) * 60); // 30.04, 08.05 short
  CHECK(days.count(day("2026-05-02"), day("2026-05-01")) == 0);
  CHECK(days.count(day("2026-01-01"), day("2026-01-11")) == 0);
}

TEST_CASE("last working day of a month, quarter and year") {
  WorkDays days(ru(), Coverage::strict);
  CHECK(days.last_of_month(day("2026-05-10")) == day("2026-05-29"));
  CHECK(days.last_of_month(day("2026-03-01")) == day("2026-03-31")); // end of Q1
  CHECK(days.last_of_month(day("2026-06-01")) == day("2026-06-30")); // end of H1
  CHECK(days.last_of_month(day("2026-12-01")) == day("2026-12-30")); // 31.12.2026 is off
  CHECK(days.last_of_month(day("2025-12-01")) == day("2025-12-30")); // 31.12.2025 is off
  CHECK(days.last_of_month(day("2027-12-01")) == day("2027-12-30")); // 31.12.2027 is off
}

TEST_CASE("a year the calendar does not cover is an error naming calendar and year") {
  WorkDays strict(ru(), Coverage::strict);
  try {
    strict.is_working(day("2028-03-01"));
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::not_covered);
    CHECK(std::string(e.what()) == "calendar 'ru' does not cover 2028 (it covers 2025-2027)");
    CHECK(e.hint().find("calendars/ru-2028.toml") != std::string::npos);
    CHECK(e.hint().find("--provisional") != std::string::npos);
  }
  WorkDays loose(ru(), Coverage::provisional);
  CHECK(loose.next_on_or_after(day("2028-01-01")) == day("2028-01-03")); // weekends only
  CHECK(loose.provisional());
  CHECK(ru().day_off_reason(day("2028-01-01")) ==
        "Saturday (calendar 'ru' does not cover 2028: weekends only)");
}

TEST_CASE("reasons for a day off name the holiday and its basis") {
  CHECK(ru().day_off_reason(day("2026-01-07")) == "holiday: Рождество Христово (ст. 112 ТК РФ)");
  CHECK(ru().day_off_reason(day("2026-01-09"))
            .find("day off: Перенесённый выходной день (с "
                  "03.01.2026) (Постановление Правительства РФ "
                  "от 24.09.2025 № 1466") == 0);
  CHECK(ru().day_off_reason(day("2026-04-25")) == "Saturday");
  CHECK(ru().day_off_reason(day("2026-04-27")).empty());
  const auto listed = ru().listed(day("2025-11-01"));
  REQUIRE(listed.size() == 2);
  CHECK(listed[0].kind == DayKind::working_weekend);
  CHECK(listed[1].kind == DayKind::short_day);
  CHECK(listed[0].file.ends_with("templates/calendars/ru-2025.toml"));
  CHECK(listed[0].line > 0);
}

TEST_CASE("Kazakhstan 2026: Nauryz and transfers, and 31 August is a working day") {
  const Calendar& kz = bundled().get("kz");
  WorkDays days(kz, Coverage::strict);
  for (const char* off : {"2026-03-21", "2026-03-23", "2026-03-24", "2026-03-25", "2026-05-27",
                          "2026-10-26", "2026-12-16"})
    CHECK_MESSAGE(!days.is_working(day(off)), off);
  CHECK(days.is_working(day("2026-08-31")));
  CHECK(days.is_working(day("2026-01-08")));
  CHECK(kz.covers(2025));
  CHECK_FALSE(kz.covers(2024));
  CHECK_FALSE(kz.covers(2028));
}

TEST_CASE("Kazakhstan 2025 and 2027: transfers, a working Sunday, 2027 provisional") {
  const Calendar& kz = bundled().get("kz");
  WorkDays days(kz, Coverage::strict);
  CHECK(days.count(day("2025-01-01"), day("2025-12-31")) == 246);
  CHECK(days.count(day("2026-01-01"), day("2026-12-31")) == 247);
  CHECK_FALSE(days.provisional());
  CHECK_FALSE(days.is_working(day("2025-01-03"))); // moved from Sunday 5 January
  CHECK(days.is_working(day("2025-01-05")));       // that Sunday is a working day
  CHECK_FALSE(days.is_working(day("2025-06-06"))); // Курбан айт
  CHECK_FALSE(days.is_working(day("2025-09-01"))); // for Constitution Day on a Saturday
  CHECK(days.is_working(day("2025-12-17")));       // 17 December is no holiday any more
  CHECK_FALSE(kz.year(2025)->provisional);
  CHECK(kz.year(2027)->provisional);
  WorkDays loose(kz, Coverage::provisional);
  CHECK_FALSE(loose.is_working(day("2027-03-15"))); // Constitution Day from 2027
  CHECK(loose.is_working(day("2027-08-30")));
  CHECK_FALSE(loose.is_working(day("2027-03-24"))); // for Наурыз on Sunday 21 March
  CHECK(loose.provisional());
}

TEST_CASE("unknown calendar names get the known ones") {
  CHECK_ERROR(bundled().get("rus"), ErrorKind::not_found, "unknown calendar 'rus'");
  try {
    bundled().get("rus");
  } catch (const Error& e) {
    CHECK(e.hint() == "did you mean 'ru'?");
  }
}

TEST_CASE("a firm's calendar extends the national one and says where each day came from") {
  test::TempDir dir;
  const auto set =
      load_texts(dir,
                 {{"ru-tatarstan-2026.toml",
                   "[calendar]\nname = \"ru-tatarstan\"\nyear = 2026\nextends = \"ru\"\n"
                   "[[day]]\ndate = 2026-05-27\nkind = \"holiday\"\nname = \"Курбан-байрам\"\n"
                   "basis = \"Указ Президента РТ\"\n"}},
                 true);
  const Calendar& tat = set.get("ru-tatarstan");
  CHECK(tat.extends() == "ru");
  CHECK(tat.country() == "ru");
  WorkDays days(tat, Coverage::strict);
  CHECK_FALSE(days.is_working(day("2026-05-27")));
  CHECK_FALSE(days.is_working(day("2026-01-09"))); // inherited from ru
  CHECK(tat.listed(day("2026-05-27"))[0].file.ends_with("calendars/ru-tatarstan-2026.toml"));
  CHECK(tat.listed(day("2026-01-09"))[0].file.ends_with("templates/calendars/ru-2026.toml"));
  CHECK(tat.year(2026)->files.size() == 2);
  CHECK_FALSE(tat.covers(2025)); // only the years it has its own file for
}

TEST_CASE(
    "a firm's file for a bundled year adds and replaces days, and replace = true replaces all") {
  test::TempDir dir;
  {
    const auto set =
        load_texts(dir,
                   {{"ru-2026.toml",
                     "[calendar]\nname = \"ru\"\nyear = 2026\n"
                     "[[day]]\ndate = 2026-12-31\nkind = \"not_holiday\"\nname = \"рабочий\"\n"
                     "[[day]]\ndate = 2026-06-15\nkind = \"transfer_off\"\nname = \"офис\"\n"}},
                   true);
    WorkDays days(set.get("ru"), Coverage::strict);
    CHECK(days.is_working(day("2026-12-31")));       // the firm's entry replaces the decree's
    CHECK_FALSE(days.is_working(day("2026-06-15"))); // added
    CHECK_FALSE(days.is_working(day("2026-01-09"))); // kept
    CHECK(set.get("ru").year(2026)->files.size() == 2);
  }
  test::TempDir other;
  const auto set =
      load_texts(other,
                 {{"ru-2026.toml", "[calendar]\nname = \"ru\"\nyear = 2026\nreplace = true\n"
                                   "status = \"provisional\"\n"}},
                 true);
  WorkDays days(set.get("ru"), Coverage::strict);
  CHECK(days.is_working(day("2026-01-09")));
  CHECK(set.get("ru").year(2026)->provisional);
}

TEST_CASE("calendar file errors come with file:line:column") {
  test::TempDir dir;
  const auto path = (dir / "calendars" / "x.toml").string();
  CHECK(problems_of(dir, std::string(k_header) + "[[day]]\ndate = 2026-02-30\nkind = \"holiday\"\n")
            .front()
            .find(path + ":5:") == 0);
  auto problems = problems_of(dir, std::string(k_header) +
                                       "[[day]]\ndate = 2026-03-10\nkind = \"working_weekend\"\n");
  CHECK(has_problem(problems,
                    path + ":5:8: 2026-03-10 is a weekday, so it cannot be a working_weekend"));
  problems = problems_of(dir, std::string(k_header) +
                                  "[[day]]\ndate = 2026-03-10\nkind = \"holiday\"\n"
                                  "[[day]]\ndate = 2026-03-10\nkind = \"transfer_off\"\n");
  CHECK(has_problem(problems,
                    "2026-03-10 is listed twice: holiday (line 4) and transfer_off (line 7)"));
  problems = problems_of(dir, std::string(k_header) +
                                  "[[day]]\ndate = 2026-03-14\nkind = \"transfer_off\"\n");
  CHECK(
      has_problem(problems, "2026-03-14 is a weekend day already, so it cannot be a transfer_off"));
  problems = problems_of(dir, std::string(k_header) +
                                  "[[day]]\ndate = 2026-03-14\nkind = \"short_day\"\n");
  CHECK(has_problem(problems, "a short_day must be a working day"));
  problems =
      problems_of(dir, std::string(k_header) + "[[day]]\ndate = 2027-01-05\nkind = \"holiday\"\n");
  CHECK(has_problem(problems, "2027-01-05 is not in 2026"));
  problems =
      problems_of(dir, std::string(k_header) + "[[day]]\ndate = 2026-01-05\nkind = \"feast\"\n");
  CHECK(has_problem(problems, "unknown kind 'feast'"));
  problems = problems_of(dir, std::string(k_header) +
                                  "[[day]]\ndate = \"2026-01-05\"\nkind = \"holiday\"\n");
  CHECK(has_problem(problems, "'date' must be a TOML date without quotes"));
  problems = problems_of(dir, std::string(k_header) + "colour = \"red\"\n");
  CHECK(has_problem(problems, path + ":4:1: unknown key 'colour' in [calendar]"));
  problems = problems_of(dir, "[calendar]\nname = \"Office\"\nyear = 2026\n");
  CHECK(has_problem(problems, "invalid calendar name 'Office'"));
  problems =
      problems_of(dir, "[calendar]\nname = \"office\"\nyear = 2026\nextends = \"nowhere\"\n");
  CHECK(
      has_problem(problems, "calendar 'office' extends 'nowhere', which no calendar file defines"));
  // A working weekend that is also short is the one allowed pair.
  CHECK(problems_of(dir, std::string(k_header) +
                             "[[day]]\ndate = 2026-03-14\nkind = \"working_weekend\"\n"
                             "[[day]]\ndate = 2026-03-14\nkind = \"short_day\"\n")
            .empty());
}

TEST_CASE("two files for the same calendar year in one directory are refused") {
  test::TempDir dir;
  const std::string text = std::string(k_header);
  try {
    load_texts(dir, {{"a.toml", text}, {"b.toml", text}});
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("calendar 'office' 2026 is already defined by") !=
          std::string::npos);
  }
}
