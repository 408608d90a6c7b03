#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace acctcore {

/// The longest single time entry, in minutes: nobody logs more than a day at once.
inline constexpr int k_max_entry_minutes = 24 * 60;

/// Parses logged time as people type it, into whole minutes:
///   - hours and minutes: "1h30m", "1h 30m", "1h30" (minutes after hours are under 60)
///   - minutes: "90m", "45min", "90" (a plain number is minutes)
///   - hours: "2h", "1.5h", "1,5h" (decimal comma); a fraction must come to whole minutes
///     ("1.25h" is 75, "0.01h" is refused)
///   - Russian units: "1ч30м", "1.5ч", "2 час", "90 мин"
/// Units are h, ч, час (hours) and m, min, м, мин (minutes), in any case, with or without
/// spaces before them. Throws Error(invalid) quoting the input when it is empty, garbage, zero,
/// negative, not whole minutes, or more than 24h ("a single entry cannot exceed 24h").
int parse_duration_minutes(std::string_view text);

/// Minutes as "1h30m", "45m", "2h", "0m". No zero padding and no day unit, as totals in tables
/// and reports may pass 24h: 7805 minutes is "130h5m". A negative amount (a difference) gets a
/// leading '-': "-1h30m". The result parses back with parse_duration_minutes when it is a valid
/// single entry.
std::string format_duration(std::int64_t minutes);

} // namespace acctcore
