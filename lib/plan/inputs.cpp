#include "plan/inputs.hpp"

#include "client/client.hpp"
#include "client/subscriptions.hpp"
#include "event/event.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"

namespace acctcore {

namespace {

/// Days on which the firm serves a client: its status is onboarding or active.
std::vector<std::pair<Date, std::optional<Date>>> served_ranges(const Client& client) {
  std::vector<std::pair<Date, std::optional<Date>>> ranges;
  const auto& statuses = client.statuses;
  for (size_t i = 0; i < statuses.size(); ++i) {
    if (statuses[i].status != "onboarding" && statuses[i].status != "active")
      continue;
    // Before its first change a client has its first status.
    const Date from = i == 0 ? k_far_past : statuses[i].from;
    std::optional<Date> to;
    if (i + 1 < statuses.size())
      to = statuses[i + 1].from - date::days{1};
    if (!ranges.empty() && ranges.back().second && *ranges.back().second + date::days{1} == from)
      ranges.back().second = to;
    else
      ranges.emplace_back(from, to);
  }
  if (ranges.empty())
    ranges.emplace_back(k_far_past, k_far_past); // never served
  return ranges;
}

} // namespace

PlanClient plan_client(const Client& c) {
  PlanClient p;
  p.id = c.id;
  p.slug = c.slug;
  p.name = c.display_name();
  p.form = c.form;
  p.country = c.country;
  p.region = c.region;
  for (const auto& segment : c.facts.segments()) {
    FactSpan span;
    span.from = segment.from;
    span.to = segment.to;
    for (const auto& [key, value] : segment.facts)
      span.facts.emplace_back(key, value);
    p.spans.push_back(std::move(span));
  }
  p.served = served_ranges(c);
  return p;
}

std::vector<PlanEvent> load_plan_events(const Store& store) {
  std::vector<PlanEvent> events;
  Statement query(store, "SELECT id, client_id, kind, date, until, note FROM event "
                         "WHERE removed_at IS NULL ORDER BY id");
  while (query.step())
    events.push_back({query.column(0).as_int64(), query.column(1).as_int64(),
                      query.column(2).as_text(), column_date(query.column(3)).value_or(Date{}),
                      column_date(query.column(4)), query.column(5).as_text()});
  return events;
}

std::optional<std::int64_t> read_plan_inputs(const Store& store, const GenerateOptions& options,
                                             GenerationPlan& g, StepsDone& steps_done) {
  std::optional<std::int64_t> only_client;
  if (options.client)
    only_client = get_active_client(store, *options.client).id;
  std::optional<Event> only_event;
  if (options.event) {
    only_event = get_event(store, *options.event);
    only_client = only_event->client_id;
  }
  for (const auto& c : load_client_profiles(store))
    if (!only_client || c.id == *only_client) {
      g.client_index[c.id] = g.clients.size();
      g.clients.push_back(plan_client(c));
    }
  for (auto& s : load_subscriptions(store))
    if (g.client_index.count(s.client_id) != 0)
      g.subscriptions.push_back({s.client_id, std::move(s.service), s.dates.from, s.dates.to});
  for (auto& e : load_plan_events(store))
    if (g.client_index.count(e.client_id) != 0 && (!options.event || e.id == *options.event))
      g.events.push_back(std::move(e));
  g.work_groups = load_work_groups(store);

  // The stored generated tasks, in compact form; done programme steps for their successors.
  {
    std::string sql = "SELECT id, client_id, service, code, period, instalment, "
                      "coalesce(event_id, 0), origin, title, due, planned, provisional, status, "
                      "cancelled_by_generator, done_at FROM ";
    if (options.event)
      sql += "task WHERE origin <> 3 AND event_id = :event";
    else if (only_client)
      sql += "task WHERE origin <> 3 AND client_id = :client";
    else // SQLite would read every row through the partial key index (its condition is the
         // same), a random seek per row; reading the table in order is twice as fast.
      sql += store.table_with_index("task", "") + " WHERE origin <> 3";
    // Counted first so that the vector is allocated once, at its size (a large firm has
    // 600,000 tasks a year); the rows are read without copying their text.
    const auto prepare = [&](const std::string& text) {
      Statement query(store, text);
      if (options.event)
        query.bind(":event", *options.event);
      else if (only_client)
        query.bind(":client", *only_client);
      return query;
    };
    {
      Statement count = prepare("SELECT count(*) FROM (" + sql + ") AS stored");
      count.step();
      g.existing.reserve(static_cast<size_t>(count.column(0).as_int64()));
    }
    {
      Statement query = prepare(sql);
      while (query.step()) {
        ExistingTask e;
        e.id = query.column(0).as_int64();
        e.client_id = query.column(1).as_int64();
        const std::string_view service = column_view(query.column(2));
        const std::string_view code = column_view(query.column(3));
        e.service = g.interner.id(service);
        e.code = g.interner.id(code);
        const auto period = parse_period(column_view(query.column(4)));
        e.period = period ? period_key(*period) : 0;
        e.instalment = static_cast<std::uint8_t>(query.column(5).as_int());
        e.event_id = query.column(6).as_int64();
        e.origin = static_cast<TaskOrigin>(query.column(7).as_int());
        e.title = title_hash(column_view(query.column(8)));
        e.due = column_date(query.column(9)).value_or(Date{});
        e.planned = column_date(query.column(10));
        e.provisional = query.column(11).as_int() != 0;
        e.status = parse_task_status(column_view(query.column(12))).value_or(TaskStatus::new_);
        e.cancelled_by_generator = query.column(13).as_int() != 0;
        if (e.origin == TaskOrigin::programme && e.status == TaskStatus::done)
          if (auto done = column_date(query.column(14)))
            steps_done[{e.client_id, std::string(service), std::string(code), e.period}] = *done;
        g.existing.push_back(e);
      }
    }
  }
  return only_client;
}

} // namespace acctcore
