#pragma once

// A sheet as cells: what the XLSX and CSV readers produce and the turnover-balance table is
// recognised in. Rows are kept sparse (only those with cells), each with its number as the
// spreadsheet shows it, so that messages name the row a person sees.

#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// One cell: its text as stored, and whether the file stored it as a number (an XLSX numeric
/// cell, whose text is then the number as written in the file: "1234.56", "1.5E+7").
struct GridCell {
  std::string text;
  bool numeric = false;
};

struct GridRow {
  int number = 0;              ///< 1-based: the spreadsheet's row, the CSV file's line
  std::vector<GridCell> cells; ///< by column, 0-based; missing cells are empty
};

/// A merged range of an XLSX sheet, 1-based rows and 0-based columns, inclusive.
struct CellRange {
  int first_row = 0, last_row = 0;
  int first_column = 0, last_column = 0;

  bool contains(int row, int column) const noexcept {
    return row >= first_row && row <= last_row && column >= first_column && column <= last_column;
  }
};

struct Grid {
  std::string file;          ///< as given, for messages
  std::string sheet;         ///< the sheet's name in an XLSX workbook; empty for CSV
  std::vector<GridRow> rows; ///< by number, ascending
  std::vector<CellRange> merged;

  /// "sheet 'TDSheet', row 12, column F" (XLSX) or "row 12, column F" (CSV); `column` < 0
  /// leaves the column out.
  std::string where(int row, int column = -1) const;
};

/// "A", "Z", "AA" for a 0-based column.
std::string column_letters(int column);

/// The 0-based column of "A".."XFD"; -1 when `letters` is not a column.
int parse_column_letters(std::string_view letters) noexcept;

} // namespace acctcore
