#include "output.hpp"

#include <iostream>

namespace acctcli {

Output::Output(bool json, bool quiet, bool color) : m_json(json), m_quiet(quiet), m_color(color) {}

std::ostream& Output::stream() {
  if (m_buffering)
    return m_buffer;
  return std::cout;
}

void Output::write(std::string_view text) {
  stream() << text;
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

void warn(std::string_view message) {
  std::cerr << "acct: warning: " << message << '\n';
}

} // namespace acctcli
