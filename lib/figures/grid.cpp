#include "figures/grid.hpp"

#include "util/i18n.hpp"

#include <fmt/format.h>

namespace acctcore {

std::string column_letters(int column) {
  std::string letters;
  for (int n = column + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

int parse_column_letters(std::string_view letters) noexcept {
  if (letters.empty() || letters.size() > 3)
    return -1;
  int column = 0;
  for (char c : letters) {
    if (c < 'A' || c > 'Z')
      return -1;
    column = column * 26 + (c - 'A' + 1);
  }
  return column - 1;
}

std::string Grid::where(int row, int column) const {
  // TRANSLATORS: where a problem is in a spreadsheet: the sheet's name, the row's number and
  // the column's letters as the spreadsheet shows them.
  if (!sheet.empty())
    return column < 0 ? trf("sheet '{}', row {}", sheet, row)
                      : trf("sheet '{}', row {}, column {}", sheet, row, column_letters(column));
  return column < 0 ? trf("row {}", row) : trf("row {}, column {}", row, column_letters(column));
}

} // namespace acctcore
