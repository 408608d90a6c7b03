#include "util/contact.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cstring>

namespace acctcore {

namespace {

Error invalid(std::string_view what, std::string_view value, std::string_view why) {
  // One sentence per kind of contact, so that each translates as a whole; `why` is translated.
  if (what == "email")
    return Error(ErrorKind::invalid, trf("invalid email '{}': {}", value, why));
  if (what == "phone")
    return Error(ErrorKind::invalid, trf("invalid phone '{}': {}", value, why));
  if (what == "telegram username")
    return Error(ErrorKind::invalid, trf("invalid telegram username '{}': {}", value, why));
  return Error(ErrorKind::invalid, fmt::format("invalid {} '{}': {}", what, value, why));
}

bool is_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

void apply_contact_value(std::string& target, const std::optional<std::string>& typed,
                         std::string (*normalize)(std::string_view)) {
  if (typed)
    target = trim(*typed).empty() ? "" : normalize(*typed);
}

std::string normalize_email(std::string_view text) {
  const std::string_view value = trim(text);
  const size_t at = value.find('@');
  if (at == std::string_view::npos)
    throw invalid("email", value, tr("no '@'"));
  if (value.find('@', at + 1) != std::string_view::npos)
    throw invalid("email", value, tr("more than one '@'"));
  const std::string_view local = value.substr(0, at);
  const std::string_view domain = value.substr(at + 1);
  if (local.empty() || local.size() > 64)
    throw invalid("email", value, tr("the part before '@' must have 1 to 64 characters"));
  for (const char c : local)
    if (!is_alnum(c) && std::strchr("!#$%&'*+/=?^_`{|}~.-", c) == nullptr)
      throw invalid("email", value, trf("'{}' is not allowed before '@'", c));
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos)
    throw invalid("email", value, tr("misplaced '.' before '@'"));
  if (!is_valid_utf8(domain))
    throw invalid("email", value, tr("the domain is not valid UTF-8"));
  const auto labels = split(domain, '.');
  if (labels.size() < 2)
    throw invalid("email", value, tr("the domain needs a dot, as in 'example.ru'"));
  for (const auto& label : labels) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
      throw invalid("email", value, trf("bad domain part '{}'", label));
    for (const char c : label)
      if (!is_alnum(c) && c != '-' && (static_cast<unsigned char>(c) & 0x80) == 0)
        throw invalid("email", value, trf("'{}' is not allowed in the domain", c));
  }
  if (labels.back().size() < 2)
    throw invalid("email", value, tr("the top-level domain is too short"));
  return std::string(local) + "@" + to_lower_ascii(domain);
}

std::string normalize_phone(std::string_view text) {
  const std::string_view value = trim(text);
  std::string digits;
  bool plus = false;
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c >= '0' && c <= '9')
      digits += c;
    else if (c == '+' && i == 0)
      plus = true;
    else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.')
      throw invalid("phone", value, trf("'{}' is not allowed in a phone number", c));
  }
  if (!plus && digits.size() == 11 && digits[0] == '8')
    digits[0] = '7'; // Russian trunk prefix: 8 (916) ... is +7 (916) ...
  if (digits.size() < 10 || digits.size() > 15)
    throw invalid("phone", value, tr("a phone number has 10 to 15 digits with the country code"));
  if (!plus && digits.size() == 10)
    throw invalid("phone", value, tr("add the country code, e.g. '+7'"));
  return "+" + digits;
}

std::string normalize_telegram(std::string_view text) {
  std::string_view value = trim(text);
  const std::string_view original = value;
  for (const std::string_view prefix : {"https://t.me/", "http://t.me/", "t.me/", "@"})
    if (value.substr(0, prefix.size()) == prefix) {
      value.remove_prefix(prefix.size());
      break;
    }
  if (value.size() < 5 || value.size() > 32)
    throw invalid("telegram username", original, tr("it must have 5 to 32 characters"));
  for (const char c : value)
    if (!is_alnum(c) && c != '_')
      throw invalid("telegram username", original, tr("use latin letters, digits and '_'"));
  if (!((value.front() >= 'a' && value.front() <= 'z') ||
        (value.front() >= 'A' && value.front() <= 'Z')))
    throw invalid("telegram username", original, tr("it must start with a letter"));
  return "@" + std::string(value);
}

} // namespace acctcore
