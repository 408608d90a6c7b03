#pragma once

// Check digits of Russian and Kazakh taxpayer and registration numbers. The algorithms and the
// real identifiers they were tested with are in docs/clients.md and client_identifiers_test.cpp.

#include <string>
#include <string_view>

namespace acctcore {

struct LegalForm;

/// What is wrong with a Russian ИНН (10 digits for an organisation, 12 for an individual, with
/// one or two control digits), or "" when it is valid. Says which check failed.
std::string inn_problem(std::string_view inn);

/// What is wrong with a КПП (4 digits, 2 digits or capital latin letters, 3 digits), or "".
std::string kpp_problem(std::string_view kpp);

/// What is wrong with an ОГРН (13 digits, starting with 1 or 5, control digit mod 11) or an
/// ОГРНИП (15 digits, starting with 3, control digit mod 13), or "".
std::string ogrn_problem(std::string_view ogrn);

/// What is wrong with a Kazakh БИН or ИИН (12 digits, control digit by two passes of weights), or
/// "".
std::string kz_bin_problem(std::string_view bin);

/// A client's identifiers as typed; spaces (and no-break spaces) are dropped.
struct TaxIds {
  std::string inn; ///< ИНН (ru) or БИН/ИИН (kz)
  std::string kpp;
  std::string ogrn; ///< ОГРН or ОГРНИП
};

/// Normalises and checks `ids` against each other and the client's `form`: check digits, an
/// ИНН of the right length for the form, a КПП only for a Russian organisation, an ОГРН for an
/// organisation and an ОГРНИП for an individual, a БИН for a Kazakh organisation and an ИИН for
/// an individual. Throws Error(invalid) saying what failed.
TaxIds require_tax_ids(const LegalForm& form, const TaxIds& ids);

/// "ИНН" for a Russian client, "БИН/ИИН" for a Kazakh one: what the tax number is called.
std::string_view tax_id_label(std::string_view country);

/// The same for a known form: "ИНН", or "БИН" (Kazakh organisation), or "ИИН" (Kazakh ИП).
std::string_view tax_id_label(const LegalForm& form);

} // namespace acctcore
