#pragma once

// Reference data of the client register: legal forms, tax regimes and statuses per country.
// Keep docs/clients.md in sync with the tables in reference.cpp.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// A legal form of a client in one country.
struct LegalForm {
  std::string_view country;      ///< "ru", "kz"
  std::string_view code;         ///< stable code stored and used in scripts: "ooo", "ip", "too"
  std::string_view abbreviation; ///< as people write it before the name: "ООО", "ИП", "ТОО"
  std::string_view name;         ///< the full Russian name
  bool individual; ///< an individual (ИП, КФХ): 12-digit ИНН, ОГРНИП, no КПП
};

/// Throws Error(invalid) unless `country` is "ru" or "kz".
void require_country(std::string_view country);

/// The form with `code` in `country`, or nullptr.
const LegalForm* find_legal_form(std::string_view country, std::string_view code);

/// The form for `text`: its code ("ooo") or abbreviation ("ООО", any case). Throws
/// Error(invalid) listing the country's forms when there is none.
const LegalForm& require_legal_form(std::string_view country, std::string_view text);

/// The forms of `country`, in documentation order.
std::vector<const LegalForm*> legal_forms(std::string_view country);

/// A name that starts with a form's abbreviation or full name ("ООО «Ромашка»", "ИП Иванов
/// И.И.", "Общество с ограниченной ответственностью «Ромашка»"): the form and the rest of the
/// name without quotes ("Ромашка"). nullopt when the name starts with no form of `country`.
struct NameWithForm {
  const LegalForm* form;
  std::string rest;
};
std::optional<NameWithForm> split_form_prefix(std::string_view country, std::string_view name);

/// A tax regime of one country, the value of the fact `regime`.
struct TaxRegime {
  std::string_view country;
  std::string_view code;    ///< "osno", "usn-income", ...
  std::string_view name;    ///< Russian name, as accountants say it
  bool individuals_only;    ///< patent, НПД: only an ИП (or КФХ) can apply it
  std::string_view aliases; ///< '|'-separated spellings accepted on input, compared by regime_key
  std::string_view forms = {}; ///< '|'-separated form codes that may apply it; empty: any form
  int last_year = 0;           ///< the last year it existed (abolished after it); 0: in force
  std::string_view abolished_by = {}; ///< the act that abolished it, for messages
};

/// True when `form` (a form code) may apply `regime` (its `forms` and `individuals_only`).
bool regime_allows_form(const TaxRegime& regime, const LegalForm& form);

/// The regimes of `country`, in documentation order.
std::vector<const TaxRegime*> tax_regimes(std::string_view country);

/// The regime for `text`: a code ("usn-income") or a spelling accountants use ("УСН доходы",
/// "УСН 6%", "ОСНО"). Throws Error(invalid) listing the country's codes when there is none.
const TaxRegime& require_tax_regime(std::string_view country, std::string_view text);

/// Who a Росстат form is for: organisations (small and micro enterprises), individual
/// entrepreneurs, or either.
enum class RespondentKind : unsigned char { organisations, individuals, any };

/// A federal statistical observation form (Росстат) acct knows: the value of the fact
/// `rosstat` lists the ones a client was told to file (docs/clients.md#rosstat). Its due dates
/// are obligations of the bundled ru-statutory template.
struct RosstatForm {
  std::string_view code;    ///< stable code stored and used in templates: "pm", "mp-micro"
  std::string_view name;    ///< as the form is written: "ПМ", "МП(микро)"
  std::string_view title;   ///< its full name
  RespondentKind who;       ///< who files it
  std::string_view aliases; ///< '|'-separated spellings accepted on input, compared by regime_key
};

/// The bundled Росстат forms, in documentation order.
std::vector<const RosstatForm*> rosstat_forms();

/// The form for `text`: its code, its name or an alias ("ПМ", "мп микро"); nullptr otherwise.
const RosstatForm* find_rosstat_form(std::string_view text);

/// Client statuses in lifecycle order; keep the CHECK in schemas/0002_clients.sql in sync.
inline constexpr std::string_view k_client_statuses[] = {"prospect", "onboarding", "active",
                                                         "paused", "offboarded"};

/// Throws Error(invalid) for an unknown status, listing the statuses.
void require_client_status(std::string_view status);

/// The statuses a client may move to from `status` (docs/clients.md, "Status").
std::vector<std::string> next_statuses(std::string_view status);

} // namespace acctcore
