#include "client/reference.hpp"

#include "config/config.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr LegalForm k_legal_forms[] = {
    {"ru", "ooo", "ООО", "общество с ограниченной ответственностью", false},
    {"ru", "ao", "АО", "акционерное общество", false},
    {"ru", "pao", "ПАО", "публичное акционерное общество", false},
    {"ru", "ip", "ИП", "индивидуальный предприниматель", true},
    {"ru", "kfh", "КФХ", "глава крестьянского (фермерского) хозяйства", true},
    {"ru", "nko", "НКО", "некоммерческая организация", false},
    {"ru", "tsn", "ТСН", "товарищество собственников недвижимости", false},
    {"ru", "gup", "ГУП", "унитарное предприятие", false},
    {"kz", "too", "ТОО", "товарищество с ограниченной ответственностью", false},
    {"kz", "ao", "АО", "акционерное общество", false},
    {"kz", "ip", "ИП", "индивидуальный предприниматель", true},
    {"kz", "kh", "КХ", "крестьянское или фермерское хозяйство", true},
    {"kz", "nko", "НКО", "некоммерческая организация", false},
};

/// Other abbreviations people put before a name, per form (folded, '|'-separated).
constexpr std::pair<std::string_view, std::string_view> k_form_aliases[] = {
    {"ru:ao", "нао|зао|оао"},
    {"ru:kfh", "глава кфх|фх"},
    {"ru:nko", "ано|фонд|ассоциация"},
    {"ru:tsn", "тсж"},
    {"ru:gup", "муп"},
    {"kz:kh", "фх|кфх"},
    {"kz:nko", "оюл|оо|учреждение"},
};

constexpr TaxRegime k_tax_regimes[] = {
    {"ru", "osno", "ОСНО", false, "осно|осн|общая|общий|общий режим|общая система"},
    {"ru", "usn-income", "УСН «доходы»", false, "усн доходы|усн 6%|усн д|упрощенка доходы"},
    {"ru", "usn-income-expense", "УСН «доходы минус расходы»", false,
     "усн доходы минус расходы|усн доходы-расходы|усн 15%|усн д-р|упрощенка доходы минус расходы"},
    {"ru", "patent", "ПСН (патент)", true, "патент|псн"},
    {"ru", "ausn", "АУСН", false, "аусн"},
    {"ru", "eshn", "ЕСХН", false, "есхн"},
    {"ru", "npd", "НПД (самозанятый)", true, "нпд|самозанятый"},
    // The Tax Code of 18.07.2025 № 214-VIII (in force 01.01.2026), art. 715: the general
    // regime and three special ones. The self-employed regime (art. 718) is for individuals who
    // are not entrepreneurs, so no client form has it. Patent and retail tax ended with 2025.
    {"kz", "general", "общеустановленный порядок", false, "оур|общеустановленный|общий"},
    {"kz", "simplified", "СНР на основе упрощённой декларации", false,
     "упрощенная декларация|снр уд|упрощенка|910", "too|ao|ip|kh"},
    {"kz", "agricultural", "СНР для крестьянских или фермерских хозяйств", false,
     "снр для кх|снр кх|сельхоз|сельхозпроизводители|920", "kh"},
    {"kz", "patent", "СНР на основе патента", true, "патент", "", 2025,
     "Налоговым кодексом РК от 18.07.2025 № 214-VIII"},
    {"kz", "retail-tax", "СНР розничного налога", false, "розничный налог", "", 2025,
     "Налоговым кодексом РК от 18.07.2025 № 214-VIII"},
};

/// Federal statistical observation forms of small businesses, with who files them (the forms'
/// instructions; docs/law/ru-statutory.md §11). Russian reference data.
constexpr RosstatForm k_rosstat_forms[] = {
    {"pm", "ПМ", "Сведения об основных показателях деятельности малого предприятия",
     RespondentKind::organisations, "пм|форма пм"},
    {"mp-micro", "МП(микро)", "Сведения об основных показателях деятельности микропредприятия",
     RespondentKind::organisations, "мп микро|мп(микро)|мп-микро|форма мп микро"},
    {"p-4-nz", "П-4 (НЗ)", "Сведения о неполной занятости и движении работников",
     RespondentKind::organisations, "п-4 нз|п-4(нз)|п4 нз|п-4 (нз)"},
    {"mp-sp", "МП-сп",
     "Сведения об основных показателях деятельности малого предприятия (сплошное наблюдение)",
     RespondentKind::organisations, "мп-сп|мп сп|мпсп"},
    {"1-predprinimatel", "1-предприниматель",
     "Сведения о деятельности индивидуального предпринимателя (сплошное наблюдение)",
     RespondentKind::individuals, "1-предприниматель|1 предприниматель"},
};

