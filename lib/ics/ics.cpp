#include "ics/ics.hpp"

#include <fmt/format.h>

namespace acctcore {

namespace {

/// RFC 5545 3.1: at most 75 octets per line, CRLF not counted.
constexpr size_t k_line_octets = 75;

bool is_continuation_byte(char c) noexcept {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

void append_escaped(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
    case '\\':
      out += "\\\\";
      break;
    case ';':
      out += "\\;";
      break;
    case ',':
      out += "\\,";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r': // CRLF and a lone CR are one line break
      out += "\\n";
      if (i + 1 < text.size() && text[i + 1] == '\n')
        ++i;
      break;
    default:
      if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == '\x7f')
        break;
      out += c;
    }
  }
}

} // namespace

std::string escape_ics_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  append_escaped(out, text);
  return out;
}

void append_ics_line(std::string& out, std::string_view line) {
  size_t limit = k_line_octets;
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && is_continuation_byte(line[cut]))
      --cut;
    if (cut == 0) // not UTF-8 at all: cut at the limit rather than loop
      cut = limit;
    out.append(line.data(), cut);
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = k_line_octets - 1; // the leading space counts
  }
  out.append(line.data(), line.size());
  out += "\r\n";
}

std::string format_ics_date(Date day) {
  const date::year_month_day ymd{day};
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string format_ics_utc(Timestamp instant) {
  const auto day = date::floor<date::days>(instant);
  const date::hh_mm_ss<std::chrono::seconds> time{instant - day};
  return fmt::format("{}T{:02}{:02}{:02}Z", format_ics_date(day), time.hours().count(),
                     time.minutes().count(), time.seconds().count());
}

void IcsWriter::raw(std::string_view name, std::string_view value) {
  m_line.assign(name);
  m_line += ':';
  m_line += value;
  append_ics_line(m_out, m_line);
}

void IcsWriter::text(std::string_view name, std::string_view value) {
  m_line.assign(name);
  m_line += ':';
  append_escaped(m_line, value);
  append_ics_line(m_out, m_line);
}

void IcsWriter::text_list(std::string_view name, const std::vector<std::string>& values) {
  m_line.assign(name);
  m_line += ':';
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0)
      m_line += ',';
    append_escaped(m_line, values[i]);
  }
  append_ics_line(m_out, m_line);
}

void IcsWriter::date(std::string_view name, Date day) {
  m_line.assign(name);
  m_line += ";VALUE=DATE:";
  m_line += format_ics_date(day);
  append_ics_line(m_out, m_line);
}

void IcsWriter::utc(std::string_view name, Timestamp instant) {
  raw(name, format_ics_utc(instant));
}

void IcsWriter::integer(std::string_view name, long long value) {
  raw(name, std::to_string(value));
}

std::string render_ics(const IcsCalendar& calendar) {
  std::string out;
  out.reserve(256 + calendar.events.size() * 900);
  IcsWriter w(out);
  w.begin("VCALENDAR");
  w.raw("VERSION", "2.0");
  w.raw("PRODID", k_ics_prodid);
  w.raw("CALSCALE", "GREGORIAN");
  w.text("X-WR-CALNAME", calendar.name);
  for (const IcsEvent& e : calendar.events) {
    w.begin("VEVENT");
    w.raw("UID", e.uid);
    w.utc("DTSTAMP", e.stamp);
    w.utc("CREATED", e.created);
    w.utc("LAST-MODIFIED", e.last_modified);
    w.integer("SEQUENCE", e.sequence);
    w.date("DTSTART", e.day);
    w.date("DTEND", e.day + date::days{1});
    w.text("SUMMARY", e.summary);
    if (!e.description.empty())
      w.text("DESCRIPTION", e.description);
    if (!e.status.empty())
      w.raw("STATUS", e.status);
    w.raw("TRANSP", "TRANSPARENT"); // a deadline does not make anyone busy that day
    if (!e.categories.empty())
      w.text_list("CATEGORIES", e.categories);
    for (const IcsAlarm& a : e.alarms) {
      w.begin("VALARM");
      w.raw("ACTION", "DISPLAY");
      w.text("DESCRIPTION", a.description);
      w.utc("TRIGGER;VALUE=DATE-TIME", a.at);
      w.end("VALARM");
    }
    w.end("VEVENT");
  }
  w.end("VCALENDAR");
  return out;
}

std::string ics_uid(std::string_view key) {
  std::string uid;
  uid.reserve(key.size() + 5);
  for (const char c : key) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '.' ||
        b == '_' || b == '/' || b == '-')
      uid += c;
    else
      uid += fmt::format("%{:02X}", b);
  }
  uid += "@acct";
  return uid;
}

} // namespace acctcore
