#include "plan/desired.hpp"

#include "calendar/loader.hpp"
#include "plan/client_facts.hpp"
#include "template/loader.hpp"
#include "util/enum_names.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <span>
#include <tuple>
#include <unordered_map>

namespace acctcore {

namespace {

constexpr Date k_far_past = Date{date::days{-100000}};
constexpr Date k_far_future = Date{date::days{100000}};

/// The period of one-off work on `day`: a programme's start, an event, a change of a fact.
Period once_period(Date day) {
  Period period;
  period.kind = PeriodKind::once;
  period.day = day;
  period.year = static_cast<int>(date::year_month_day{day}.year());
  return period;
}

/// The rule for `spec` after its variants, with the client's facts on `day`.
const DeadlineRule* select_rule_with(const TaskSpec& spec, const ClientFacts& facts,
                                     const std::optional<Period>& period, Date day) {
  for (const auto& variant : spec.variants) {
    if (!variant.periods.empty() &&
        (!period || std::none_of(variant.periods.begin(), variant.periods.end(),
                                 [&](const PeriodSelector& s) { return s.selects(*period); })))
      continue;
    if (!facts.holds_at(variant.when, day))
      continue;
    if (variant.skip)
      return nullptr;
    return variant.deadline ? &*variant.deadline : &spec.deadline;
  }
  return &spec.deadline;
}

/// How many months before `since` a period may end and still fall due within the horizon.
int lookback_months(const DeadlineRule& rule) {
  const auto months = [](const DateFormula& f) {
    switch (f.form) {
    case DateFormula::Form::month_day:
      return *std::max_element(f.months_after.begin(), f.months_after.end()) + 1;
    case DateFormula::Form::calendar_days:
      return std::abs(f.count) / 28 + 2;
    case DateFormula::Form::working_days:
      return std::abs(f.count) / 18 + 2;
    }
    return 1;
  };
  int result = months(rule.formula);
  for (const auto& o : rule.overrides)
    result = std::max(result, months(o.formula));
  return result;
}

/// What every client's plan shares: the periods of each kind ending in a window (the same
/// for all clients), and each client's events.
class SharedPlanData {
public:
  explicit SharedPlanData(const PlanInput& input) {
    for (const auto& event : input.events)
      m_events[event.client_id].push_back(&event);
  }

  const std::vector<Period>& periods(PeriodKind kind, Date from, Date to) {
    const auto key = std::tuple(kind, from, to);
    auto it = m_periods.find(key);
    if (it == m_periods.end())
      it = m_periods.emplace(key, periods_ending_between(kind, from, to)).first;
    return it->second;
  }

  std::span<const PlanEvent* const> events_of(std::int64_t client_id) const {
    const auto it = m_events.find(client_id);
    if (it == m_events.end())
      return {};
    return it->second;
  }

private:
  std::map<std::tuple<PeriodKind, Date, Date>, std::vector<Period>> m_periods;
  std::unordered_map<std::int64_t, std::vector<const PlanEvent*>> m_events;
};

/// Plans one client's subscription to one service.
class SubscriptionPlanner {
public:
  SubscriptionPlanner(const PlanInput& input, SharedPlanData& shared, const PlanClient& client,
                      const ClientFacts& facts, const PlanSubscription& subscription,
                      const Service& service, DesiredSet& out)
      : m_input(input), m_shared(shared), m_client(client), m_facts(facts), m_sub(subscription),
        m_service(service), m_calendar(input.calendars->get(service.calendar)), m_out(out),
        m_sub_to(subscription.to.value_or(k_far_future)) {}

  void run() {
    if (m_input.only_event) {
      for (const auto& trigger : m_service.triggers)
        plan_trigger(trigger);
      return;
    }
    const size_t first = m_out.tasks.size();
    for (const auto& obligation : m_service.obligations)
      if (obligation.change)
        plan_change(obligation);
      else if (!obligation.collects)
        plan_obligation(obligation);
    for (const auto& trigger : m_service.triggers)
      plan_trigger(trigger);
    for (const auto& programme : m_service.programmes)
      plan_programme(programme);
    for (const auto& obligation : m_service.obligations)
      if (obligation.collects)
        plan_collecting(obligation, first);
  }

private:
  /// The rule for `spec` and this client in `period` after variants; nullptr to skip.
  const DeadlineRule* rule_for(const TaskSpec& spec, const std::optional<Period>& period,
                               Date day) const {
    return select_rule_with(spec, m_facts, period, day);
  }

