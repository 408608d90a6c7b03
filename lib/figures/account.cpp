#include "figures/account.hpp"

#include "util/text.hpp"

#include <vector>

namespace acctcore {

namespace {

bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

/// Splits `segment` into UTF-8 characters; false when one is neither a digit nor a capital
/// Latin or Russian letter.
bool capital_letters_or_digits(std::string_view segment, int& letters, int& digits,
                               int& characters) {
  letters = digits = characters = 0;
  for (size_t i = 0; i < segment.size();) {
    const auto c = static_cast<unsigned char>(segment[i]);
    if (is_digit(segment[i])) {
      ++digits;
      ++i;
    } else if (c >= 'A' && c <= 'Z') {
      ++letters;
      ++i;
    } else if (c == 0xD0 && i + 1 < segment.size()) {
      // А..Я is D0 90..D0 AF, Ё is D0 81.
      const auto next = static_cast<unsigned char>(segment[i + 1]);
      if (!((next >= 0x90 && next <= 0xAF) || next == 0x81))
        return false;
      ++letters;
      i += 2;
    } else {
      return false;
    }
    ++characters;
  }
  return true;
}

} // namespace

std::optional<AccountCode> parse_account_code(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.size() > 40)
    return std::nullopt;
  const auto segments = split(text, '.');
  if (segments.size() > 4)
    return std::nullopt;
  AccountCode code;
  code.text = std::string(text);
  for (size_t i = 0; i < segments.size(); ++i) {
    const std::string& s = segments[i];
    int letters = 0, digits = 0, characters = 0;
    if (s.empty() || !capital_letters_or_digits(s, letters, digits, characters))
      return std::nullopt;
    if (i == 0) {
      if (letters == 0) {
        if (digits != 2 && digits != 3)
          return std::nullopt;
        code.off_balance = digits == 3;
      } else {
        // Off-balance accounts of 1С: "МЦ", "ГТД", "Н01"; letters come first.
        if (characters > 4 ||
            !(static_cast<unsigned char>(s[0]) >= 0x80 || (s[0] >= 'A' && s[0] <= 'Z')))
          return std::nullopt;
        code.off_balance = true;
      }
      code.key = s;
      continue;
    }
    if (characters > 3)
      return std::nullopt;
    code.key += '.';
    if (letters == 0) {
      size_t first = s.find_first_not_of('0');
      code.key += first == std::string::npos ? "0" : s.substr(first);
    } else {
      code.key += s;
    }
  }
  return code;
}

bool is_subaccount_of(std::string_view key, std::string_view ancestor) noexcept {
  return key.size() > ancestor.size() + 1 && key.substr(0, ancestor.size()) == ancestor &&
         key[ancestor.size()] == '.';
}

std::string_view parent_account(std::string_view key) noexcept {
  const size_t dot = key.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : key.substr(0, dot);
}

} // namespace acctcore
