// acct event: what happened to a client (a hire, a patent) and the tasks it creates.
#include "event/event.hpp"

#include "client/client.hpp"
#include "commands.hpp"
#include "plan/generate.hpp"
#include "registry.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::Json;
using acctcore::tr;
using acctcore::trf;

namespace {

struct AddOptions {
  std::string client;
  std::string kind;
  std::string date;
  std::string until;
  std::string note;
  bool provisional = false;
};

struct ListOptions {
  std::string client;
  bool all = false;
};

/// Creates (or, after a removal, cancels) the tasks of one event at once.
acctcore::GenerationResult generate_for_event(Context& ctx, std::int64_t event, bool provisional) {
  acctcore::GenerateOptions options;
  options.today = ctx.clock().today;
  options.since = options.today;
  options.through = acctcore::max_through(options.today);
  options.event = event;
  options.allow_provisional = provisional;
  auto plan =
      acctcore::plan_generation(ctx.writable_store(), ctx.services(), ctx.calendars(), options);
  return acctcore::apply_generation(ctx.writable_store(), ctx.actor(), *plan);
}

int run_add(Context& ctx, const AddOptions& o) {
  acctcore::NewEvent in;
  in.client = o.client;
  in.kind = o.kind;
  in.date = acctcore::require_date(o.date, "--date");
  if (!o.until.empty())
    in.until = acctcore::require_date(o.until, "--until");
  in.note = o.note;
  const auto kinds = ctx.services().event_kinds();
  const auto event = acctcore::add_event(ctx.writable_store(), ctx.actor(), in, kinds);
  const auto result = generate_for_event(ctx, event.id, o.provisional);
  // No task because the client takes none of the services that react: say which would.
  std::vector<std::string> reacting;
  const std::string country = acctcore::get_client(ctx.store(), event.client).country;
  for (const auto& service : ctx.services().all())
    for (const auto& trigger : service.triggers)
      if (trigger.event == event.kind && (service.country.empty() || service.country == country)) {
        reacting.push_back(service.id);
        break;
      }
  if (result.created == 0 && !reacting.empty() &&
      acctcore::services_taken_on(ctx.store(), event.client, reacting, event.date).empty())
    warn(trf("client '{}' takes no service that reacts to '{}' on {}: {} would ('acct client "
             "subscribe {} {}')",
             event.client, event.kind, acctcore::format_date(event.date),
             acctcore::join(reacting, ", "), event.client, reacting.front()));
  Output& out = ctx.out();
  if (out.json()) {
    Json json = acctcore::event_to_json(event, ctx.zone());
    json["tasks_created"] = result.created;
    out.json(json);
  } else {
    out.info(fmt::format("recorded event #{} ({} of '{}' on {}); created {} task(s)", event.id,
                         event.kind, event.client, acctcore::format_date(event.date),
                         result.created));
  }
  return 0;
}

int run_remove(Context& ctx, std::int64_t id) {
  const auto event = acctcore::remove_event(ctx.writable_store(), ctx.actor(), id);
  const auto result = generate_for_event(ctx, id, true);
  if (ctx.out().json()) {
    Json json = acctcore::event_to_json(event, ctx.zone());
    json["tasks_cancelled"] = result.cancelled;
    json["conflicts"] = result.conflicts;
    ctx.out().json(json);
  } else {
    ctx.out().info(trf("removed event #{}; cancelled {} task(s)", id, result.cancelled));
  }
  if (result.conflicts > 0)
    warn(trf("{} task(s) of the event were already started and were left as they are",
             result.conflicts));
  return 0;
}

int run_list(Context& ctx, const ListOptions& o) {
  const auto events = acctcore::list_events(
      ctx.store(), o.client.empty() ? std::nullopt : std::optional(o.client), o.all);
  Output& out = ctx.out();
  if (out.json()) {
    const auto* zone = ctx.zone();
    out.json(acctcore::json_array(
        events, [zone](const auto& e) { return acctcore::event_to_json(e, zone); }));
    return 0;
  }
  if (events.empty()) {
    out.info(tr("no events"));
    return 0;
  }
  acctcore::Table table({"ID", "CLIENT", "KIND", "DATE", "UNTIL", "NOTE"});
  table.align(0, acctcore::Align::right);
  for (const auto& e : events)
    table.add_row({std::to_string(e.id), e.client, e.kind + (e.removed_at ? " (removed)" : ""),
                   acctcore::format_date(e.date), e.until ? acctcore::format_date(*e.until) : "",
                   e.note});
  out.table(table);
  return 0;
}

} // namespace

void register_event(Registry& registry) {
  CLI::App* group = registry.group(
      "event", "Events of clients (hire, dismissal, vacation, sick leave, patent) and their tasks",
      "Work");
  {
    auto o = make_options<AddOptions>();
    CLI::App* cmd = registry.command(group, "add", "Record an event and create its tasks now",
                                     Access::write, [o](Context& ctx) { return run_add(ctx, *o); });
    cmd->add_option("client", o->client, "Client slug")->required()->type_name("SLUG");
    cmd->add_option("kind", o->kind,
                    "What happened: hire, dismissal, vacation, sick-leave, patent, ...")
        ->required()
        ->type_name("KIND");
    cmd->add_option("--date", o->date, "When it happened (or starts)")
        ->required()
        ->type_name("DATE");
    cmd->add_option("--until", o->until, "When its term ends (a patent's last day)")
        ->type_name("DATE");
    cmd->add_option("--note", o->note, "Who or what, for task titles: an employee's name")
        ->type_name("TEXT");
    cmd->add_flag(
        "--provisional", o->provisional,
        "For years no calendar covers, count only weekends as days off (marked provisional)");
  }
  {
    auto o = make_options<ListOptions>();
    CLI::App* cmd = registry.command(group, "list", "List events, oldest first", Access::read,
                                     [o](Context& ctx) { return run_list(ctx, *o); });
    cmd->add_option("client", o->client, "Only this client")->type_name("SLUG");
    cmd->add_flag("--all", o->all, "Include removed events");
  }
  {
    auto id = std::make_shared<std::int64_t>(0);
    CLI::App* cmd = registry.command(
        group, "remove", "Remove an event recorded by mistake; cancel its tasks not yet started",
        Access::write, [id](Context& ctx) { return run_remove(ctx, *id); });
    cmd->add_option("id", *id, "Event id (see 'acct event list')")->required()->type_name("ID");
  }
}

} // namespace acctcli
