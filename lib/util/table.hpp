#pragma once

#include <string>
#include <utility>
#include <vector>

namespace acctcore {

enum class Align { left, right };

/// A plain-text table for people: columns padded by display width (Cyrillic lines up), two
/// spaces between columns, no trailing spaces, a header row. Scripts use --json instead.
class Table {
public:
  explicit Table(std::vector<std::string> headers);

  /// Aligns a column (left by default); numbers read best aligned right.
  Table& align(size_t column, Align alignment);

  /// Adds a row; missing cells are empty, extra cells are an error caught by a unit test.
  void add_row(std::vector<std::string> cells);

  bool empty() const noexcept { return m_rows.empty(); }
  size_t size() const noexcept { return m_rows.size(); }

  /// The table as text, each line ending in '\n'. `bold_headers` adds ANSI bold (TTY only).
  std::string render(bool bold_headers = false) const;

private:
  std::vector<std::string> m_headers;
  std::vector<Align> m_align;
  std::vector<std::vector<std::string>> m_rows;
};

/// "label: value" lines with the values lined up, for `show` commands. Empty values are skipped.
std::string render_fields(const std::vector<std::pair<std::string, std::string>>& fields);

} // namespace acctcore
