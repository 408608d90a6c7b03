#include "figures/compute.hpp"

#include <algorithm>
#include <limits>

namespace acctcore {

std::int64_t amount_of(const TurnoverAmounts& a, AmountKind kind, AccountSide side) noexcept {
  if (kind == AmountKind::closing)
    return side == AccountSide::debit ? a.closing_debit : a.closing_credit;
  return side == AccountSide::debit ? a.turnover_debit : a.turnover_credit;
}

AccountBalances::AccountBalances(std::span<const TurnoverRow> rows) {
  for (const auto& row : rows)
    m_rows.emplace(row.account.key, Entry{row.account.text, row.amounts});
}

AccountBalances::Lookup AccountBalances::amount(std::string_view key, AmountKind kind,
                                                AccountSide side) const {
  if (auto it = m_rows.find(key); it != m_rows.end())
    return {amount_of(it->second.amounts, kind, side), {}};
  // Subaccounts: each at the highest level the sheet shows, so none is counted twice.
  const std::string prefix = std::string(key) + ".";
  std::int64_t sum = 0;
  bool any = false;
  for (auto it = m_rows.lower_bound(prefix);
       it != m_rows.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    bool covered = false;
    for (auto p = parent_account(it->first); p.size() > key.size() && !covered;
         p = parent_account(p))
      covered = m_rows.count(p) > 0;
    if (covered)
      continue;
    sum += amount_of(it->second.amounts, kind, side);
    any = true;
  }
  if (any)
    return {sum, {}};
  // Not in the sheet. The nearest account above it that the sheet shows decides.
  for (auto p = parent_account(key); !p.empty(); p = parent_account(p)) {
    const auto it = m_rows.find(p);
    if (it == m_rows.end())
      continue;
    const std::string children = std::string(p) + ".";
    const auto next = m_rows.lower_bound(children);
    const bool detailed =
        next != m_rows.end() && next->first.compare(0, children.size(), children) == 0;
    if (detailed || amount_of(it->second.amounts, kind, side) == 0)
      return {0, {}};
    return {std::nullopt, it->second.text};
  }
  return {0, {}};
}

IndicatorValue compute_indicator(const Indicator& indicator, const AccountBalances& balances) {
  // Each amount is within a column's total, which is far inside 64 bits (amount.hpp); the same
  // account under several kinds and sides could still add up past it, so the sum is wide and
  // held within a quarter of the range, where differences and signs of values cannot overflow.
  __extension__ typedef __int128 wide_int;
  wide_int total = 0;
  for (const auto& term : indicator.terms)
    for (const auto& account : term.accounts) {
      const auto lookup = balances.amount(account.key, term.kind, term.side);
      if (!lookup.minor)
        return {std::nullopt, lookup.shown_as};
      total += static_cast<wide_int>(term.sign) * *lookup.minor;
    }
  constexpr wide_int most = std::numeric_limits<std::int64_t>::max() / 4;
  return {static_cast<std::int64_t>(std::clamp(total, -most, most)), {}};
}

} // namespace acctcore
