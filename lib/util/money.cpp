#include "util/money.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace acctcore {

namespace {

std::string currency_from_suffix(std::string_view suffix) {
  const std::string lower = to_lower_ascii(trim(suffix));
  if (lower.empty())
    return {};
  if (lower == "₽" || lower == "руб" || lower == "руб." || lower == "р." || lower == "rub")
    return "RUB";
  if (lower == "₸" || lower == "тг" || lower == "тенге" || lower == "kzt")
    return "KZT";
  if (lower == "$" || lower == "usd")
    return "USD";
  if (lower == "€" || lower == "eur")
    return "EUR";
  return "?";
}

} // namespace

Money parse_money(std::string_view text, std::string_view default_currency, std::string_view what) {
  const auto fail = [&](std::string_view why) -> Error {
    // TRANSLATORS: the text given, what it is for (an option such as "--rate", or a phrase
    // translated on its own: "the fee"), then what is wrong with it.
    return Error(ErrorKind::invalid, trf("invalid amount '{}' for {}: {}", text, what, why),
                 tr("write it like 1500, 1500.50 or '1 500,50 RUB'"));
  };
  std::string_view rest = trim(text);
  // The numeric part, then a currency suffix. Spaces, NBSP (U+00A0) and narrow NBSP (U+202F)
  // may separate thousands, as spreadsheets write them.
  std::string number;
  size_t pos = 0;
  for (; pos < rest.size(); ++pos) {
    if (rest.substr(pos, 2) == "\xC2\xA0") {
      ++pos;
      continue;
    }
    if (rest.substr(pos, 3) == "\xE2\x80\xAF") {
      pos += 2;
      continue;
    }
    const char c = rest[pos];
    if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '+')
      number += c;
    else if (c != ' ')
      break;
  }
  std::string currency = currency_from_suffix(rest.substr(pos));
  if (currency == "?")
    throw fail(trf("unknown currency '{}'", trim(rest.substr(pos))));
  if (currency.empty())
    currency = std::string(default_currency);
  if (number.empty())
    throw fail(tr("no number"));
  if (number[0] == '-')
    throw fail(tr("must not be negative"));
  if (number[0] == '+')
    number.erase(0, 1);
  const size_t sep = number.find_first_of(".,");
  const std::string whole = number.substr(0, sep);
  std::string fraction = sep == std::string::npos ? "" : number.substr(sep + 1);
  if (whole.empty() || whole.find_first_not_of("0123456789") != std::string::npos ||
      fraction.find_first_not_of("0123456789") != std::string::npos)
    throw fail(tr("not a number"));
  if (fraction.size() > 2)
    throw fail(tr("more than two digits after the decimal point"));
  fraction.resize(2, '0');
  if (whole.size() > 15)
    throw fail(tr("too large"));
  const std::int64_t minor = std::stoll(whole) * 100 + std::stoll(fraction);
  return Money{minor, currency};
}

std::string format_amount(std::int64_t minor) {
  const bool negative = minor < 0;
  const std::uint64_t abs =
      negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  return fmt::format("{}{}.{:02}", negative ? "-" : "", abs / 100, abs % 100);
}

std::string_view currency_sign(std::string_view currency) noexcept {
  if (currency == "RUB")
    return "₽";
  if (currency == "KZT")
    return "₸";
  if (currency == "USD")
    return "$";
  if (currency == "EUR")
    return "€";
  return currency;
}

std::string format_amount_ru(std::int64_t minor, std::string_view group) {
  const bool negative = minor < 0;
  const std::uint64_t abs =
      negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  const std::string digits = std::to_string(abs / 100);
  std::string out = negative ? "\u2212" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0)
      out += group;
    out += digits[i];
  }
  return out + fmt::format(",{:02}", abs % 100);
}

std::string format_money_ru(std::int64_t minor, std::string_view currency, std::string_view group) {
  return fmt::format("{}{}{}", format_amount_ru(minor, group), group, currency_sign(currency));
}

std::string format_money_for_client(const Money& money) {
  return format_money_ru(money.minor, money.currency, "\u00a0");
}

std::string format_money(const Money& money) {
  return fmt::format("{} {}", format_amount(money.minor), money.currency);
}

} // namespace acctcore
