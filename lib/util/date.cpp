#include "util/date.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <charconv>
#include <sys/stat.h>

namespace acctcore {

namespace {

bool parse_digits(std::string_view text, size_t pos, size_t count, int& out) noexcept {
  if (pos + count > text.size())
    return false;
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9')
      return false;
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}

} // namespace

std::optional<Date> parse_date(std::string_view text) noexcept {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !parse_digits(text, 0, 4, y) ||
      !parse_digits(text, 5, 2, m) || !parse_digits(text, 8, 2, d))
    return std::nullopt;
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok())
    return std::nullopt;
  return Date{ymd};
}

std::optional<Date> parse_date_ru(std::string_view text) noexcept {
  if (text.size() != 10 || text[2] != '.' || text[5] != '.')
    return std::nullopt;
  std::string iso;
  iso.append(text.substr(6, 4))
      .append("-")
      .append(text.substr(3, 2))
      .append("-")
      .append(text.substr(0, 2));
  return parse_date(iso);
}

Date require_date(std::string_view text, std::string_view what) {
  if (auto day = parse_date(text))
    return *day;
  throw Error(ErrorKind::invalid,
              // TRANSLATORS: the text given, then what it is for: an option ("--due") or a phrase
              // translated on its own ("the contract start").
              trf("invalid date '{}' for {} (expected YYYY-MM-DD)", text, what));
}

std::optional<int> parse_time_of_day(std::string_view text) noexcept {
  if (text.size() != 5 || text[2] != ':')
    return std::nullopt;
  for (size_t i : {0U, 1U, 3U, 4U})
    if (text[i] < '0' || text[i] > '9')
      return std::nullopt;
  const int h = (text[0] - '0') * 10 + (text[1] - '0');
  const int m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h > 23 || m > 59)
    return std::nullopt;
  return h * 60 + m;
}

std::string format_date(Date day) {
  const date::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string format_date_ru(Date day) {
  const date::year_month_day ymd{day};
  return fmt::format("{:02}.{:02}.{:04}", static_cast<unsigned>(ymd.day()),
                     static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()));
}

Date add_months(Date day, int months) {
  const date::year_month_day ymd{day};
  const date::year_month ym = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  const date::year_month_day_last last{ym.year(), date::month_day_last{ym.month()}};
  return Date{ymd.day() > last.day() ? date::year_month_day{last}
                                     : date::year_month_day{ym.year(), ym.month(), ymd.day()}};
}

Date end_of_month(Date day) {
  const date::year_month_day ymd{day};
  return Date{date::year_month_day_last{ymd.year(), date::month_day_last{ymd.month()}}};
}

unsigned iso_weekday(Date day) {
  return date::weekday{day}.iso_encoding();
}

std::string_view weekday_name(Date day) {
  static constexpr std::string_view k_names[] = {"",    "Mon", "Tue", "Wed",
                                                 "Thu", "Fri", "Sat", "Sun"};
  return k_names[iso_weekday(day)];
}

bool time_zone_exists(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find("..") != std::string_view::npos)
    return false;
  for (const char c : name)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' ||
          c == '_' || c == '-' || c == '+'))
      return false;
  struct stat st {};
  const std::string path = std::string(k_zoneinfo_dir) + "/" + std::string(name);
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

void require_time_zone_name(std::string_view name) {
  if (!time_zone_exists(name))
    throw Error(ErrorKind::invalid, trf("unknown time zone '{}'", name),
                tr("use an IANA name such as 'Europe/Moscow' or 'Asia/Almaty'"));
}

const date::time_zone* find_time_zone(std::string_view name) {
  if (name.empty())
    return nullptr;
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    return nullptr;
  }
}

const date::time_zone* require_time_zone(std::string_view name) {
  if (const auto* zone = find_time_zone(name))
    return zone;
  require_time_zone_name(name);
  throw Error(ErrorKind::invalid, trf("unknown time zone '{}'", name));
}

