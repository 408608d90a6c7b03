#include "util/table.hpp"

#include "util/error.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace acctcore {

Table::Table(std::vector<std::string> headers)
    : m_headers(std::move(headers)), m_align(m_headers.size(), Align::left) {}

Table& Table::align(size_t column, Align alignment) {
  m_align.at(column) = alignment;
  return *this;
}

void Table::add_row(std::vector<std::string> cells) {
  if (cells.size() > m_headers.size())
    throw Error(ErrorKind::internal, "table row has more cells than the table has columns");
  cells.resize(m_headers.size());
  m_rows.push_back(std::move(cells));
}

std::string Table::render(bool bold_headers) const {
  std::vector<size_t> widths(m_headers.size());
  for (size_t c = 0; c < m_headers.size(); ++c) {
    widths[c] = display_width(m_headers[c]);
    for (const auto& row : m_rows)
      widths[c] = std::max(widths[c], display_width(row[c]));
  }
  std::string out;
  const auto emit = [&](const std::vector<std::string>& cells, bool header) {
    std::string line;
    for (size_t c = 0; c < cells.size(); ++c) {
      const bool last = c + 1 == cells.size();
      std::string cell = m_align[c] == Align::right ? pad_left(cells[c], widths[c])
                         : last                     ? cells[c]
                                                    : pad_right(cells[c], widths[c]);
      line += cell;
      if (!last)
        line += "  ";
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    if (header && bold_headers)
      line = "\x1b[1m" + line + "\x1b[0m";
    out += line;
    out += '\n';
  };
  emit(m_headers, true);
  for (const auto& row : m_rows)
    emit(row, false);
  return out;
}

std::string render_fields(const std::vector<std::pair<std::string, std::string>>& fields) {
  size_t width = 0;
  for (const auto& [label, value] : fields)
    if (!value.empty())
      width = std::max(width, display_width(label) + 1);
  std::string out;
  for (const auto& [label, value] : fields) {
    if (value.empty())
      continue;
    out += pad_right(label + ":", width + 1);
    // Continuation lines of a multi-line value are indented under the first.
    const auto lines = split(value, '\n');
    for (size_t i = 0; i < lines.size(); ++i) {
      if (i > 0)
        out += std::string(width + 1, ' ');
      out += lines[i];
      out += '\n';
    }
  }
  return out;
}

} // namespace acctcore
