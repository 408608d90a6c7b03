// The config file (config.toml): parsed and checked; a config without problems has values in
// their documented ranges and a time zone that exists.
#include "config/config.hpp"
#include "fuzz.hpp"
#include "util/date.hpp"

using namespace acctcore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  acctfuzz::refusing([&] {
    const Config config = parse_config(acctfuzz::text(data, size), "config.toml");
    acctfuzz::require(config.busy_timeout_ms >= 0 && config.busy_timeout_ms <= 3600000,
                      "busy_timeout_ms within 0..3600000");
    acctfuzz::require(config.reminders.hours.start < config.reminders.hours.end,
                      "working hours start before they end");
    acctfuzz::require(config.reminders.attempts >= 1, "at least one attempt");
    acctfuzz::require(time_zone_exists(config.firm.timezone), "the firm's time zone exists");
  });
  return 0;
}
