#include "helpers.hpp"
#include "util/duration.hpp"

#include <limits>

using namespace acctcore;

TEST_CASE("duration parses hours and minutes as people type them") {
  CHECK(parse_duration_minutes("1h30m") == 90);
  CHECK(parse_duration_minutes("1h 30m") == 90);
  CHECK(parse_duration_minutes("1h30") == 90);
  CHECK(parse_duration_minutes("1 h 30 m") == 90);
  CHECK(parse_duration_minutes("  2h5m\t") == 125);
  CHECK(parse_duration_minutes("2h") == 120);
  CHECK(parse_duration_minutes("24h") == 24 * 60);
  CHECK(parse_duration_minutes("23h59m") == 24 * 60 - 1);
}

TEST_CASE("duration parses minutes, and a plain number is minutes") {
  CHECK(parse_duration_minutes("90m") == 90);
  CHECK(parse_duration_minutes("45min") == 45);
  CHECK(parse_duration_minutes("45 min") == 45);
  CHECK(parse_duration_minutes("90") == 90);
  CHECK(parse_duration_minutes("007") == 7);
  CHECK(parse_duration_minutes("1440") == 1440);
}

TEST_CASE("duration parses fractional hours with a point or a comma") {
  CHECK(parse_duration_minutes("1.5h") == 90);
  CHECK(parse_duration_minutes("1,5h") == 90);
  CHECK(parse_duration_minutes("1.25h") == 75);
  CHECK(parse_duration_minutes("0.1h") == 6);
  CHECK(parse_duration_minutes("0.05h") == 3);
  CHECK(parse_duration_minutes("1.50h") == 90);
  CHECK(parse_duration_minutes("2.0h") == 120);
  CHECK(parse_duration_minutes("0,75 ч") == 45);
}

TEST_CASE("duration parses Russian units") {
  CHECK(parse_duration_minutes("1ч30м") == 90);
  CHECK(parse_duration_minutes("1ч 30м") == 90);
  CHECK(parse_duration_minutes("1.5ч") == 90);
  CHECK(parse_duration_minutes("1,5ч") == 90);
  CHECK(parse_duration_minutes("2 час") == 120);
  CHECK(parse_duration_minutes("1 час 15 мин") == 75);
  CHECK(parse_duration_minutes("90 мин") == 90);
  CHECK(parse_duration_minutes("90м") == 90);
}

TEST_CASE("duration units are case-insensitive") {
  CHECK(parse_duration_minutes("1H30M") == 90);
  CHECK(parse_duration_minutes("45MIN") == 45);
  CHECK(parse_duration_minutes("45Min") == 45);
  CHECK(parse_duration_minutes("1Ч30М") == 90);
  CHECK(parse_duration_minutes("90 МИН") == 90);
}

TEST_CASE("duration refuses garbage with the accepted forms") {
  CHECK_ERROR(parse_duration_minutes("1x"), ErrorKind::invalid,
              "duration '1x' does not parse: use 1h30m, 90m or 1.5h");
  CHECK_ERROR(parse_duration_minutes(""), ErrorKind::invalid,
              "duration '' does not parse: use 1h30m, 90m or 1.5h");
  CHECK_ERROR(parse_duration_minutes("   "), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("h"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("abc"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("1hour"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("1:30"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("1.h"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes(".5h"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("1.2.3h"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("+5"), ErrorKind::invalid, "does not parse");
}

TEST_CASE("duration refuses parts in the wrong order or repeated") {
  CHECK_ERROR(parse_duration_minutes("30m1h"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("1h2h"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("30m30m"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("1 30"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("1h30m5m"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("1.5h30m"), ErrorKind::invalid, "does not parse");
  CHECK_ERROR(parse_duration_minutes("1h75m"), ErrorKind::invalid,
              "duration '1h75m' has more than 59 minutes after the hours");
}

TEST_CASE("duration refuses what is not whole minutes") {
  CHECK_ERROR(parse_duration_minutes("0.01h"), ErrorKind::invalid,
              "duration '0.01h' is not a whole number of minutes: use 1h30m, 90m or 1.5h");
  CHECK_ERROR(parse_duration_minutes("0.125h"), ErrorKind::invalid, "not a whole number");
  CHECK_ERROR(parse_duration_minutes("1.33333333333333333333h"), ErrorKind::invalid,
              "not a whole number");
  CHECK_ERROR(parse_duration_minutes("1.5m"), ErrorKind::invalid, "not a whole number");
  CHECK_ERROR(parse_duration_minutes("1,5"), ErrorKind::invalid, "not a whole number");
  CHECK_ERROR(parse_duration_minutes("1h30.5m"), ErrorKind::invalid, "not a whole number");
}

TEST_CASE("duration refuses zero and negative amounts") {
  CHECK_ERROR(parse_duration_minutes("0"), ErrorKind::invalid,
              "duration '0' must be more than zero: use 1h30m, 90m or 1.5h");
  CHECK_ERROR(parse_duration_minutes("0h"), ErrorKind::invalid, "must be more than zero");
  CHECK_ERROR(parse_duration_minutes("0h0m"), ErrorKind::invalid, "must be more than zero");
  CHECK_ERROR(parse_duration_minutes("0.0h"), ErrorKind::invalid, "must be more than zero");
  CHECK_ERROR(parse_duration_minutes("-30m"), ErrorKind::invalid,
              "duration '-30m' must be more than zero");
  CHECK_ERROR(parse_duration_minutes("-1h"), ErrorKind::invalid, "must be more than zero");
}

TEST_CASE("duration refuses a single entry over 24h") {
  CHECK_ERROR(parse_duration_minutes("25h"), ErrorKind::invalid,
              "duration '25h' is too long: a single entry cannot exceed 24h");
  CHECK_ERROR(parse_duration_minutes("24h1m"), ErrorKind::invalid,
              "a single entry cannot exceed 24h");
  CHECK_ERROR(parse_duration_minutes("1441"), ErrorKind::invalid,
              "a single entry cannot exceed 24h");
  CHECK_ERROR(parse_duration_minutes("24.5h"), ErrorKind::invalid,
              "a single entry cannot exceed 24h");
  // Numbers too large for any integer type are refused the same way, not wrapped around.
  CHECK_ERROR(parse_duration_minutes("99999999999999999999999"), ErrorKind::invalid,
              "a single entry cannot exceed 24h");
  CHECK_ERROR(parse_duration_minutes("99999999999999999999h"), ErrorKind::invalid,
              "a single entry cannot exceed 24h");
}

TEST_CASE("duration formats as hours and minutes without padding") {
  CHECK(format_duration(0) == "0m");
  CHECK(format_duration(45) == "45m");
  CHECK(format_duration(60) == "1h");
  CHECK(format_duration(90) == "1h30m");
  CHECK(format_duration(120) == "2h");
  CHECK(format_duration(125) == "2h5m");
  CHECK(format_duration(1440) == "24h");
  CHECK(format_duration(130 * 60 + 5) == "130h5m");
  CHECK(format_duration(-90) == "-1h30m");
  CHECK(format_duration(-5) == "-5m");
  CHECK(format_duration(std::numeric_limits<std::int64_t>::min()) == "-153722867280912930h8m");
}

TEST_CASE("every valid duration entry formats and parses back to itself") {
  for (int minutes = 1; minutes <= k_max_entry_minutes; ++minutes) {
    CAPTURE(minutes);
    REQUIRE(parse_duration_minutes(format_duration(minutes)) == minutes);
  }
}
