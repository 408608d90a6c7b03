#include "util/ident.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

bool is_lower(char c) noexcept {
  return c >= 'a' && c <= 'z';
}
bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}
bool is_punct(char c) noexcept {
  return c == '.' || c == '_' || c == '-';
}

} // namespace

bool is_valid_identifier(std::string_view value) noexcept {
  if (value.empty() || value.size() > k_max_identifier_length || !is_lower(value.front()) ||
      is_punct(value.back()))
    return false;
  for (const char c : value)
    if (!is_lower(c) && !is_digit(c) && !is_punct(c))
      return false;
  return true;
}

void require_identifier(std::string_view kind, std::string_view value) {
  if (is_valid_identifier(value))
    return;
  std::string hint;
  const std::string lower = to_lower_ascii(value);
  if (lower != value && is_valid_identifier(lower))
    hint = trf("did you mean '{}'?", lower);
  else if (std::any_of(value.begin(), value.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; }))
    hint = tr("use latin letters, e.g. a transliteration: 'ivanova', 'romashka'");
  else if (value.size() > k_max_identifier_length)
    hint = trf("it has {} characters", value.size());
  // One whole sentence per kind of identifier, so that each translates as a whole.
  std::string message;
  if (kind == "slug")
    message = trf("invalid slug '{}': use lowercase latin letters, digits, '.', '_' and '-', "
                  "starting with a letter (at most {} characters)",
                  value, k_max_identifier_length);
  else if (kind == "handle")
    message = trf("invalid handle '{}': use lowercase latin letters, digits, '.', '_' and '-', "
                  "starting with a letter (at most {} characters)",
                  value, k_max_identifier_length);
  else if (kind == "service id")
    message = trf("invalid service id '{}': use lowercase latin letters, digits, '.', '_' and "
                  "'-', starting with a letter (at most {} characters)",
                  value, k_max_identifier_length);
  else
    message = fmt::format("invalid {} '{}': use lowercase latin letters, digits, '.', '_' and "
                          "'-', starting with a letter (at most {} characters)",
                          kind, value, k_max_identifier_length);
  throw Error(ErrorKind::invalid, message, hint);
}

} // namespace acctcore
