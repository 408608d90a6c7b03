#include "util/json_line.hpp"

#include "util/json.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

void append_json_string(std::string& out, std::string_view text) {
  if (!is_valid_utf8(text)) { // rare: let the library do the replacing, byte for byte
    out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t plain = 0; // start of the run of bytes copied as they are
  const auto flush = [&](std::size_t end) { out.append(text.substr(plain, end - plain)); };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    flush(i);
    plain = i + 1;
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\f':
      out += "\\f";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
    }
  }
  flush(text.size());
  out += '"';
}

void JsonLine::separate() {
  if (!m_first)
    m_out += ',';
  m_first = false;
}

JsonLine& JsonLine::begin_object() {
  m_out += '{';
  m_first = true;
  return *this;
}

JsonLine& JsonLine::end_object() {
  m_out += '}';
  m_first = false; // the object was a value of its parent
  return *this;
}

JsonLine& JsonLine::key(std::string_view name) {
  separate();
  append_json_string(m_out, name);
  m_out += ':';
  return *this;
}

JsonLine& JsonLine::value(std::string_view text) {
  append_json_string(m_out, text);
  return *this;
}

JsonLine& JsonLine::value(std::int64_t number) {
  fmt::format_to(std::back_inserter(m_out), "{}", number);
  return *this;
}

JsonLine& JsonLine::null() {
  m_out += "null";
  return *this;
}

} // namespace acctcore
