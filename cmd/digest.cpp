// acct digest: a client's calendar, a person's agenda, the firm's overview
// (docs/commands/digest.md).

#include "digest/digest.hpp"

#include "client/client.hpp"
#include "commands.hpp"
#include "digest/render.hpp"
#include "figures/client_report.hpp"
#include "figures/render.hpp"
#include "figures/store.hpp"
#include "ics/ics.hpp"
#include "ics/task_calendar.hpp"
#include "registry.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

namespace acctcli {

using acctcore::DigestFormat;
using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

namespace {

struct DigestOptions {
  std::string subject;     ///< client slug or staff handle
  std::optional<int> days; ///< unset: the kind's default
  std::string format = "text";
  std::string output;
  bool fail_on_overdue = false;
  bool indicators = false; ///< client: add last month's financial indicators
};

struct IndicatorsOptions {
  std::string client;
  std::string period; ///< unset: the month before today's
  std::string format = "text";
  std::string output;
  bool all = false;
  std::string output_dir;
};

DigestFormat format_of(Context& ctx, const DigestOptions& o) {
  if (ctx.out().json())
    return DigestFormat::json;
  return acctcore::parse_digest_format(o.format).value_or(DigestFormat::text);
}

/// Renders one of the document formats, or the JSON/CSV given.
template <typename Digest>
std::string render(DigestFormat format, const Digest& digest,
                   acctcore::Document (*document)(const Digest&),
                   acctcore::Json (*to_json)(const Digest&), std::string (*to_csv)(const Digest&)) {
  switch (format) {
  case DigestFormat::text:
    return acctcore::render_text(document(digest));
  case DigestFormat::md:
    return acctcore::render_markdown(document(digest));
  case DigestFormat::html:
    return acctcore::render_html(document(digest));
  case DigestFormat::json:
    return acctcore::dump_json(to_json(digest)) + "\n";
  case DigestFormat::csv:
    return to_csv(digest);
  case DigestFormat::ics:
    break;
  }
  throw Error(ErrorKind::usage, tr("--format ics is for 'acct digest client'; for a person's "
                                   "calendar use 'acct export ics --staff HANDLE'"));
}

void emit(Context& ctx, const DigestOptions& o, const std::string& text) {
  if (!o.output.empty())
    write_output_file(o.output, text);
  else
    ctx.out().write(text);
}

int run_client(Context& ctx, const DigestOptions& o) {
  const int days = o.days.value_or(15);
  acctcore::require_digest_days(days);
  const auto format = format_of(ctx, o);
  if (format == DigestFormat::ics) {
    // The client's calendar feed: the same events and alarms as `acct export ics --client`,
    // from the schedule as stored (a digest only reads).
    acctcore::TaskCalendarRequest request;
    request.client = acctcore::get_client(ctx.store(), o.subject).slug;
    request.days = days;
    emit(ctx, o,
         acctcore::render_ics(
             acctcore::task_calendar(ctx.store(), request, ctx.clock(), ctx.config().firm.name)));
    return 0;
  }
  const auto digest =
      acctcore::client_digest(ctx.store(), ctx.config().firm, o.subject, ctx.clock().today, days);
  if (!o.indicators) {
    emit(ctx, o,
         render(format, digest, acctcore::client_document, acctcore::client_digest_to_json,
                acctcore::client_digest_csv));
    return 0;
  }
  // The month before today's financial indicators, after the calendar (the hook of issue 20;
  // docs/commands/digest.md).
  const auto client = acctcore::get_client(ctx.store(), o.subject);
  const auto report = acctcore::client_figures_report(
      ctx.store(), ctx.figures(), ctx.config().firm, client,
      acctcore::previous_month(ctx.clock().today), ctx.clock().today);
  if (format == DigestFormat::json) {
    auto json = acctcore::client_digest_to_json(digest);
    json["indicators"] = acctcore::figures_report_to_json(report);
    emit(ctx, o, acctcore::dump_json(json) + "\n");
    return 0;
  }
  if (format == DigestFormat::csv)
    throw Error(ErrorKind::usage, tr("--indicators is for the text, md, html and json formats; "
                                     "for CSV use 'acct digest indicators --format csv'"));
  auto document = acctcore::client_document(digest);
  for (auto& section : acctcore::figures_sections(report))
    document.sections.push_back(std::move(section));
  emit(ctx, o,
       format == DigestFormat::text ? acctcore::render_text(document)
       : format == DigestFormat::md ? acctcore::render_markdown(document)
                                    : acctcore::render_html(document));
  return 0;
}

acctcore::FiguresFormat figures_format_of(Context& ctx, const IndicatorsOptions& o) {
  if (ctx.out().json())
    return acctcore::FiguresFormat::json;
  return acctcore::parse_figures_format(o.format).value_or(acctcore::FiguresFormat::text);
}

acctcore::Period month_or_previous(Context& ctx, const std::string& text) {
  if (text.empty())
    return acctcore::previous_month(ctx.clock().today);
  const auto period = acctcore::require_period(text, "--period");
  if (period.kind != acctcore::PeriodKind::month)
    throw Error(ErrorKind::invalid, trf("--period '{}' is not a month, like 2026-03", text));
  return period;
}

int run_indicators(Context& ctx, const IndicatorsOptions& o) {
  const auto format = figures_format_of(ctx, o);
  const auto month = month_or_previous(ctx, o.period);
  const auto today = ctx.clock().today;
  if (!o.all) {
    if (o.client.empty())
      throw Error(ErrorKind::usage, tr("give a client's SLUG, or --all with --output-dir"));
    if (!o.output_dir.empty())
      throw Error(ErrorKind::usage, tr("--output-dir is for --all; for one client use -o FILE"));
    const auto client = acctcore::get_client(ctx.store(), o.client);
    const auto report = acctcore::client_figures_report(ctx.store(), ctx.figures(),
                                                        ctx.config().firm, client, month, today);
    const std::string text = acctcore::render_figures(report, format);
    if (!o.output.empty())
      write_output_file(o.output, text);
    else
      ctx.out().write(text);
    return 0;
  }
  if (!o.client.empty() || !o.output.empty())
    throw Error(ErrorKind::usage,
                tr("--all writes one file per client into --output-dir: give no SLUG or -o"));
  if (o.output_dir.empty())
    throw Error(ErrorKind::usage, tr("--all needs --output-dir DIR"));
  // Every client with imported sheets, one file each: DIR/SLUG.EXT, each written all or nothing.
  const auto clients = acctcore::clients_with_sheets(ctx.store());
  int without = 0;
  for (const auto& [id, slug] : clients) {
    const auto client = acctcore::get_client(ctx.store(), slug);
    const auto report = acctcore::client_figures_report(ctx.store(), ctx.figures(),
                                                        ctx.config().firm, client, month, today);
    without += report.imported ? 0 : 1;
    write_output_file((std::filesystem::path(o.output_dir) /
                       fmt::format("{}.{}", slug, acctcore::figures_format_extension(format)))
                          .string(),
                      acctcore::render_figures(report, format));
  }
  ctx.out().info(trf("wrote {} file(s) to {} for {} ({} without a sheet for that month)",
                     clients.size(), o.output_dir, month.id(), without));
  return 0;
}

int run_staff(Context& ctx, const DigestOptions& o) {
  const int days = o.days.value_or(7);
  acctcore::require_digest_days(days);
  const auto format = format_of(ctx, o);
  const auto digest =
      acctcore::staff_digest(ctx.store(), ctx.config().firm, o.subject, ctx.clock().today, days);
  emit(ctx, o,
       render(format, digest, acctcore::staff_document, acctcore::staff_digest_to_json,
              acctcore::staff_digest_csv));
  return 0;
}

int run_firm(Context& ctx, const DigestOptions& o) {
  acctcore::FirmDigestOptions options;
  options.days = o.days.value_or(7);
  acctcore::require_digest_days(options.days);
  const auto format = format_of(ctx, o);
  const auto& settings = ctx.config();
  options.overhead_threshold = settings.digest.overhead_percent / 100.0;
  options.overhead_days = settings.digest.overhead_days;
  options.calendar_days = settings.reminders.horizon_days;
  const auto digest = acctcore::firm_digest(ctx.store(), settings.firm, ctx.calendars(),
                                            ctx.clock().today, options);
  emit(ctx, o,
       render(format, digest, acctcore::firm_document, acctcore::firm_digest_to_json,
              acctcore::firm_digest_csv));
  if (o.fail_on_overdue && !digest.overdue.empty())
    throw Error(ErrorKind::failure, trf("{} overdue task(s) at {} client(s)", digest.overdue.size(),
                                        digest.overdue_by_client.size()));
  return 0;
}

void add_common(CLI::App* cmd, DigestOptions& o, int default_days) {
  static_assert(acctcore::k_digest_max_days == 366, "the --days help below says 366");
  cmd->add_option("--days", o.days,
                  // The help is translated when printed, by its text: one literal per default.
                  default_days == 15 ? N_("Days ahead, 1 to 366 (default 15)")
                                     : N_("Days ahead, 1 to 366 (default 7)"))
      ->type_name("N");
  cmd->add_option("--format", o.format, "text (default), md, html, json, csv; ics for a client")
      ->check(CLI::IsMember(acctcore::digest_format_names()))
      ->type_name("FORMAT");
  cmd->add_option("-o,--output", o.output, "Write to FILE (all or nothing) instead of stdout")
      ->type_name("FILE");
}

} // namespace

void register_digest(Registry& registry) {
  CLI::App* group = registry.group(
      "digest", "Digests for mail and messengers: a client's calendar, an agenda, the overview",
      "Work");
  {
    auto o = make_options<DigestOptions>();
    CLI::App* cmd = registry.command(
        group, "client", "A client's next days: deadlines, what we need from them, their team",
        Access::read, [o](Context& ctx) { return run_client(ctx, *o); });
    cmd->add_option("slug", o->subject, "Client slug")->required()->type_name("SLUG");
    add_common(cmd, *o, 15);
    cmd->add_flag("--indicators", o->indicators,
                  "Add last month's financial indicators (see 'acct digest indicators')");
  }
  {
    auto o = make_options<DigestOptions>();
    CLI::App* cmd = registry.command(
        group, "staff", "A person's agenda: overdue first, what waits for their review, by day",
        Access::read, [o](Context& ctx) { return run_staff(ctx, *o); });
    cmd->add_option("handle", o->subject, "Staff handle")->required()->type_name("HANDLE");
    add_common(cmd, *o, 7);
  }
  {
    auto o = make_options<DigestOptions>();
    CLI::App* cmd = registry.command(
        group, "firm",
        "The overview: overdue by client and person, load per week, unassigned, calendars",
        Access::read, [o](Context& ctx) { return run_firm(ctx, *o); });
    add_common(cmd, *o, 7);
    cmd->add_flag("--fail-on-overdue", o->fail_on_overdue,
                  "Exit 1 when anything is overdue (for monitoring); the digest is still written");
  }
  {
    auto o = make_options<IndicatorsOptions>();
    CLI::App* cmd = registry.command(
        group, "indicators",
        "A client's financial indicators for a month, against the month before and a year ago",
        Access::read, [o](Context& ctx) { return run_indicators(ctx, *o); });
    cmd->add_option("slug", o->client, "Client slug")->type_name("SLUG");
    cmd->add_option("--period", o->period, "The month, like 2026-03 (default: last month)")
        ->type_name("MONTH");
    cmd->add_option("--format", o->format, "text (default), md, html, json, csv")
        ->check(CLI::IsMember(acctcore::figures_format_names()))
        ->type_name("FORMAT");
    cmd->add_option("-o,--output", o->output, "Write to FILE (all or nothing) instead of stdout")
        ->type_name("FILE");
    cmd->add_flag(
        "--all", o->all,
        "Every client with imported sheets, one file each (for cron); needs --output-dir");
    cmd->add_option("--output-dir", o->output_dir, "With --all: write DIR/SLUG.EXT")
        ->type_name("DIR");
  }
}

} // namespace acctcli
