#include "plan/generate.hpp"

#include "audit/audit.hpp"
#include "calendar/loader.hpp"
#include "client/client.hpp"
#include "client/subscriptions.hpp"
#include "event/event.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "template/loader.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace acctcore {

namespace {

constexpr Date k_far_past = Date{date::days{-100000}};

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

/// A stored task in the horizon that the plan would cancel may still apply, with a due date moved
/// beyond `through` (a template change, a calendar correction). For the clients of such tasks,
/// compute the tasks up to the farthest horizon allowed; a task found there is a move, not a
/// cancel. Cancels are rare, so this costs nothing on an ordinary run.
void reach_beyond_horizon(GenerationPlan& g, const PlanInput& input) {
  std::set<std::int64_t> clients;
  for (const auto& change : g.plan.changes)
    if (change.desired < 0)
      clients.insert(g.existing[static_cast<size_t>(change.existing)].client_id);
  if (clients.empty())
    return;
  std::vector<PlanClient> some_clients;
  for (const auto& c : g.clients)
    if (clients.count(c.id) != 0)
      some_clients.push_back(c);
  std::vector<PlanSubscription> some_subscriptions;
  for (const auto& s : g.subscriptions)
    if (clients.count(s.client_id) != 0)
      some_subscriptions.push_back(s);
  PlanInput wide = input;
  wide.clients = some_clients;
  wide.subscriptions = some_subscriptions;
  wide.through = std::max(input.through, max_through(g.options.today));
  wide.allow_provisional = true; // only to find the task; an uncovered year is not this plan's
  DesiredSet far = compute_desired(wide);
  using Key =
      std::tuple<std::int64_t, std::uint32_t, std::uint32_t, std::int64_t, int, std::int64_t>;
  std::map<Key, size_t> beyond;
  for (size_t i = 0; i < far.tasks.size(); ++i) {
    const DesiredTask& d = far.tasks[i];
    if (d.due > input.through)
      beyond[{d.client_id, g.interner.id(d.service->id), g.interner.id(d.spec->code),
              period_key(d.period), d.instalment, d.event_id()}] = i;
  }
  for (auto& change : g.plan.changes) {
    if (change.desired >= 0)
      continue;
    const ExistingTask& e = g.existing[static_cast<size_t>(change.existing)];
    const auto it =
        beyond.find({e.client_id, e.service, e.code, e.period, e.instalment, e.event_id});
    if (it == beyond.end())
      continue;
    DesiredTask d = far.tasks[it->second];
    d.client_id = e.client_id;
    g.desired.tasks.push_back(d);
    g.title_hashes.push_back(title_hash(desired_title(d, *g.client(d.client_id))));
    change.desired = static_cast<std::int32_t>(g.desired.tasks.size() - 1);
    if (change.kind == ChangeKind::cancel) {
      change.kind = ChangeKind::move;
      --g.plan.cancels;
      ++g.plan.moves;
    }
  }
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

Date max_through(Date today) {
  return add_months(today, 36);
}

void check_horizon(const GenerateOptions& o) {
  if (o.through < o.today)
    throw Error(
        ErrorKind::invalid,
        trf("--through {} is before today ({})", format_date(o.through), format_date(o.today)),
        tr("the horizon looks ahead; use --since to include past due dates"));
  if (o.through > max_through(o.today))
    throw Error(ErrorKind::invalid,
                trf("--through {} is more than three years ahead (the limit is {})",
                    format_date(o.through), format_date(max_through(o.today))),
                tr("generate a year or a quarter ahead and run generate again later (cron)"));
  if (o.since > o.through)
    throw Error(ErrorKind::invalid, trf("--since {} is after --through {}", format_date(o.since),
                                        format_date(o.through)));
}

const PlanClient* GenerationPlan::client(std::int64_t id) const {
  const auto it = client_index.find(id);
  return it == client_index.end() ? nullptr : &clients[it->second];
}

std::unique_ptr<GenerationPlan> plan_generation(const Store& store, const ServiceSet& services,
                                                const CalendarSet& calendars,
                                                const GenerateOptions& options) {
  check_horizon(options);
  auto g = std::make_unique<GenerationPlan>();
  g->options = options;
  g->services = &services;
  g->calendars = &calendars;

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
      g->client_index[c.id] = g->clients.size();
      g->clients.push_back(plan_client(c));
    }
  for (auto& s : load_subscriptions(store))
    if (g->client_index.count(s.client_id) != 0)
      g->subscriptions.push_back({s.client_id, std::move(s.service), s.dates.from, s.dates.to});
  for (auto& e : load_plan_events(store))
    if (g->client_index.count(e.client_id) != 0 && (!options.event || e.id == *options.event))
      g->events.push_back(std::move(e));
  g->work_groups = load_work_groups(store);

  // The stored generated tasks, in compact form; done programme steps for their successors.
  std::map<std::tuple<std::int64_t, std::string, std::string, std::int64_t>, Date> steps_done;
  {
    std::string sql = "SELECT id, client_id, service, code, period, instalment, "
                      "coalesce(event_id, 0), origin, title, due, planned, provisional, status, "
                      "cancelled_by_generator, done_at FROM task";
    if (options.event)
      sql += " WHERE origin <> 3 AND event_id = :event";
    else if (only_client)
      sql += " WHERE origin <> 3 AND client_id = :client";
    else // SQLite would read every row through the partial key index (its condition is the
         // same), a random seek per row; reading the table in order is twice as fast.
      sql += " NOT INDEXED WHERE origin <> 3";
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
      Statement count = prepare("SELECT count(*) FROM (" + sql + ")");
      count.step();
      g->existing.reserve(static_cast<size_t>(count.column(0).as_int64()));
    }
    {
      Statement query = prepare(sql);
      while (query.step()) {
        ExistingTask e;
        e.id = query.column(0).as_int64();
        e.client_id = query.column(1).as_int64();
        const std::string_view service = column_view(query.column(2));
        const std::string_view code = column_view(query.column(3));
        e.service = g->interner.id(service);
        e.code = g->interner.id(code);
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
        g->existing.push_back(e);
      }
    }
  }

