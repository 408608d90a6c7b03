#include "helpers.hpp"
#include "util/date.hpp"

using namespace acctcore;
using acctcore::test::day;

TEST_CASE("parse_date accepts only real YYYY-MM-DD dates") {
  CHECK(format_date(day("2026-04-27")) == "2026-04-27");
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2026-02-29").has_value()); // not a leap year
  CHECK_FALSE(parse_date("2026-13-01").has_value());
  CHECK_FALSE(parse_date("2026-04-31").has_value());
  CHECK_FALSE(parse_date("2026-4-27").has_value());
  CHECK_FALSE(parse_date("27.04.2026").has_value());
  CHECK_FALSE(parse_date("2026-04-27 ").has_value());
  CHECK_FALSE(parse_date("").has_value());
  CHECK_FALSE(parse_date("2026/04/27").has_value());
}

TEST_CASE("require_date names the option in its error") {
  CHECK_ERROR(require_date("2026-02-30", "--today"), ErrorKind::invalid,
              "invalid date '2026-02-30' for --today (expected YYYY-MM-DD)");
}

TEST_CASE("add_months clamps to the end of a shorter month") {
  CHECK(add_months(day("2026-01-31"), 1) == day("2026-02-28"));
  CHECK(add_months(day("2024-01-31"), 1) == day("2024-02-29"));
  CHECK(add_months(day("2026-03-31"), -1) == day("2026-02-28"));
  CHECK(add_months(day("2026-05-31"), 1) == day("2026-06-30"));
  CHECK(add_months(day("2026-12-15"), 1) == day("2027-01-15"));
  CHECK(add_months(day("2026-01-15"), -1) == day("2025-12-15"));
  CHECK(add_months(day("2026-03-25"), 12) == day("2027-03-25"));
  CHECK(add_months(day("2026-08-31"), 6) == day("2027-02-28"));
}

TEST_CASE("end_of_month, iso_weekday and Russian dates") {
  CHECK(end_of_month(day("2026-02-10")) == day("2026-02-28"));
  CHECK(end_of_month(day("2028-02-01")) == day("2028-02-29"));
  CHECK(end_of_month(day("2026-12-31")) == day("2026-12-31"));
  CHECK(iso_weekday(day("2026-04-27")) == 1); // Monday
  CHECK(iso_weekday(day("2026-05-09")) == 6); // Saturday
  CHECK(iso_weekday(day("2026-05-10")) == 7); // Sunday
  CHECK(format_date_ru(day("2026-04-07")) == "07.04.2026");
}

TEST_CASE("parse_timestamp handles offsets, Z and local times") {
  CHECK(format_timestamp_utc(*parse_timestamp("2026-04-27T10:00:00+03:00", nullptr)) ==
        "2026-04-27T07:00:00Z");
  CHECK(format_timestamp_utc(*parse_timestamp("2026-04-27T10:00+0300", nullptr)) ==
        "2026-04-27T07:00:00Z");
  CHECK(format_timestamp_utc(*parse_timestamp("2026-04-27 07:00:05Z", nullptr)) ==
        "2026-04-27T07:00:05Z");
  CHECK(format_timestamp_utc(*parse_timestamp("2026-04-27T01:00:00-05:30", nullptr)) ==
        "2026-04-27T06:30:00Z");
  CHECK_FALSE(parse_timestamp("2026-04-27T10:00:00", nullptr).has_value()); // no zone to use
  const auto* moscow = require_time_zone("Europe/Moscow");
  CHECK(format_timestamp_utc(*parse_timestamp("2026-04-27T10:00:00", moscow)) ==
        "2026-04-27T07:00:00Z");
  CHECK_FALSE(parse_timestamp("2026-04-27T24:00:00Z", nullptr).has_value());
  CHECK_FALSE(parse_timestamp("2026-04-27T10:60:00Z", nullptr).has_value());
  CHECK_FALSE(parse_timestamp("2026-04-27T10:00:00+3", nullptr).has_value());
  CHECK_FALSE(parse_timestamp("2026-04-27", nullptr).has_value());
  CHECK_FALSE(parse_timestamp("yesterday", nullptr).has_value());
}

TEST_CASE("timestamps are shown with the offset of a zone") {
  const auto t = *parse_timestamp("2026-04-27T07:00:00Z", nullptr);
  CHECK(format_timestamp(t, require_time_zone("Europe/Moscow")) == "2026-04-27T10:00:00+03:00");
  CHECK(format_timestamp(t, require_time_zone("Asia/Almaty")) == "2026-04-27T12:00:00+05:00");
  CHECK(format_timestamp(t, require_time_zone("America/St_Johns")) == "2026-04-27T04:30:00-02:30");
  CHECK(format_timestamp(t, nullptr) == "2026-04-27T07:00:00Z");
}

TEST_CASE("local_date and start_of_day follow the zone, not UTC") {
  const auto* moscow = require_time_zone("Europe/Moscow");
  // 22:30 UTC on the 27th is already the 28th in Moscow.
  CHECK(local_date(*parse_timestamp("2026-04-27T22:30:00Z", nullptr), moscow) == day("2026-04-28"));
  CHECK(local_date(*parse_timestamp("2026-04-27T22:30:00Z", nullptr), nullptr) ==
        day("2026-04-27"));
  CHECK(format_timestamp_utc(start_of_day(day("2026-04-28"), moscow)) == "2026-04-27T21:00:00Z");
}

TEST_CASE("time zone names are checked against the OS database") {
  CHECK(time_zone_exists("Europe/Moscow"));
  CHECK(time_zone_exists("Asia/Almaty"));
  CHECK(time_zone_exists("UTC"));
  CHECK_FALSE(time_zone_exists("Europe/Moskva"));
  CHECK_FALSE(time_zone_exists("../../etc/passwd"));
  CHECK_FALSE(time_zone_exists("/etc/passwd"));
  CHECK_FALSE(time_zone_exists(""));
  CHECK_FALSE(time_zone_exists("Europe")); // a directory, not a zone
  CHECK_ERROR(require_time_zone_name("Mars/Olympus"), ErrorKind::invalid,
              "unknown time zone 'Mars/Olympus'");
  CHECK(find_time_zone("Mars/Olympus") == nullptr);
}

TEST_CASE("Russian-style dates as spreadsheets write them") {
  CHECK(parse_date_ru("27.04.2026") == parse_date("2026-04-27"));
  CHECK(parse_date_ru("29.02.2024") == parse_date("2024-02-29"));
  CHECK_FALSE(parse_date_ru("30.02.2026").has_value());
  CHECK_FALSE(parse_date_ru("2026-04-27").has_value());
  CHECK_FALSE(parse_date_ru("7.4.2026").has_value());
  CHECK_FALSE(parse_date_ru("aa.bb.cccc").has_value());
}

TEST_CASE("a timestamp whose UTC moment leaves the years 0000-9999 is refused") {
  // Found by fuzzing (tests/fuzz/regressions/date): it parsed, then formatted as year 10000,
  // which nothing reads back.
  CHECK_FALSE(parse_timestamp("9999-12-31T23:59:59-12:00", nullptr));
  CHECK_FALSE(parse_timestamp("0000-01-01T00:30+01:00", nullptr));
  CHECK(format_timestamp_utc(*parse_timestamp("9999-12-31T10:00:00-12:00", nullptr)) ==
        "9999-12-31T22:00:00Z");
}
