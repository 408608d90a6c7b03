#pragma once

#include "util/json.hpp"
#include "util/table.hpp"

#include <iosfwd>
#include <sstream>
#include <string_view>

namespace acctcli {

/// Where a command's results go. Writers' output is buffered and shown only after their
/// transaction commits, so a failed command never claims to have done something.
class Output {
public:
  Output(bool json, bool quiet, bool color);

  bool json() const noexcept { return m_json; }
  bool quiet() const noexcept { return m_quiet; }
  bool color() const noexcept { return m_color; }

  /// Text as is.
  void write(std::string_view text);
  /// A JSON document on its own line(s).
  void json(const acctcore::Json& value);
  /// A table for people (bold headers on a colour terminal).
  void table(const acctcore::Table& table);
  /// A confirmation or progress line for people; dropped with --quiet.
  void info(std::string_view line);

  /// Holds everything written until flush() or discard().
  void start_buffering();
  void flush();
  void discard();

private:
  std::ostream& stream();

  bool m_json;
  bool m_quiet;
  bool m_color;
  bool m_buffering = false;
  std::ostringstream m_buffer;
};

/// Prints "acct: warning: ..." to stderr.
void warn(std::string_view message);

} // namespace acctcli