  /// Computes due dates; an uncovered year inside the horizon is an error unless allowed.
  void compute(const DeadlineRule& rule, const DeadlineInput& in, bool check_window) {
    WorkDays days(m_calendar, Coverage::provisional);
    compute_deadline(rule, in, days, m_dates);
    for (const auto& d : m_dates)
      if (d.uncovered_year != 0 && !m_input.allow_provisional &&
          (!check_window || (d.due >= m_input.since && d.due <= m_input.through)))
        m_calendar.throw_not_covered(d.uncovered_year);
  }

  std::optional<Date> planned_for(const TaskSpec& spec, Date due, bool& provisional) {
    if (!spec.planned)
      return std::nullopt;
    WorkDays days(m_calendar, Coverage::provisional);
    std::vector<DueDate> planned;
    DeadlineInput in;
    in.anchor = due;
    compute_deadline(*spec.planned, in, days, planned);
    if (planned.empty())
      return std::nullopt;
    provisional = provisional || planned.front().provisional;
    return std::min(planned.front().due, due);
  }

  size_t add(const TaskSpec& spec, TaskOrigin origin, const Period& period, const DueDate& d,
             int instalment, int instalments) {
    DesiredTask task;
    task.client_id = m_client.id;
    task.service = &m_service;
    task.spec = &spec;
    task.origin = origin;
    task.period = period;
    task.instalment = instalment;
    task.instalments = instalments;
    task.raw = d.raw;
    task.due = d.due;
    task.provisional = d.provisional || m_service.provisional || spec.provisional;
    task.planned = planned_for(spec, d.due, task.provisional);
    m_out.tasks.push_back(task);
    return m_out.tasks.size() - 1;
  }

  bool in_window(Date due) const {
    return due >= m_input.since && due <= m_input.through && due >= m_sub.from && due <= m_sub_to &&
           m_client.served_on(due);
  }

  template <typename F>
  void for_each_period(const Obligation& o, F&& f) {
    const Date earliest = add_months(m_input.since, -lookback_months(o.deadline) - 1);
    for (const auto& selector : o.periods)
      for (const auto& period : m_shared.periods(selector.kind, earliest, m_input.through))
        if (selector.selects(period))
          f(period);
  }

  void plan_obligation(const Obligation& o) {
    const auto applies = m_facts.evaluate_spans(o.applies_to);
    for_each_period(o, [&](const Period& period) {
      if (!m_facts.any_day(applies, period.start(), period.end()))
        return;
      add_period(o, period, {});
    });
  }

  /// Adds the tasks of obligation `o` for `period` (one per instalment) whose due dates fall in
  /// the window, each depending on the tasks `deps`.
  void add_period(const Obligation& o, const Period& period, std::span<const std::uint32_t> deps) {
    const DeadlineRule* rule = rule_for(o, period, period.end());
    if (rule == nullptr)
      return;
    DeadlineInput in;
    in.period = period;
    compute(*rule, in, true);
    const int count = static_cast<int>(m_dates.size());
    for (int i = 0; i < count; ++i) {
      if (!in_window(m_dates[static_cast<size_t>(i)].due))
        continue;
      const auto index = static_cast<std::uint32_t>(
          add(o, TaskOrigin::obligation, period, m_dates[static_cast<size_t>(i)], i + 1, count));
      for (const auto dep : deps)
        m_out.dependencies.emplace_back(index, dep);
    }
  }

  /// The tasks of a change obligation: one per day on which its fact changes, with `from`
  /// holding the day before and `to` and `applies_to` on the day. A notice already due before the
  /// horizon is planned all the same (plan says it is overdue) when the change takes effect less
  /// than a year before the horizon starts; older ones are history.
  void plan_change(const Obligation& o) {
    const ChangeRule& c = *o.change;
    const Date oldest = add_months(m_input.since, -12);
    // Span 0 has no facts and span 1 holds the first ones recorded: neither starts a change.
    for (size_t i = 2; i < m_facts.span_count(); ++i) {
      const Date day = m_facts.span_from(i);
      if (day < oldest || day > add_months(m_input.through, 12) ||
          m_facts.value_in(c.fact, i - 1) == m_facts.value_in(c.fact, i) ||
          !m_facts.holds_in(c.from, i - 1) || !m_facts.holds_in(c.to, i) ||
          !m_facts.holds_in(o.applies_to, i))
        continue;
      const Period period = once_period(day);
      const DeadlineRule* rule = rule_for(o, std::nullopt, day);
      if (rule == nullptr)
        continue;
      DeadlineInput in;
      in.anchor = day;
      compute(*rule, in, true);
      const int count = static_cast<int>(m_dates.size());
      for (int k = 0; k < count; ++k) {
        const DueDate& d = m_dates[static_cast<size_t>(k)];
        const bool before_horizon = d.due < m_input.since && d.due >= m_sub.from &&
                                    d.due <= m_sub_to && m_client.served_on(d.due);
        if (in_window(d.due) || before_horizon)
          add(o, TaskOrigin::obligation, period, d, k + 1, count);
      }
    }
  }

