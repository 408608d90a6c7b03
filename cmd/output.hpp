#pragma once

#include "audit/audit.hpp"
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
  /// The same text as json() of the array of `to_json(item)`, written item by item, so that a
  /// list of thousands of tasks is never held as one document.
  template <typename Range, typename ToJson>
  void json_array(const Range& items, ToJson&& to_json) {
    bool first = true;
    for (const auto& item : items) {
      write(first ? "[\n" : ",\n");
      first = false;
      write_indented(acctcore::dump_json(to_json(item)));
    }
    write(first ? "[]\n" : "\n]\n");
  }
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
  /// `text` with two spaces before each line: an element inside a pretty-printed array.
  void write_indented(std::string_view text);

  bool m_json;
  bool m_quiet;
  bool m_color;
  bool m_buffering = false;
  std::ostringstream m_buffer;
};

/// A JSON value as people read it in a table or a log line: strings as they are, arrays
/// comma-separated, money as "1500.00 RUB", null and an empty list as "(none)".
std::string json_value_text(const acctcore::Json& value);

/// "field=value" for a value set where there was none (in a creation, or beside a change, like
/// the date a change takes effect), "field: old -> new" otherwise; joined by "; ". Updates,
/// archiving and restoring always show the old value, even when it was none.
std::string changes_text(const std::vector<acctcore::FieldChange>& changes,
                         std::string_view action);

/// True when `fd` is a terminal that may get colour and cursor movement: NO_COLOR is not set and
/// TERM is not "dumb".
bool stream_is_terminal(int fd);

/// Prints "acct: warning: ..." to stderr.
void warn(std::string_view message);

/// Writes a command's document to `path` (`-o FILE`) all or nothing: a temporary file beside it,
/// renamed over it. Unlike write_file_atomically, a missing directory is an error (a typo in
/// a cron job's path should fail, not create directories), and so is a read-only file. Error(io)
/// with the path.
void write_output_file(const std::string& path, std::string_view text);

} // namespace acctcli
