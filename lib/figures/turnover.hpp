#pragma once

// The turnover-balance sheet (оборотно-сальдовая ведомость) of one client for one month, as
// 1С:Бухгалтерия 8.3 saves it to XLSX, or as a spreadsheet re-saves the same table as CSV/TSV:
// recognising the table (title, header rows, account rows, the «Итого» row) in a grid and
// checking it (debits and credits balance, each row's closing balance follows from its opening
// balance and turnovers).

#include "deadline/period.hpp"
#include "figures/account.hpp"
#include "figures/grid.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// The six amounts of a row, in minor units.
struct TurnoverAmounts {
  std::int64_t opening_debit = 0, opening_credit = 0;
  std::int64_t turnover_debit = 0, turnover_credit = 0;
  std::int64_t closing_debit = 0, closing_credit = 0;

  TurnoverAmounts& operator+=(const TurnoverAmounts& other) noexcept;
  friend bool operator==(const TurnoverAmounts&, const TurnoverAmounts&) = default;
};

/// One account's row.
struct TurnoverRow {
  AccountCode account;
  std::string name; ///< as the sheet names it, or empty
  TurnoverAmounts amounts;
  int source_row = 0; ///< the row of the file it came from (for messages); 0 when stored
};

/// The period a sheet's title states ("за Март 2026 г.", "за 01.03.2026 - 31.03.2026").
struct SheetPeriod {
  std::string text;         ///< the title's words after «за»
  std::optional<Date> from; ///< the days it covers, when acct can tell
  std::optional<Date> to;
};

struct TurnoverBalance {
  std::string file;
  std::string sheet;        ///< the XLSX sheet it was found on; empty for CSV
  std::string organisation; ///< the first line above the title, or empty
  std::string title; ///< «Оборотно-сальдовая ведомость за Март 2026 г.», or empty
  std::optional<SheetPeriod> period; ///< what the title says, when it says «за ...»
  std::vector<TurnoverRow> rows;     ///< in the sheet's order
  TurnoverAmounts totals;            ///< of the balance accounts that have no parent row
  int totals_row = 0;                ///< the row of «Итого», or 0 when the file has none
};

/// Reads the period a title states; nullopt when it has no «за».
std::optional<SheetPeriod> parse_title_period(std::string_view title);

/// Finds and reads the table in `grids` (the sheets of a workbook, first to last, or the one
/// grid of a CSV file) and checks it. Throws Error(invalid): no recognisable table (naming the
/// sheets looked at), cells that are not amounts or account codes (every one, by sheet, row and
/// column), an account twice, a row whose balances do not follow from its turnovers, an
/// «Итого» row that is not the sum of the accounts, or debit and credit totals that differ.
TurnoverBalance recognise_turnover_balance(std::span<const Grid> grids, const std::string& file);

/// Reads a file's bytes as XLSX (by its ZIP signature) or as CSV/TSV text (';', ',' or tab,
/// whichever gives a recognisable table), then recognise_turnover_balance. Error(invalid) for
/// an empty file, an Excel 97-2003 workbook, binary data, a ZIP that is not a workbook, text
/// that is not UTF-8.
TurnoverBalance read_turnover_balance(std::string_view bytes, const std::string& file);

/// Error(invalid) when the sheet's title states a period other than `month`, or one acct cannot
/// read; a sheet without a stated period passes.
void check_sheet_period(const TurnoverBalance& balance, const Period& month);

} // namespace acctcore
