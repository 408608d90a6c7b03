#include "output.hpp"

#include "util/error.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace acctcli {

using acctcore::trf;

Output::Output(bool json, bool quiet, bool color) : m_json(json), m_quiet(quiet), m_color(color) {}

std::ostream& Output::stream() {
  if (m_buffering)
    return m_buffer;
  return std::cout;
}

void Output::write(std::string_view text) {
  stream() << text;
}

void Output::write_indented(std::string_view text) {
  std::ostream& out = stream();
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    out << "  " << text.substr(start, end - start);
    if (end < text.size())
      out << '\n';
    start = end + 1;
  }
}

void Output::json(const acctcore::Json& value) {
  stream() << acctcore::dump_json(value) << '\n';
}

void Output::table(const acctcore::Table& table) {
  stream() << table.render(m_color);
}

void Output::info(std::string_view line) {
  if (!m_quiet)
    stream() << line << '\n';
}

void Output::start_buffering() {
  m_buffering = true;
}

void Output::flush() {
  if (m_buffering) {
    std::cout << m_buffer.str();
    m_buffer.str({});
    m_buffering = false;
  }
  std::cout.flush();
}

void Output::discard() {
  m_buffer.str({});
  m_buffering = false;
}

std::string json_value_text(const acctcore::Json& value) {
  if (value.is_null())
    return "(none)";
  if (value.is_string())
    return value.get<std::string>();
  if (value.is_array()) {
    if (value.empty())
      return "(none)";
    std::vector<std::string> parts;
    for (const auto& item : value)
      parts.push_back(json_value_text(item));
    return acctcore::join(parts, ",");
  }
  if (value.is_object() && value.contains("amount_minor") && value.contains("currency"))
    return acctcore::format_money(
        {value["amount_minor"].get<std::int64_t>(), value["currency"].get<std::string>()});
  return value.dump();
}

std::string changes_text(const std::vector<acctcore::FieldChange>& changes,
                         std::string_view action) {
  const bool show_none = action == "update" || action == "archive" || action == "restore";
  std::vector<std::string> parts;
  for (const auto& change : changes)
    parts.push_back(change.from.is_null() && !show_none
                        ? fmt::format("{}={}", change.field, json_value_text(change.to))
                        : fmt::format("{}: {} -> {}", change.field, json_value_text(change.from),
                                      json_value_text(change.to)));
  return acctcore::join(parts, "; ");
}

bool stream_is_terminal(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return ::isatty(fd) == 1 && (no_color == nullptr || *no_color == '\0') &&
         (term == nullptr || std::strcmp(term, "dumb") != 0);
}

void warn(std::string_view message) {
  std::cerr << "acct: warning: " << message << '\n';
}

void write_output_file(const std::string& path, std::string_view text) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw acctcore::Error(
        acctcore::ErrorKind::io,
        trf("cannot write '{}': directory '{}' does not exist", path, dir.string()));
  if (fs::is_directory(target, ec))
    throw acctcore::Error(acctcore::ErrorKind::io,
                          trf("cannot write '{}': it is a directory", path));
  // Renaming over a file needs no permission on the file itself: honour a read-only one.
  if (::access(path.c_str(), F_OK) == 0 && ::access(path.c_str(), W_OK) != 0)
    throw acctcore::Error(acctcore::ErrorKind::io,
                          trf("cannot write '{}': {}", path, std::strerror(errno)));
  acctcore::write_file_atomically(target, text, 0644);
}

} // namespace acctcli
