// acct client: the client register. The record, its status and facts, import and export here;
// contacts, the work group and subscriptions in client_links.cpp.
#include "client/client.hpp"

#include "client/identifiers.hpp"
#include "client/import.hpp"
#include "client/reference.hpp"
#include "client/register.hpp"
#include "client_common.hpp"
#include "commands.hpp"
#include "event/event.hpp"
#include "options.hpp"
#include "plan/gaps.hpp"
#include "plan/generate.hpp"
#include "plan/inputs.hpp"
#include "progress.hpp"
#include "registry.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcli {

using acctcore::Client;
using acctcore::ClientFields;
using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

namespace {

struct SlugOptions {
  std::string slug;
};

struct AddOptions {
  std::string slug;
  ClientFields fields;
  std::vector<std::string> tags;
  std::string regime;
  std::optional<bool> employer;
  std::optional<bool> vat;
  std::vector<std::string> facts;
  std::string from;
};

struct EditOptions {
  std::string slug;
  ClientFields fields;
  std::vector<std::string> tags;
  std::string from;
};

struct SetOptions {
  std::string slug;
  std::vector<std::string> facts;
  std::string from;
};

struct ListOptions {
  bool all = false;
  std::string status;
  std::string regime;
  std::string country;
  std::string manager;
  std::string tag;
  std::string text;
  std::string as_of;
};

struct ShowOptions {
  std::string slug;
  std::string as_of;
};

struct ImportOptions {
  std::string file;
  std::string map;
  std::string separator;
  std::string from;
  bool dry_run = false;
};

struct ExportOptions {
  std::string format = "csv";
  bool excel = false;
  bool all = false;
  std::string as_of;
};

/// "added client 'romashka' (ООО Ромашка, ИНН 7707083893)": one sentence per verb, so that
/// each translates as a whole.
std::string confirmation(std::string_view verb, const Client& c) {
  const auto label = acctcore::tax_id_label(c.legal_form());
  if (verb == "added")
    // TRANSLATORS: a client's slug, name, tax id label (ИНН, БИН, ИИН) and tax id.
    return trf("added client '{}' ({}, {} {})", c.slug, c.name, label, c.inn);
  if (verb == "archived")
    // TRANSLATORS: a client's slug, name, tax id label (ИНН, БИН, ИИН) and tax id.
    return trf("archived client '{}' ({}, {} {})", c.slug, c.name, label, c.inn);
  if (verb == "restored")
    // TRANSLATORS: a client's slug, name, tax id label (ИНН, БИН, ИИН) and tax id.
    return trf("restored client '{}' ({}, {} {})", c.slug, c.name, label, c.inn);
  return fmt::format("{} client '{}' ({}, {} {})", verb, c.slug, c.name, label, c.inn);
}

void confirm(Context& ctx, const Client& c, std::string_view verb) {
  if (ctx.out().json())
    ctx.out().json(acctcore::client_to_json(c, ctx.clock().today, ctx.zone()));
  else
    ctx.out().info(confirmation(verb, c));
}

int run_add(Context& ctx, AddOptions& o) {
  if (!o.tags.empty())
    o.fields.tags = o.tags;
  std::vector<std::string> facts;
  if (!o.regime.empty())
    facts.push_back("regime=" + o.regime);
  if (o.employer)
    facts.push_back(*o.employer ? "employer=true" : "employer=false");
  if (o.vat)
    facts.push_back(*o.vat ? "vat=true" : "vat=false");
  facts.insert(facts.end(), o.facts.begin(), o.facts.end());
  // Facts start with the contract unless --from says otherwise.
  const acctcore::Date from =
      !o.from.empty() ? acctcore::require_date(o.from, "--from")
      : o.fields.contract_start
          ? acctcore::require_date(*o.fields.contract_start, "--contract-start")
          : ctx.clock().today;
  const Client client = acctcore::add_client(ctx.writable_store(), ctx.actor(), o.slug, o.fields,
                                             facts, from, client_defaults(ctx));
  confirm(ctx, client, "added");
  return 0;
}

int run_edit(Context& ctx, EditOptions& o) {
  if (!o.tags.empty())
    o.fields.tags = o.tags;
  if (o.fields.empty())
    throw Error(ErrorKind::usage, tr("'acct client edit' needs something to change"),
                tr("run 'acct client edit --help' for the options"));
  if (!o.from.empty() && !o.fields.status)
    throw Error(ErrorKind::usage, tr("--from dates a status change: give --status with it"),
                tr("to date facts, use 'acct client set SLUG KEY=VALUE --from DATE'"));
  const auto update =
      acctcore::edit_client(ctx.writable_store(), ctx.actor(), o.slug, o.fields,
                            date_or_today(ctx, o.from, "--from"), client_defaults(ctx));
  if (ctx.out().json())
    ctx.out().json(acctcore::client_to_json(update.client, ctx.clock().today, ctx.zone()));
  else if (!update.changed())
    ctx.out().info(trf("client '{}' unchanged", update.client.slug));
  else
    ctx.out().info(
        trf("updated client '{}': {}", update.client.slug, changes_text(update.fields, "update")));
  return 0;
}

int run_set(Context& ctx, const SetOptions& o) {
  const acctcore::Date from = date_or_today(ctx, o.from, "--from");
  const auto update = acctcore::set_facts(ctx.writable_store(), ctx.actor(), o.slug, o.facts, from);
  if (ctx.out().json()) {
    ctx.out().json(acctcore::client_to_json(update.client, from, ctx.zone()));
    return 0;
  }
  if (update.facts.empty())
    ctx.out().info(trf("client '{}' unchanged: these values are in force on {}", update.client.slug,
                       acctcore::format_date(from)));
  else
    ctx.out().info(trf("client '{}' from {}: {}", update.client.slug, acctcore::format_date(from),
                       changes_text(update.facts, "set")));
  return 0;
}

std::string manager_of(const acctcore::ClientListing& listing) {
  for (const auto& [role, handle] : listing.work_group)
    if (role == "manager")
      return handle;
  return {};
}

int run_list(Context& ctx, const ListOptions& o) {
  acctcore::ClientFilter filter;
  filter.include_archived = o.all;
  const auto set = [](std::optional<std::string>& target, const std::string& value) {
    if (!value.empty())
      target = value;
  };
  set(filter.status, o.status);
  set(filter.regime, o.regime);
  set(filter.country, o.country);
  set(filter.manager, o.manager);
  set(filter.tag, o.tag);
  set(filter.text, o.text);
  const acctcore::Date as_of = date_or_today(ctx, o.as_of, "--as-of");
  const auto listings = acctcore::list_clients(ctx.store(), filter, as_of);
  Output& out = ctx.out();
  if (out.json()) {
    const auto* zone = ctx.zone();
    out.json(acctcore::json_array(listings, [&](const acctcore::ClientListing& listing) {
      acctcore::Json json = acctcore::client_to_json(listing.client, as_of, zone);
      json["work_group"] = acctcore::work_group_to_json(listing.work_group);
      return json;
    }));
    return 0;
  }
  if (listings.empty()) {
    out.info(tr("no clients match"));
    return 0;
  }
  std::vector<std::string> headers = {"SLUG", "NAME", "FORM", "INN", "REGIME", "STATUS", "MANAGER"};
  if (o.all)
    headers.emplace_back("ARCHIVED");
  acctcore::Table table(headers);
  for (const auto& listing : listings) {
    const Client& c = listing.client;
    std::vector<std::string> row = {c.slug,
                                    acctcore::truncate_to_width(c.display_name(), 40),
                                    c.form,
                                    c.inn,
                                    acctcore::format_fact_value(c.facts.value_at("regime", as_of)),
                                    c.status_at(as_of).status,
                                    manager_of(listing)};
    if (o.all)
      row.emplace_back(c.archived() ? "yes" : "");
    table.add_row(std::move(row));
  }
  out.table(table);
  return 0;
}

/// "\ntitle:\n" and the table indented under it, or `when_empty` when it has no rows.
void section(Output& out, const std::string& title, const acctcore::Table& table,
             std::string_view when_empty) {
  out.write("\n" + title + ":\n");
  if (table.empty()) {
    out.write(fmt::format("  {}\n", when_empty));
    return;
  }
  for (const auto& line : acctcore::split(table.render(), '\n'))
    if (!line.empty())
      out.write("  " + line + "\n");
}

void render_client(Context& ctx, const acctcore::ClientRegister& reg, const Client& c,
                   acctcore::Date as_of) {
  Output& out = ctx.out();
  const auto& form = c.legal_form();
  const auto& status = c.status_at(as_of);
  const std::string date = acctcore::format_date(as_of);
  std::string contract = "from " + acctcore::format_date(c.contract_start);
  if (c.contract_end)
    contract += " to " + acctcore::format_date(*c.contract_end);
  out.write(acctcore::render_fields({
      {"slug", c.slug},
      {"name", c.name},
      {"short name", c.short_name},
      {"form", fmt::format("{} ({}, {})", c.form, form.abbreviation, form.name)},
      {"country", c.country},
      {c.country == "kz" ? "bin/iin" : "inn", c.inn},
      {"kpp", c.kpp},
      {"ogrn", c.ogrn},
      {"region", c.region},
      {"timezone", c.timezone},
      {"status", fmt::format("{} since {}", status.status, acctcore::format_date(status.from))},
      {"contract", contract},
      {"fee", c.fee ? acctcore::format_money(*c.fee) + " a month" : ""},
      {"tags", acctcore::join(c.tags, ", ")},
      {"notes", c.notes},
      {"archived", c.archived_at ? acctcore::format_timestamp(*c.archived_at, ctx.zone()) : ""},
  }));

  acctcore::Table facts({"FACT", "VALUE", "SINCE"});
  for (const auto& record : c.facts.in_force(as_of))
    facts.add_row({record.key, acctcore::format_fact_value(record.value),
                   acctcore::format_date(record.from)});
  section(out, "facts on " + date, facts, "none recorded");

  std::vector<acctcore::FactRecord> upcoming;
  for (const auto& record : c.facts.records())
    if (record.from > as_of)
      upcoming.push_back(record);
  std::stable_sort(upcoming.begin(), upcoming.end(),
                   [](const auto& a, const auto& b) { return a.from < b.from; });
  acctcore::Table later({"FROM", "FACT", "VALUE"});
  for (const auto& record : upcoming)
    later.add_row({acctcore::format_date(record.from), record.key,
                   record.value ? acctcore::format_fact_value(record.value) : "(cleared)"});
  if (!later.empty())
    section(out, "changes after " + date, later, "");

  acctcore::Table group({"ROLE", "STAFF", "SINCE"});
  for (const auto& assignment : reg.work_groups.history(c.id))
    if (assignment.dates.contains(as_of))
      group.add_row(
          {assignment.role, assignment.staff, acctcore::format_date(assignment.dates.from)});
  section(out, "work group on " + date, group, "nobody assigned");

  acctcore::Table contacts(k_contact_headers);
  for (const auto& contact : reg.contacts_of(c))
    contacts.add_row(contact_row(contact));
  section(out, "contacts", contacts, "none");

  acctcore::Table subscriptions({"SERVICE", "FROM", "TO", "PARAMS"});
  for (const auto& s : reg.subscriptions_of(c))
    subscriptions.add_row({s.service, acctcore::format_date(s.dates.from),
                           s.dates.to ? acctcore::format_date(*s.dates.to) : "",
                           params_text(s.params)});
  section(out, "subscriptions", subscriptions, "none");
}

/// The year from `as_of` over which client show looks for gaps in what the client's facts call
/// for (docs/generation.md#gaps).
constexpr int k_gap_days = 365;

/// The gaps of a client's facts from `as_of` for a year, as messages; none for an archived one.
std::vector<std::string> client_gaps(Context& ctx, const acctcore::ClientRegister& reg,
                                     const Client& client, acctcore::Date as_of,
                                     acctcore::Json* json) {
  std::vector<std::string> lines;
  if (client.archived())
    return lines;
  const acctcore::PlanClient plan_client = acctcore::plan_client(client);
  std::vector<acctcore::PlanSubscription> subscriptions;
  for (const auto& s : reg.subscriptions_of(client))
    subscriptions.push_back({client.id, s.service, s.dates.from, s.dates.to});
  std::vector<acctcore::PlanEvent> events;
  for (auto& e : acctcore::load_plan_events(ctx.store()))
    if (e.client_id == client.id)
      events.push_back(std::move(e));
  const acctcore::Date to = as_of + date::days{k_gap_days - 1};
  for (const auto& gap : acctcore::find_fact_gaps(std::span(&plan_client, 1), subscriptions, events,
                                                  ctx.services(), as_of, to)) {
    lines.push_back(acctcore::describe_gap(gap, plan_client, nullptr, as_of, to));
    if (json != nullptr)
      json->push_back(acctcore::gap_to_json(gap, plan_client, nullptr, as_of, to));
  }
  return lines;
}

int run_show(Context& ctx, const ShowOptions& o) {
  const acctcore::Date as_of = date_or_today(ctx, o.as_of, "--as-of");
  const auto reg = acctcore::load_client_register(ctx.store(), o.slug);
  const Client& client = reg.clients.front();
  if (ctx.out().json()) {
    acctcore::Json json = acctcore::client_details_json(reg, client, as_of, ctx.zone());
    json["gaps"] = acctcore::Json::array();
    client_gaps(ctx, reg, client, as_of, &json["gaps"]);
    ctx.out().json(json);
    return 0;
  }
  render_client(ctx, reg, client, as_of);
  const auto gaps = client_gaps(ctx, reg, client, as_of, nullptr);
  if (!gaps.empty()) {
    ctx.out().write("\n" +
                    trf("gaps from {} to {}:", acctcore::format_date(as_of),
                        acctcore::format_date(as_of + date::days{k_gap_days - 1})) +
                    "\n");
    for (const auto& line : gaps)
      ctx.out().write("  " + line + "\n");
  }
  return 0;
}

char parse_separator(const std::string& text) {
  if (text.empty())
    return 0;
  if (text == "tab" || text == "\\t" || text == "\t")
    return '\t';
  if (text == ";" || text == ",")
    return text[0];
  // TRANSLATORS: "tab" is the word typed after --separator; keep it in English.
  throw Error(ErrorKind::usage, trf("unknown separator '{}'", text), tr("use ';', ',' or tab"));
}

std::string_view action_name(acctcore::ImportAction action, bool dry_run) {
  switch (action) {
  case acctcore::ImportAction::create:
    return dry_run ? "would create" : "created";
  case acctcore::ImportAction::update:
    return dry_run ? "would update" : "updated";
  case acctcore::ImportAction::unchanged:
    break;
  }
  return "unchanged";
}

int run_import(Context& ctx, const ImportOptions& o) {
  acctcore::ImportOptions options;
  options.file_name = o.file;
  options.column_map = o.map;
  options.separator = parse_separator(o.separator);
  options.dry_run = o.dry_run;
  options.from = date_or_today(ctx, o.from, "--from");
  options.defaults = client_defaults(ctx);
  const std::string text = acctcore::read_file(o.file);
  ProgressLine line(ctx);
  options.progress = &line.progress();
  const auto report = acctcore::import_clients(ctx.writable_store(), ctx.actor(), text, options);
  using acctcore::ImportAction;
  Output& out = ctx.out();
  if (out.json()) {
    acctcore::Json rows = acctcore::Json::array();
    for (const auto& row : report.rows) {
      acctcore::Json changes = acctcore::Json::array();
      for (const auto& change : row.changes)
        changes.push_back({{"field", change.field}, {"from", change.from}, {"to", change.to}});
      rows.push_back({{"line", row.line},
                      {"slug", row.slug},
                      {"action", std::string(action_name(row.action, false))},
                      {"changes", changes}});
    }
    out.json({{"file", o.file},
              {"dry_run", report.dry_run},
              {"separator", std::string(1, report.separator)},
              {"bom", report.bom},
              {"created", report.count(ImportAction::create)},
              {"updated", report.count(ImportAction::update)},
              {"unchanged", report.count(ImportAction::unchanged)},
              {"rows", rows}});
    return 0;
  }
  for (const auto& row : report.rows) {
    if (row.action == ImportAction::create)
      out.info(fmt::format("line {}: {} '{}' ({})", row.line, action_name(row.action, o.dry_run),
                           row.slug, row.name));
    else if (row.action == ImportAction::update)
      out.info(fmt::format("line {}: {} '{}': {}", row.line, action_name(row.action, o.dry_run),
                           row.slug, changes_text(row.changes, "update")));
  }
  const std::string summary =
      trf("{} created, {} updated, {} unchanged", report.count(ImportAction::create),
          report.count(ImportAction::update), report.count(ImportAction::unchanged));
  out.write(o.dry_run ? trf("dry run: {}; nothing was changed\n", summary) : summary + "\n");
  return 0;
}

int run_export(Context& ctx, const ExportOptions& o) {
  const acctcore::Date as_of = date_or_today(ctx, o.as_of, "--as-of");
  if (o.format == "json" || ctx.out().json()) {
    if (o.excel)
      throw Error(ErrorKind::usage, tr("--excel is for --format csv"));
    const auto reg = acctcore::load_register(ctx.store(), o.all);
    const auto* zone = ctx.zone();
    ctx.out().json(acctcore::json_array(reg.clients, [&](const Client& c) {
      return acctcore::client_details_json(reg, c, as_of, zone);
    }));
    return 0;
  }
  ctx.out().write(
      acctcore::export_clients_csv(acctcore::load_clients(ctx.store(), o.all), as_of, o.excel));
  return 0;
}

CLI::App* add_slug(CLI::App* cmd, std::string& slug) {
  cmd->add_option("slug", slug, "Client slug, e.g. romashka")->required()->type_name("SLUG");
  return cmd;
}

/// Options shared by add and edit.
void add_record_options(CLI::App* cmd, ClientFields& f) {
  add_optional(cmd, "--short-name", f.short_name, "Short name for tables and digests", "NAME");
  add_optional(cmd, "--kpp", f.kpp, "КПП (Russian organisations)", "KPP");
  add_optional(cmd, "--ogrn", f.ogrn, "ОГРН (13 digits) or ОГРНИП (15 digits)", "OGRN");
  add_optional(cmd, "--region", f.region, "Two-digit region code (default: from the ИНН)", "CODE");
  add_optional(cmd, "--timezone", f.timezone,
               "IANA time zone (default: the firm's or the "
               "country's)",
               "ZONE");
  add_optional(cmd, "--contract-start", f.contract_start, "First day of the contract", "DATE");
  add_optional(cmd, "--contract-end", f.contract_end, "Last day of the contract", "DATE");
  add_optional(cmd, "--fee", f.fee, "Monthly fee, e.g. 15000 or '15 000 RUB'", "MONEY");
  add_optional(cmd, "--notes", f.notes, "Free text", "TEXT");
}

} // namespace

