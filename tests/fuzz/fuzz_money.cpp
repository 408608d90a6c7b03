// Money as people type it ("15 000,00", "1500₽", "1500 тг", "12.5 USD"): an amount that parses
// is non-negative, in a known currency, and formats back to text that parses to the same amount.
#include "fuzz.hpp"
#include "util/money.hpp"

#include <algorithm>
#include <iterator>

using namespace acctcore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  acctfuzz::refusing([&] {
    const Money money = parse_money(acctfuzz::text(data, size), "RUB", "--fee");
    acctfuzz::require(money.minor >= 0, "an amount is not negative");
    acctfuzz::require(std::find(std::begin(k_currencies), std::end(k_currencies), money.currency) !=
                          std::end(k_currencies),
                      "a currency is one acct knows");
    acctfuzz::require(parse_money(format_money(money), "RUB", "--fee") == money,
                      "an amount formats and parses back");
  });
  return 0;
}
