#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace acctcore {

/// An amount of money in integer minor units (kopecks, tiyn) with its ISO 4217 currency code.
/// Never a floating-point number: fees and rates must add up exactly.
struct Money {
  std::int64_t minor = 0;
  std::string currency;

  friend bool operator==(const Money&, const Money&) = default;
};

/// Currencies acct knows; all of them have two minor digits.
inline constexpr std::string_view k_currencies[] = {"RUB", "KZT", "USD", "EUR"};

/// Parses a non-negative amount as people type it: "1500", "1500.50", "1 500,50", "1500 RUB",
/// "1500₽", "1500 тг". Throws Error(invalid) naming `what` when it does not parse.
Money parse_money(std::string_view text, std::string_view default_currency, std::string_view what);

/// "1500.00 RUB".
std::string format_money(const Money& money);

/// "1500.00" without the currency.
std::string format_amount(std::int64_t minor);

/// An amount as Russian readers write it: digits grouped by three with `group` (a space by
/// default), a decimal comma and the minus sign U+2212: "1 234 567,89", "−500,00".
std::string format_amount_ru(std::int64_t minor, std::string_view group = " ");

/// format_amount_ru with the currency's sign after `group` too: "1 234 567,89 ₽", "500,00 ₸",
/// "12,00 $"; a currency acct has no sign for keeps its code. Text clients read passes a
/// no-break space (U+00A0), so that neither the digits nor the sign wrap away (CLDR ru, kk).
std::string format_money_ru(std::int64_t minor, std::string_view currency,
                            std::string_view group = " ");

/// format_money_ru with no-break spaces, as text sent to clients has it: "125 400,00 ₽".
std::string format_money_for_client(const Money& money);

/// "₽" for RUB, "₸" for KZT, "$", "€"; the code itself for any other.
std::string_view currency_sign(std::string_view currency) noexcept;

} // namespace acctcore
