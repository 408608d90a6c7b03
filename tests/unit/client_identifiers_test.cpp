// Check digits tested on real, published identifiers (valid) and on mutations of them
// (invalid). Sources:
// - ПАО Сбербанк: ИНН 7707083893, КПП 773601001, ОГРН 1027700132195 (the bank's published
//   requisites, printed on its payment documents and in ЕГРЮЛ);
// - ООО «Яндекс»: ИНН 7736207543, КПП 770401001, ОГРН 1027700229193 (its published requisites);
// - ПАО «Газпром»: ИНН 7736050003, ОГРН 1027700070518 (ЕГРЮЛ; its financial statements in ГИР БО);
// - individual entrepreneurs' ИНН (12 digits) and ОГРНИП (15 digits) as two ИП publish them on
//   their own websites, where the law requires a seller's details: 771372793813 with ОГРНИП
//   321774600538560, and 421210273345 with ОГРНИП 323547600197695;
// - Kazakhstan: АО «Kaspi Bank» БИН 971240001315 and АО «НК «КазМунайГаз» БИН 020240000555
//   (state business register, gbd_ul, as shown on adata.kz and on bank statements).
#include "client/identifiers.hpp"
#include "client/reference.hpp"
#include "helpers.hpp"

#include <fmt/format.h>

using namespace acctcore;

namespace {

/// `value` with the digit at `index` changed by +1 (mod 10).
std::string mutate(std::string value, size_t index) {
  value[index] = static_cast<char>('0' + (value[index] - '0' + 1) % 10);
  return value;
}

const LegalForm& form(const char* country, const char* code) {
  return *find_legal_form(country, code);
}

} // namespace

TEST_CASE("real organisation ИНН (10 digits) pass, and a mutated digit fails the control digit") {
  for (const char* inn : {"7707083893", "7736207543", "7736050003"}) {
    CAPTURE(inn);
    CHECK(inn_problem(inn).empty());
    for (size_t i = 0; i < 10; ++i)
      CHECK_MESSAGE(!inn_problem(mutate(inn, i)).empty(), mutate(inn, i));
  }
  CHECK(inn_problem("7707083894") ==
        "the control digit (10th) does not match: the first 9 digits give 3");
  CHECK(inn_problem("7707083393") ==
        "the control digit (10th) does not match: the first 9 digits give 6");
}

TEST_CASE("real individual ИНН (12 digits) pass, and each control digit is checked") {
  for (const char* inn : {"771372793813", "421210273345"}) {
    CAPTURE(inn);
    CHECK(inn_problem(inn).empty());
    for (size_t i = 0; i < 12; ++i)
      CHECK_MESSAGE(!inn_problem(mutate(inn, i)).empty(), mutate(inn, i));
  }
  CHECK(inn_problem("771372793823") ==
        "the first control digit (11th) does not match: the first 10 digits give 1");
  CHECK(inn_problem("771372793814") ==
        "the second control digit (12th) does not match: the first 11 digits give 3");
}

TEST_CASE("ИНН shape problems") {
  CHECK(inn_problem("77070838") == "an ИНН has 10 digits (organisation) or 12 (individual), not 8");
  CHECK(inn_problem("77070838931") ==
        "an ИНН has 10 digits (organisation) or 12 (individual), not 11");
  CHECK(inn_problem("77O7083893") == "an ИНН has only digits");
  CHECK(inn_problem("") == "an ИНН has only digits");
}