  void plan_collecting(const Obligation& o, size_t first) {
    const Collects& c = *o.collects;
    const auto applies = m_facts.evaluate_spans(o.applies_to);
    const auto every = c.has_every_period_when ? m_facts.evaluate_spans(c.every_period_when)
                                               : std::vector<bool>(m_facts.span_count(), false);
    const size_t last = m_out.tasks.size();
    for_each_period(o, [&](const Period& period) {
      if (!m_facts.any_day(applies, period.start(), period.end()))
        return;
      // The collected tasks whose unshifted date is the day `c.day` of this period's month.
      std::vector<std::uint32_t> collected;
      const date::year_month_day end{period.end()};
      for (size_t i = first; i < last; ++i) {
        const DesiredTask& t = m_out.tasks[i];
        const date::year_month_day raw{t.raw};
        if (raw.year() == end.year() && raw.month() == end.month() &&
            static_cast<unsigned>(raw.day()) == static_cast<unsigned>(c.day) &&
            std::find(c.codes.begin(), c.codes.end(), t.spec->code) != c.codes.end())
          collected.push_back(static_cast<std::uint32_t>(i));
      }
      if (collected.empty() && !m_facts.any_day(every, period.start(), period.end()))
        return;
      add_period(o, period, collected);
    });
  }

  void plan_trigger(const Trigger& trigger) {
    for (const PlanEvent* each : m_shared.events_of(m_client.id)) {
      const PlanEvent& event = *each;
      if (event.kind != trigger.event || (m_input.only_event && event.id != *m_input.only_event) ||
          event.date < m_sub.from || event.date > m_sub_to || !m_client.served_on(event.date))
        continue;
      if (!m_facts.holds_at(trigger.applies_to, event.date) ||
          !trigger.when.holds(event.date, event.until))
        continue;
      const Period period = once_period(event.date);
      DeadlineInput in;
      in.anchor = event.date;
      in.anchor_end = event.until;
      const auto add_event_task = [&](const DueDate& d, int instalment, int count,
                                      const std::string* label) {
        // An event's tasks have no upper bound (they are created together), but those due
        // before the horizon are history (unless this event is all that is planned).
        if (d.due < m_input.since && !m_input.only_event)
          return;
        const size_t index = add(trigger, TaskOrigin::trigger, period, d, instalment, count);
        m_out.tasks[index].event = &event;
        m_out.tasks[index].instalment_label = label;
      };
      if (trigger.instalments.empty()) {
        const DeadlineRule* rule = rule_for(trigger, std::nullopt, event.date);
        if (rule == nullptr)
          continue;
        if (rule->anchor == Anchor::event_end && !event.until)
          throw Error(ErrorKind::invalid,
                      trf("event #{} ({}) of client '{}' needs an end date for '{}'", event.id,
                          event.kind, m_client.slug, trigger.code),
                      trf("record it with --until: acct event edit {} --until DATE", event.id));
        compute(*rule, in, false);
        for (size_t i = 0; i < m_dates.size(); ++i)
          add_event_task(m_dates[i], static_cast<int>(i + 1), static_cast<int>(m_dates.size()),
                         nullptr);
        continue;
      }
      int number = 0;
      for (const auto& part : trigger.instalments) {
        if (!part.when.holds(event.date, event.until))
          continue;
        if (part.deadline.anchor == Anchor::event_end && !event.until)
          throw Error(ErrorKind::invalid,
                      trf("event #{} ({}) of client '{}' needs an end date for '{}'", event.id,
                          event.kind, m_client.slug, trigger.code),
                      tr("record it with --until"));
        compute(part.deadline, in, false);
        ++number;
        for (const auto& d : m_dates)
          add_event_task(d, number, 0, &part.label);
      }
    }
  }

