#include "helpers.hpp"
#include "util/contact.hpp"
#include "util/ident.hpp"

using namespace acctcore;

TEST_CASE("emails are validated and their domain lowercased") {
  CHECK(normalize_email(" Ivanova@Example.RU ") == "Ivanova@example.ru");
  CHECK(normalize_email("a.b+tag@mail.co.uk") == "a.b+tag@mail.co.uk");
  CHECK(normalize_email("director@почта.рф") == "director@почта.рф");
  CHECK_ERROR(normalize_email("ivanova.example.ru"), ErrorKind::invalid, "no '@'");
  CHECK_ERROR(normalize_email("a@b@c.ru"), ErrorKind::invalid, "more than one '@'");
  CHECK_ERROR(normalize_email("ivanova@"), ErrorKind::invalid, "needs a dot");
  CHECK_ERROR(normalize_email("ivanova@localhost"), ErrorKind::invalid, "needs a dot");
  CHECK_ERROR(normalize_email("@example.ru"), ErrorKind::invalid, "1 to 64");
  CHECK_ERROR(normalize_email("iva nova@example.ru"), ErrorKind::invalid, "' ' is not allowed");
  CHECK_ERROR(normalize_email("a..b@example.ru"), ErrorKind::invalid, "misplaced '.'");
  CHECK_ERROR(normalize_email("a@-example.ru"), ErrorKind::invalid, "bad domain part");
  CHECK_ERROR(normalize_email("a@example.r"), ErrorKind::invalid, "too short");
}

TEST_CASE("phones become + and digits") {
  CHECK(normalize_phone("+7 (916) 123-45-67") == "+79161234567");
  CHECK(normalize_phone("8 916 123 45 67") == "+79161234567");
  CHECK(normalize_phone("+7 727 250 00 00") == "+77272500000");
  CHECK_ERROR(normalize_phone("916 123 45 67"), ErrorKind::invalid, "add the country code");
  CHECK_ERROR(normalize_phone("+7 916 12"), ErrorKind::invalid, "10 to 15 digits");
  CHECK_ERROR(normalize_phone("+7 916 ABC 45 67"), ErrorKind::invalid, "'A' is not allowed");
}

TEST_CASE("telegram usernames") {
  CHECK(normalize_telegram("@ivanova_m") == "@ivanova_m");
  CHECK(normalize_telegram("ivanova_m") == "@ivanova_m");
  CHECK(normalize_telegram("https://t.me/ivanova_m") == "@ivanova_m");
  CHECK_ERROR(normalize_telegram("@iva"), ErrorKind::invalid, "5 to 32");
  CHECK_ERROR(normalize_telegram("@иванова"), ErrorKind::invalid, "latin letters");
  CHECK_ERROR(normalize_telegram("@1vanova"), ErrorKind::invalid, "start with a letter");
}

TEST_CASE("handles and slugs") {
  CHECK(is_valid_identifier("ivanova"));
  CHECK(is_valid_identifier("ivanova-m.2"));
  CHECK(is_valid_identifier("ooo_romashka"));
  CHECK_FALSE(is_valid_identifier("Ivanova"));
  CHECK_FALSE(is_valid_identifier("ivanova maria"));
  CHECK_FALSE(is_valid_identifier("-ivanova"));
  CHECK_FALSE(is_valid_identifier("2ivanova"));
  CHECK_FALSE(is_valid_identifier("ivanova-"));
  CHECK_FALSE(is_valid_identifier("иванова"));
  CHECK_FALSE(is_valid_identifier(""));
  CHECK_FALSE(is_valid_identifier(std::string(41, 'a')));
  CHECK(is_valid_identifier(std::string(40, 'a')));
  try {
    require_identifier("handle", "Ivanova");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("invalid handle 'Ivanova'") == 0);
    CHECK(e.hint() == "did you mean 'ivanova'?");
  }
  try {
    require_identifier("slug", "ромашка");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.hint().find("transliteration") != std::string::npos);
  }
}
