#include "client/identifiers.hpp"

#include "client/reference.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int digit(std::string_view text, size_t i) {
  return text[i] - '0';
}

/// sum(digit[i] * weight[i]) over the weights, mod 11, mod 10: the ИНН control digit.
int inn_control(std::string_view digits, std::initializer_list<int> weights) {
  int sum = 0;
  size_t i = 0;
  for (const int weight : weights)
    sum += digit(digits, i++) * weight;
  return sum % 11 % 10;
}

/// The number formed by the first `count` digits, mod `modulus` (at most 14 digits: fits).
int prefix_mod(std::string_view digits, size_t count, int modulus) {
  long long remainder = 0;
  for (size_t i = 0; i < count; ++i)
    remainder = (remainder * 10 + digit(digits, i)) % modulus;
  return static_cast<int>(remainder);
}

std::string ordinal(size_t n) {
  // TRANSLATORS: the position of a control digit, 9 to 15 ("the 10th digit").
  return trf("{}th", n);
}

std::string normalize(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t')
      continue;
    if (text.substr(i, 2) == "\xC2\xA0") { // no-break space, as spreadsheets group digits
      ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

Error invalid_id(std::string_view label, std::string_view value, std::string_view problem,
                 std::string hint = {}) {
  return Error(ErrorKind::invalid, trf("invalid {} '{}': {}", label, value, problem),
               std::move(hint));
}

/// A hint when a spreadsheet dropped a leading zero: "0" + value is a valid number.
std::string leading_zero_hint(std::string_view value, size_t expected_length,
                              std::string (*problem)(std::string_view)) {
  if (value.size() + 1 == expected_length && all_digits(value)) {
    const std::string padded = "0" + std::string(value);
    if (problem(padded).empty())
      return trf("did you mean '{}'? spreadsheets drop leading zeros; keep the column "
                 "as text",
                 padded);
  }
  return {};
}

} // namespace

std::string inn_problem(std::string_view inn) {
  if (!all_digits(inn))
    return tr("an ИНН has only digits");
  if (inn.size() == 10) {
    const int c = inn_control(inn, {2, 4, 10, 3, 5, 9, 4, 6, 8});
    if (c != digit(inn, 9))
      return trf("the control digit ({}) does not match: the first 9 digits give {}", ordinal(10),
                 c);
    return {};
  }
  if (inn.size() == 12) {
    const int c1 = inn_control(inn, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
    if (c1 != digit(inn, 10))
      return trf("the first control digit ({}) does not match: the first 10 digits give {}",
                 ordinal(11), c1);
    const int c2 = inn_control(inn, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
    if (c2 != digit(inn, 11))
      return trf("the second control digit ({}) does not match: the first 11 digits give {}",
                 ordinal(12), c2);
    return {};
  }
  return trf("an ИНН has 10 digits (organisation) or 12 (individual), not {}", inn.size());
}

std::string kpp_problem(std::string_view kpp) {
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto is_reason = [&](char c) { return is_digit(c) || (c >= 'A' && c <= 'Z'); };
  if (kpp.size() != 9 || !std::all_of(kpp.begin(), kpp.begin() + 4, is_digit) ||
      !is_reason(kpp[4]) || !is_reason(kpp[5]) ||
      !std::all_of(kpp.begin() + 6, kpp.end(), is_digit))
    return tr("a КПП has 9 characters: 4 digits (tax office), 2 digits or capital latin letters "
              "(reason), 3 digits");
  return {};
}

std::string ogrn_problem(std::string_view ogrn) {
  if (!all_digits(ogrn))
    return tr("an ОГРН has only digits");
  if (ogrn.size() == 13) {
    if (ogrn[0] != '1' && ogrn[0] != '5')
      return tr("an ОГРН starts with 1 or 5");
    const int c = prefix_mod(ogrn, 12, 11) % 10;
    if (c != digit(ogrn, 12))
      return trf("the control digit ({}) does not match: the first 12 digits give {} (mod 11)",
                 ordinal(13), c);
    return {};
  }
  if (ogrn.size() == 15) {
    if (ogrn[0] != '3')
      return tr("an ОГРНИП starts with 3");
    const int c = prefix_mod(ogrn, 14, 13) % 10;
    if (c != digit(ogrn, 14))
      return trf("the control digit ({}) does not match: the first 14 digits give {} (mod 13)",
                 ordinal(15), c);
    return {};
  }
  return trf("an ОГРН has 13 digits (organisation), an ОГРНИП 15 (individual), not {}",
             ogrn.size());
}

std::string kz_bin_problem(std::string_view bin) {
  if (!all_digits(bin))
    return tr("a БИН/ИИН has only digits");
  if (bin.size() != 12)
    return trf("a БИН/ИИН has 12 digits, not {}", bin.size());
  // First pass with weights 1..11; when it gives 10, a second pass with weights 3..11, 1, 2;
  // when that gives 10 too, no number is ever issued with these first 11 digits.
  int sum = 0;
  for (size_t i = 0; i < 11; ++i)
    sum += digit(bin, i) * static_cast<int>(i + 1);
  int c = sum % 11;
  if (c == 10) {
    static constexpr int k_second[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    sum = 0;
    for (size_t i = 0; i < 11; ++i)
      sum += digit(bin, i) * k_second[i];
    c = sum % 11;
    if (c == 10)
      return tr("the first 11 digits have no valid control digit (both passes give 10)");
  }
  if (c != digit(bin, 11))
    return trf("the control digit ({}) does not match: the first 11 digits give {}", ordinal(12),
               c);
  return {};
}

std::string_view tax_id_label(std::string_view country) {
  return country == "kz" ? "БИН/ИИН" : "ИНН";
}

std::string_view tax_id_label(const LegalForm& form) {
  if (form.country != "kz")
    return "ИНН";
  return form.individual ? "ИИН" : "БИН";
}

TaxIds require_tax_ids(const LegalForm& form, const TaxIds& typed) {
  TaxIds ids{normalize(typed.inn), normalize(typed.kpp), normalize(typed.ogrn)};
  const std::string who = trf("form '{}' ({})", form.code, form.abbreviation);
  if (form.country == "kz") {
    if (!ids.kpp.empty() || !ids.ogrn.empty())
      throw Error(ErrorKind::invalid,
                  ids.kpp.empty()
                      ? tr("an ОГРН is a Russian identifier; a Kazakh client has only its БИН/ИИН")
                      : tr("a КПП is a Russian identifier; a Kazakh client has only its БИН/ИИН"));
    if (const auto problem = kz_bin_problem(ids.inn); !problem.empty()) {
      std::string hint = leading_zero_hint(ids.inn, 12, &kz_bin_problem);
      if (hint.empty() && inn_problem(ids.inn).empty())
        hint = tr("it is a valid Russian ИНН: a Kazakh client is identified by its БИН (an "
                  "organisation) or ИИН (an entrepreneur); for a Russian client give country ru");
      throw invalid_id(tax_id_label(form), ids.inn, problem, std::move(hint));
    }
    // The 5th digit of a БИН is the kind of entity (4, 5 or 6); of an ИИН, a digit of the birth
    // day (0 to 3). So the two never look alike.
    const bool looks_like_bin = ids.inn[4] >= '4' && ids.inn[4] <= '6';
    if (form.individual && looks_like_bin)
      throw Error(ErrorKind::invalid,
                  trf("'{}' is a БИН (an organisation's number); {} is identified by "
                      "the owner's ИИН",
                      ids.inn, who));
    if (!form.individual && !looks_like_bin)
      throw Error(ErrorKind::invalid,
                  trf("'{}' is not a БИН: the 5th digit of a БИН is 4, 5 or 6 (an ИИН's "
                      "is a digit of the birth date); {} has a БИН",
                      ids.inn, who));
    return ids;
  }
  if (const auto problem = inn_problem(ids.inn); !problem.empty()) {
    std::string hint = leading_zero_hint(ids.inn, form.individual ? 12 : 10, &inn_problem);
    // Only for an organisation: one 12-digit typo in eleven passes the Kazakh check by chance,
    // and an individual's ИНН has 12 digits too.
    if (hint.empty() && !form.individual && kz_bin_problem(ids.inn).empty())
      hint = tr("it is a valid Kazakh БИН/ИИН: a Russian client is identified by its ИНН; for a "
                "Kazakh client give country kz");
    throw invalid_id("ИНН", ids.inn, problem, std::move(hint));
  }
  if (form.individual && ids.inn.size() != 12)
    throw Error(ErrorKind::invalid,
                trf("ИНН '{}' has 10 digits, an organisation's; {} is an individual "
                    "with a 12-digit ИНН",
                    ids.inn, who));
  if (!form.individual && ids.inn.size() != 10)
    throw Error(ErrorKind::invalid,
                trf("ИНН '{}' has 12 digits, an individual's; {} is an organisation "
                    "with a 10-digit ИНН",
                    ids.inn, who));
  if (!ids.kpp.empty()) {
    if (form.individual)
      throw Error(ErrorKind::invalid, trf("{} has no КПП: a КПП is for organisations", who),
                  tr("leave the КПП out"));
    if (const auto problem = kpp_problem(ids.kpp); !problem.empty())
      throw invalid_id("КПП", ids.kpp, problem);
  }
  if (!ids.ogrn.empty()) {
    const char* label = form.individual ? "ОГРНИП" : "ОГРН";
    if (const auto problem = ogrn_problem(ids.ogrn); !problem.empty())
      throw invalid_id(ids.ogrn.size() == 15 ? "ОГРНИП" : label, ids.ogrn, problem);
    if (form.individual && ids.ogrn.size() != 15)
      throw Error(ErrorKind::invalid,
                  trf("'{}' is a 13-digit ОГРН, an organisation's; {} has a 15-digit "
                      "ОГРНИП",
                      ids.ogrn, who));
    if (!form.individual && ids.ogrn.size() != 13)
      throw Error(ErrorKind::invalid,
                  trf("'{}' is a 15-digit ОГРНИП, an individual's; {} has a 13-digit "
                      "ОГРН",
                      ids.ogrn, who));
  }
  return ids;
}

} // namespace acctcore
