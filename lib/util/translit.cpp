#include "util/translit.hpp"

#include "util/ident.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

namespace {

struct Letter {
  std::string_view cyrillic;
  std::string_view latin;
};

// Lowercase only: the input is case-folded first (fold_case, which also turns ё into е).
constexpr Letter k_letters[] = {
    {"а", "a"},  {"б", "b"},  {"в", "v"},  {"г", "g"},  {"д", "d"},    {"е", "e"}, {"ж", "zh"},
    {"з", "z"},  {"и", "i"},  {"й", "y"},  {"к", "k"},  {"л", "l"},    {"м", "m"}, {"н", "n"},
    {"о", "o"},  {"п", "p"},  {"р", "r"},  {"с", "s"},  {"т", "t"},    {"у", "u"}, {"ф", "f"},
    {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""},  {"ы", "y"},
    {"ь", ""},   {"э", "e"},  {"ю", "yu"}, {"я", "ya"}, {"ә", "a"},    {"ғ", "g"}, {"қ", "k"},
    {"ң", "n"},  {"ө", "o"},  {"ұ", "u"},  {"ү", "u"},  {"һ", "h"},    {"і", "i"},
};

bool is_latin_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

} // namespace

std::string transliterate(std::string_view text) {
  const std::string folded = fold_case(text);
  std::string out;
  out.reserve(folded.size());
  for (size_t pos = 0; pos < folded.size();) {
    bool matched = false;
    if ((static_cast<unsigned char>(folded[pos]) & 0x80) != 0) {
      for (const auto& letter : k_letters) {
        if (folded.compare(pos, letter.cyrillic.size(), letter.cyrillic) == 0) {
          out += letter.latin;
          pos += letter.cyrillic.size();
          matched = true;
          break;
        }
      }
    }
    if (!matched)
      out += folded[pos++];
  }
  return out;
}

std::string make_identifier(std::string_view text, std::string_view fallback) {
  const std::string latin = transliterate(text);
  std::string out;
  bool dash = false;
  for (const char c : latin) {
    if (is_latin_or_digit(c)) {
      if (dash && !out.empty())
        out += '-';
      dash = false;
      out += c;
    } else {
      dash = true;
    }
  }
  if (out.empty())
    return std::string(fallback);
  if (out.front() >= '0' && out.front() <= '9')
    out = std::string(fallback) + "-" + out;
  if (out.size() > k_max_identifier_length) {
    const size_t cut = out.rfind('-', k_max_identifier_length);
    out.resize(cut != std::string::npos && cut > 0 ? cut : k_max_identifier_length);
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out;
}

std::string unique_identifier(const std::string& base,
                              const std::function<bool(const std::string&)>& taken) {
  if (!taken(base))
    return base;
  for (int n = 2;; ++n) {
    const std::string suffix = fmt::format("-{}", n);
    std::string stem = base.substr(0, k_max_identifier_length - suffix.size());
    while (!stem.empty() && (stem.back() == '-' || stem.back() == '.' || stem.back() == '_'))
      stem.pop_back();
    std::string candidate = stem + suffix;
    if (!taken(candidate))
      return candidate;
  }
}

} // namespace acctcore
