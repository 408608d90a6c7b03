#include "util/error.hpp"

#include "util/i18n.hpp"

#include <fmt/format.h>

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

Error::Error(ErrorKind kind, std::string message, std::string hint,
             std::vector<std::string> details)
    : std::runtime_error(std::move(message)), m_kind(kind), m_hint(std::move(hint)),
      m_details(std::move(details)) {}

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