  PlanInput input;
  input.clients = g->clients;
  input.subscriptions = g->subscriptions;
  input.events = g->events;
  input.services = &services;
  input.calendars = &calendars;
  input.since = options.since;
  input.only_event = options.event;
  input.through = options.through;
  input.allow_provisional = options.allow_provisional;
  input.step_done = [&steps_done](const StepKey& key) -> std::optional<Date> {
    const auto it = steps_done.find(
        {key.client_id, std::string(key.service), std::string(key.code), period_key(key.period)});
    if (it == steps_done.end())
      return std::nullopt;
    return it->second;
  };
  g->desired = compute_desired(input);
  g->title_hashes.reserve(g->desired.tasks.size());
  for (const auto& d : g->desired.tasks)
    g->title_hashes.push_back(title_hash(desired_title(d, *g->client(d.client_id))));
  g->scope = PlanScope{options.event ? k_far_past : options.since, options.through, only_client};
  g->plan = make_plan(g->desired, g->title_hashes, g->existing, g->interner, g->scope);
  reach_beyond_horizon(*g, input);
  return g;
}

namespace {

/// What orders changes: the client, the due date, the code, the period and the part.
struct ChangeOrder {
  std::int64_t client;
  Date due;
  std::string_view code;
  std::int64_t period;
  int part;

  ChangeOrder(const GenerationPlan& g, const PlannedChange& c) {
    const DesiredTask* d =
        c.desired >= 0 ? &g.desired.tasks[static_cast<size_t>(c.desired)] : nullptr;
    const ExistingTask* e =
        c.existing >= 0 ? &g.existing[static_cast<size_t>(c.existing)] : nullptr;
    client = d != nullptr ? d->client_id : e->client_id;
    due = d != nullptr ? d->due : e->due;
    code = d != nullptr ? std::string_view(d->spec->code) : g.interner.text(e->code);
    period = d != nullptr ? period_key(d->period) : e->period;
    part = d != nullptr ? d->instalment : e->instalment;
  }
  /// As people read a plan: by date first.
  auto by_date() const { return std::tie(due, client, code, period, part); }
  /// As the task table's key orders rows: by client first.
  auto by_client() const { return std::tie(client, due, code, period, part); }
};

} // namespace

