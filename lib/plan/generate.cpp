#include "plan/generate.hpp"

#include "audit/audit.hpp"
#include "calendar/loader.hpp"
#include "client/client.hpp"
#include "plan/inputs.hpp"
#include "plan/view.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "task/writer.hpp"
#include "template/loader.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace acctcore {

namespace {

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

  StepsDone steps_done;
  const auto only_client = read_plan_inputs(store, options, *g, steps_done);

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
  // Titles are compared only with stored tasks of the same client: a client with none (a new
  // client, a first run) needs no title rendered here.
  std::vector<std::int64_t> stored_clients;
  stored_clients.reserve(g->clients.size());
  for (const auto& e : g->existing)
    if (stored_clients.empty() || stored_clients.back() != e.client_id)
      stored_clients.push_back(e.client_id);
  std::sort(stored_clients.begin(), stored_clients.end());
  g->title_hashes.reserve(g->desired.tasks.size());
  for (const auto& d : g->desired.tasks)
    g->title_hashes.push_back(
        std::binary_search(stored_clients.begin(), stored_clients.end(), d.client_id)
            ? title_hash(desired_title(d, *g->client(d.client_id)))
            : 0);
  g->scope = PlanScope{options.event ? k_far_past : options.since, options.through, only_client};
  g->plan = make_plan(g->desired, g->title_hashes, g->existing, g->interner, g->scope);
  reach_beyond_horizon(*g, input);
  return g;
}

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

  TaskWriter writer(store, actor.at);
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
  // New tasks are written k_rows_per_insert to a statement; their text is kept here until
  // then (the writer binds it without copying).
  struct Pending {
    NewTaskRow row;
    std::string period, title, due, planned;
    std::size_t desired = 0;
  };
  std::vector<Pending> pending(TaskWriter::k_rows_per_insert);
  std::vector<NewTaskRow> rows;
  rows.reserve(TaskWriter::k_rows_per_insert);
  const auto write_pending = [&] {
    const auto ids = writer.insert(rows);
    for (std::size_t k = 0; k < ids.size(); ++k)
      task_ids[pending[k].desired] = ids[k];
    result.created += static_cast<int>(ids.size());
    rows.clear();
  };
  for (const PlannedChange* next : order) {
    const PlannedChange& change = *next;
    switch (change.kind) {
    case ChangeKind::create: {
      const DesiredTask& d = g.desired.tasks[static_cast<size_t>(change.desired)];
      Pending& p = pending[rows.size()];
      p.desired = static_cast<size_t>(change.desired);
      p.period = d.period.id();
      p.title = desired_title(d, *g.client(d.client_id));
      p.due = format_date(d.due);
      p.planned = d.planned ? format_date(*d.planned) : std::string();
      NewTaskRow& row = p.row;
      row.client_id = d.client_id;
      row.origin = d.origin;
      row.service = d.service->id;
      row.code = d.spec->code;
      row.period = p.period;
      row.instalment = d.instalment;
      row.event_id = d.event != nullptr ? std::optional(d.event->id) : std::nullopt;
      row.title = p.title;
      row.due = p.due;
      row.planned = p.planned;
      row.provisional = d.provisional;
      row.role = d.spec->role;
      row.reviewer_role = d.spec->reviewer;
      row.assignee_id = holder(d.client_id, d.spec->role);
      row.reviewer_id = holder(d.client_id, d.spec->reviewer);
      row.estimate_minutes = d.spec->estimate_minutes;
      row.requires_file = d.spec->requires_file;
      row.client_action = d.spec->client_action;
      row.category = d.spec->category;
      row.run_id = result.run_id;
      rows.push_back(row);
      if (rows.size() == TaskWriter::k_rows_per_insert)
        write_pending();
      break;
    }
    case ChangeKind::move:
    case ChangeKind::update:
    case ChangeKind::restore: {
      const DesiredTask& d = g.desired.tasks[static_cast<size_t>(change.desired)];
      const ExistingTask& e = g.existing[static_cast<size_t>(change.existing)];
      writer.regenerate(e.id, desired_title(d, *g.client(d.client_id)), d.due, d.planned,
                        d.provisional);
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
      writer.cancel_generated(e.id);
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
  if (!rows.empty())
    write_pending();
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
    for (const auto& [a, b] : g.desired.dependencies)
      if (task_ids[a] != 0 && task_ids[b] != 0)
        writer.link(task_ids[a], task_ids[b]);
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

} // namespace acctcore
