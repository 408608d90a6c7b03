#pragma once

// iCalendar (RFC 5545) output: the content-line writer (TEXT escaping, folding at 75 octets on
// UTF-8 boundaries, CRLF) and a calendar of all-day events with alarms. Pure: no database.

#include "util/date.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, a line break (LF,
/// CRLF or CR) written as \n; other control characters but tab dropped (the RFC forbids them).
std::string escape_ics_text(std::string_view text);

/// Appends `line` (a whole content line, without its end) folded: at most 75 octets per
/// physical line, never inside a UTF-8 sequence, continuation lines starting with one space,
/// each ending with CRLF.
void append_ics_line(std::string& out, std::string_view line);

/// "20260427": a DATE value.
std::string format_ics_date(Date day);
/// "20260421T060000Z": a DATE-TIME value in UTC.
std::string format_ics_utc(Timestamp instant);

/// Writes content lines into a string.
class IcsWriter {
public:
  explicit IcsWriter(std::string& out) : m_out(out) {}

  void begin(std::string_view component) { raw("BEGIN", component); }
  void end(std::string_view component) { raw("END", component); }
  /// NAME:VALUE with the value already in its type's syntax (nothing escaped). `name` may carry
  /// parameters: "DTSTART;VALUE=DATE".
  void raw(std::string_view name, std::string_view value);
  /// A TEXT property, escaped.
  void text(std::string_view name, std::string_view value);
  /// A TEXT property with several values, each escaped, separated by commas (CATEGORIES).
  void text_list(std::string_view name, const std::vector<std::string>& values);
  /// NAME;VALUE=DATE:YYYYMMDD.
  void date(std::string_view name, Date day);
  /// NAME:YYYYMMDDTHHMMSSZ.
  void utc(std::string_view name, Timestamp instant);
  void integer(std::string_view name, long long value);

private:
  std::string& m_out;
  std::string m_line; ///< the line being built, reused
};

/// A VALARM: a display alarm at an absolute moment.
struct IcsAlarm {
  Timestamp at;
  std::string description;
};

/// An all-day VEVENT on `day` (DTEND is the next day).
struct IcsEvent {
  std::string uid;
  Timestamp stamp;         ///< DTSTAMP: when this calendar was made
  Timestamp created;       ///< CREATED
  Timestamp last_modified; ///< LAST-MODIFIED
  int sequence = 0;        ///< SEQUENCE: grows when the date moves
  Date day;
  std::string summary;
  std::string description;
  std::string status; ///< "CONFIRMED" or "TENTATIVE"
  std::vector<std::string> categories;
  std::vector<IcsAlarm> alarms;
};

/// A VCALENDAR: PRODID, VERSION:2.0, CALSCALE:GREGORIAN, X-WR-CALNAME, then the events.
struct IcsCalendar {
  std::string name; ///< X-WR-CALNAME, what calendar apps call the feed
  std::vector<IcsEvent> events;
};

/// The PRODID acct writes.
inline constexpr std::string_view k_ics_prodid = "-//acct//acct export ics//RU";

/// The whole calendar as an iCalendar stream.
std::string render_ics(const IcsCalendar& calendar);

/// A stable UID for the thing with natural key `key`: the key itself, every byte outside
/// [A-Za-z0-9._/-] written as %XX (so it stays unique and needs no escaping), then "@acct".
/// The same key gives the same UID in every export, so a calendar app updates the event
/// instead of adding a second one.
std::string ics_uid(std::string_view key);

} // namespace acctcore