/// The entries of a reference table that belong to `country`, in table order.
template <typename T, size_t N>
std::vector<const T*> of_country(const T (&table)[N], std::string_view country) {
  std::vector<const T*> entries;
  for (const auto& entry : table)
    if (entry.country == country)
      entries.push_back(&entry);
  return entries;
}

/// Letters and digits only, case-folded: "УСН (доходы - расходы)" and "усн доходы-расходы" meet.
std::string regime_key(std::string_view text) {
  std::string out;
  const std::string folded = fold_case(text);
  for (const char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%')
      out += c;
  }
  // Drop the punctuation Cyrillic does not have as ASCII: « » — – (all start with 0xC2 or 0xE2).
  std::string clean;
  for (size_t i = 0; i < out.size(); ++i) {
    const auto u = static_cast<unsigned char>(out[i]);
    if (u == 0xC2 && i + 1 < out.size()) { // « » and NBSP
      ++i;
      continue;
    }
    if (u == 0xE2 && i + 2 < out.size()) { // – — “ ” „
      i += 2;
      continue;
    }
    clean += out[i];
  }
  return clean;
}

bool matches_alias(std::string_view aliases, const std::string& key) {
  for (const auto& alias : split(aliases, '|'))
    if (regime_key(alias) == key)
      return true;
  return false;
}

std::vector<std::string> codes_of(const std::vector<const LegalForm*>& forms) {
  std::vector<std::string> codes;
  for (const auto* form : forms)
    codes.emplace_back(form->code);
  return codes;
}

std::string_view form_aliases(const LegalForm& form) {
  const std::string id = fmt::format("{}:{}", form.country, form.code);
  for (const auto& [key, aliases] : k_form_aliases)
    if (key == id)
      return aliases;
  return {};
}

/// Strips quotes and spaces around what is left of a name after its form.
std::string strip_quotes(std::string_view text) {
  std::string out(trim(text));
  for (const std::string_view quote : {"«", "»", "\"", "“", "”", "„"}) {
    for (size_t pos; (pos = out.find(quote)) != std::string::npos;)
      out.erase(pos, quote.size());
  }
  return std::string(trim(out));
}

} // namespace

void require_country(std::string_view country) {
  if (std::find(std::begin(k_countries), std::end(k_countries), country) == std::end(k_countries))
    throw Error(ErrorKind::invalid, trf("unknown country '{}'", country),
                tr("countries: 'ru' (Russia) or 'kz' (Kazakhstan)"));
}

const LegalForm* find_legal_form(std::string_view country, std::string_view code) {
  for (const auto& form : k_legal_forms)
    if (form.country == country && form.code == code)
      return &form;
  return nullptr;
}

std::vector<const LegalForm*> legal_forms(std::string_view country) {
  return of_country(k_legal_forms, country);
}

const LegalForm& require_legal_form(std::string_view country, std::string_view text) {
  require_country(country);
  const std::string value(trim(text));
  if (const auto* form = find_legal_form(country, value))
    return *form;
  const std::string folded = fold_case(value);
  for (const auto* form : legal_forms(country))
    if (fold_case(form->abbreviation) == folded || fold_case(form->name) == folded ||
        matches_alias(form_aliases(*form), regime_key(value)))
      return *form;
  const auto codes = codes_of(legal_forms(country));
  const std::string guess = closest_match(to_lower_ascii(value), codes);
  throw Error(ErrorKind::invalid, trf("unknown legal form '{}' for country '{}'", value, country),
              guess.empty() ? trf("forms: {}", quoted_list(codes))
                            : trf("did you mean '{}'? forms: {}", guess, quoted_list(codes)));
}

