// Deadline rules as `acct deadline explain --rule` and templates write them: parsed and checked;
// a rule that parses is computed and explained for periods of every kind and for an event, and
// the explanation must give the same dates as the computation.
#include "calendars.hpp"
#include "deadline/rule.hpp"
#include "fuzz.hpp"

using namespace acctcore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::optional<DeadlineRule> rule;
  acctfuzz::refusing([&] { rule = parse_deadline_rule_text(acctfuzz::text(data, size)); });
  if (!rule)
    return 0;
  (void)describe_rule(*rule);
  const Calendar& calendar = acctfuzz::bundled_calendars().get("ru");
  const Date day{date::year{2026} / 3 / 31};
  for (const PeriodKind kind : {PeriodKind::month, PeriodKind::quarter, PeriodKind::half_year,
                                PeriodKind::nine_months, PeriodKind::year}) {
    const DeadlineInput input{period_containing(kind, day), day, day + date::days{90}};
    acctfuzz::refusing([&] {
      WorkDays days(calendar, Coverage::provisional);
      std::vector<DueDate> out;
      compute_deadline(*rule, input, days, out);
      const DeadlineExplanation explained =
          explain_deadline(*rule, input, calendar, Coverage::provisional);
      acctfuzz::require(explained.dates.size() == out.size(),
                        "explain gives as many dates as compute");
      for (std::size_t i = 0; i < out.size(); ++i)
        acctfuzz::require(explained.dates[i].due == out[i].due,
                          "explain gives the dates compute gives");
      (void)explanation_to_json(explained).dump();
    });
  }
  return 0;
}