void sort_for_reading(GenerationPlan& plan) {
  std::stable_sort(plan.plan.changes.begin(), plan.plan.changes.end(),
                   [&](const PlannedChange& a, const PlannedChange& b) {
                     return ChangeOrder(plan, a).by_date() < ChangeOrder(plan, b).by_date();
                   });
}

GenerationResult apply_generation(Store& store, const Actor& actor, GenerationPlan& g) {
  GenerationResult result;
  const Plan& plan = g.plan;
  result.conflicts = plan.conflicts;
  if (plan.creates + plan.moves + plan.updates + plan.restores + plan.cancels == 0)
    return result;
  const std::string now = format_timestamp_utc(actor.at);
  {
    Statement run(store,
                  "INSERT INTO generation_run (at, actor, since, through, client_id, "
                  "created, moved, updated, restored, cancelled, conflicts) VALUES (?, ?, ?, "
                  "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    run.bind(1, now);
    run.bind(2, actor.user);
    run.bind(3, format_date(g.options.since));
    run.bind(4, format_date(g.options.through));
    if (g.scope.client_id)
      run.bind(5, *g.scope.client_id);
    else
      run.bind(5);
    const int counts[] = {plan.creates,  plan.moves,   plan.updates,
                          plan.restores, plan.cancels, plan.conflicts};
    for (int k = 0; k < 6; ++k)
      run.bind(6 + k, counts[k]);
    run.step();
    result.run_id = run.column(0).as_int64();
  }

  // Staff ids by handle, for assigning the work group's holder of each role.
  std::unordered_map<std::string, std::int64_t> staff_ids;
  {
    Statement staff(store, "SELECT handle, id FROM staff WHERE archived_at IS NULL");
    while (staff.step())
      staff_ids[staff.column(0).as_text()] = staff.column(1).as_int64();
  }
  const auto holder = [&](std::int64_t client,
                          const std::string& role) -> std::optional<std::int64_t> {
    if (role.empty())
      return std::nullopt;
    const std::string* handle = g.work_groups.holder(client, role, g.options.today);
    if (handle == nullptr)
      return std::nullopt;
    const auto it = staff_ids.find(*handle);
    return it == staff_ids.end() ? std::nullopt : std::optional(it->second);
  };

  Statement insert(
      store,
      "INSERT INTO task (client_id, origin, service, code, period, instalment, event_id, title, "
      "due, planned, provisional, status, role, reviewer_role, assignee_id, reviewer_id, "
      "estimate_minutes, requires_file, client_action, category, run_id, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id");
  Statement update(store,
                   "UPDATE task SET title = ?, due = ?, planned = ?, provisional = ?, "
                   "status = 'new', cancelled_by_generator = 0, updated_at = ? WHERE id = ?");
  Statement cancel(store, "UPDATE task SET status = 'cancelled', "
                          "cancelled_by_generator = 1, updated_at = ? WHERE id = ?");
  std::vector<std::int64_t> task_ids(g.desired.tasks.size(), 0);
  for (const auto& change : plan.changes) {
    if (change.desired >= 0 && change.existing >= 0)
      task_ids[static_cast<size_t>(change.desired)] =
          g.existing[static_cast<size_t>(change.existing)].id;
  }
  // Written client by client, the order of the task table's key: each insert then lands next to
  // the previous one in the key index instead of on a random page (twice as fast for a firm).
  // Within a client by due date, so that a client's new task ids follow its deadlines.
  std::vector<const PlannedChange*> order;
  order.reserve(plan.changes.size());
  for (const auto& change : plan.changes)
    order.push_back(&change);
  std::sort(order.begin(), order.end(), [&](const PlannedChange* a, const PlannedChange* b) {
    return ChangeOrder(g, *a).by_client() < ChangeOrder(g, *b).by_client();
  });
  // Text is bound without copying: the templates' strings outlive the statement, and the
  // per-row buffers are only reassigned after the row is written.
  std::string period_text, title_text, due_text, planned_text;
  const std::vector<std::string> action_names = client_action_names(); // in enum order
  const std::vector<std::string> category_names = task_category_names();
  for (const PlannedChange* next : order) {
    const PlannedChange& change = *next;
    switch (change.kind) {
    case ChangeKind::create: {
      const DesiredTask& d = g.desired.tasks[static_cast<size_t>(change.desired)];
      const PlanClient& client = *g.client(d.client_id);
      period_text = d.period.id();
      title_text = desired_title(d, client);
      due_text = format_date(d.due);
      int i = 1;
      insert.bind(i++, d.client_id);
      insert.bind(i++, static_cast<int>(d.origin));
      insert.bind_view(i++, d.service->id);
      insert.bind_view(i++, d.spec->code);
      insert.bind_view(i++, period_text);
      insert.bind(i++, d.instalment);
      if (d.event != nullptr)
        insert.bind(i++, d.event->id);
      else
        insert.bind(i++);
      insert.bind_view(i++, title_text);
      insert.bind_view(i++, due_text);
      if (d.planned) {
        planned_text = format_date(*d.planned);
        insert.bind_view(i++, planned_text);
      } else {
        insert.bind(i++);
      }
      insert.bind(i++, d.provisional ? 1 : 0);
      insert.bind_view(i++, d.spec->role);
      if (d.spec->reviewer.empty())
        insert.bind(i++);
      else
        insert.bind_view(i++, d.spec->reviewer);
      for (const std::string* role : {&d.spec->role, &d.spec->reviewer}) {
        if (auto id = holder(d.client_id, *role))
          insert.bind(i++, *id);
        else
          insert.bind(i++);
      }
      insert.bind(i++, d.spec->estimate_minutes);
      insert.bind(i++, d.spec->requires_file ? 1 : 0);
      insert.bind_view(i++, action_names[static_cast<size_t>(d.spec->client_action)]);
      insert.bind_view(i++, category_names[static_cast<size_t>(d.spec->category)]);
      insert.bind(i++, result.run_id);
      insert.bind_view(i++, now);
      insert.bind_view(i++, now);
      task_ids[static_cast<size_t>(change.desired)] = insert_returning_id(insert);
      ++result.created;
      break;
    }
    case ChangeKind::move:
    case ChangeKind::update:
    case ChangeKind::restore: {
      const DesiredTask& d = g.desired.tasks[static_cast<size_t>(change.desired)];
      const ExistingTask& e = g.existing[static_cast<size_t>(change.existing)];
      update.bind(1, desired_title(d, *g.client(d.client_id)));
      update.bind(2, format_date(d.due));
      if (d.planned)
        update.bind(3, format_date(*d.planned));
      else
        update.bind(3);
      update.bind(4, d.provisional ? 1 : 0);
      update.bind(5, now);
      update.bind(6, e.id);
      update.exec();
      update.reset();
      if (change.kind == ChangeKind::move) {
        ++result.moved;
        ChangeSet changes;
        changes.compare("due", format_date(e.due), format_date(d.due));
        record_audit(store, actor, "task", std::to_string(e.id), "move", changes);
      } else if (change.kind == ChangeKind::restore) {
        ++result.restored;
        ChangeSet changes;
        changes.compare("status", "cancelled", "new");
        record_audit(store, actor, "task", std::to_string(e.id), "restore", changes);
      } else {
        ++result.updated;
      }
      break;
    }
    case ChangeKind::cancel: {
      const ExistingTask& e = g.existing[static_cast<size_t>(change.existing)];
      cancel.bind(1, now);
      cancel.bind(2, e.id);
      cancel.exec();
      cancel.reset();
      ChangeSet changes;
      changes.compare("status", "new", "cancelled");
      changes.set("reason", why_not_desired(g, e));
      record_audit(store, actor, "task", std::to_string(e.id), "cancel", changes);
      ++result.cancelled;
      break;
    }
    case ChangeKind::conflict:
      break;
    }
  }
  // Dependencies between tasks that exist now. Unchanged desired tasks were not in the change
  // list: find their ids by key.
  if (!g.desired.dependencies.empty()) {
    std::vector<bool> need(g.desired.tasks.size(), false);
    for (const auto& [a, b] : g.desired.dependencies)
      need[a] = need[b] = true;
    Statement find(store, "SELECT id FROM task WHERE client_id = ? AND service = ? "
                          "AND code = ? AND period = ? AND instalment = ? AND "
                          "coalesce(event_id, 0) = ? AND origin <> 3");
    for (size_t i = 0; i < need.size(); ++i) {
      if (!need[i] || task_ids[i] != 0)
        continue;
      const DesiredTask& d = g.desired.tasks[i];
      find.bind(1, d.client_id);
      find.bind(2, d.service->id);
      find.bind(3, d.spec->code);
      find.bind(4, d.period.id());
      find.bind(5, d.instalment);
      find.bind(6, d.event_id());
      if (find.step())
        task_ids[i] = find.column(0).as_int64();
      find.reset();
    }
    Statement link(store, "INSERT INTO task_dependency (task_id, depends_on) VALUES (?, ?) "
                          "ON CONFLICT DO NOTHING");
    for (const auto& [a, b] : g.desired.dependencies) {
      if (task_ids[a] == 0 || task_ids[b] == 0)
        continue;
      link.bind(1, task_ids[a]);
      link.bind(2, task_ids[b]);
      link.exec();
      link.reset();
    }
  }
  ChangeSet summary;
  summary.set("since", format_date(g.options.since));
  summary.set("through", format_date(g.options.through));
  summary.set("created", result.created);
  summary.set("moved", result.moved);
  summary.set("updated", result.updated);
  summary.set("restored", result.restored);
  summary.set("cancelled", result.cancelled);
  summary.set("conflicts", result.conflicts);
  record_audit(store, actor, "generation", std::to_string(result.run_id), "generate", summary);
  return result;
}

std::string why_not_desired(const GenerationPlan& g, const ExistingTask& e) {
  const PlanClient* client = g.client(e.client_id);
  if (client == nullptr)
    return "the client is archived";
  const std::string& service_id = g.interner.text(e.service);
  const std::string& code = g.interner.text(e.code);
  const Service* service = g.services->find(service_id);
  if (service == nullptr)
    return fmt::format("there is no service '{}' any more", service_id);
  const bool subscribed =
      std::any_of(g.subscriptions.begin(), g.subscriptions.end(), [&](const PlanSubscription& s) {
        return s.client_id == e.client_id && s.service == service_id && s.from <= e.due &&
               (!s.to || e.due <= *s.to);
      });
  if (!subscribed)
    return fmt::format("the client is not subscribed to '{}' on {}", service_id,
                       format_date(e.due));
  if (!client->served_on(e.due))
    return fmt::format("the client is not served on {} (its status)", format_date(e.due));
  const TaskSpec* spec = service->spec(e.origin, code);
  if (spec == nullptr)
    return fmt::format("'{}' no longer has '{}'", service_id, code);
  if (e.origin == TaskOrigin::trigger &&
      std::none_of(g.events.begin(), g.events.end(),
                   [&](const PlanEvent& ev) { return ev.id == e.event_id; }))
    return fmt::format("event #{} was removed", e.event_id);
  const Period period = period_of_key(e.period);
  if (e.origin == TaskOrigin::obligation) {
    if (const auto& change = static_cast<const Obligation*>(spec)->change)
      return fmt::format("no change of '{}' on {} calls for it any more", change->fact,
                         period.id());
    if (!holds_some_day(spec->applies_to, *client, period.start(), period.end()))
      return fmt::format("its conditions do not hold in {}: {}", period.id(),
                         describe_condition(spec->applies_to));
    if (select_rule(*spec, *client, period, period.end()) == nullptr)
      return fmt::format("a variant of '{}' leaves it out for this client in {}", code,
                         period.id());
  }
  return "its period or instalments no longer follow from the template";
}

ChangeView view_change(const GenerationPlan& g, const PlannedChange& change) {
  ChangeView v;
  v.kind = change.kind;
  const DesiredTask* d =
      change.desired >= 0 ? &g.desired.tasks[static_cast<size_t>(change.desired)] : nullptr;
  const ExistingTask* e =
      change.existing >= 0 ? &g.existing[static_cast<size_t>(change.existing)] : nullptr;
  if (d != nullptr) {
    const PlanClient* client = g.client(d->client_id);
    v.client = client->slug;
    v.service = d->service->id;
    v.code = d->spec->code;
    v.period = d->period.id();
    v.instalment = d->instalment;
    v.title = desired_title(*d, *client);
    v.due = d->due;
    v.provisional = d->provisional;
  }
  if (e != nullptr) {
    v.task_id = e->id;
    v.old_due = e->due;
    v.status = std::string(task_status_name(e->status));
    if (d == nullptr) {
      const PlanClient* client = g.client(e->client_id);
      v.client = client != nullptr ? client->slug : std::to_string(e->client_id);
      v.service = g.interner.text(e->service);
      v.code = g.interner.text(e->code);
      v.period = period_of_key(e->period).id();
      v.instalment = e->instalment;
    }
  }
  switch (change.kind) {
  case ChangeKind::create:
  case ChangeKind::update:
    break;
  case ChangeKind::restore:
    v.reason = "it applies again";
    break;
  case ChangeKind::move:
  case ChangeKind::conflict:
    if (d != nullptr && e != nullptr) {
      std::string how =
          fmt::format("the rule now gives {} ({}) instead of {} ({})", format_date(d->due),
                      weekday_name(d->due), format_date(e->due), weekday_name(e->due));
      if (d->raw != d->due)
        how += fmt::format(": {} ({}) is a day off", format_date(d->raw), weekday_name(d->raw));
      v.reason = change.kind == ChangeKind::conflict
                     ? fmt::format("it is {}; {}", task_status_name(e->status), how)
                     : how;
    } else if (e != nullptr) {
      v.reason = fmt::format("it is {}, but no longer applies: {}", task_status_name(e->status),
                             why_not_desired(g, *e));
    }
    break;
  case ChangeKind::cancel:
    v.reason = why_not_desired(g, *e);
    break;
  }
  return v;
}

Json plan_to_json(const GenerationPlan& g, bool summary_only) {
  const Plan& p = g.plan;
  Json json{{"since", format_date(g.options.since)},
            {"through", format_date(g.options.through)},
            {"client", g.options.client ? Json(*g.options.client) : Json()},
            {"summary", Json{{"create", p.creates},
                             {"move", p.moves},
                             {"update", p.updates},
                             {"restore", p.restores},
                             {"cancel", p.cancels},
                             {"conflict", p.conflicts},
                             {"unchanged", p.unchanged}}}};
  if (summary_only)
    return json;
  Json changes = Json::array();
  for (const auto& change : p.changes) {
    const ChangeView v = view_change(g, change);
    changes.push_back({{"change", change_kind_name(v.kind)},
                       {"client", v.client},
                       {"service", v.service},
                       {"code", v.code},
                       {"period", v.period},
                       {"instalment", v.instalment},
                       {"task_id", v.task_id != 0 ? Json(v.task_id) : Json()},
                       {"title", json_or_null(v.title)},
                       {"due", v.due ? Json(format_date(*v.due)) : Json()},
                       {"old_due", v.old_due ? Json(format_date(*v.old_due)) : Json()},
                       {"status", json_or_null(v.status)},
                       {"provisional", v.provisional},
                       {"reason", json_or_null(v.reason)}});
  }
  json["changes"] = std::move(changes);
  return json;
}

} // namespace acctcore

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