TEST_CASE("real ОГРН (13 digits, mod 11) and ОГРНИП (15 digits, mod 13)") {
  for (const char* ogrn :
       {"1027700132195", "1027700229193", "1027700070518", "321774600538560", "323547600197695"}) {
    CAPTURE(ogrn);
    CHECK(ogrn_problem(ogrn).empty());
  }
  CHECK(ogrn_problem("1027700132196") ==
        "the control digit (13th) does not match: the first 12 digits give 5 (mod 11)");
  CHECK(ogrn_problem("1027700132295") ==
        "the control digit (13th) does not match: the first 12 digits give 4 (mod 11)");
  CHECK(ogrn_problem("321774600538561") ==
        "the control digit (15th) does not match: the first 14 digits give 0 (mod 13)");
  CHECK(ogrn_problem("321774600548560") ==
        "the control digit (15th) does not match: the first 14 digits give 2 (mod 13)");
  CHECK(ogrn_problem("3027700132195") == "an ОГРН starts with 1 or 5");
  CHECK(ogrn_problem("121774600538560") == "an ОГРНИП starts with 3");
  CHECK(ogrn_problem("10277001321") ==
        "an ОГРН has 13 digits (organisation), an ОГРНИП 15 (individual), not 11");
}

TEST_CASE("КПП: 4 digits, 2 digits or capital latin letters, 3 digits") {
  CHECK(kpp_problem("773601001").empty());
  CHECK(kpp_problem("7736AB001").empty());
  CHECK_FALSE(kpp_problem("77360100").empty());
  CHECK_FALSE(kpp_problem("7736ab001").empty());
  CHECK_FALSE(kpp_problem("773601A01").empty());
}

TEST_CASE("real Kazakh БИН pass, and mutations fail the control digit") {
  for (const char* bin : {"971240001315", "020240000555"}) {
    CAPTURE(bin);
    CHECK(kz_bin_problem(bin).empty());
    // The 11th digit weighs 11 (0 mod 11) in the first pass: the algorithm cannot see a change
    // there unless the first pass gives 10. Every other digit is covered.
    for (size_t i = 0; i < 12; ++i)
      if (i != 10)
        CHECK_MESSAGE(!kz_bin_problem(mutate(bin, i)).empty(), mutate(bin, i));
  }
  CHECK(kz_bin_problem("971240001316") ==
        "the control digit (12th) does not match: the first 11 digits give 5");
  CHECK(kz_bin_problem("97124000131") == "a БИН/ИИН has 12 digits, not 11");
}

TEST_CASE("the Kazakh second pass: weights 3..11, 1, 2 when the first gives 10") {
  // Prefixes whose first pass gives 10 are found by search; the second pass then decides.
  int found_second_pass = 0, found_impossible = 0;
  for (int n = 0; n < 20000 && (found_second_pass == 0 || found_impossible == 0); ++n) {
    const std::string prefix = fmt::format("{:011d}", static_cast<long long>(n) * 7919);
    int sum = 0;
    for (size_t i = 0; i < 11; ++i)
      sum += (prefix[i] - '0') * static_cast<int>(i + 1);
    if (sum % 11 != 10)
      continue;
    constexpr int k_second[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    int second = 0;
    for (size_t i = 0; i < 11; ++i)
      second += (prefix[i] - '0') * k_second[i];
    if (second % 11 == 10) {
      ++found_impossible;
      for (int d = 0; d < 10; ++d)
        CHECK(kz_bin_problem(prefix + std::to_string(d)) ==
              "the first 11 digits have no valid control digit (both passes give 10)");
    } else {
      ++found_second_pass;
      CHECK(kz_bin_problem(prefix + std::to_string(second % 11)).empty());
    }
  }
  CHECK(found_second_pass > 0);
  CHECK(found_impossible > 0);
}

TEST_CASE("identifiers must fit the legal form") {
  // An organisation: 10-digit ИНН, КПП, 13-digit ОГРН; spaces are dropped.
  const TaxIds sber =
      require_tax_ids(form("ru", "pao"), {"7707 083 893", "773601001", "1027700132195"});
  CHECK(sber.inn == "7707083893");
  CHECK_ERROR(require_tax_ids(form("ru", "ooo"), {"771372793813", "", ""}), ErrorKind::invalid,
              "ИНН '771372793813' has 12 digits, an individual's; form 'ooo' (ООО) is an "
              "organisation with a 10-digit ИНН");
  CHECK_ERROR(require_tax_ids(form("ru", "ooo"), {"7707083893", "", "321774600538560"}),
              ErrorKind::invalid, "'321774600538560' is a 15-digit ОГРНИП, an individual's");
  // An ИП: 12-digit ИНН, no КПП, 15-digit ОГРНИП.
  CHECK(require_tax_ids(form("ru", "ip"), {"771372793813", "", "321774600538560"}).ogrn ==
        "321774600538560");
  CHECK_ERROR(require_tax_ids(form("ru", "ip"), {"7707083893", "", ""}), ErrorKind::invalid,
              "ИНН '7707083893' has 10 digits, an organisation's; form 'ip' (ИП) is an individual "
              "with a 12-digit ИНН");
  CHECK_ERROR(require_tax_ids(form("ru", "ip"), {"771372793813", "773601001", ""}),
              ErrorKind::invalid, "form 'ip' (ИП) has no КПП: a КПП is for organisations");
  CHECK_ERROR(require_tax_ids(form("ru", "kfh"), {"771372793813", "", "1027700132195"}),
              ErrorKind::invalid, "'1027700132195' is a 13-digit ОГРН, an organisation's");
  CHECK_ERROR(require_tax_ids(form("ru", "ooo"), {"7707083894", "", ""}), ErrorKind::invalid,
              "invalid ИНН '7707083894': the control digit (10th) does not match");
  CHECK_ERROR(require_tax_ids(form("ru", "ooo"), {"7707083893", "77360100", ""}),
              ErrorKind::invalid, "invalid КПП '77360100'");
}

TEST_CASE("a spreadsheet that dropped a leading zero gets a hint") {
  // 0274051582 has a valid control digit (region 02, Bashkortostan); Excel shows 274051582.
  REQUIRE(inn_problem("0274051582").empty());
  try {
    require_tax_ids(form("ru", "ooo"), {"274051582", "", ""});
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.hint().find("did you mean '0274051582'?") == 0);
  }
}

