// acct report time: hours, cost and fee per client, person, service or obligation.
#include "task/report.hpp"

#include "commands.hpp"
#include "deadline/period.hpp"
#include "registry.hpp"
#include "util/csv.hpp"
#include "util/duration.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

namespace {

struct TimeOptions {
  std::string by = "client";
  std::string period;
  std::string from;
  std::string to;
  bool csv = false;
};

std::string cost_text(const acctcore::TimeReportRow& row) {
  std::vector<std::string> parts;
  for (const auto& [currency, minor] : row.cost)
    parts.push_back(acctcore::format_money({minor, currency}));
  return parts.empty() ? "-" : acctcore::join(parts, " + ");
}

std::string percent(double share) {
  return fmt::format("{:.0f}%", share * 100);
}

int run_time(Context& ctx, const TimeOptions& o) {
  const auto grouping = acctcore::parse_time_grouping(o.by);
  if (!grouping)
    throw Error(ErrorKind::invalid, trf("unknown grouping '{}'", o.by),
                trf("use one of: {}", acctcore::join(acctcore::time_grouping_names(), ", ")));
  acctcore::Date from;
  acctcore::Date to;
  if (!o.period.empty()) {
    if (!o.from.empty() || !o.to.empty())
      throw Error(ErrorKind::usage, tr("give --period or --from/--to, not both"));
    const auto period = acctcore::require_period(o.period, "--period");
    from = period.start();
    to = period.end();
  } else {
    // Default: the current month up to today.
    const acctcore::Date today = ctx.clock().today;
    from =
        o.from.empty()
            ? today - date::days{static_cast<int>(unsigned(date::year_month_day(today).day()) - 1)}
            : acctcore::require_date(o.from, "--from");
    to = o.to.empty() ? today : acctcore::require_date(o.to, "--to");
  }
  const auto report = acctcore::report_time(ctx.store(), *grouping, from, to);
  Output& out = ctx.out();
  if (out.json()) {
    out.json(acctcore::time_report_to_json(report));
    return 0;
  }
  const bool by_client = *grouping == acctcore::TimeGrouping::client;
  const auto money = [](const std::optional<std::int64_t>& minor, const std::string& currency) {
    return minor ? acctcore::format_money({*minor, currency}) : std::string("-");
  };
  const auto cells = [&](const acctcore::TimeReportRow& row, bool machine) {
    // The total row is labelled once, in the key column ("total  total" read as a stutter).
    std::vector<std::string> c{row.key, &row == &report.total ? std::string() : row.name};
    if (machine) {
      c.push_back(std::to_string(row.minutes));
      c.push_back(std::to_string(row.communication_minutes + row.administration_minutes));
      c.push_back(fmt::format("{:.3f}", row.overhead_share()));
      c.push_back(cost_text(row));
    } else {
      c.push_back(acctcore::format_duration(row.minutes));
      c.push_back(percent(row.overhead_share()));
      c.push_back(cost_text(row) + (row.uncosted_minutes > 0 ? " *" : ""));
    }
    if (by_client) {
      c.push_back(money(row.fee, row.fee_currency));
      c.push_back(money(row.margin(), row.fee_currency));
    }
    return c;
  };
  std::vector<std::string> headers{std::string(acctcore::time_grouping_name(*grouping)), "name"};
  if (o.csv) {
    for (const char* h : {"minutes", "overhead_minutes", "overhead_share", "cost"})
      headers.emplace_back(h);
    if (by_client)
      headers.insert(headers.end(), {"fee", "margin"});
    std::string text = acctcore::csv_record(headers, ',', "\n");
    for (const auto& row : report.rows)
      text += acctcore::csv_record(cells(row, true), ',', "\n");
    text += acctcore::csv_record(cells(report.total, true), ',', "\n");
    out.write(text);
    return 0;
  }
  if (report.rows.empty()) {
    out.info(trf("no time logged from {} to {}", acctcore::format_date(from),
                 acctcore::format_date(to)));
    return 0;
  }
  std::vector<std::string> upper;
  for (std::string h : headers) {
    for (char& c : h)
      c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    upper.push_back(h);
  }
  for (const char* h : {"HOURS", "COMM+ADMIN", "COST"})
    upper.emplace_back(h);
  if (by_client)
    upper.insert(upper.end(), {"FEE", "MARGIN"});
  acctcore::Table table(upper);
  for (size_t i = 2; i < upper.size(); ++i)
    table.align(i, acctcore::Align::right);
  for (const auto& row : report.rows)
    table.add_row(cells(row, false));
  table.add_row(cells(report.total, false));
  out.write(fmt::format("time logged from {} to {}\n", acctcore::format_date(from),
                        acctcore::format_date(to)));
  out.table(table);
  if (report.total.uncosted_minutes > 0)
    out.info(trf("* {} logged by people without an hourly rate is not in the cost "
                 "('acct staff edit HANDLE --rate MONEY')",
                 acctcore::format_duration(report.total.uncosted_minutes)));
  return 0;
}

} // namespace

void register_report(Registry& registry) {
  CLI::App* group = registry.group("report", "Reports over logged time", "Work");
  auto o = make_options<TimeOptions>();
  CLI::App* cmd = registry.command(
      group, "time",
      "Hours, cost at staff rates, fee and margin, and the share of communication and "
      "administration",
      Access::read, [o](Context& ctx) { return run_time(ctx, *o); });
  cmd->add_option("--by", o->by, "client (default), staff, service or obligation")
      ->check(CLI::IsMember(acctcore::time_grouping_names()))
      ->type_name("GROUPING");
  cmd->add_option("--period", o->period, "A period: 2026-Q1, 2026-03, 2026")->type_name("PERIOD");
  cmd->add_option("--from", o->from, "From this day (default: the 1st of this month)")
      ->type_name("DATE");
  cmd->add_option("--to", o->to, "Up to this day (default: today)")->type_name("DATE");
  cmd->add_flag("--csv", o->csv, "CSV (comma-separated, minutes and minor units)");
}

} // namespace acctcli