namespace {

/// The moment when its UTC date is one acct can write (years 0000 to 9999): an offset or a zone
/// may carry 9999-12-31T23:00-05:00 into year 10000 (found by fuzzing).
std::optional<Timestamp> in_writable_years(Timestamp instant) {
  const date::year year = date::year_month_day{date::floor<date::days>(instant)}.year();
  if (year < date::year{0} || year > date::year{9999})
    return std::nullopt;
  return instant;
}

} // namespace

std::optional<Timestamp> parse_timestamp(std::string_view text, const date::time_zone* zone) {
  if (text.size() < 16)
    return std::nullopt;
  const auto day = parse_date(text.substr(0, 10));
  if (!day || (text[10] != 'T' && text[10] != ' ' && text[10] != 't'))
    return std::nullopt;
  int hh = 0, mm = 0, ss = 0;
  if (!parse_digits(text, 11, 2, hh) || text[13] != ':' || !parse_digits(text, 14, 2, mm))
    return std::nullopt;
  size_t pos = 16;
  if (pos < text.size() && text[pos] == ':') {
    if (!parse_digits(text, pos + 1, 2, ss))
      return std::nullopt;
    pos += 3;
  }
  if (hh > 23 || mm > 59 || ss > 59)
    return std::nullopt;
  const auto local = std::chrono::seconds{hh * 3600 + mm * 60 + ss};
  if (pos == text.size()) {
    if (zone == nullptr)
      return std::nullopt;
    const date::local_seconds lt{day->time_since_epoch() + local};
    try {
      return in_writable_years(
          date::floor<std::chrono::seconds>(zone->to_sys(lt, date::choose::earliest)));
    } catch (const std::exception&) {
      return std::nullopt; // a local time that does not exist (a DST gap)
    }
  }
  int offset = 0;
  const std::string_view rest = text.substr(pos);
  if (rest == "Z" || rest == "z") {
    offset = 0;
  } else if ((rest[0] == '+' || rest[0] == '-') && (rest.size() == 6 || rest.size() == 5)) {
    int oh = 0, om = 0;
    const bool colon = rest.size() == 6;
    if (!parse_digits(rest, 1, 2, oh) || (colon && rest[3] != ':') ||
        !parse_digits(rest, colon ? 4 : 3, 2, om) || oh > 18 || om > 59)
      return std::nullopt;
    offset = (oh * 3600 + om * 60) * (rest[0] == '-' ? -1 : 1);
  } else {
    return std::nullopt;
  }
  return in_writable_years(
      Timestamp{day->time_since_epoch() + local - std::chrono::seconds{offset}});
}

std::string format_timestamp_utc(Timestamp instant) {
  const Date day = date::floor<date::days>(instant);
  const date::hh_mm_ss<std::chrono::seconds> t{instant - day};
  return fmt::format("{}T{:02}:{:02}:{:02}Z", format_date(day), t.hours().count(),
                     t.minutes().count(), t.seconds().count());
}

std::string format_timestamp(Timestamp instant, const date::time_zone* zone) {
  if (zone == nullptr)
    return format_timestamp_utc(instant);
  const auto info = zone->get_info(instant);
  const date::local_seconds lt{instant.time_since_epoch() + info.offset};
  const auto day = date::floor<date::days>(lt);
  const date::hh_mm_ss<std::chrono::seconds> t{lt - day};
  const auto off = info.offset.count();
  const auto abs_off = off < 0 ? -off : off;
  return fmt::format("{}T{:02}:{:02}:{:02}{}{:02}:{:02}", format_date(Date{day.time_since_epoch()}),
                     t.hours().count(), t.minutes().count(), t.seconds().count(),
                     off < 0 ? '-' : '+', abs_off / 3600, abs_off % 3600 / 60);
}

Date local_date(Timestamp instant, const date::time_zone* zone) {
  if (zone == nullptr)
    return date::floor<date::days>(instant);
  const auto info = zone->get_info(instant);
  return Date{date::floor<date::days>(instant + info.offset).time_since_epoch()};
}

Timestamp start_of_day(Date day, const date::time_zone* zone) {
  if (zone == nullptr)
    return Timestamp{day.time_since_epoch()};
  const date::local_seconds lt{day.time_since_epoch()};
  return date::floor<std::chrono::seconds>(zone->to_sys(lt, date::choose::earliest));
}

} // namespace acctcore
