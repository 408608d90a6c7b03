// Logged time as people type it ("1h30m", "1,5ч", "90 мин"): a duration that parses is whole
// minutes between 1 and 24 hours, and formats back to text that parses to the same minutes.
#include "fuzz.hpp"
#include "util/duration.hpp"

using namespace acctcore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  acctfuzz::refusing([&] {
    const int minutes = parse_duration_minutes(acctfuzz::text(data, size));
    acctfuzz::require(minutes > 0 && minutes <= k_max_entry_minutes,
                      "a duration is between a minute and a day");
    acctfuzz::require(parse_duration_minutes(format_duration(minutes)) == minutes,
                      "a duration formats and parses back");
  });
  return 0;
}