std::optional<NameWithForm> split_form_prefix(std::string_view country, std::string_view name) {
  const std::string folded = fold_case(trim(name));
  // The longest match wins: "ПАО" before "АО", a full name before an abbreviation.
  const LegalForm* best = nullptr;
  size_t best_length = 0;
  for (const auto* form : legal_forms(country)) {
    std::vector<std::string> spellings = {std::string(form->abbreviation), std::string(form->name)};
    for (const auto& alias : split(form_aliases(*form), '|'))
      spellings.push_back(alias);
    for (const auto& spelling : spellings) {
      const std::string prefix = fold_case(spelling);
      if (folded.compare(0, prefix.size(), prefix) != 0 || prefix.size() <= best_length)
        continue;
      // The prefix must end at a word boundary: "ИПотека" is not an ИП.
      const size_t next = prefix.size();
      if (next < folded.size()) {
        const auto c = static_cast<unsigned char>(folded[next]);
        if (c != ' ' && c != '"' && c != 0xC2 /* « */ && c != 0xE2 /* “ */)
          continue;
      }
      best = form;
      best_length = prefix.size();
    }
  }
  if (best == nullptr)
    return std::nullopt;
  // fold_case keeps byte lengths for everything it changes in a prefix (Cyrillic to Cyrillic).
  return NameWithForm{best, strip_quotes(trim(name).substr(best_length))};
}

std::vector<const TaxRegime*> tax_regimes(std::string_view country) {
  return of_country(k_tax_regimes, country);
}

const TaxRegime& require_tax_regime(std::string_view country, std::string_view text) {
  const std::string value(trim(text));
  const std::string key = regime_key(value);
  std::vector<std::string> codes;
  for (const auto* regime : tax_regimes(country)) {
    if (regime->code == value || regime_key(regime->code) == key ||
        matches_alias(regime->aliases, key))
      return *regime;
    codes.emplace_back(regime->code);
  }
  // "usn" is the start of two codes: name both rather than the closest one ("ausn").
  std::vector<std::string> guesses;
  const std::string lower = to_lower_ascii(value);
  for (const auto& code : codes)
    if (!lower.empty() && code.compare(0, lower.size(), lower) == 0)
      guesses.push_back(code);
  if (guesses.empty())
    if (std::string guess = closest_match(lower, codes); !guess.empty())
      guesses.push_back(std::move(guess));
  throw Error(ErrorKind::invalid, trf("unknown regime '{}' for country '{}'", value, country),
              guesses.empty()
                  ? trf("regimes: {}", quoted_list(codes))
                  : trf("did you mean {}? regimes: {}", quoted_list(guesses), quoted_list(codes)));
}

bool regime_allows_form(const TaxRegime& regime, const LegalForm& form) {
  if (regime.individuals_only && !form.individual)
    return false;
  if (regime.forms.empty())
    return true;
  for (const auto& code : split(regime.forms, '|'))
    if (code == form.code)
      return true;
  return false;
}

std::vector<const RosstatForm*> rosstat_forms() {
  std::vector<const RosstatForm*> forms;
  for (const auto& form : k_rosstat_forms)
    forms.push_back(&form);
  return forms;
}

const RosstatForm* find_rosstat_form(std::string_view text) {
  const std::string key = regime_key(trim(text));
  if (key.empty())
    return nullptr;
  for (const auto& form : k_rosstat_forms)
    if (form.code == trim(text) || regime_key(form.code) == key || regime_key(form.name) == key ||
        matches_alias(form.aliases, key))
      return &form;
  return nullptr;
}

void require_client_status(std::string_view status) {
  if (std::find(std::begin(k_client_statuses), std::end(k_client_statuses), status) !=
      std::end(k_client_statuses))
    return;
  const std::vector<std::string> names(std::begin(k_client_statuses), std::end(k_client_statuses));
  throw Error(ErrorKind::invalid, trf("unknown status '{}'", status),
              did_you_mean(status, names, trf("statuses: {}", quoted_list(names))));
}

std::vector<std::string> next_statuses(std::string_view status) {
  if (status == "prospect")
    return {"onboarding", "active", "offboarded"};
  if (status == "onboarding")
    return {"active", "paused", "offboarded"};
  if (status == "active")
    return {"paused", "offboarded"};
  if (status == "paused")
    return {"active", "offboarded"};
  if (status == "offboarded")
    return {"onboarding", "active"};
  return {};
}

} // namespace acctcore
