// Every rule the deadline engine must express (issue: production calendars and the deadline
// engine), each with real 2026 dates read off the 2026 production calendar: 1-8 January
// holidays and 9 January a transferred day off; 9 March for 8 March; 1, 9 and 11 May off;
// 12 June; 4 November; 31 December 2026 a transferred day off.
#include "calendars.hpp"
#include "deadline/rule.hpp"

using namespace acctcore;
using acctcore::test::day;

namespace {

const Calendar& ru() {
  return test::ru_calendar();
}

/// The due dates of `rule` for `period` ("2026-Q1") or for an event anchor date.
std::vector<std::string> due(const char* rule, const char* period, const char* event = nullptr,
                             Coverage coverage = Coverage::strict) {
  const DeadlineRule parsed = parse_deadline_rule_text(rule);
  DeadlineInput input;
  if (period != nullptr)
    input.period = parse_period(period).value();
  if (event != nullptr)
    input.anchor = day(event);
  WorkDays days(ru(), coverage);
  std::vector<DueDate> out;
  compute_deadline(parsed, input, days, out);
  std::vector<std::string> dates;
  for (const auto& d : out)
    dates.push_back(format_date(d.due) + (d.provisional ? " provisional" : ""));
  return dates;
}

using Dates = std::vector<std::string>;

} // namespace

TEST_CASE("the Nth of the month after the period, next working day if off") {
  const char* rule25 = "{ day = 25, months_after = 1 }";
  CHECK(due(rule25, "2026-Q1") == Dates{"2026-04-27"}); // 25.04 is a Saturday
  CHECK(due(rule25, "2026-Q2") == Dates{"2026-07-27"}); // 25.07 is a Saturday
  CHECK(due(rule25, "2026-Q3") == Dates{"2026-10-26"}); // 25.10 is a Sunday
  CHECK(due(rule25, "2026-02") == Dates{"2026-03-25"}); // a Wednesday: unchanged
  CHECK(due(rule25, "2025-Q4") == Dates{"2026-01-26"}); // across the year end; 25.01 a Sunday
  CHECK(due("{ day = 28, months_after = 1 }", "2026-02") == Dates{"2026-03-30"}); // 28.03 Sat
  CHECK(due("{ day = 15, months_after = 1 }", "2026-04") == Dates{"2026-05-15"}); // a Friday
  CHECK(due("{ day = 3, months_after = 1 }", "2026-04") == Dates{"2026-05-04"});  // 3.05 Sun
  CHECK(due("{ day = 5, months_after = 1 }", "2026-01") == Dates{"2026-02-05"});
  CHECK(due("{ day = 5, months_after = 1 }", "2026-04") == Dates{"2026-05-05"});
  // A deadline on the New Year holidays moves to the first working day, 12 January.
  CHECK(due("{ day = 3, months_after = 1 }", "2025-12") == Dates{"2026-01-12"});
  CHECK(due("{ day = 5, months_after = 1 }", "2025-12") == Dates{"2026-01-12"});
}

TEST_CASE("N months after the period end on day D: the simplified-tax declaration") {
  CHECK(due("{ day = 25, months_after = 3 }", "2025") == Dates{"2026-03-25"}); // organisations
  CHECK(due("{ day = 25, months_after = 4 }", "2025") == Dates{"2026-04-27"}); // ИП: 25.04 Sat
  CHECK(due("{ day = 28, months_after = 3 }", "2025") == Dates{"2026-03-30"}); // tax: 28.03 Sat
}

TEST_CASE("the last day of the third month after the year: financial statements") {
  CHECK(due("{ day = \"last\", months_after = 3 }", "2025") == Dates{"2026-03-31"});
  CHECK(due("{ day = \"last\", months_after = 3 }", "2026") == Dates{"2027-03-31 provisional"});
}

TEST_CASE("the last working day of the year, moving backwards") {
  const char* rule = "{ day = \"last\", shift = \"previous\" }";
  CHECK(due(rule, "2026") == Dates{"2026-12-30"}); // 31.12.2026 is a transferred day off
  CHECK(due(rule, "2025") == Dates{"2025-12-30"});
  CHECK(due(rule, "2026-12") == Dates{"2026-12-30"});
}

TEST_CASE("N working days after an event or an earlier step") {
  const char* next_day = "{ anchor = \"event\", working_days = 1 }";
  CHECK(due(next_day, nullptr, "2026-05-08") == Dates{"2026-05-12"}); // over 9, 10, 11 May
  CHECK(due(next_day, nullptr, "2026-04-27") == Dates{"2026-04-28"});
  CHECK(due(next_day, nullptr, "2025-12-30") == Dates{"2026-01-12"}); // across the year end
  CHECK(due("{ anchor = \"event\", working_days = 3 }", nullptr, "2026-04-30") ==
        Dates{"2026-05-06"});
  CHECK(due("{ anchor = \"event\", working_days = 5 }", nullptr, "2026-06-08") ==
        Dates{"2026-06-16"});
  // Before a date: the internal planned date two working days before a deadline.
  CHECK(due("{ anchor = \"event\", working_days = -2 }", nullptr, "2026-05-12") ==
        Dates{"2026-05-07"});
  // An event on a day off counts from it all the same.
  CHECK(due(next_day, nullptr, "2026-01-03") == Dates{"2026-01-12"});
}

