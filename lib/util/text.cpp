#include "util/text.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace acctcore {

namespace {

/// Decodes one code point at `pos`; advances `pos`. Assumes valid UTF-8.
char32_t next_code_point(std::string_view text, size_t& pos) noexcept {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char b0 = byte(pos);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1;
  char32_t cp = b0 & (0x3F >> extra);
  ++pos;
  while (extra-- > 0 && pos < text.size())
    cp = (cp << 6) | (byte(pos++) & 0x3F);
  return cp;
}

bool is_zero_width(char32_t cp) noexcept {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) ||
         (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF;
}

bool is_wide(char32_t cp) noexcept {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
         (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
         (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

size_t code_point_width(char32_t cp) noexcept {
  if (is_zero_width(cp))
    return 0;
  return is_wide(cp) ? 2 : 1;
}

} // namespace

size_t invalid_utf8_offset(std::string_view text) noexcept {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    int extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
      extra = 1;
      cp = b0 & 0x1F;
      min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
      extra = 2;
      cp = b0 & 0x0F;
      min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
      extra = 3;
      cp = b0 & 0x07;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + static_cast<size_t>(extra) >= n)
      return i;
    for (int k = 1; k <= extra; ++k) {
      const auto b = static_cast<unsigned char>(text[i + static_cast<size_t>(k)]);
      if ((b & 0xC0) != 0x80)
        return i;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += static_cast<size_t>(extra) + 1;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) noexcept {
  return invalid_utf8_offset(text) == std::string_view::npos;
}

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto append = [&out](char32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  };
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = next_code_point(text, pos);
    if (cp >= 'A' && cp <= 'Z')
      cp += 'a' - 'A';
    else if (cp >= 0x0410 && cp <= 0x042F) // А..Я
      cp += 0x20;
    else if (cp >= 0x0400 && cp <= 0x040F) // Ѐ..Џ, including Ё and the Kazakh І
      cp += 0x50;
    else if (((cp >= 0x048A && cp <= 0x04BF) || (cp >= 0x04D0 && cp <= 0x04FF)) && cp % 2 == 0)
      cp += 1;        // Ғ Қ Ң Ү Ұ Һ Ә Ө: upper and lower in pairs, upper even
    if (cp == 0x0451) // ё is written as е often enough that matching must not care
      cp = 0x0435;
    append(cp);
  }
  return out;
}

std::string require_single_line(std::string_view what, std::string_view text, size_t max_width) {
  const std::string_view value = trim(text);
  if (value.empty())
    throw Error(ErrorKind::invalid, trf("the {} must not be empty", what));
  if (!is_valid_utf8(value))
    throw Error(ErrorKind::invalid, trf("the {} is not valid UTF-8", what));
  if (has_control_chars(value) || value.find('\n') != std::string_view::npos)
    throw Error(ErrorKind::invalid,
                trf("the {} must be one line without control characters", what));
  if (display_width(value) > max_width)
    throw Error(ErrorKind::invalid, trf("the {} is longer than {} characters", what, max_width));
  return std::string(value);
}

size_t display_width(std::string_view text) noexcept {
  size_t width = 0;
  for (size_t pos = 0; pos < text.size();)
    width += code_point_width(next_code_point(text, pos));
  return width;
}

std::string truncate_to_width(std::string_view text, size_t width) {
  if (display_width(text) <= width)
    return std::string(text);
  if (width == 0)
    return {};
  std::string out;
  size_t used = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const size_t w = code_point_width(next_code_point(text, pos));
    if (used + w > width - 1)
      break;
    out.append(text.substr(start, pos - start));
    used += w;
  }
  return out + "…";
}

std::string pad_right(std::string_view text, size_t width) {
  std::string out(text);
  const size_t w = display_width(text);
  if (w < width)
    out.append(width - w, ' ');
  return out;
}

std::string pad_left(std::string_view text, size_t width) {
  const size_t w = display_width(text);
  std::string out(w < width ? width - w : 0, ' ');
  out.append(text);
  return out;
}

std::string_view trim(std::string_view text) noexcept {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!text.empty() && is_space(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && is_space(text.back()))
    text.remove_suffix(1);
  return text;
}

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find(separator, start);
    parts.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos)
      return parts;
    start = end + 1;
  }
}

std::string join(std::span<const std::string> parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0)
      out.append(separator);
    out.append(parts[i]);
  }
  return out;
}

std::string join_nonempty(std::initializer_list<std::string_view> parts,
                          std::string_view separator) {
  std::string out;
  for (const auto part : parts) {
    if (part.empty())
      continue;
    if (!out.empty())
      out.append(separator);
    out.append(part);
  }
  return out;
}

bool has_control_chars(std::string_view text) noexcept {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t' && c != '\n') || u == 0x7F;
  });
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string closest_match(std::string_view word, std::span<const std::string> candidates) {
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const auto& candidate : candidates) {
    const size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  // Close enough to be a typo: at most a third of the word, and never more than 3 edits.
  const size_t limit = std::min<size_t>(3, std::max<size_t>(1, word.size() / 3));
  if (best_distance == 0 || best_distance > limit)
    return {};
  return best;
}

std::string did_you_mean(std::string_view word, std::span<const std::string> candidates,
                         std::string otherwise) {
  const std::string guess = closest_match(word, candidates);
  return guess.empty() ? otherwise : trf("did you mean '{}'?", guess);
}

std::string quoted_list(std::span<const std::string> values, std::string_view last_separator) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0)
      out.append(i + 1 == values.size() ? last_separator : std::string_view{", "});
    out.append(fmt::format("'{}'", values[i]));
  }
  return out;
}

Error unknown_name_error(std::string_view what, std::string_view key,
                         std::span<const std::string> known, std::string_view listed,
                         std::string_view command) {
  // One whole sentence per kind of name, so that each can be translated as a whole.
  std::string message;
  if (what == "calendar")
    message = trf("unknown calendar '{}'", key);
  else if (what == "service")
    message = trf("unknown service '{}'", key);
  else
    message = fmt::format("unknown {} '{}'", what, key);
  const std::string guess = closest_match(key, known);
  // `listed` is a literal marked with N_() by the caller, so it is null-terminated.
  const std::string label = tr(std::string(listed).c_str());
  return Error(ErrorKind::not_found, std::move(message),
               guess.empty()
                   // TRANSLATORS: "known calendars: 'kz' and 'ru' (see 'acct calendar list')";
                   // the first {} is a label ("known calendars"), the last a command.
                   ? trf("{}: {} (see '{}')", label,
                         known.empty() ? std::string(tr("none")) : quoted_list(known, " and "),
                         command)
                   : trf("did you mean '{}'?", guess));
}

std::string
fill_placeholders(std::string_view text,
                  const std::function<std::optional<std::string>(std::string_view)>& value) {
  std::string out;
  out.reserve(text.size() + 64);
  size_t at = 0;
  while (at < text.size()) {
    const size_t open = text.find('{', at);
    const size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      out += text.substr(at);
      break;
    }
    out += text.substr(at, open - at);
    if (auto filled = value(text.substr(open + 1, close - open - 1)))
      out += *filled;
    else
      out += text.substr(open, close - open + 1);
    at = close + 1;
  }
  return out;
}

} // namespace acctcore
