// acct deadline: explaining how a due date follows from a rule.
#include "commands.hpp"
#include "deadline/rule.hpp"
#include "explain.hpp"
#include "plan/explain.hpp"
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

namespace {

struct ExplainOptions {
  std::int64_t task = 0;
  std::string rule;
  std::string period;
  std::string event;
  std::string event_end;
  std::string calendar;
  bool provisional = false;
};

void print_dates(Output& out, const acctcore::DeadlineExplanation& e, int only_instalment) {
  for (const auto& d : e.dates) {
    if (only_instalment > 0 && d.instalment != only_instalment)
      continue;
    std::vector<std::pair<std::string, std::string>> fields;
    const std::string label =
        e.dates.size() > 1 && only_instalment == 0 ? fmt::format(" {}", d.instalment) : "";
    fields.emplace_back("date" + label, fmt::format("{} ({}): {}", acctcore::format_date(d.raw),
                                                    acctcore::weekday_name(d.raw), d.formula));
    std::vector<std::string> moves;
    for (const auto& s : d.skipped)
      moves.push_back(fmt::format("{} ({}) is off: {}", acctcore::format_date(s.date),
                                  acctcore::weekday_name(s.date), s.reason));
    if (!moves.empty())
      fields.emplace_back("moved", acctcore::join(moves, "\n"));
    fields.emplace_back("due" + label, fmt::format("{} ({}){}", acctcore::format_date(d.due),
                                                   acctcore::weekday_name(d.due),
                                                   d.provisional ? " PROVISIONAL" : ""));
    if (d.provisional)
      fields.emplace_back("note", d.provisional_note);
    out.write("\n" + acctcore::render_fields(fields));
  }
}

} // namespace

void print_explanation(Output& out, std::vector<std::pair<std::string, std::string>> head,
                       const acctcore::DeadlineExplanation& e, int only_instalment,
                       std::string_view skipped_note) {
  head.insert(head.end(), {{"rule", e.rule},
                           {"basis", e.basis},
                           {"calendar", e.calendar},
                           {"period", e.period},
                           {"override", e.override_used},
                           {"anchor", e.anchor}});
  out.write(acctcore::render_fields(head));
  if (e.skipped)
    out.write(fmt::format("due:      none for this period{}\n", skipped_note));
  else
    print_dates(out, e, only_instalment);
}

namespace {

int run_explain_task(Context& ctx, std::int64_t id) {
  const auto x = acctcore::explain_task(ctx.store(), ctx.services(), ctx.calendars(), id);
  const auto& e = x.explanation;
  Output& out = ctx.out();
  const bool matches = x.date == nullptr || x.date->due == x.due;
  if (out.json()) {
    Json json{{"task_id", x.task_id},
              {"client", x.client},
              {"service", x.service},
              {"code", x.code},
              {"period", x.period},
              {"instalment", x.instalment},
              {"title", x.title},
              {"due", acctcore::format_date(x.due)},
              {"matches_templates", matches}};
    json["explanation"] = acctcore::explanation_to_json(e);
    out.json(json);
    return 0;
  }
  print_explanation(out,
                    {{"task", fmt::format("#{} {}", x.task_id, x.title)},
                     {"client", x.client},
                     {"template", x.service + " / " + x.code}},
                    e, x.date != nullptr ? x.date->instalment : 0, " by today's templates");
  if (!e.skipped && !matches)
    out.write(
        fmt::format("\nstored:   {} (the templates now give {}; 'acct plan' shows the change)\n",
                    acctcore::format_date(x.due), acctcore::format_date(x.date->due)));
  return 0;
}

int run_explain(Context& ctx, const ExplainOptions& o) {
  if (o.task != 0) {
    if (!o.rule.empty() || !o.period.empty() || !o.event.empty())
      throw Error(ErrorKind::usage, tr("give a task id or a rule (--rule), not both"));
    return run_explain_task(ctx, o.task);
  }
  if (o.rule.empty())
    throw Error(ErrorKind::usage, tr("'acct deadline explain' needs a rule (--rule)"),
                tr("e.g. --rule '{ day = 25, months_after = 1 }' --period 2026-Q1"));
  const auto rule = acctcore::parse_deadline_rule_text(o.rule, "--rule");
  acctcore::DeadlineInput input;
  if (!o.period.empty())
    input.period = acctcore::require_period(o.period, "--period");
  if (!o.event.empty())
    input.anchor = acctcore::require_date(o.event, "--event");
  if (!o.event_end.empty())
    input.anchor_end = acctcore::require_date(o.event_end, "--event-end");
  const auto& calendar = ctx.calendar(o.calendar);
  const auto e = acctcore::explain_deadline(rule, input, calendar,
                                            o.provisional ? acctcore::Coverage::provisional
                                                          : acctcore::Coverage::strict);
  Output& out = ctx.out();
  if (out.json()) {
    out.json(acctcore::explanation_to_json(e));
    return 0;
  }
  print_explanation(out, {}, e, 0, "");
  return 0;
}

} // namespace

void register_deadline(Registry& registry) {
  CLI::App* group =
      registry.group("deadline", "Deadline rules: how a due date is computed", "Deadlines");
  auto o = make_options<ExplainOptions>();
  // With a task id it reads the database; without, it needs none.
  CLI::App* cmd = registry.command(
      group, "explain", "Explain step by step how a task's or a rule's due date is computed",
      Access::none, [o](Context& ctx) {
        if (o->task != 0)
          ctx.open_store(Access::read);
        return run_explain(ctx, *o);
      });
  cmd->add_option("task", o->task, "A task id: explain its due date")->type_name("TASK");
  cmd->add_option("--rule", o->rule, "The rule as TOML: '{ day = 25, months_after = 1 }'")
      ->type_name("TOML");
  cmd->add_option("--period", o->period, "The period: 2026-03, 2026-Q1, 2026-H1, 2026-9M, 2026")
      ->type_name("PERIOD");
  cmd->add_option("--event", o->event, "The event date, for rules with anchor = \"event\"")
      ->type_name("DATE");
  cmd->add_option("--event-end", o->event_end,
                  "The end of the event's term, for rules with anchor = \"event_end\"")
      ->type_name("DATE");
  cmd->add_option("--calendar", o->calendar, "Calendar name (default: the firm's country)")
      ->type_name("NAME");
  cmd->add_flag(
      "--provisional", o->provisional,
      "For years no calendar covers, count only weekends as days off (marked provisional)");
}

} // namespace acctcli
