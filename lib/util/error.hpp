#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// Why a command failed. The numeric value is the process exit code; keep this enum in sync
/// with docs/exit-codes.md (a unit test checks that every value is documented there).
enum class ErrorKind : int {
  failure = 1,      ///< the command ran and reports problems (a check or lint found some)
  usage = 2,        ///< bad command line: unknown command or option, missing argument
  not_found = 3,    ///< a named entity (staff member, client, task, file) does not exist
  invalid = 4,      ///< input that does not validate (a date, an email, a template)
  conflict = 5,     ///< would duplicate or contradict what is stored
  busy = 6,         ///< the database stayed locked by another writer beyond the busy timeout
  incompatible = 7, ///< not an acct database, or one written by a newer acct
  io = 8,           ///< a file or directory could not be read or written
  not_covered = 9,  ///< a date needs a calendar year that no calendar file covers
  denied = 10,      ///< who is acting may not do this, or the database server refused the login
  internal = 70,    ///< a bug in acct (EX_SOFTWARE)
};

/// Every kind, for documentation checks and loops.
inline constexpr ErrorKind k_error_kinds[] = {
    ErrorKind::failure,     ErrorKind::usage,  ErrorKind::not_found,    ErrorKind::invalid,
    ErrorKind::conflict,    ErrorKind::busy,   ErrorKind::incompatible, ErrorKind::io,
    ErrorKind::not_covered, ErrorKind::denied, ErrorKind::internal,
};

/// Process exit code for an error kind.
constexpr int exit_code(ErrorKind kind) noexcept {
  return static_cast<int>(kind);
}

/// Short stable name of an error kind ("not_found"), used in JSON error reports and docs.
std::string_view error_kind_name(ErrorKind kind) noexcept;

/// The one exception type acct throws on purpose. The message is one lowercase line without a
/// final full stop; the hint (optional) is the next step for the user; details are extra lines
/// (one per bad row, bad id, ...), printed indented under the message.
class Error : public std::runtime_error {
public:
  Error(ErrorKind kind, std::string message, std::string hint = {},
        std::vector<std::string> details = {});

  ErrorKind kind() const noexcept { return m_kind; }
  const std::string& hint() const noexcept { return m_hint; }
  const std::vector<std::string>& details() const noexcept { return m_details; }

private:
  ErrorKind m_kind;
  std::string m_hint;
  std::vector<std::string> m_details;
};

/// A problem found while reading a file (template, calendar, config, CSV): where and what.
struct Diagnostic {
  std::string file; ///< path as given, or empty
  int line = 0;     ///< 1-based, 0 when unknown
  int column = 0;   ///< 1-based in code points, 0 when unknown
  std::string message;

  /// "file:line:column: message", dropping the parts that are unknown.
  std::string to_string() const;
};

/// Throws Error(kind) whose message summarises the diagnostics and whose details list them all.
[[noreturn]] void throw_diagnostics(ErrorKind kind, std::string_view what,
                                    const std::vector<Diagnostic>& diagnostics);

} // namespace acctcore
