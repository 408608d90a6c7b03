// Service templates (templates/services/*.toml and a firm's own): the parser with its lint, then
// every title rendered and every deadline computed for a period of its kind.
#include "calendars.hpp"
#include "fuzz.hpp"
#include "template/loader.hpp"

using namespace acctcore;

namespace {

void use_spec(const TaskSpec& spec, const Calendar& calendar, const Period& period) {
  TitleValues values;
  values.period = period;
  values.client = "Вектор";
  values.start = period.start();
  values.event_date = period.end();
  values.note = "заметка";
  const std::string title = render_title(spec.title, values);
  acctfuzz::require(title.find('\n') == std::string::npos ||
                        spec.title_text.find('\n') != std::string::npos,
                    "a title has a line break only when its template has one");
  WorkDays days(calendar, Coverage::provisional);
  std::vector<DueDate> out;
  acctfuzz::refusing([&] {
    compute_deadline(spec.deadline, DeadlineInput{period, period.end(), period.end()}, days, out);
  });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const TemplateRules rules = default_template_rules(acctfuzz::bundled_calendars());
  std::vector<Diagnostic> problems;
  std::optional<Service> service;
  acctfuzz::refusing([&] {
    service = parse_service_file("fuzz.toml", acctfuzz::text(data, size), rules, problems);
  });
  for (const auto& problem : problems)
    acctfuzz::require(problem.to_string().find('\n') == std::string::npos,
                      "a diagnostic is one line");
  if (!service || !problems.empty())
    return 0;
  const Calendar* calendar = acctfuzz::bundled_calendars().find(
      service->calendar.empty() ? (service->country.empty() ? "ru" : service->country)
                                : service->calendar);
  if (calendar == nullptr)
    return 0;
  for (const auto& obligation : service->obligations)
    for (const auto& selector : obligation.periods)
      use_spec(obligation, *calendar,
               period_containing(selector.kind, Date{date::year{2026} / 5 / 15}));
  for (const auto& programme : service->programmes)
    for (const auto& step : programme.steps)
      use_spec(step, *calendar, Period{PeriodKind::once, 2026, 1, Date{date::year{2026} / 4 / 15}});
  for (const auto& trigger : service->triggers)
    use_spec(trigger, *calendar,
             Period{PeriodKind::once, 2026, 1, Date{date::year{2026} / 4 / 15}});
  return 0;
}