TEST_CASE("N calendar days after an event: a patent's first third within 90 days") {
  const char* rule = "{ anchor = \"event\", days = 90 }";
  CHECK(due(rule, nullptr, "2026-02-01") == Dates{"2026-05-04"}); // 02.05 Sat, 03.05 Sun
  CHECK(due(rule, nullptr, "2026-01-01") == Dates{"2026-04-01"});
  CHECK(due("{ anchor = \"event\", days = 90, shift = \"none\" }", nullptr, "2026-02-01") ==
        Dates{"2026-05-02"});
}

TEST_CASE("the end of an event's term, with a different day when it ends on 31 December") {
  // A patent's remaining part: by the end of its term; a patent ending on 31 December: by 28
  // December (the rule is written in the ru-statutory template; here, the mechanism).
  const DeadlineRule rule =
      parse_deadline_rule_text("{ anchor = \"event_end\", days = 0, overrides = [ { anchor_days = "
                               "[\"12-31\"], day = 28 } ] }");
  const auto compute = [&](const char* end) {
    DeadlineInput input;
    input.anchor = day("2026-01-01");
    input.anchor_end = day(end);
    WorkDays days(ru(), Coverage::strict);
    std::vector<DueDate> out;
    compute_deadline(rule, input, days, out);
    return format_date(out.at(0).due);
  };
  CHECK(compute("2026-12-31") == "2026-12-28");
  CHECK(compute("2026-06-30") == "2026-06-30");
  CHECK(compute("2026-05-31") == "2026-06-01"); // a Sunday
  CHECK_ERROR(due("{ anchor = \"event_end\", days = 0 }", nullptr, "2026-01-01"),
              ErrorKind::invalid, "counts from the end of an event's term");
}

TEST_CASE("pay days on the 15th and the last day, moving to the previous working day") {
  const char* mid = "{ day = 15, shift = \"previous\" }";
  const char* last = "{ day = \"last\", shift = \"previous\" }";
  CHECK(due(mid, "2026-03") == Dates{"2026-03-13"}); // 15.03 is a Sunday
  CHECK(due(last, "2026-03") == Dates{"2026-03-31"});
  CHECK(due(mid, "2026-05") == Dates{"2026-05-15"});
  CHECK(due(last, "2026-05") == Dates{"2026-05-29"}); // 31.05 is a Sunday
  CHECK(due(mid, "2026-02") == Dates{"2026-02-13"});  // 15.02 is a Sunday
  CHECK(due(last, "2026-02") == Dates{"2026-02-27"});
  CHECK(due(last, "2026-12") == Dates{"2026-12-30"});
}

TEST_CASE("three equal VAT instalments on the 28th of each month after the quarter") {
  const char* vat = "{ day = 28, months_after = [1, 2, 3] }";
  CHECK(due(vat, "2026-Q1") == Dates{"2026-04-28", "2026-05-28", "2026-06-29"}); // 28.06 Sun
  CHECK(due(vat, "2025-Q4") == Dates{"2026-01-28", "2026-03-02", "2026-03-30"}); // 28.02, 28.03 Sat
  CHECK(due(vat, "2026-Q4") ==
        Dates{"2027-01-28 provisional", "2027-03-01 provisional", "2027-03-29 provisional"});
}

TEST_CASE("an exception for one month: December's НДФЛ is due on the last working day") {
  const char* ndfl = R"({ day = 5, months_after = 1, overrides = [
      { end_months = [12], day = "last", months_after = 0, shift = "previous" } ] })";
  CHECK(due(ndfl, "2026-11") == Dates{"2026-12-07"}); // 05.12 is a Saturday
  CHECK(due(ndfl, "2026-12") == Dates{"2026-12-30"});
  CHECK(due(ndfl, "2025-12") == Dates{"2025-12-30"});
  // A rule that skips the last month of each quarter (monthly personal data reports).
  const char* pers =
      "{ day = 25, months_after = 1, overrides = [ { end_months = [3, 6, 9, 12], skip = true } ] }";
  CHECK(due(pers, "2026-02") == Dates{"2026-03-25"});
  CHECK(due(pers, "2026-03").empty());
  // A different rule for the year: 6-НДФЛ for the year on 25 February; an override inherits
  // the day it does not name.
  const char* six =
      "{ day = 25, months_after = 1, overrides = [ { periods = [\"year\"], months_after = 2 } ] }";
  CHECK(due(six, "2026-9M") == Dates{"2026-10-26"});
  CHECK(due(six, "2026-H1") == Dates{"2026-07-27"});
  CHECK(due(six, "2025") == Dates{"2026-02-25"});
}

TEST_CASE("month arithmetic clamps to the end of a shorter month") {
  CHECK(due("{ day = 31, months_after = 1 }", "2026-01") == Dates{"2026-03-02"}); // 28.02 Sat
  CHECK(due("{ day = 30, months_after = 1, shift = \"none\" }", "2026-01") == Dates{"2026-02-28"});
  CHECK(due("{ day = 31, months_after = 1 }", "2026-03") == Dates{"2026-04-30"});
}