void register_client(Registry& registry) {
  CLI::App* client = registry.group(
      "client", "Clients: identifiers, status, dated facts, contacts, work groups", "Register");
  {
    auto o = make_options<AddOptions>();
    CLI::App* cmd = registry.command(client, "add", "Add a client", Access::write,
                                     [o](Context& ctx) { return run_add(ctx, *o); });
    add_slug(cmd, o->slug);
    cmd->add_option_function<std::string>(
           "--name", [o](const std::string& v) { o->fields.name = v; }, N_("Legal name"))
        ->required()
        ->type_name("NAME");
    cmd->add_option_function<std::string>(
           "--form", [o](const std::string& v) { o->fields.form = v; },
           N_("Legal form: ooo, ao, pao, ip, kfh, nko, tsn, gup (ru); too, ao, ip, kh, nko (kz)"))
        ->required()
        ->type_name("FORM");
    cmd->add_option_function<std::string>(
           "--inn,--bin", [o](const std::string& v) { o->fields.inn = v; },
           N_("ИНН (ru) or БИН/ИИН (kz)"))
        ->required()
        ->type_name("INN");
    add_optional(cmd, "--country", o->fields.country, "ru or kz (default: the firm's)", "CODE");
    cmd->add_option("--regime", o->regime, "Tax regime from --from, e.g. osno, usn-income")
        ->type_name("CODE");
    CLI::Option* employer = cmd->add_flag_callback(
        "--employer", [o] { o->employer = true; }, "Has employees (from --from)");
    cmd->add_flag_callback(
           "--no-employer", [o] { o->employer = false; }, "Has no employees")
        ->excludes(employer);
    CLI::Option* vat = cmd->add_flag_callback(
        "--vat", [o] { o->vat = true; }, "Pays VAT (from --from)");
    cmd->add_flag_callback(
           "--no-vat", [o] { o->vat = false; }, "Does not pay VAT")
        ->excludes(vat);
    cmd->add_option("--set", o->facts, "Another fact, KEY=VALUE (repeatable)")
        ->type_name("KEY=VALUE");
    cmd->add_option("--from", o->from,
                    "Date the facts and the status start (default: the contract start, else "
                    "today)")
        ->type_name("DATE");
    add_optional(cmd, "--status", o->fields.status,
                 "prospect, onboarding, active (default), paused or offboarded", "STATUS");
    cmd->add_option("--tag", o->tags, "Tag(s), repeatable or comma-separated")
        ->delimiter(',')
        ->type_name("TAG");
    add_record_options(cmd, o->fields);
  }
  {
    auto o = make_options<ListOptions>();
    CLI::App* cmd = registry.command(client, "list", "List clients", Access::read,
                                     [o](Context& ctx) { return run_list(ctx, *o); });
    cmd->add_option("--status", o->status, "Only with this status")->type_name("STATUS");
    cmd->add_option("--regime", o->regime, "Only on this tax regime")->type_name("CODE");
    cmd->add_option("--country", o->country, "Only of this country")->type_name("CODE");
    cmd->add_option("--manager", o->manager, "Only those this staff member manages")
        ->type_name("HANDLE");
    cmd->add_option("--tag", o->tag, "Only with this tag")->type_name("TAG");
    cmd->add_option("--text", o->text, "Only those whose slug, name or ИНН contains this")
        ->type_name("TEXT");
    cmd->add_flag("--all", o->all, "Include archived clients");
    cmd->add_option("--as-of", o->as_of, "Status, facts and managers on this day (default today)")
        ->type_name("DATE");
  }
  {
    auto o = make_options<ShowOptions>();
    CLI::App* cmd = registry.command(client, "show", "Show a client and its history", Access::read,
                                     [o](Context& ctx) { return run_show(ctx, *o); });
    add_slug(cmd, o->slug);
    cmd->add_option("--as-of", o->as_of, "Status, facts and work group on this day")
        ->type_name("DATE");
  }
  {
    auto o = make_options<EditOptions>();
    CLI::App* cmd =
        registry.command(client, "edit",
                         "Change a client's record or status (an empty value "
                         "clears)",
                         Access::write, [o](Context& ctx) { return run_edit(ctx, *o); });
    add_slug(cmd, o->slug);
    add_optional(cmd, "--name", o->fields.name, "Legal name", "NAME");
    add_optional(cmd, "--form", o->fields.form, "Legal form", "FORM");
    add_optional(cmd, "--inn,--bin", o->fields.inn, "ИНН (ru) or БИН/ИИН (kz)", "INN");
    add_optional(cmd, "--status", o->fields.status, "New status, from --from", "STATUS");
    cmd->add_option("--from", o->from, "Date of the status change (default today)")
        ->type_name("DATE");
    cmd->add_option("--tag", o->tags, "Replace all tags (repeatable or comma-separated)")
        ->delimiter(',')
        ->type_name("TAG");
    cmd->add_option("--add-tag", o->fields.add_tags, "Add a tag")->delimiter(',')->type_name("TAG");
    cmd->add_option("--remove-tag", o->fields.remove_tags, "Remove a tag")
        ->delimiter(',')
        ->type_name("TAG");
    add_record_options(cmd, o->fields);
  }
  {
    auto o = make_options<SetOptions>();
    CLI::App* cmd = registry.command(client, "set", "Record facts from a date: KEY=VALUE ...",
                                     Access::write, [o](Context& ctx) { return run_set(ctx, *o); });
    add_slug(cmd, o->slug);
    cmd->add_option("facts", o->facts,
                    "regime, employer, vat, property, transport, land, profit-advances or x-...; "
                    "an empty value clears")
        ->required()
        ->type_name("KEY=VALUE");
    cmd->add_option("--from", o->from, "Date the values take effect (default today)")
        ->type_name("DATE");
  }
  {
    auto o = make_options<SlugOptions>();
    CLI::App* cmd = registry.command(
        client, "archive", "Archive a client (hidden from lists; history kept)", Access::write,
        [o](Context& ctx) {
          confirm(ctx, acctcore::archive_client(ctx.writable_store(), ctx.actor(), o->slug),
                  "archived");
          return 0;
        });
    add_slug(cmd, o->slug);
  }
  {
    auto o = make_options<SlugOptions>();
    CLI::App* cmd = registry.command(
        client, "restore", "Bring an archived client back", Access::write, [o](Context& ctx) {
          confirm(ctx, acctcore::restore_client(ctx.writable_store(), ctx.actor(), o->slug),
                  "restored");
          return 0;
        });
    add_slug(cmd, o->slug);
  }
  register_client_links(registry, client);
  {
    auto o = make_options<ImportOptions>();
    CLI::App* cmd =
        registry.command(client, "import", "Import clients from a CSV file", Access::write,
                         [o](Context& ctx) { return run_import(ctx, *o); });
    cmd->add_option("file", o->file, "CSV file (UTF-8; ';' or ',' separated)")
        ->required()
        ->type_name("FILE");
    cmd->add_flag("--dry-run", o->dry_run, "Report what would change; change nothing");
    cmd->add_option("--map", o->map,
                    "Column headers to fields: 'Header=field,Other=' ('=' alone "
                    "skips)")
        ->type_name("MAP");
    cmd->add_option("--separator", o->separator, "';', ',' or tab (default: detected)")
        ->type_name("SEP");
    cmd->add_option("--from", o->from,
                    "Date of changed facts and statuses of existing clients, and the contract "
                    "start of new ones without one (default today)")
        ->type_name("DATE");
  }
  {
    auto o = make_options<ExportOptions>();
    CLI::App* cmd =
        registry.command(client, "export", "Export clients as CSV or JSON", Access::read,
                         [o](Context& ctx) { return run_export(ctx, *o); });
    cmd->add_option("--format", o->format, "csv (default) or json")
        ->check(CLI::IsMember({"csv", "json"}))
        ->type_name("FORMAT");
    cmd->add_flag("--excel", o->excel, "CSV for Excel in a Russian locale: BOM, ';', CRLF");
    cmd->add_flag("--all", o->all, "Include archived clients");
    cmd->add_option("--as-of", o->as_of, "Facts in force on this day (default today)")
        ->type_name("DATE");
  }
}

} // namespace acctcli
