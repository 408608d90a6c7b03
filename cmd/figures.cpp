// acct figures: clients' turnover-balance sheets, imported per month, and the indicators computed
// from them (docs/commands/figures.md). The digest for clients is `acct digest indicators`.
#include "client/client.hpp"
#include "commands.hpp"
#include "figures/client_report.hpp"
#include "figures/import.hpp"
#include "figures/period_words.hpp"
#include "figures/render.hpp"
#include "figures/store.hpp"
#include "registry.hpp"
#include "util/error.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <map>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::Json;
using acctcore::tr;
using acctcore::trf;

namespace {

struct ImportOptions {
  std::string client;
  std::string file;
  std::string period;
  std::string list;
  bool dry_run = false;
};

struct ShowOptions {
  std::string client;
  std::string period;
  bool rows = false;
};

/// A month given on the command line ("2026-03"); Error(invalid) for anything else.
acctcore::Period require_month(const std::string& text) {
  const auto period = acctcore::require_period(text, "--period");
  if (period.kind != acctcore::PeriodKind::month)
    throw Error(ErrorKind::invalid,
                trf("--period '{}' is not a month: a turnover-balance sheet is imported per "
                    "month, like 2026-03",
                    text));
  return period;
}

std::string unavailable_warning(const acctcore::ImportedSheet& sheet) {
  std::vector<std::string> names;
  std::vector<std::string> accounts;
  for (const auto& [indicator, account] : sheet.unavailable) {
    names.push_back(indicator);
    if (std::find(accounts.begin(), accounts.end(), account) == accounts.end())
      accounts.push_back(account);
  }
  // TRANSLATORS: the client, the month, the indicators, then the accounts.
  return trf("'{}' {}: the sheet shows {} without subaccounts, so {} cannot be computed; save "
             "the sheet from 1С with «По субсчетам» ticked",
             sheet.what.client, sheet.what.month.id(), acctcore::join(accounts, ", "),
             acctcore::join(names, ", "));
}

Json imported_json(const acctcore::ImportedSheet& sheet) {
  Json unavailable = Json::array();
  for (const auto& [indicator, account] : sheet.unavailable)
    unavailable.push_back({{"indicator", indicator}, {"account", account}});
  Json json = acctcore::sheet_record_json(sheet.record);
  json["replaced"] = sheet.replaced.has_value();
  json["replaced_file"] = sheet.replaced ? Json(sheet.replaced->file) : Json(nullptr);
  json["unavailable"] = std::move(unavailable);
  return json;
}

/// The imports a list names, with each client looked up once.
std::vector<acctcore::SheetImport> imports_of_list(Context& ctx, const std::string& list) {
  const auto lines = acctcore::parse_import_list(acctcore::read_file(list), list);
  std::map<std::string, acctcore::Client, std::less<>> clients;
  for (auto& c : acctcore::load_clients(ctx.store(), true))
    clients.emplace(c.slug, std::move(c));
  const std::filesystem::path base = std::filesystem::path(list).parent_path();
  std::vector<acctcore::SheetImport> imports;
  std::map<std::pair<std::int64_t, std::string>, int> seen; // (client, month) -> line
  for (const auto& line : lines) {
    const auto it = clients.find(line.client);
    if (it == clients.end())
      throw Error(ErrorKind::not_found,
                  trf("line {} of the list: no client '{}'", line.line, line.client),
                  tr("see 'acct client list'"));
    if (it->second.archived())
      throw Error(ErrorKind::conflict,
                  trf("line {} of the list: client '{}' is archived", line.line, line.client));
    acctcore::Period month;
    try {
      month = require_month(line.period);
    } catch (const Error& e) {
      throw Error(e.kind(), trf("line {} of the list: {}", line.line, e.what()));
    }
    if (auto [it_seen, added] = seen.emplace(std::pair(it->second.id, month.id()), line.line);
        !added)
      throw Error(ErrorKind::invalid, trf("line {} of the list: {} {} is on line {} already",
                                          line.line, line.client, month.id(), it_seen->second));
    const std::filesystem::path file(line.file);
    imports.push_back({it->second.id, it->second.slug, month,
                       file.is_absolute() ? file : base / file, it->second.country, line.line});
  }
  return imports;
}

int run_import(Context& ctx, const ImportOptions& o) {
  std::vector<acctcore::SheetImport> imports;
  if (!o.list.empty()) {
    if (!o.client.empty() || !o.file.empty() || !o.period.empty())
      throw Error(ErrorKind::usage,
                  tr("--list names the clients, periods and files itself: give no SLUG, FILE "
                     "or --period with it"));
    imports = imports_of_list(ctx, o.list);
  } else {
    if (o.client.empty() || o.file.empty())
      throw Error(ErrorKind::usage, tr("give SLUG and FILE, or --list with a list of files"),
                  tr("acct figures import SLUG FILE --period 2026-03"));
    if (o.period.empty())
      throw Error(ErrorKind::usage, tr("--period is required: the month the sheet is for"),
                  tr("acct figures import SLUG FILE --period 2026-03"));
    const auto month = require_month(o.period);
    const auto client = acctcore::get_active_client(ctx.store(), o.client);
    imports.push_back({client.id, client.slug, month, o.file, client.country, 0});
  }
  const auto& templates = ctx.figures();
  std::optional<acctcore::SheetWriter> writer;
  if (!o.dry_run)
    writer.emplace(ctx.writable_store());
  const auto actor = ctx.actor();
  std::vector<acctcore::ImportedSheet> done;
  done.reserve(imports.size());
  for (const auto& what : imports)
    done.push_back(acctcore::import_sheet(writer ? &*writer : nullptr, actor, what, templates));
  Output& out = ctx.out();
  for (const auto& sheet : done)
    if (!sheet.unavailable.empty())
      warn(unavailable_warning(sheet));
  if (out.json()) {
    out.json(Json{{"dry_run", o.dry_run}, {"sheets", acctcore::json_array(done, imported_json)}});
    return 0;
  }
  size_t replaced = 0;
  for (const auto& sheet : done)
    replaced += sheet.replaced ? 1 : 0;
  if (done.size() == 1) {
    const auto& sheet = done.front();
    const std::string what = trf("{} for '{}' from {}: {} accounts", sheet.what.month.id(),
                                 sheet.what.client, sheet.record.file, sheet.record.rows);
    if (o.dry_run)
      out.write(trf("dry run: would import {}; nothing was changed\n", what));
    else if (sheet.replaced)
      out.info(trf("replaced {} (was {})", what, sheet.replaced->file));
    else
      out.info(trf("imported {}", what));
    return 0;
  }
  std::map<std::string, int> clients;
  for (const auto& sheet : done)
    ++clients[sheet.what.client];
  const std::string summary = trf("{} sheet(s) for {} client(s), {} of them replacing one",
                                  done.size(), clients.size(), replaced);
  if (o.dry_run)
    out.write(trf("dry run: would import {}; nothing was changed\n", summary));
  else
    out.info(trf("imported {}", summary));
  return 0;
}

std::string totals_text(const acctcore::TurnoverAmounts& t) {
  return trf("opening {} / {}, turnover {} / {}, closing {} / {}",
             acctcore::format_amount(t.opening_debit), acctcore::format_amount(t.opening_credit),
             acctcore::format_amount(t.turnover_debit), acctcore::format_amount(t.turnover_credit),
             acctcore::format_amount(t.closing_debit), acctcore::format_amount(t.closing_credit));
}

Json row_json(const acctcore::TurnoverRow& row) {
  Json json{{"account", row.account.text}, {"name", acctcore::json_or_null(row.name)}};
  json.update(acctcore::turnover_amounts_json(row.amounts));
  return json;
}

int run_show(Context& ctx, const ShowOptions& o) {
  const auto client = acctcore::get_client(ctx.store(), o.client);
  std::optional<acctcore::SheetRecord> record;
  if (o.period.empty()) {
    const auto all = acctcore::list_sheets(ctx.store(), client.id);
    if (all.empty())
      throw Error(ErrorKind::not_found, trf("client '{}' has no imported sheets", client.slug),
                  tr("acct figures import SLUG FILE --period 2026-03"));
    record = all.back();
  } else {
    const auto month = require_month(o.period);
    record = acctcore::find_sheet(ctx.store(), client.id, month);
    if (!record)
      throw Error(ErrorKind::not_found,
                  trf("client '{}' has no sheet for {}", client.slug, month.id()),
                  trf("see 'acct figures list {}'", client.slug));
  }
  const auto rows = acctcore::sheet_rows(ctx.store(), record->id);
  const auto& templates = ctx.figures();
  const acctcore::Chart* chart = templates.chart_for_country(client.country);
  const acctcore::AccountBalances balances(rows);
  std::vector<std::pair<const acctcore::Indicator*, acctcore::IndicatorValue>> values;
  if (chart != nullptr)
    for (const auto* indicator : templates.indicators_of(chart->id))
      values.emplace_back(indicator, acctcore::compute_indicator(*indicator, balances));
  Output& out = ctx.out();
  if (out.json()) {
    Json json = acctcore::sheet_record_json(*record);
    json["imported_at"] = acctcore::format_timestamp(record->imported_at, ctx.zone());
    Json indicators = Json::array();
    for (const auto& [indicator, value] : values)
      indicators.push_back({{"id", indicator->id},
                            {"title", indicator->title},
                            {"value_minor", acctcore::json_or_null(value.minor)},
                            {"unavailable", acctcore::json_or_null(value.unavailable)}});
    json["indicators"] = std::move(indicators);
    if (o.rows)
      json["rows"] = acctcore::json_array(rows, row_json);
    out.json(json);
    return 0;
  }
  std::string text = acctcore::render_fields({
      {tr("client"), record->client},
      {tr("period"),
       fmt::format("{} ({})", record->month.id(), acctcore::period_title_ru(record->month))},
      {tr("file"),
       record->sheet.empty() ? record->file : trf("{} (sheet '{}')", record->file, record->sheet)},
      {tr("title"), record->title},
      {tr("organisation"), record->organisation},
      {tr("imported"), trf("{} by {}", acctcore::format_timestamp(record->imported_at, ctx.zone()),
                           record->imported_by)},
      {tr("accounts"), std::to_string(record->rows)},
      {tr("totals"), totals_text(record->totals)},
  });
  acctcore::Table table({tr("INDICATOR"), tr("TITLE"), tr("VALUE")});
  table.align(2, acctcore::Align::right);
  for (const auto& [indicator, value] : values)
    table.add_row({indicator->id, indicator->title,
                   value.minor ? acctcore::format_amount(*value.minor)
                               : trf("unknown: {} without subaccounts", value.unavailable)});
  out.write(text + "\n");
  if (!values.empty())
    out.table(table);
  if (o.rows) {
    acctcore::Table sheet({tr("ACCOUNT"), tr("NAME"), tr("OPENING DT"), tr("OPENING CT"),
                           tr("TURNOVER DT"), tr("TURNOVER CT"), tr("CLOSING DT"),
                           tr("CLOSING CT")});
    for (size_t c = 2; c < 8; ++c)
      sheet.align(c, acctcore::Align::right);
    const auto amount = [](std::int64_t minor) {
      return minor == 0 ? std::string() : acctcore::format_amount(minor);
    };
    for (const auto& row : rows) {
      const auto& a = row.amounts;
      sheet.add_row({row.account.text, acctcore::truncate_to_width(row.name, 40),
                     amount(a.opening_debit), amount(a.opening_credit), amount(a.turnover_debit),
                     amount(a.turnover_credit), amount(a.closing_debit), amount(a.closing_credit)});
    }
    out.write("\n");
    out.table(sheet);
  }
  return 0;
}

int run_list(Context& ctx, const std::string& slug) {
  std::int64_t client_id = 0;
  if (!slug.empty())
    client_id = acctcore::get_client(ctx.store(), slug).id;
  const auto records = acctcore::list_sheets(ctx.store(), client_id);
  Output& out = ctx.out();
  if (out.json()) {
    out.json_array(records, acctcore::sheet_record_json);
    return 0;
  }
  acctcore::Table table(
      {tr("CLIENT"), tr("PERIOD"), tr("FILE"), tr("ACCOUNTS"), tr("IMPORTED"), tr("BY")});
  table.align(3, acctcore::Align::right);
  for (const auto& r : records)
    table.add_row({r.client, r.month.id(), r.file, std::to_string(r.rows),
                   acctcore::format_timestamp(r.imported_at, ctx.zone()).substr(0, 16),
                   r.imported_by});
  if (table.empty())
    out.info(tr("no sheets imported"));
  else
    out.table(table);
  return 0;
}

} // namespace

