// acct log: the audit trail of every change.
#include "audit/audit.hpp"
#include "commands.hpp"
#include "registry.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcli {

using acctcore::tr;

namespace {

struct LogOptions {
  std::string entity;
  std::string actor;
  std::string since;
  std::string until;
  std::int64_t limit = 0;
  std::int64_t task = 0;
};

int run_log(Context& ctx, const LogOptions& o) {
  acctcore::AuditFilter filter;
  if (o.task != 0) {
    if (!o.entity.empty())
      throw acctcore::Error(acctcore::ErrorKind::usage, tr("give --task or --entity, not both"));
    filter.entity = "task";
    filter.entity_key = std::to_string(o.task);
  }
  if (!o.entity.empty()) {
    const auto colon = o.entity.find(':');
    filter.entity = o.entity.substr(0, colon);
    if (colon != std::string::npos)
      filter.entity_key = o.entity.substr(colon + 1);
  }
  if (!o.actor.empty())
    filter.actor = o.actor;
  if (!o.since.empty())
    filter.since = acctcore::start_of_day(acctcore::require_date(o.since, "--since"), ctx.zone());
  if (!o.until.empty())
    filter.until = acctcore::start_of_day(
        acctcore::require_date(o.until, "--until") + date::days{1}, ctx.zone());
  if (o.limit < 0)
    throw acctcore::Error(acctcore::ErrorKind::invalid, tr("--limit must not be negative"));
  if (o.limit > 0)
    filter.limit = o.limit;
  const auto records = acctcore::query_audit(ctx.store(), filter);
  Output& out = ctx.out();
  if (out.json()) {
    const auto* zone = ctx.zone();
    out.json(acctcore::json_array(
        records, [zone](const auto& record) { return acctcore::audit_to_json(record, zone); }));
    return 0;
  }
  if (records.empty()) {
    out.info(tr("no changes recorded"));
    return 0;
  }
  acctcore::Table table({"TIME", "ACTOR", "ENTITY", "ACTION", "CHANGES"});
  for (const auto& record : records) {
    std::string time = acctcore::format_timestamp(record.at, ctx.zone()).substr(0, 16);
    time[10] = ' ';
    table.add_row({time, record.actor, record.entity + " " + record.entity_key, record.action,
                   changes_text(record.changes, record.action)});
  }
  out.table(table);
  return 0;
}

} // namespace

void register_log(Registry& registry) {
  auto o = make_options<LogOptions>();
  CLI::App* cmd = registry.command(
      &registry.root(), "log", "Show the audit trail of changes", Access::read,
      [o](Context& ctx) { return run_log(ctx, *o); }, "Register");
  cmd->add_option("--entity", o->entity, "Only this kind of entity, or one entity: staff:ivanova")
      ->type_name("KIND[:KEY]");
  cmd->add_option("--task", o->task, "Only the changes of this task (same as --entity task:ID)")
      ->type_name("ID");
  cmd->add_option("--actor", o->actor, "Only changes made by this user")->type_name("USER");
  cmd->add_option("--since", o->since, "From this day on (inclusive)")->type_name("DATE");
  cmd->add_option("--until", o->until, "Up to this day (inclusive)")->type_name("DATE");
  cmd->add_option("--limit", o->limit, "Only the newest N changes")->type_name("N");
}

} // namespace acctcli
