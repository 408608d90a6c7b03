#include "words/words.hpp"

#include "util/enum_names.hpp"
#include "words/catalogues.hpp"

#include <cmath>

namespace acctcore {

namespace {

constexpr std::string_view k_codes[] = {"ru"};

constexpr std::string_view k_roman[] = {"I", "II", "III", "IV"};

/// The phrase of a period kind, short or full.
Phrase period_phrase(const Period& p, bool full) {
  switch (p.kind) {
  case PeriodKind::month:
    return full ? Phrase::period_month_full : Phrase::period_month;
  case PeriodKind::quarter:
    return full ? Phrase::period_quarter_full : Phrase::period_quarter;
  case PeriodKind::half_year:
    if (p.index == 1)
      return full ? Phrase::period_half_first_full : Phrase::period_half_first;
    return full ? Phrase::period_half_second_full : Phrase::period_half_second;
  case PeriodKind::nine_months:
    return full ? Phrase::period_nine_months_full : Phrase::period_nine_months;
  case PeriodKind::year:
  case PeriodKind::once:
    break;
  }
  return full ? Phrase::period_year_full : Phrase::period_year;
}

std::string period_words(const Words& w, const Period& p, bool full) {
  if (p.kind == PeriodKind::once)
    return w.date(p.day);
  const auto index = static_cast<std::size_t>(p.index - 1);
  const std::string_view month =
      p.kind == PeriodKind::month && index < 12 ? w.catalogue().months[index] : "";
  const std::string_view roman = p.kind == PeriodKind::quarter && index < 4 ? k_roman[index] : "";
  return w.format(period_phrase(p, full), fmt::arg("month_name", month), fmt::arg("roman", roman),
                  fmt::arg("year", p.year));
}

} // namespace

std::string_view client_language_code(ClientLanguage language) noexcept {
  return enum_name(k_codes, language);
}

std::optional<ClientLanguage> parse_client_language(std::string_view code) noexcept {
  return enum_from_name<ClientLanguage>(k_codes, code);
}

std::vector<std::string> client_language_codes() {
  return {std::begin(k_codes), std::end(k_codes)};
}

std::vector<const Catalogue*> client_catalogues() {
  return {&russian_catalogue()};
}

Words client_words(ClientLanguage language) noexcept {
  switch (language) {
  case ClientLanguage::ru:
    break;
  }
  return Words(russian_catalogue());
}

std::string_view Words::status(TaskStatus status, StatusReader reader) const noexcept {
  const auto& names = reader == StatusReader::client ? m_c->client_statuses : m_c->staff_statuses;
  const auto index = static_cast<std::size_t>(status);
  return index < names.size() ? names[index] : std::string_view{};
}

std::string_view Words::action(ClientAction action) const noexcept {
  const auto index = static_cast<std::size_t>(action);
  return index < m_c->actions.size() ? m_c->actions[index] : m_c->actions[0];
}

std::string_view Words::role(std::string_view role) const noexcept {
  for (const auto& [name, title] : m_c->roles)
    if (name == role)
      return title;
  return role;
}

std::string Words::count(long n, Unit unit) const {
  const auto& forms = m_c->units[static_cast<std::size_t>(unit)];
  const int form = m_c->plural_form(n < 0 ? -n : n);
  return fmt::format("{} {}", n, forms[static_cast<std::size_t>(form)]);
}

std::string Words::period(const Period& p) const {
  return period_words(*this, p, false);
}

std::string Words::period_full(const Period& p) const {
  return period_words(*this, p, true);
}

std::string Words::date(Date day) const {
  const date::year_month_day ymd{day};
  return format(Phrase::date, fmt::arg("day", static_cast<unsigned>(ymd.day())),
                fmt::arg("month", static_cast<unsigned>(ymd.month())),
                fmt::arg("year", static_cast<int>(ymd.year())));
}

std::string Words::day(Date day) const {
  return format(Phrase::day_and_weekday, fmt::arg("date", date(day)),
                fmt::arg("weekday", m_c->weekdays[iso_weekday(day) - 1]));
}

std::string Words::day_month(Date day) const {
  const date::year_month_day ymd{day};
  return format(Phrase::day_month, fmt::arg("day", static_cast<unsigned>(ymd.day())),
                fmt::arg("month", static_cast<unsigned>(ymd.month())));
}

std::string Words::hours(int minutes) const {
  const int tenths = static_cast<int>(std::lround(minutes / 6.0));
  const std::string number =
      tenths % 10 == 0
          ? std::to_string(tenths / 10)
          : fmt::format("{}{}{}", tenths / 10, m_c->decimal_separator, std::abs(tenths % 10));
  return format(Phrase::hours, fmt::arg("hours", number));
}

namespace {

/// The code point at the start of `text` and its length in bytes (0 when not UTF-8).
std::pair<char32_t, std::size_t> first_code_point(std::string_view text) {
  if (text.empty())
    return {0, 0};
  const auto a = static_cast<unsigned char>(text[0]);
  if (a < 0x80)
    return {a, 1};
  if ((a & 0xE0) == 0xC0 && text.size() >= 2)
    return {static_cast<char32_t>(((a & 0x1F) << 6) | (text[1] & 0x3F)), 2};
  return {0, 0}; // three-byte and longer letters are not lowered here
}

/// The lower-case letter of an upper-case Latin or Cyrillic letter (Russian and Kazakh), or 0.
char32_t lower_letter(char32_t c) {
  if (c >= U'A' && c <= U'Z')
    return c + 0x20;
  if (c >= 0x0410 && c <= 0x042F) // А..Я
    return c + 0x20;
  if (c >= 0x0400 && c <= 0x040F) // Ѐ..Џ: Ё, and the Kazakh І
    return c + 0x50;
  // Ғ Қ Ң Ү Ұ Һ Ә Ө: upper and lower in pairs, the upper one even.
  if ((c == 0x0492 || c == 0x049A || c == 0x04A2 || c == 0x04AE || c == 0x04B0 || c == 0x04BA ||
       c == 0x04D8 || c == 0x04E8))
    return c + 1;
  return 0;
}

bool is_lower_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= 0x0430 && c <= 0x045F) ||
         ((c >= 0x0493 && c <= 0x04BB) && (c % 2 == 1)) || c == 0x04D9 || c == 0x04E9;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

} // namespace

std::string lower_first_letter(std::string_view title) {
  const auto [first, length] = first_code_point(title);
  const char32_t lower = lower_letter(first);
  if (lower == 0)
    return std::string(title);
  const auto rest = title.substr(length);
  if (!is_lower_letter(first_code_point(rest).first))
    return std::string(title);
  std::string out;
  out.reserve(title.size());
  append_utf8(out, lower);
  out += rest;
  return out;
}

} // namespace acctcore
