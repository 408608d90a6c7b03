#pragma once

// Computing indicators from one month's turnover-balance sheet: pure functions of the rows.

#include "figures/indicators.hpp"
#include "figures/turnover.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace acctcore {

/// One month's rows by account, for looking amounts up.
class AccountBalances {
public:
  AccountBalances() = default;
  explicit AccountBalances(std::span<const TurnoverRow> rows);

  /// An amount of an account, or why the sheet cannot give it.
  struct Lookup {
    std::optional<std::int64_t> minor;
    std::string shown_as; ///< when unset: the account the sheet shows without this subaccount
  };

  /// The amount of `key` of a kind and side: its own row; else the sum of its subaccounts'
  /// rows (each counted once, at the highest level shown); else zero when the sheet does not
  /// have it (1С leaves out accounts without balances or turnovers), or when the nearest
  /// account above it shown in the sheet is detailed by subaccounts or has zero of this
  /// amount; otherwise unknown, because that account is shown without its subaccounts.
  Lookup amount(std::string_view key, AmountKind kind, AccountSide side) const;

  bool empty() const noexcept { return m_rows.empty(); }

private:
  struct Entry {
    std::string text;
    TurnoverAmounts amounts;
  };
  std::map<std::string, Entry, std::less<>> m_rows; ///< by account key
};

/// An indicator's value in one month.
struct IndicatorValue {
  std::optional<std::int64_t> minor;
  std::string unavailable; ///< when unset: the account shown without its subaccounts ("90")
};

/// The sum of the indicator's terms over the month's rows.
IndicatorValue compute_indicator(const Indicator& indicator, const AccountBalances& balances);

/// The amount of `amounts` a kind and side name.
std::int64_t amount_of(const TurnoverAmounts& amounts, AmountKind kind, AccountSide side) noexcept;

} // namespace acctcore