TEST_CASE("Kazakh clients: a БИН for an organisation, an ИИН for an ИП, nothing Russian") {
  CHECK(require_tax_ids(form("kz", "ao"), {"971240001315", "", ""}).inn == "971240001315");
  CHECK_ERROR(require_tax_ids(form("kz", "ip"), {"971240001315", "", ""}), ErrorKind::invalid,
              "'971240001315' is a БИН (an organisation's number); form 'ip' (ИП) is identified "
              "by the owner's ИИН");
  CHECK_ERROR(require_tax_ids(form("kz", "too"), {"971240001315", "773601001", ""}),
              ErrorKind::invalid, "a КПП is a Russian identifier");
  CHECK_ERROR(require_tax_ids(form("kz", "too"), {"971240001316", "", ""}), ErrorKind::invalid,
              "invalid БИН '971240001316': the control digit (12th) does not match");
}

TEST_CASE("an ИНН for a Kazakh client, or a БИН for a Russian one, says which country it is from") {
  // Sberbank's ИНН (a valid Russian number) given as a Kazakh ТОО's БИН.
  try {
    require_tax_ids(form("kz", "too"), {"7707083893", "", ""});
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::invalid);
    CHECK(std::string(e.what()) == "invalid БИН '7707083893': a БИН/ИИН has 12 digits, not 10");
    CHECK(e.hint().find("valid Russian ИНН") != std::string::npos);
  }
  // Kaspi Bank's БИН given as a Russian ООО's ИНН: 12 digits, an individual's length, and the
  // ИНН control digits fail.
  try {
    require_tax_ids(form("ru", "ooo"), {"971240001315", "", ""});
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("invalid ИНН '971240001315'") == 0);
    CHECK(e.hint().find("valid Kazakh БИН/ИИН") != std::string::npos);
  }
  // An entrepreneur's ИИН (born 01.01.1990, a made-up but well-formed number) for a ТОО.
  REQUIRE(kz_bin_problem("900101300007").empty());
  CHECK(require_tax_ids(form("kz", "ip"), {"900101300007", "", ""}).inn == "900101300007");
  CHECK_ERROR(require_tax_ids(form("kz", "too"), {"900101300007", "", ""}), ErrorKind::invalid,
              "'900101300007' is not a БИН");
}
