#include "util/error.hpp"

#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

std::string_view error_kind_name(ErrorKind kind) noexcept {
  switch (kind) {
  case ErrorKind::failure:
    return "failure";
  case ErrorKind::usage:
    return "usage";
  case ErrorKind::not_found:
    return "not_found";
  case ErrorKind::invalid:
    return "invalid";
  case ErrorKind::conflict:
    return "conflict";
  case ErrorKind::busy:
    return "busy";
  case ErrorKind::incompatible:
    return "incompatible";
  case ErrorKind::io:
    return "io";
  case ErrorKind::not_covered:
    return "not_covered";
  case ErrorKind::denied:
    return "denied";
  case ErrorKind::internal:
    return "internal";
  }
  return "internal";
}

namespace {

bool is_control(char c) {
  return (c >= 0 && c < 0x20 && c != '\t') || c == 0x7f;
}

/// The text with its control characters (but tab) written as escapes (\r, \x1b): messages quote
/// outside input, and a line break or a terminal escape in a file must not forge further lines
/// of acct's output (found by fuzzing: a money amount "<CR>m1-i" printed a line of its own).
std::string one_line(std::string text) {
  if (std::none_of(text.begin(), text.end(), is_control))
    return text;
  std::string out;
  for (const char c : text) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (is_control(c))
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    else
      out += c;
  }
  return out;
}

std::vector<std::string> one_line_each(std::vector<std::string> lines) {
  for (auto& line : lines)
    line = one_line(std::move(line));
  return lines;
}

} // namespace

Error::Error(ErrorKind kind, std::string message, std::string hint,
             std::vector<std::string> details)
    : std::runtime_error(one_line(std::move(message))), m_kind(kind),
      m_hint(one_line(std::move(hint))), m_details(one_line_each(std::move(details))) {}

std::string Diagnostic::to_string() const {
  std::string where = file;
  if (line > 0) {
    where += where.empty() ? fmt::format("line {}", line) : fmt::format(":{}", line);
    if (column > 0)
      where += fmt::format(":{}", column);
  }
  return where.empty() ? message : where + ": " + message;
}

void throw_diagnostics(ErrorKind kind, std::string_view what,
                       const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> lines;
  lines.reserve(diagnostics.size());
  for (const auto& d : diagnostics)
    lines.push_back(d.to_string());
  if (diagnostics.size() == 1)
    throw Error(kind, fmt::format(fmt::runtime("{}: {}"), what, lines.front()));
  throw Error(
      kind,
      // TRANSLATORS: the first {} says what is invalid ("invalid config"), the second is the count.
      trnf("{}: {} problem", "{}: {} problems", diagnostics.size(), what, diagnostics.size()), {},
      std::move(lines));
}

} // namespace acctcore