void register_figures(Registry& registry) {
  CLI::App* group = registry.group(
      "figures", "Clients' turnover-balance sheets and the indicators computed from them", "Work");
  {
    auto o = make_options<ImportOptions>();
    CLI::App* cmd = registry.command(
        group, "import",
        "Import a client's turnover-balance sheet for a month (XLSX, CSV, TSV); replaces the "
        "month's",
        Access::write, [o](Context& ctx) { return run_import(ctx, *o); });
    cmd->add_option("slug", o->client, "Client slug")->type_name("SLUG");
    cmd->add_option("file", o->file, "The sheet as 1С saves it (.xlsx) or as CSV/TSV")
        ->type_name("FILE");
    cmd->add_option("--period", o->period, "The month the sheet is for, like 2026-03")
        ->type_name("MONTH");
    cmd->add_option("--list", o->list,
                    "Import every file a list names (columns client, period, file), all or "
                    "nothing")
        ->type_name("FILE");
    cmd->add_flag("--dry-run", o->dry_run, "Read and check everything; change nothing");
  }
  {
    auto o = make_options<ShowOptions>();
    CLI::App* cmd = registry.command(
        group, "show", "A client's sheet for a month: where it came from, totals, indicators",
        Access::read, [o](Context& ctx) { return run_show(ctx, *o); });
    cmd->add_option("slug", o->client, "Client slug")->required()->type_name("SLUG");
    cmd->add_option("--period", o->period, "The month (default: the latest imported)")
        ->type_name("MONTH");
    cmd->add_flag("--rows", o->rows, "Also list the sheet's accounts and amounts");
  }
  {
    auto slug = std::make_shared<std::string>();
    CLI::App* cmd =
        registry.command(group, "list", "Imported sheets, by client and month", Access::read,
                         [slug](Context& ctx) { return run_list(ctx, *slug); });
    cmd->add_option("slug", *slug, "Only this client's")->type_name("SLUG");
  }
}

} // namespace acctcli
