// acct export: the firm's data in formats other programs read (docs/commands/export.md).

#include "commands.hpp"
#include "firm/firm.hpp"
#include "ics/task_calendar.hpp"
#include "registry.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

namespace {

struct IcsOptions {
  std::optional<std::string> client;
  std::optional<std::string> staff;
  int days = 30;
  std::string output;
};

int run_ics(Context& ctx, const IcsOptions& o) {
  if (o.days < 1 || o.days > acctcore::k_ics_max_days)
    throw Error(ErrorKind::usage,
                trf("--days must be from 1 to {}, not {}", acctcore::k_ics_max_days, o.days));
  if (o.client && o.staff)
    throw Error(ErrorKind::usage, tr("--client and --staff cannot be used together"),
                tr("a calendar is one client's or one person's; export each separately"));
  const bool to_stdout = o.output.empty() || o.output == "-";
  Output& out = ctx.out();
  if (out.json() && to_stdout)
    throw Error(ErrorKind::usage, tr("--json needs -o FILE: the calendar itself goes to stdout"),
                tr("write it to a file with -o to get a JSON summary"));
  // The alarms are the reminders: first the update every writer makes after its work (not the
  // full check of `remind list`, which reads every template: a feed in cron stays fast).
  ctx.update_reminders();
  acctcore::TaskCalendarRequest request;
  request.client = o.client;
  request.staff = o.staff;
  request.days = o.days;
  const auto calendar =
      acctcore::task_calendar(ctx.store(), request, ctx.clock(), ctx.config().firm.name);
  const std::string text = acctcore::render_ics(calendar);
  if (to_stdout) {
    out.write(text);
    return 0;
  }
  write_output_file(o.output, text);
  size_t alarms = 0;
  for (const auto& e : calendar.events)
    alarms += e.alarms.size();
  if (out.json())
    out.json({{"file", o.output}, {"events", calendar.events.size()}, {"alarms", alarms}});
  else
    out.info(
        trf("wrote {} event(s) with {} alarm(s) to {}", calendar.events.size(), alarms, o.output));
  return 0;
}

int run_firm(Context& ctx, const std::string& output) {
  const acctcore::Json document = acctcore::export_firm(ctx.store());
  const std::string text = acctcore::dump_json(document) + "\n";
  Output& out = ctx.out();
  if (output.empty() || output == "-") {
    out.write(text); // the document is JSON already, with or without --json
    return 0;
  }
  write_output_file(output, text);
  const size_t staff = document["staff"].size();
  const size_t clients = document["clients"].size();
  if (out.json())
    out.json({{"file", output},
              {"format", acctcore::k_firm_format},
              {"version", acctcore::k_firm_version},
              {"staff", staff},
              {"persons", document["persons"].size()},
              {"clients", clients}});
  else
    out.info(
        trf("wrote the firm ({} staff member(s), {} client(s)) to {}", staff, clients, output));
  return 0;
}

} // namespace

void register_export(Registry& registry) {
  CLI::App* group = registry.group(
      "export", "Export for other programs: calendar feeds (ICS), the whole firm (JSON)", "Work");
  {
    auto o = make_options<IcsOptions>();
    CLI::App* cmd = registry.command(
        group, "ics",
        "Open tasks as an iCalendar file: an all-day event on each due date, reminders as alarms",
        Access::write, [o](Context& ctx) { return run_ics(ctx, *o); });
    cmd->add_option("--client", o->client, "Only this client's tasks; its contacts' alarms")
        ->type_name("SLUG");
    cmd->add_option("--staff", o->staff, "Only the tasks this person does or reviews; their alarms")
        ->type_name("HANDLE");
    cmd->add_option("--days", o->days,
                    fmt::format("Tasks due from today to today + N, and overdue ones (1 to {}; "
                                "default 30)",
                                acctcore::k_ics_max_days))
        ->type_name("N");
    cmd->add_option("-o,--output", o->output,
                    "Write to FILE (all or nothing; its directory must exist) instead of stdout")
        ->type_name("FILE");
  }
  {
    auto output = std::make_shared<std::string>();
    CLI::App* cmd = registry.command(
        group, "firm",
        "The whole register as one JSON document: staff, clients with their history, contacts, "
        "work groups, subscriptions, events (not tasks)",
        Access::read, [output](Context& ctx) { return run_firm(ctx, *output); });
    cmd->add_option("-o,--output", *output,
                    "Write to FILE (all or nothing; its directory must exist) instead of stdout")
        ->type_name("FILE");
  }
}

} // namespace acctcli
