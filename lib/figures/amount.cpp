#include "figures/amount.hpp"

#include "util/i18n.hpp"
#include "util/text.hpp"

namespace acctcore {

namespace {

bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

/// `digits` (no sign, no leading zeros needed) times 10^shift, rounded half away from zero when
/// `shift` is negative; nullopt beyond the limit.
std::optional<std::int64_t> scale(std::string_view digits, int shift) noexcept {
  const size_t first = digits.find_first_not_of('0');
  if (first == std::string_view::npos)
    return 0;
  digits = digits.substr(first);
  bool round_up = false;
  if (shift < 0) {
    const size_t drop = static_cast<size_t>(-shift);
    if (drop >= digits.size() + 1)
      return 0;
    if (drop == digits.size()) {
      round_up = digits[0] >= '5';
      digits = {};
    } else {
      round_up = digits[digits.size() - drop] >= '5';
      digits = digits.substr(0, digits.size() - drop);
    }
    shift = 0;
  }
  if (digits.size() + static_cast<size_t>(shift) > 18)
    return std::nullopt;
  std::int64_t value = 0;
  for (char c : digits)
    value = value * 10 + (c - '0');
  for (int i = 0; i < shift; ++i)
    value *= 10;
  if (round_up)
    ++value;
  if (value > k_max_sheet_amount)
    return std::nullopt;
  return value;
}

} // namespace

std::optional<std::int64_t> decimal_to_minor(std::string_view number) noexcept {
  number = trim(number);
  bool negative = false;
  if (!number.empty() && (number[0] == '-' || number[0] == '+')) {
    negative = number[0] == '-';
    number.remove_prefix(1);
  }
  std::string digits;
  int fraction = 0;
  size_t i = 0;
  bool any = false;
  for (; i < number.size() && is_digit(number[i]); ++i, any = true)
    digits += number[i];
  if (i < number.size() && number[i] == '.') {
    for (++i; i < number.size() && is_digit(number[i]); ++i, any = true) {
      digits += number[i];
      ++fraction;
    }
  }
  if (!any || digits.size() > 40)
    return std::nullopt;
  int exponent = 0;
  if (i < number.size() && (number[i] == 'e' || number[i] == 'E')) {
    ++i;
    bool exponent_negative = false;
    if (i < number.size() && (number[i] == '-' || number[i] == '+'))
      exponent_negative = number[i++] == '-';
    if (i == number.size())
      return std::nullopt;
    for (; i < number.size() && is_digit(number[i]); ++i) {
      exponent = exponent * 10 + (number[i] - '0');
      if (exponent > 400)
        return std::nullopt;
    }
    if (exponent_negative)
      exponent = -exponent;
  }
  if (i != number.size())
    return std::nullopt;
  auto value = scale(digits, exponent - fraction + 2);
  if (value && negative)
    *value = -*value;
  return value;
}

TextAmount parse_text_amount(std::string_view text) {
  std::string compact;
  bool negative = false;
  for (size_t i = 0; i < text.size();) {
    const std::string_view rest = text.substr(i);
    if (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' || rest[0] == '\r') {
      ++i;
    } else if (rest.substr(0, 2) == "\xC2\xA0") { // no-break space
      i += 2;
    } else if (rest.substr(0, 3) == "\xE2\x80\xAF" || rest.substr(0, 3) == "\xE2\x80\x89") {
      i += 3; // narrow no-break space, thin space
    } else if (compact.empty() && !negative && rest.substr(0, 3) == "\xE2\x88\x92") {
      negative = true; // the minus sign U+2212
      i += 3;
    } else if (compact.empty() && !negative && rest[0] == '-') {
      negative = true;
      ++i;
    } else {
      compact += rest[0];
      ++i;
    }
  }
  if (compact.empty())
    return negative ? TextAmount{std::nullopt, tr("a minus sign without a number")}
                    : TextAmount{0, {}};
  const size_t separator = compact.find_first_of(".,");
  const std::string whole = compact.substr(0, separator);
  const std::string fraction =
      separator == std::string::npos ? std::string() : compact.substr(separator + 1);
  const auto all_digits = [](const std::string& s) {
    return s.find_first_not_of("0123456789") == std::string::npos;
  };
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
      (separator != std::string::npos && fraction.empty()))
    return {std::nullopt, tr("expected digits, spaces and one decimal comma or point")};
  if (fraction.size() > 2)
    return {std::nullopt, tr("more than two digits after the decimal separator")};
  auto value = scale(whole + fraction, 2 - static_cast<int>(fraction.size()));
  if (!value)
    return {std::nullopt, tr("too large")};
  return {negative ? -*value : *value, {}};
}

} // namespace acctcore