  void plan_programme(const Programme& programme) {
    if (m_sub.from > m_input.through || !m_client.served_on(m_sub.from))
      return;
    const Period period = once_period(m_sub.from);
    struct Placed {
      std::string_view code;
      std::optional<std::uint32_t> index; ///< nullopt when the step does not apply
      Date anchor_for_next;
    };
    std::vector<Placed> placed;
    std::vector<std::uint32_t> indexes;
    Date last_due = m_sub.from;
    const size_t start = m_out.tasks.size();
    const size_t start_deps = m_out.dependencies.size();
    for (const auto& step : programme.steps) {
      if (!m_facts.holds_at(step.applies_to, m_sub.from)) {
        placed.push_back({step.code, std::nullopt, m_sub.from});
        continue;
      }
      Date anchor = m_sub.from;
      std::vector<std::uint32_t> deps;
      for (const auto& before : step.after)
        for (const auto& p : placed)
          if (p.code == before && p.index) {
            anchor = std::max(anchor, p.anchor_for_next);
            deps.push_back(*p.index);
          }
      const DeadlineRule* rule = rule_for(step, std::nullopt, m_sub.from);
      if (rule == nullptr) {
        placed.push_back({step.code, std::nullopt, m_sub.from});
        continue;
      }
      DeadlineInput in;
      in.anchor = anchor;
      compute(*rule, in, false);
      const DueDate d = m_dates.front();
      const auto index =
          static_cast<std::uint32_t>(add(step, TaskOrigin::programme, period, d, 1, 1));
      for (const auto dep : deps)
        m_out.dependencies.emplace_back(index, dep);
      // A step done already: its successors count from the day it was done.
      Date next_anchor = d.due;
      if (m_input.step_done)
        if (auto done = m_input.step_done({m_client.id, m_service.id, step.code, period}))
          next_anchor = *done;
      placed.push_back({step.code, index, next_anchor});
      last_due = std::max(last_due, d.due);
    }
    // A programme wholly in the past before the horizon is history: leave it out.
    if (last_due < m_input.since) {
      m_out.tasks.resize(start);
      m_out.dependencies.resize(start_deps);
    }
  }

