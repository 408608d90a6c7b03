// acct plan and acct generate: the tasks the templates call for, as a diff and applied.
#include "commands.hpp"
#include "plan/gaps.hpp"
#include "plan/generate.hpp"
#include "plan/view.hpp"
#include "registry.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <iostream>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::Json;
using acctcore::trf;

namespace {

/// Default horizon: about a quarter ahead.
constexpr int k_default_days = 92;

struct PlanOptions {
  std::string since;
  std::string through;
  std::string client;
  bool provisional = false;
  bool summary = false;
  bool dry_run = false;
};

acctcore::GenerateOptions generate_options(Context& ctx, const PlanOptions& o) {
  acctcore::GenerateOptions g;
  g.today = ctx.clock().today;
  g.since = o.since.empty() ? g.today : acctcore::require_date(o.since, "--since");
  g.through = o.through.empty() ? g.today + date::days{k_default_days}
                                : acctcore::require_date(o.through, "--through");
  if (!o.client.empty())
    g.client = o.client;
  g.allow_provisional = o.provisional;
  return g;
}

std::string counts_line(const acctcore::Plan& p) {
  return fmt::format("{} to create, {} to move, {} to update, {} to restore, {} to cancel, {} "
                     "conflict(s); {} unchanged",
                     p.creates, p.moves, p.updates, p.restores, p.cancels, p.conflicts,
                     p.unchanged);
}

void print_changes(Output& out, const acctcore::GenerationPlan& g, bool conflicts_only) {
  acctcore::Table table({"CHANGE", "CLIENT", "CODE", "PERIOD", "DUE", "DETAILS"});
  for (const auto& change : g.plan.changes) {
    if (conflicts_only && change.kind != acctcore::ChangeKind::conflict)
      continue;
    const auto v = acctcore::view_change(g, change);
    std::string period = v.period;
    if (v.instalment > 1 || (change.desired >= 0 &&
                             g.desired.tasks[static_cast<size_t>(change.desired)].instalments > 1))
      period += fmt::format(" #{}", v.instalment);
    std::string due = v.due ? acctcore::format_date(*v.due) : acctcore::format_date(*v.old_due);
    if (v.provisional)
      due += "?";
    std::string details;
    switch (v.kind) {
    case acctcore::ChangeKind::create:
    case acctcore::ChangeKind::update:
      details = v.title;
      // A notice of a change already past due: the line after the table says what to do.
      if (v.kind == acctcore::ChangeKind::create && v.due && *v.due < g.options.today &&
          acctcore::change_of(g.desired.tasks[static_cast<size_t>(change.desired)]) != nullptr)
        details += std::string(" ") + acctcore::tr("(overdue)");
      break;
    case acctcore::ChangeKind::move:
      details = fmt::format("task #{}: {}", v.task_id, v.reason);
      break;
    default:
      details = fmt::format("task #{}: {}", v.task_id, v.reason);
    }
    table.add_row(
        {std::string(acctcore::change_kind_name(v.kind)), v.client, v.code, period, due, details});
  }
  if (!table.empty())
    out.table(table);
}

/// What the plan cannot see as tasks: clients with no service, facts that call for nothing or
/// that no template covers, and notices of a change created already overdue.
std::vector<acctcore::PlanGap> plan_gaps(const acctcore::GenerationPlan& g) {
  auto gaps = acctcore::find_fact_gaps(g.clients, g.subscriptions, g.events, *g.services,
                                       g.options.since, g.options.through);
  auto overdue = acctcore::find_overdue_notices(g.desired, g.plan, g.options.today);
  gaps.insert(gaps.end(), overdue.begin(), overdue.end());
  return gaps;
}

int run_plan(Context& ctx, const PlanOptions& o) {
  const auto g = acctcore::plan_generation(ctx.store(), ctx.services(), ctx.calendars(),
                                           generate_options(ctx, o));
  if (!o.summary)
    acctcore::sort_for_reading(*g);
  const auto gaps = plan_gaps(*g);
  const auto describe = [&](const acctcore::PlanGap& gap) {
    return acctcore::describe_gap(gap, *g->client(gap.client_id), &g->desired, g->options.since,
                                  g->options.through);
  };
  Output& out = ctx.out();
  if (out.json()) {
    Json json = acctcore::plan_to_json(*g, o.summary);
    json["gaps"] = Json::array();
    for (const auto& gap : gaps)
      json["gaps"].push_back(acctcore::gap_to_json(gap, *g->client(gap.client_id), &g->desired,
                                                   g->options.since, g->options.through));
    out.json(json);
    return 0;
  }
  if (!o.summary)
    print_changes(out, *g, false);
  out.write(fmt::format("{}{} (from {} to {}{})\n", o.summary || g->plan.empty() ? "" : "\n",
                        counts_line(g->plan), acctcore::format_date(g->options.since),
                        acctcore::format_date(g->options.through),
                        o.client.empty() ? "" : ", client '" + o.client + "'"));
  if (o.summary && !gaps.empty()) {
    out.write(acctcore::trnf("{} note on what clients owe: see 'acct plan'",
                             "{} notes on what clients owe: see 'acct plan'", gaps.size(),
                             gaps.size()) +
              "\n");
    return 0;
  }
  for (const auto& gap : gaps)
    out.write((gap.kind == acctcore::GapKind::overdue ? trf("overdue: {}", describe(gap))
                                                      : trf("note: {}", describe(gap))) +
              "\n");
  return 0;
}

int run_generate(Context& ctx, const PlanOptions& o) {
  if (o.dry_run)
    return run_plan(ctx, o);
  const auto g = acctcore::plan_generation(ctx.writable_store(), ctx.services(), ctx.calendars(),
                                           generate_options(ctx, o));
  const auto result = acctcore::apply_generation(ctx.writable_store(), ctx.actor(), *g);
  if (result.conflicts > 0)
    acctcore::sort_for_reading(*g);
  Output& out = ctx.out();
  if (out.json()) {
    out.json(acctcore::generation_to_json(*g, result));
    return 0;
  }
  if (result.run_id == 0 && result.conflicts == 0)
    out.info(trf("nothing to do: {} task(s) up to date (from {} to {})", g->plan.unchanged,
                 acctcore::format_date(g->options.since),
                 acctcore::format_date(g->options.through)));
  else if (result.run_id != 0)
    out.info(fmt::format(
        "created {}, moved {}, updated {}, restored {}, cancelled {} (run #{}, from {} to {})",
        result.created, result.moved, result.updated, result.restored, result.cancelled,
        result.run_id, acctcore::format_date(g->options.since),
        acctcore::format_date(g->options.through)));
  for (const auto& gap : acctcore::find_overdue_notices(g->desired, g->plan, g->options.today))
    warn(acctcore::describe_gap(gap, *g->client(gap.client_id), &g->desired, g->options.since,
                                g->options.through));
  if (result.conflicts > 0) {
    warn(trf("{} conflict(s) not applied: work already started (see 'acct plan')",
             result.conflicts));
    if (!out.quiet())
      print_changes(out, *g, true);
  }
  return 0;
}

void add_plan_options(CLI::App* cmd, PlanOptions& o) {
  cmd->add_option("--since", o.since, "Include tasks due from this day (default: today)")
      ->type_name("DATE");
  cmd->add_option(
         "--through", o.through,
         "Include tasks due up to this day (default: today + 92 days; at most 3 years ahead)")
      ->type_name("DATE");
  cmd->add_option("--client", o.client, "Only this client")->type_name("SLUG");
  cmd->add_flag(
      "--provisional", o.provisional,
      "For years no calendar covers, count only weekends as days off (marked provisional)");
  cmd->add_flag("--summary", o.summary, "Print the counts only");
}

} // namespace

void register_plan(Registry& registry) {
  {
    auto o = make_options<PlanOptions>();
    CLI::App* cmd = registry.command(
        &registry.root(), "plan",
        "Show what generate would do: tasks to create, move, cancel, and conflicts", Access::read,
        [o](Context& ctx) { return run_plan(ctx, *o); }, "Work");
    add_plan_options(cmd, *o);
  }
  {
    auto o = make_options<PlanOptions>();
    CLI::App* cmd = registry.command(
        &registry.root(), "generate",
        "Create and update tasks from the templates, in one transaction (safe to repeat)",
        Access::write, [o](Context& ctx) { return run_generate(ctx, *o); }, "Work");
    add_plan_options(cmd, *o);
    cmd->add_flag("--dry-run", o->dry_run, "Only show the plan, as 'acct plan' does");
  }
}

} // namespace acctcli
