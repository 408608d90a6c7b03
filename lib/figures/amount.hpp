#pragma once

// Amounts in the cells of a turnover-balance sheet, to integer kopecks, exactly: never through a
// floating-point number.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace acctcore {

/// The largest amount a cell may hold, in minor units: 10^13 roubles. With at most
/// k_max_sheet_rows rows, every sum of a column stays far inside 64 bits.
inline constexpr std::int64_t k_max_sheet_amount = 1'000'000'000'000'000;

/// The most account rows a sheet may have (a sheet by subaccounts has a few hundred).
inline constexpr std::size_t k_max_sheet_rows = 5'000;

/// A number as XLSX stores a numeric cell ("1234.56", "-0.5", "1.2345E+7",
/// "1234.5599999999999"), in minor units rounded half away from zero; nullopt when it is not
/// such a number or its magnitude exceeds k_max_sheet_amount.
std::optional<std::int64_t> decimal_to_minor(std::string_view number) noexcept;

/// The result of reading an amount written as text.
struct TextAmount {
  std::optional<std::int64_t> minor; ///< set when it reads
  std::string problem;               ///< why not, otherwise (translated)
};

/// An amount written as text the way spreadsheets and 1С show it: "1 234 567,89" (spaces,
/// no-break, narrow and thin spaces between groups), "1234.5", "-500", "−500,00" (U+2212); an
/// empty or blank cell is zero, as 1С leaves zeros out. Two digits after the decimal
/// separator at most; one separator; nothing else.
TextAmount parse_text_amount(std::string_view text);

} // namespace acctcore