  const PlanInput& m_input;
  SharedPlanData& m_shared;
  const PlanClient& m_client;
  const ClientFacts& m_facts;
  const PlanSubscription& m_sub;
  const Service& m_service;
  const Calendar& m_calendar;
  DesiredSet& m_out;
  Date m_sub_to;
  std::vector<DueDate> m_dates;
};

} // namespace

ClientFacts::ClientFacts(const PlanClient& client) : m_client(client) {
  // The days before the first recorded fact form a span without facts.
  const Date first = client.spans.empty() ? k_far_future : client.spans.front().from;
  m_spans.push_back({k_far_past, first - date::days{1}, nullptr});
  for (const auto& span : client.spans)
    m_spans.push_back({span.from, span.to.value_or(k_far_future), &span});
}

std::span<const std::pair<std::string, ConditionValue>>
ClientFacts::facts(size_t i) const noexcept {
  if (m_spans[i].facts == nullptr)
    return {};
  return m_spans[i].facts->facts;
}

std::vector<bool> ClientFacts::evaluate_spans(const Condition& condition) const {
  std::vector<bool> result(m_spans.size(), true);
  if (condition.always())
    return result;
  for (size_t i = 0; i < m_spans.size(); ++i)
    result[i] = evaluate(condition, lookup_for(m_spans[i].facts));
  return result;
}

bool ClientFacts::holds_in(const Condition& condition, size_t i) const {
  return condition.always() || evaluate(condition, lookup_for(m_spans[i].facts));
}

std::optional<ConditionValue> ClientFacts::value_in(std::string_view key, size_t i) const {
  return lookup_for(m_spans[i].facts)(key);
}

bool ClientFacts::any_day(const std::vector<bool>& per_span, Date from, Date to) const {
  for (size_t i = 0; i < m_spans.size(); ++i)
    if (per_span[i] && m_spans[i].from <= to && m_spans[i].to >= from)
      return true;
  return false;
}

bool ClientFacts::holds_at(const Condition& condition, Date day) const {
  if (condition.always())
    return true;
  for (const auto& span : m_spans)
    if (span.from <= day && day <= span.to)
      return evaluate(condition, lookup_for(span.facts));
  return evaluate(condition, lookup_for(nullptr));
}

ConditionLookup ClientFacts::lookup_for(const FactSpan* facts) const {
  return [this, facts](std::string_view key) -> std::optional<ConditionValue> {
    if (key == "form")
      return ConditionValue(m_client.form);
    if (key == "country")
      return ConditionValue(m_client.country);
    if (key == "region")
      return ConditionValue(m_client.region);
    if (facts != nullptr)
      for (const auto& [k, v] : facts->facts)
        if (k == key)
          return v;
    return std::nullopt;
  };
}

bool PlanClient::served_on(Date day) const noexcept {
  if (served.empty())
    return true;
  for (const auto& [from, to] : served)
    if (from <= day && (!to || day <= *to))
      return true;
  return false;
}

bool holds_some_day(const Condition& condition, const PlanClient& client, Date from, Date to) {
  const ClientFacts facts(client);
  return facts.any_day(facts.evaluate_spans(condition), from, to);
}

const DeadlineRule* select_rule(const TaskSpec& spec, const PlanClient& client,
                                const std::optional<Period>& period, Date day) {
  const ClientFacts facts(client);
  return select_rule_with(spec, facts, period, day);
}

DesiredSet compute_desired(const PlanInput& input) {
  DesiredSet out;
  std::unordered_map<std::int64_t, size_t> by_id;
  for (size_t i = 0; i < input.clients.size(); ++i)
    by_id[input.clients[i].id] = i;
  // Every subscription still running in the horizon must name a known service (one that ended
  // before it can name a template since removed).
  std::vector<std::string> unknown;
  for (const auto& sub : input.subscriptions) {
    if (by_id.count(sub.client_id) == 0 || (sub.to && *sub.to < input.since))
      continue;
    if (input.services->find(sub.service) == nullptr)
      unknown.push_back(trf("client '{}' is subscribed to unknown service '{}'",
                            input.clients[by_id[sub.client_id]].slug, sub.service));
  }
  if (!unknown.empty())
    throw Error(ErrorKind::invalid,
                unknown.size() == 1 ? unknown.front()
                                    : trf("{} subscriptions name unknown services", unknown.size()),
                tr("see 'acct template list', or unsubscribe the client"),
                unknown.size() == 1 ? std::vector<std::string>{} : unknown);
  // Subscriptions grouped by client, so each client's facts are prepared once.
  std::vector<std::vector<const PlanSubscription*>> per_client(input.clients.size());
  for (const auto& sub : input.subscriptions)
    if (auto it = by_id.find(sub.client_id); it != by_id.end())
      if (input.services->find(sub.service) != nullptr)
        per_client[it->second].push_back(&sub);
  SharedPlanData shared(input);
  for (size_t i = 0; i < input.clients.size(); ++i) {
    if (per_client[i].empty())
      continue;
    const ClientFacts facts(input.clients[i]);
    for (const PlanSubscription* sub : per_client[i]) {
      SubscriptionPlanner planner(input, shared, input.clients[i], facts, *sub,
                                  *input.services->find(sub->service), out);
      planner.run();
    }
  }
  return out;
}

std::string instalment_text(const DesiredTask& task) {
  if (task.instalment_label != nullptr)
    return *task.instalment_label;
  if (task.instalments > 1)
    return fmt::format("{}/{}", task.instalment, task.instalments);
  return {};
}

const ChangeRule* change_of(const DesiredTask& task) noexcept {
  if (task.origin != TaskOrigin::obligation)
    return nullptr;
  const auto& change = static_cast<const Obligation*>(task.spec)->change;
  return change ? &*change : nullptr;
}

std::string desired_title(const DesiredTask& task, const PlanClient& client) {
  TitleValues values;
  if (task.origin == TaskOrigin::obligation)
    values.period = task.period;
  if (task.origin == TaskOrigin::obligation && task.period.kind == PeriodKind::once)
    values.event_date = task.period.day; // a change obligation: the day of the change
  values.instalment = instalment_text(task);
  values.client = client.name;
  if (task.origin == TaskOrigin::programme)
    values.start = task.period.day;
  if (task.event != nullptr) {
    values.event_date = task.event->date;
    values.event_until = task.event->until;
    values.note = task.event->note;
  }
  std::string title = render_title(task.spec->title, values);
  // A title that says nothing about which part it is gets the instalment appended.
  if (!values.instalment.empty() && !task.spec->title.uses(TitlePattern::Field::instalment))
    title += " (" + values.instalment + ")";
  return std::string(trim(title));
}

} // namespace acctcore
