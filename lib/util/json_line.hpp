#pragma once

// Compact JSON appended straight to a string, for output written by the hundred thousand
// lines (`acct remind run`): building a Json value per line and dumping it costs several
// times more. The bytes are those of Json::dump(-1) with invalid UTF-8 replaced.

#include <cstdint>
#include <string>
#include <string_view>

namespace acctcore {

class JsonLine {
public:
  explicit JsonLine(std::string& out) : m_out(out) {}

  JsonLine& begin_object();
  JsonLine& end_object();
  /// A key of the current object (the comma before it is written as needed).
  JsonLine& key(std::string_view name);
  JsonLine& value(std::string_view text);
  JsonLine& value(const std::string& text) { return value(std::string_view(text)); }
  JsonLine& value(const char* text) { return value(std::string_view(text)); }
  JsonLine& value(std::int64_t number);
  JsonLine& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonLine& null();

  template <typename T>
  JsonLine& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

private:
  void separate();
  std::string& m_out;
  bool m_first = true; ///< no member written yet in the innermost object
};

/// Appends `text` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);

} // namespace acctcore
