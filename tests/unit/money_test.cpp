#include "helpers.hpp"
#include "util/money.hpp"

using namespace acctcore;

TEST_CASE("money parses as people type it, into minor units") {
  CHECK(parse_money("1500", "RUB", "--rate") == Money{150000, "RUB"});
  CHECK(parse_money("1500.5", "RUB", "--rate") == Money{150050, "RUB"});
  CHECK(parse_money("1 500,50", "RUB", "--rate") == Money{150050, "RUB"});
  CHECK(parse_money("1\xc2\xa0"
                    "500,05 ₽",
                    "KZT", "--rate") == Money{150005, "RUB"});
  CHECK(parse_money("25000 KZT", "RUB", "--fee") == Money{2500000, "KZT"});
  CHECK(parse_money("25000 тг", "RUB", "--fee") == Money{2500000, "KZT"});
  CHECK(parse_money("0", "RUB", "--fee") == Money{0, "RUB"});
  CHECK(parse_money("  99.99 usd ", "RUB", "--fee") == Money{9999, "USD"});
}

TEST_CASE("bad amounts are refused with the reason") {
  CHECK_ERROR(parse_money("-5", "RUB", "--rate"), ErrorKind::invalid, "must not be negative");
  CHECK_ERROR(parse_money("1.234", "RUB", "--rate"), ErrorKind::invalid, "two digits");
  CHECK_ERROR(parse_money("abc", "RUB", "--rate"), ErrorKind::invalid,
              "invalid amount 'abc' for --rate");
  CHECK_ERROR(parse_money("100 GBP", "RUB", "--rate"), ErrorKind::invalid,
              "unknown currency 'GBP'");
  CHECK_ERROR(parse_money("1.2.3", "RUB", "--rate"), ErrorKind::invalid, "not a number");
  CHECK_ERROR(parse_money("", "RUB", "--rate"), ErrorKind::invalid, "no number");
  CHECK_ERROR(parse_money("9999999999999999", "RUB", "--rate"), ErrorKind::invalid, "too large");
}

TEST_CASE("money formats with two decimals") {
  CHECK(format_money({150050, "RUB"}) == "1500.50 RUB");
  CHECK(format_amount(5) == "0.05");
  CHECK(format_amount(-1234) == "-12.34");
}

TEST_CASE("a bad amount with a line break in it is refused on one line") {
  // tests/fuzz/regressions/money: "\rm1-i".
  CHECK_ERROR(parse_money("\rm1-i", "RUB", "--fee"), ErrorKind::invalid,
              "invalid amount '\\rm1-i'");
}

TEST_CASE("money as clients read it: groups of three, a decimal comma, the sign") {
  const std::string nbsp = "\u00a0";
  CHECK(format_money_for_client({12540000, "RUB"}) == "125" + nbsp + "400,00" + nbsp + "₽");
  CHECK(format_money_for_client({100000050, "KZT"}) ==
        "1" + nbsp + "000" + nbsp + "000,50" + nbsp + "₸");
  CHECK(format_money_for_client({5, "RUB"}) == "0,05" + nbsp + "₽");
  CHECK(format_money_for_client({99900, "RUB"}) == "999,00" + nbsp + "₽");
  CHECK(format_money_for_client({100000, "RUB"}) == "1" + nbsp + "000,00" + nbsp + "₽");
  CHECK(format_money_for_client({-150000, "USD"}) == "\u22121" + nbsp + "500,00" + nbsp + "$");
  CHECK(currency_sign("EUR") == "€");
  CHECK(currency_sign("CHF") == "CHF");
}
