#include "plan/explain.hpp"

#include "calendar/loader.hpp"
#include "client/client.hpp"
#include "event/event.hpp"
#include "plan/inputs.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "template/loader.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

TaskExplanation explain_task(const Store& store, const ServiceSet& services,
                             const CalendarSet& calendars, std::int64_t id) {
  Statement row(store, "SELECT t.client_id, c.slug, t.origin, t.service, t.code, "
                       "t.period, t.instalment, t.event_id, t.title, t.due FROM task t "
                       "JOIN client c ON c.id = t.client_id WHERE t.id = ?");
  row.bind(1, id);
  if (!row.step())
    throw Error(ErrorKind::not_found, trf("no task #{}", id));
  TaskExplanation x;
  x.task_id = id;
  const std::int64_t client_id = row.column(0).as_int64();
  x.client = row.column(1).as_text();
  const auto origin = static_cast<TaskOrigin>(row.column(2).as_int());
  x.service = column_text(row.column(3));
  x.code = row.column(4).as_text();
  x.period = row.column(5).as_text();
  x.instalment = row.column(6).as_int();
  const std::int64_t event_id = row.column(7).as_int64(); // 0 when NULL: no event
  x.title = row.column(8).as_text();
  x.due = column_date(row.column(9)).value_or(Date{});
  if (origin == TaskOrigin::manual)
    throw Error(ErrorKind::invalid,
                trf("task #{} was added by hand: its due date was given, not computed", id));
  const Service* service = services.find(x.service);
  if (service == nullptr)
    throw Error(ErrorKind::invalid,
                trf("task #{} comes from service '{}', which no longer exists", id, x.service));
  const TaskSpec* spec = service->spec(origin, x.code);
  if (spec == nullptr)
    throw Error(ErrorKind::invalid,
                trf("task #{}: service '{}' no longer has '{}'", id, x.service, x.code));
  std::optional<PlanClient> client;
  for (const auto& c : load_client_profiles(store))
    if (c.id == client_id)
      client = plan_client(c);
  if (!client)
    throw Error(ErrorKind::invalid, trf("task #{} belongs to archived client '{}'", id, x.client));
  const auto period = parse_period(x.period);
  DeadlineInput input;
  const DeadlineRule* rule = &spec->deadline;
  switch (origin) {
  case TaskOrigin::obligation:
    input.period = period;
    if (period->kind == PeriodKind::once) // a change obligation counts from the change
      input.anchor = period->day;
    rule = select_rule(*spec, *client, period, period->end());
    break;
  case TaskOrigin::trigger: {
    const Event event = get_event(store, event_id);
    input.anchor = event.date;
    input.anchor_end = event.until;
    rule = select_rule(*spec, *client, std::nullopt, event.date);
    if (const auto* trigger = static_cast<const Trigger*>(spec); !trigger->instalments.empty()) {
      int number = 0;
      for (const auto& part : trigger->instalments)
        if (part.when.holds(event.date, event.until) && ++number == x.instalment)
          rule = &part.deadline;
      x.instalment = 1; // the part's rule gives one date
    }
    break;
  }
  case TaskOrigin::programme: {
    // From the programme's start, or the latest of the previous steps (done, else due).
    Date anchor = period->day;
    Statement before(store, "SELECT coalesce(d.done_at, d.due) FROM task_dependency k "
                            "JOIN task d ON d.id = k.depends_on WHERE k.task_id = ?");
    before.bind(1, id);
    while (before.step())
      if (auto day = column_date(before.column(0)))
        anchor = std::max(anchor, *day);
    input.anchor = anchor;
    rule = select_rule(*spec, *client, std::nullopt, period->day);
    break;
  }
  case TaskOrigin::manual:
    break;
  }
  if (rule == nullptr)
    throw Error(ErrorKind::invalid,
                trf("task #{}: a variant of '{}' now leaves it out for this client", id, x.code));
  x.explanation =
      explain_deadline(*rule, input, calendars.get(service->calendar), Coverage::provisional);
  if (origin == TaskOrigin::obligation && static_cast<const Obligation*>(spec)->change) {
    // A notice of a change counts from the day of the change, not from an event.
    x.explanation.rule = describe_rule(*rule, "the change");
    x.explanation.anchor = fmt::format("{} (the change of {})", format_date(period->day),
                                       static_cast<const Obligation*>(spec)->change->fact);
  }
  if (x.instalment >= 1 && static_cast<size_t>(x.instalment) <= x.explanation.dates.size())
    x.date = &x.explanation.dates[static_cast<size_t>(x.instalment - 1)];
  return x;
}

} // namespace acctcore
