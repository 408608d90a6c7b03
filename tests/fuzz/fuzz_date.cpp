// Dates and moments as the command line, CSV files and TOML files give them: ISO dates, Russian
// dates (31.12.2026), times of day and timestamps with or without an offset. A date that parses
// formats back to a string that parses to the same date.
#include "fuzz.hpp"
#include "util/date.hpp"

using namespace acctcore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const date::time_zone* moscow = require_time_zone("Europe/Moscow");
  const std::string_view input = acctfuzz::text(data, size);
  if (const auto day = parse_date(input)) {
    acctfuzz::require(parse_date(format_date(*day)) == day, "an ISO date formats and parses back");
    acctfuzz::require(parse_date_ru(format_date_ru(*day)) == day,
                      "a date in Russian form formats and parses back");
    (void)add_months(*day, 1);
    (void)end_of_month(*day);
    (void)weekday_name(*day);
  }
  if (const auto day = parse_date_ru(input))
    acctfuzz::require(parse_date(format_date(*day)) == day,
                      "a Russian date formats and parses back");
  if (const auto minute = parse_time_of_day(input))
    acctfuzz::require(*minute >= 0 && *minute < 24 * 60, "a time of day is within the day");
  acctfuzz::refusing([&] { (void)require_date(input, "--due"); });
  for (const date::time_zone* zone : {static_cast<const date::time_zone*>(nullptr), moscow}) {
    acctfuzz::refusing([&] {
      if (const auto moment = parse_timestamp(input, zone)) {
        acctfuzz::require(parse_timestamp(format_timestamp_utc(*moment), nullptr) == moment,
                          "a timestamp formats in UTC and parses back");
        (void)format_timestamp(*moment, moscow);
        (void)local_date(*moment, moscow);
      }
    });
  }
  return 0;
}
