// Periods as people and files write them ("2026-Q1", "2026-03", "2026-H1", "2026-9M", "2026",
// "2026-04-15"): a period that parses has its id as its spelling's canonical form, starts before
// it ends, and its next period starts the day after it ends.
#include "deadline/period.hpp"
#include "fuzz.hpp"
#include "words/words.hpp"

using namespace acctcore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = acctfuzz::text(data, size);
  std::optional<Period> period;
  acctfuzz::refusing([&] { period = parse_period(input); });
  acctfuzz::refusing([&] {
    const Period required = require_period(input, "--period");
    acctfuzz::require(period && *period == required, "require_period agrees with parse_period");
  });
  if (!period)
    return 0;
  acctfuzz::require(parse_period(period->id()) == period, "a period's id parses back to it");
  acctfuzz::require(period->start() <= period->end(), "a period starts before it ends");
  acctfuzz::refusing([&] {
    const Period next = period->next();
    if (period->kind != PeriodKind::nine_months && period->kind != PeriodKind::once)
      acctfuzz::require(next.start() == period->end() + date::days{1},
                        "the next period starts the day after this one ends");
    acctfuzz::require(period_containing(period->kind, period->end()) == *period ||
                          period->kind == PeriodKind::once,
                      "a period contains its last day");
  });
  const Words words = client_words(ClientLanguage::ru);
  (void)words.period(*period);
  (void)words.period_full(*period);
  return 0;
}