TEST_CASE("a year the calendar does not cover: an error, or provisional dates on request") {
  CHECK_ERROR(due("{ day = 25, months_after = 1 }", "2027-12"), ErrorKind::not_covered,
              "calendar 'ru' does not cover 2028");
  CHECK(due("{ day = 25, months_after = 1 }", "2027-12", nullptr, Coverage::provisional) ==
        Dates{"2028-01-25 provisional"});
  CHECK(due("{ day = 25, months_after = 1 }", "2026-11") == Dates{"2026-12-25"});
  CHECK(due("{ day = 25, months_after = 1 }", "2026-12") == Dates{"2027-01-25 provisional"});
}

TEST_CASE("rules that cannot be computed or parsed say why") {
  CHECK_ERROR(due("{ anchor = \"event\", working_days = 1 }", "2026-Q1"), ErrorKind::invalid,
              "counts from an event");
  CHECK_ERROR(due("{ day = 25, months_after = 1 }", nullptr, "2026-04-01"), ErrorKind::invalid,
              "counts from a period");
  const auto message = [](const char* text) {
    try {
      parse_deadline_rule_text(text);
    } catch (const Error& e) {
      std::string all = e.what();
      for (const auto& d : e.details())
        all += "\n" + d;
      return all;
    }
    return std::string("no error");
  };
  CHECK(message("{ day = 32, months_after = 1 }") ==
        "invalid deadline rule: --rule:1:9: impossible day 32: use 1 to 31 or \"last\"");
  CHECK(message("{ day = 25, months_after = 1, days = 3 }").find("use one of them") !=
        std::string::npos);
  CHECK(message("{ months_after = 1 }").find("has 'months_after' but no 'day'") !=
        std::string::npos);
  CHECK(message("{ day = 25, shift = \"later\" }").find("'shift' must be") != std::string::npos);
  CHECK(message("{ day = 25, anchor = \"moon\" }").find("'anchor' must be") != std::string::npos);
  CHECK(message("{ day = 25, dya = 3 }").find("unknown key 'dya'") != std::string::npos);
  CHECK(message("{ day = 25, overrides = [ { periods = [\"fortnight\"], day = 1 } ] }")
            .find("unknown period kind 'fortnight'") != std::string::npos);
  CHECK(message("{ day = 25, overrides = [ { day = 1 } ] }")
            .find("needs 'periods', 'end_months' or 'anchor_days'") != std::string::npos);
  CHECK(message("{ }").find("needs a date") != std::string::npos);
  CHECK(message("{ day = 25").find("invalid deadline rule") == 0);
  CHECK(message("day = 25\nmonths_after = 1") == "no error");
}

TEST_CASE("explain shows every step and agrees with the computation") {
  const DeadlineRule rule =
      parse_deadline_rule_text("{ day = 3, months_after = 1, basis = \"НК РФ ст. 58 п. 9\" }");
  DeadlineInput input;
  input.period = parse_period("2025-12");
  const auto e = explain_deadline(rule, input, ru(), Coverage::strict);
  CHECK(e.rule == "day 3 of the 1st month after the end of the period; if that is a day off, the "
                  "next working day (Tax Code art. 6.1 p.7)");
  CHECK(e.basis == "НК РФ ст. 58 п. 9");
  CHECK(e.anchor == "2025-12-31 (end of 2025-12)");
  REQUIRE(e.dates.size() == 1);
  CHECK(e.dates[0].formula == "day 3 of the 1st month after 2025-12-31");
  CHECK(e.dates[0].raw == day("2026-01-03"));
  CHECK(e.dates[0].due == day("2026-01-12"));
  REQUIRE(e.dates[0].skipped.size() == 9); // 3 to 11 January
  CHECK(e.dates[0].skipped[0].reason == "holiday: Новогодние каникулы (ст. 112 ТК РФ)");
  CHECK(e.dates[0].skipped[4].reason == "holiday: Рождество Христово (ст. 112 ТК РФ)");
  CHECK(e.dates[0].skipped[6].reason.find("Постановление Правительства РФ от 24.09.2025 № 1466") !=
        std::string::npos);
  CHECK(e.dates[0].skipped[7].reason == "Saturday");
  const Json j = explanation_to_json(e);
  CHECK(j["dates"][0]["due"] == "2026-01-12");
  CHECK(j["dates"][0]["skipped"].size() == 9);
}

TEST_CASE("explain names the override used or the skip") {
  const DeadlineRule rule = parse_deadline_rule_text(
      "{ day = 25, months_after = 1, overrides = [ { end_months = [3, 6, 9, 12], skip = true, "
      "basis = \"в квартальном РСВ\" } ] }");
  DeadlineInput input;
  input.period = parse_period("2026-03");
  const auto e = explain_deadline(rule, input, ru(), Coverage::strict);
  CHECK(e.skipped);
  CHECK(e.dates.empty());
  CHECK(e.override_used == "for periods ending in month 3, 6, 9, 12: no due date");
  CHECK(e.basis == "в квартальном РСВ");
}
