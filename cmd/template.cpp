// acct template: the service templates a firm works by: list, show, lint.
#include "commands.hpp"
#include "figures/indicators.hpp"
#include "registry.hpp"
#include "remind/policy.hpp"
#include "template/loader.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::Json;
using acctcore::trf;

namespace {

std::string periods_text(const std::vector<acctcore::PeriodSelector>& periods) {
  std::vector<std::string> names;
  for (const auto& p : periods) {
    if (p.index == 0)
      names.emplace_back(acctcore::period_kind_name(p.kind));
    else if (p.kind == acctcore::PeriodKind::quarter)
      names.push_back(fmt::format("Q{}", p.index));
    else if (p.kind == acctcore::PeriodKind::half_year)
      names.push_back(fmt::format("H{}", p.index));
    else
      names.emplace_back("9M");
  }
  return acctcore::join(names, ", ");
}

std::string hours_text(int minutes) {
  if (minutes % 60 == 0)
    return std::to_string(minutes / 60);
  return fmt::format("{:.2f}", minutes / 60.0);
}

Json spec_json(const acctcore::TaskSpec& s, std::string_view country) {
  Json json{{"code", s.code},
            {"title", s.title_text},
            {"deadline", acctcore::describe_rule(s.deadline, "the event", country)},
            {"basis", acctcore::json_or_null(s.deadline.basis)},
            {"applies_to",
             s.applies_to.always() ? Json() : Json(acctcore::describe_condition(s.applies_to))},
            {"role", acctcore::json_or_null(s.role)},
            {"reviewer", acctcore::json_or_null(s.reviewer)},
            {"planned",
             s.planned ? Json(acctcore::describe_rule(*s.planned, "the event", country)) : Json()},
            {"checklist", s.checklist},
            {"estimate_hours", s.estimate_minutes % 60 == 0 ? Json(s.estimate_minutes / 60)
                                                            : Json(s.estimate_minutes / 60.0)},
            {"requires_file", s.requires_file},
            {"links", s.links},
            {"reminders", acctcore::json_or_null(s.reminders)},
            {"client_action", acctcore::client_action_name(s.client_action)},
            {"category", acctcore::task_category_name(s.category)},
            {"provisional", s.provisional}};
  Json variants = Json::array();
  for (const auto& v : s.variants)
    variants.push_back(
        {{"when", v.when.always() ? Json() : Json(acctcore::describe_condition(v.when))},
         {"periods", v.periods.empty() ? Json() : Json(periods_text(v.periods))},
         {"skip", v.skip},
         {"deadline",
          v.deadline ? Json(acctcore::describe_rule(*v.deadline, "the event", country)) : Json()}});
  json["variants"] = std::move(variants);
  return json;
}

Json service_json(const acctcore::Service& s, bool full) {
  Json json{{"id", s.id},
            {"title", s.title},
            {"version", acctcore::json_or_null(s.version)},
            {"country", acctcore::json_or_null(s.country)},
            {"calendar", s.calendar},
            {"provisional", s.provisional},
            {"bundled", s.bundled},
            {"file", s.file},
            {"obligations", s.obligations.size()},
            {"programmes", s.programmes.size()},
            {"triggers", s.triggers.size()}};
  if (!full)
    return json;
  json["description"] = acctcore::json_or_null(s.description);
  json["min_lead_working_days"] = s.min_lead_working_days;
  json["lead_time_rule"] = acctcore::json_or_null(s.lead_time_rule);
  Json obligations = Json::array();
  for (const auto& o : s.obligations) {
    Json j = spec_json(o, s.country);
    j["periods"] = o.change ? Json() : Json(periods_text(o.periods));
    j["collects"] = o.collects ? Json(o.collects->codes) : Json();
    j["change"] =
        o.change
            ? Json{{"fact", o.change->fact},
                   {"from", o.change->from.always()
                                ? Json()
                                : Json(acctcore::describe_condition(o.change->from))},
                   {"to", o.change->to.always() ? Json()
                                                : Json(acctcore::describe_condition(o.change->to))}}
            : Json();
    obligations.push_back(std::move(j));
  }
  json["obligations"] = std::move(obligations);
  Json programmes = Json::array();
  for (const auto& p : s.programmes) {
    Json steps = Json::array();
    for (const auto& step : p.steps) {
      Json j = spec_json(step, s.country);
      j["after"] = step.after;
      steps.push_back(std::move(j));
    }
    programmes.push_back({{"code", p.code}, {"title", p.title}, {"steps", steps}});
  }
  json["programmes"] = std::move(programmes);
  Json triggers = Json::array();
  for (const auto& t : s.triggers) {
    Json j = spec_json(t, s.country);
    j["event"] = t.event;
    Json parts = Json::array();
    for (const auto& part : t.instalments)
      parts.push_back(
          {{"label", part.label},
           {"deadline", acctcore::describe_rule(part.deadline, "the event", s.country)}});
    j["instalments"] = std::move(parts);
    triggers.push_back(std::move(j));
  }
  json["triggers"] = std::move(triggers);
  return json;
}

int run_list(Context& ctx) {
  const auto& services = ctx.services();
  Output& out = ctx.out();
  if (out.json()) {
    out.json(
        acctcore::json_array(services.all(), [](const auto& s) { return service_json(s, false); }));
    return 0;
  }
  acctcore::Table table(
      {"SERVICE", "TITLE", "VERSION", "OBLIGATIONS", "PROGRAMMES", "TRIGGERS", "SOURCE"});
  for (int column : {3, 4, 5})
    table.align(static_cast<size_t>(column), acctcore::Align::right);
  for (const auto& s : services.all())
    table.add_row({s.id, s.title + (s.provisional ? " (provisional)" : ""), s.version,
                   std::to_string(s.obligations.size()), std::to_string(s.programmes.size()),
                   std::to_string(s.triggers.size()), s.bundled ? "bundled" : s.file});
  out.table(table);
  return 0;
}

/// One obligation, step or trigger; `label`/`extra` say what comes first (periods, after, event)
/// and `event` what an event anchor means for it.
void write_spec(std::string& text, const acctcore::TaskSpec& s, std::string_view country,
                const std::string& label, const std::string& extra,
                std::string_view event = "the event") {
  text += fmt::format("\n  {}  {}\n", s.code, s.title_text);
  std::vector<std::pair<std::string, std::string>> fields = {
      {label, extra},
      {"deadline", acctcore::describe_rule(s.deadline, event, country)},
      {"basis", s.deadline.basis},
      {"status", s.provisional ? "provisional: its rule is not verified against the law" : ""},
      {"applies to", s.applies_to.always() ? "" : acctcore::describe_condition(s.applies_to)},
      {"role", s.role + (s.reviewer.empty() ? "" : ", reviewed by " + s.reviewer)},
      {"planned", s.planned ? acctcore::describe_rule(*s.planned, "the event", country) : ""},
      {"client", s.client_action == acctcore::ClientAction::none
                     ? ""
                     : std::string(acctcore::client_action_name(s.client_action))},
      {"estimate", s.estimate_minutes > 0 ? hours_text(s.estimate_minutes) + " h" : ""},
      {"file", s.requires_file ? "required" : ""},
      {"checklist", acctcore::join(s.checklist, "\n")},
  };
  for (const auto& v : s.variants)
    fields.emplace_back(
        "variant",
        fmt::format(
            "{}{}: {}", v.when.always() ? "" : "when " + acctcore::describe_condition(v.when),
            v.periods.empty() ? "" : " for " + periods_text(v.periods),
            v.skip ? "no task" : acctcore::describe_rule(*v.deadline, "the event", country)));
  std::string block = acctcore::render_fields(fields);
  for (const auto& line : acctcore::split(block, '\n'))
    if (!line.empty())
      text += "    " + line + "\n";
}

int run_show(Context& ctx, const std::string& id) {
  const auto& service = ctx.services().get(id);
  Output& out = ctx.out();
  if (out.json()) {
    out.json(service_json(service, true));
    return 0;
  }
  std::string text = acctcore::render_fields({
      {"service", service.id},
      {"title", service.title},
      {"version", service.version},
      {"calendar", service.calendar},
      {"status", service.provisional ? "provisional: its dates are not verified" : ""},
      {"source", service.bundled ? "bundled: " + service.file : service.file},
      {"lead time", service.min_lead_working_days > 0
                        ? fmt::format("{} working day(s): {}", service.min_lead_working_days,
                                      service.lead_time_rule)
                        : ""},
      {"about", service.description},
  });
  if (!service.obligations.empty())
    text += fmt::format("\nObligations ({}):\n", service.obligations.size());
  for (const auto& o : service.obligations) {
    if (o.change) {
      // The fact, then what holds the day before and the day of the change.
      const auto side = [](const acctcore::Condition& c) {
        return c.always() ? std::string("any") : acctcore::describe_condition(c);
      };
      write_spec(
          text, o, service.country, "change",
          fmt::format("{}: {} -> {}", o.change->fact, side(o.change->from), side(o.change->to)),
          "the change");
      continue;
    }
    write_spec(text, o, service.country, "periods",
               periods_text(o.periods) +
                   (o.collects ? "; collects " + acctcore::join(o.collects->codes, ", ") : ""));
  }
  for (const auto& p : service.programmes) {
    text += fmt::format("\nProgramme {}: {} ({} steps)\n", p.code, p.title, p.steps.size());
    for (const auto& step : p.steps)
      write_spec(text, step, service.country, "after", acctcore::join(step.after, ", "),
                 step.after.empty() ? "the programme's start" : "the later of those steps");
  }
  if (!service.triggers.empty())
    text += fmt::format("\nTriggers ({}):\n", service.triggers.size());
  for (const auto& t : service.triggers) {
    std::string extra = t.event;
    for (const auto& part : t.instalments)
      extra += fmt::format("; {}: {}", part.label,
                           acctcore::describe_rule(part.deadline, "the event", service.country));
    write_spec(text, t, service.country, "event", extra);
  }
  out.write(text);
  return 0;
}

int run_lint(Context& ctx, const std::vector<std::string>& paths) {
  std::vector<std::filesystem::path> targets(paths.begin(), paths.end());
  if (targets.empty())
    targets.push_back(ctx.templates_dir().empty() ? ctx.bundled_templates_dir()
                                                  : ctx.templates_dir());
  int files = 0;
  auto problems = acctcore::lint_service_paths(targets, ctx.template_rules(), &files);
  int reminder_files = 0;
  for (auto& p : acctcore::lint_reminder_paths(targets, &reminder_files))
    problems.push_back(std::move(p));
  files += reminder_files;
  int figures_files = 0;
  for (auto& p : acctcore::lint_figures_paths(targets, ctx.bundled_templates_dir(), &figures_files))
    problems.push_back(std::move(p));
  files += figures_files;
  if (problems.empty()) {
    // Policy names are checked across the layers a run would read: the bundled templates and
    // each linted templates directory over them.
    std::vector<std::filesystem::path> dirs{ctx.bundled_templates_dir()};
    for (const auto& t : targets) {
      std::error_code ec;
      if (std::filesystem::is_directory(t, ec) && t != dirs.front())
        dirs.push_back(t);
    }
    try {
      const auto reminders = acctcore::load_reminders(dirs);
      const auto services = acctcore::load_services(dirs, ctx.template_rules());
      problems = acctcore::check_policy_references(reminders, services.all(),
                                                   ctx.config().reminders.policy);
    } catch (const Error& e) {
      problems.push_back({"", 0, 0, e.what()});
      for (const auto& d : e.details())
        problems.push_back({"", 0, 0, d});
    }
  }
  Output& out = ctx.out();
  if (out.json()) {
    Json list = Json::array();
    for (const auto& p : problems)
      list.push_back(
          {{"file", p.file}, {"line", p.line}, {"column", p.column}, {"message", p.message}});
    out.json(Json{{"files", files}, {"ok", problems.empty()}, {"problems", list}});
  } else {
    for (const auto& p : problems)
      out.write(p.to_string() + "\n");
    if (problems.empty())
      out.info(trf("{} file(s) checked: no problems", files));
  }
  if (!problems.empty())
    throw Error(ErrorKind::failure,
                trf("{} problem(s) in {} file(s) checked", problems.size(), files));
  return 0;
}

} // namespace

void register_template(Registry& registry) {
  CLI::App* group = registry.group("template", "Service templates: list, show, lint", "Work");
  registry.command(group, "list", "List the services (bundled and the firm's)", Access::none,
                   run_list);
  {
    auto id = std::make_shared<std::string>();
    CLI::App* cmd =
        registry.command(group, "show", "Show a service: its obligations, programmes, triggers",
                         Access::none, [id](Context& ctx) { return run_show(ctx, *id); });
    cmd->add_option("service", *id, "Service id, e.g. ru-statutory")
        ->required()
        ->type_name("SERVICE");
  }
  {
    auto paths = std::make_shared<std::vector<std::string>>();
    CLI::App* cmd = registry.command(
        group, "lint",
        "Check service, reminder and indicator files; print file:line:column for each problem, "
        "exit 1 on any",
        Access::none, [paths](Context& ctx) { return run_lint(ctx, *paths); });
    cmd->add_option(
           "path", *paths,
           "Files or directories (default: the firm's templates directory, else the bundled one)")
        ->type_name("PATH");
  }
}

} // namespace acctcli
