#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace date {
class time_zone;
}

namespace acctcore {

/// A calendar day (days since 1970-01-01). All dates in acct are of this type.
using Date = date::sys_days;
/// An instant, to the second, in UTC.
using Timestamp = date::sys_seconds;

/// Parses a strict ISO 8601 calendar date "YYYY-MM-DD"; nullopt when malformed or impossible.
std::optional<Date> parse_date(std::string_view text) noexcept;

/// Parses a Russian-style date "27.04.2026", as spreadsheets in a Russian locale write it;
/// nullopt when malformed or impossible.
std::optional<Date> parse_date_ru(std::string_view text) noexcept;

/// Parses a date or throws Error(invalid) naming `what` (e.g. "--today") and the format.
Date require_date(std::string_view text, std::string_view what);

/// "2026-04-27".
std::string format_date(Date day);

/// A time of day "HH:MM" (00:00 to 23:59) as minutes since midnight; nullopt when malformed.
std::optional<int> parse_time_of_day(std::string_view text) noexcept;

/// Russian style "27.04.2026".
std::string format_date_ru(Date day);

/// `day` plus `months` calendar months, clamping to the end of a shorter month
/// (2026-01-31 + 1 month = 2026-02-28). The only place month arithmetic is done.
Date add_months(Date day, int months);

/// Last day of the month of `day`.
Date end_of_month(Date day);

/// ISO weekday of `day`: 1 = Monday ... 7 = Sunday.
unsigned iso_weekday(Date day);

/// "Mon" ... "Sun".
std::string_view weekday_name(Date day);

/// Directory of the operating system's time zone database, which date's tz reads too.
inline constexpr const char* k_zoneinfo_dir = "/usr/share/zoneinfo";

/// Cheap check that an IANA zone name exists in the OS database (one stat, no tzdb load).
bool time_zone_exists(std::string_view name);

/// Throws Error(invalid) naming the zone unless time_zone_exists(name).
void require_time_zone_name(std::string_view name);

/// Looks up an IANA time zone ("Europe/Moscow"); nullptr when unknown. The first call loads
/// the whole tz database (about 3 ms), so commands call it only when they need zone rules.
const date::time_zone* find_time_zone(std::string_view name);

/// Like find_time_zone, but throws Error(invalid) naming the zone when unknown.
const date::time_zone* require_time_zone(std::string_view name);

/// Parses "YYYY-MM-DDTHH:MM[:SS]" with an optional "Z" or "+HH:MM" offset (a space may replace
/// the T). Without an offset the time is local in `zone`; nullopt when malformed, or when there
/// is no offset and no zone.
std::optional<Timestamp> parse_timestamp(std::string_view text, const date::time_zone* zone);

/// "2026-04-27T07:00:00Z", the form timestamps are stored in.
std::string format_timestamp_utc(Timestamp instant);

/// "2026-04-27T10:00:00+03:00": the instant in `zone`, with its offset.
std::string format_timestamp(Timestamp instant, const date::time_zone* zone);

/// The calendar day of `instant` in `zone`.
Date local_date(Timestamp instant, const date::time_zone* zone);

/// The instant of local midnight starting `day` in `zone`.
Timestamp start_of_day(Date day, const date::time_zone* zone);

} // namespace acctcore
