// acct task file, answer, receipts: a filing task's submission and the authority's answer
// (docs/clientside.md#filings, docs/commands/task.md).
#include "commands.hpp"
#include "registry.hpp"
#include "task/filing.hpp"
#include "task/receipts.hpp"
#include "util/error.hpp"
#include "util/file.hpp"
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

std::int64_t task_id(std::string text) {
  if (!text.empty() && text.front() == '#')
    text.erase(0, 1);
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
    throw Error(ErrorKind::usage, trf("'{}' is not a task id", text));
  return std::stoll(text);
}

acctcore::Date day_or_today(Context& ctx, const std::string& text, const char* option) {
  return text.empty() ? ctx.clock().today : acctcore::require_date(text, option);
}

Json filing_json(Context& ctx, const acctcore::FilingResult& r) {
  Json json = acctcore::filing_to_json(r.filing, ctx.zone());
  json["changed"] = r.changed;
  json["correction"] = r.correction
                           ? acctcore::task_to_json(*r.correction, ctx.clock().today, ctx.zone())
                           : Json(nullptr);
  return json;
}

/// "#12 принят" lines: what a filing now stands at.
std::string status_line(const acctcore::FilingRecord& f) {
  const auto status = acctcore::filing_status_name(f.status());
  if (!f.answer)
    // TRANSLATORS: task id, the date filed, then the receipt number or nothing.
    return trf("#{} filed on {}{}", f.task_id, acctcore::format_date(f.filed_on),
               f.receipt.empty() ? std::string() : trf(", receipt {}", f.receipt));
  // TRANSLATORS: task id, the answer (accepted, accepted-with-notice, rejected), its date.
  return trf("#{} {} on {}", f.task_id, status, acctcore::format_date(*f.answered_on));
}

void print_result(Context& ctx, const acctcore::FilingResult& r) {
  Output& out = ctx.out();
  if (out.json()) {
    out.json(filing_json(ctx, r));
    return;
  }
  out.info(status_line(r.filing) + (r.changed ? "" : std::string(tr(" (unchanged)"))));
  if (r.correction)
    // TRANSLATORS: the correction task's id, title and due date.
    out.info(
        trf("correction task #{} {} (due {})", r.correction->id, r.correction->title,
            acctcore::format_date(r.correction->due) + (r.correction->provisional ? "?" : "")));
}

struct FileOptions {
  std::string id;
  std::string on;
  std::string receipt;
  std::string channel;
  std::string file;
};

struct AnswerOptions {
  std::string id;
  std::string answer;
  std::string on;
  std::string number;
  std::string reason;
};

struct ReceiptsOptions {
  std::string file;
  std::string channel;
  bool dry_run = false;
};

std::string_view receipt_action_name(acctcore::ReceiptAction action, bool dry_run) {
  switch (action) {
  case acctcore::ReceiptAction::filed:
    return dry_run ? "would file" : "filed";
  case acctcore::ReceiptAction::answered:
    return dry_run ? "would answer" : "answered";
  case acctcore::ReceiptAction::unchanged:
    break;
  }
  return "unchanged";
}

int run_receipts(Context& ctx, const ReceiptsOptions& o) {
  acctcore::ReceiptOptions options;
  options.file_name = o.file;
  options.channel = o.channel;
  options.dry_run = o.dry_run;
  const std::string text = acctcore::read_file(o.file);
  const auto report = acctcore::load_receipts(ctx.writable_store(), ctx.actor(), ctx.services(),
                                              ctx.calendars(), text, options, ctx.clock().today);
  using acctcore::ReceiptAction;
  Output& out = ctx.out();
  if (out.json()) {
    Json rows = Json::array();
    for (const auto& row : report.rows)
      rows.push_back(
          {{"line", row.line},
           {"task_id", row.task_id},
           {"key", row.task_key},
           {"action", std::string(receipt_action_name(row.action, false))},
           {"status", std::string(acctcore::filing_status_name(row.result.filing.status()))},
           {"correction_id",
            row.result.correction ? Json(row.result.correction->id) : Json(nullptr)}});
    out.json({{"file", o.file},
              {"dry_run", report.dry_run},
              {"filed", report.count(ReceiptAction::filed)},
              {"answered", report.count(ReceiptAction::answered)},
              {"unchanged", report.count(ReceiptAction::unchanged)},
              {"rows", rows}});
    return 0;
  }
  for (const auto& row : report.rows) {
    if (row.action == ReceiptAction::unchanged)
      continue;
    out.info(fmt::format("line {}: {} #{} {}: {}", row.line,
                         receipt_action_name(row.action, o.dry_run), row.task_id, row.title,
                         acctcore::filing_status_name(row.result.filing.status())));
    if (const auto& c = row.result.correction) {
      const std::string due = acctcore::format_date(c->due) + (c->provisional ? "?" : "");
      // A dry run names no id: the real run may draw another (PostgreSQL keeps the ids a
      // rolled-back insert took).
      out.info(o.dry_run ? trf("would open a correction task: {} (due {})", c->title, due)
                         : trf("correction task #{} {} (due {})", c->id, c->title, due));
    }
  }
  const std::string summary =
      trf("{} filed, {} answered, {} unchanged", report.count(ReceiptAction::filed),
          report.count(ReceiptAction::answered), report.count(ReceiptAction::unchanged));
  out.write(o.dry_run ? trf("dry run: {}; nothing was changed\n", summary) : summary + "\n");
  return 0;
}

} // namespace

void register_task_filing(Registry& registry, CLI::App* group) {
  {
    auto o = make_options<FileOptions>();
    CLI::App* cmd = registry.command(
        group, "file", "Record that a filing task was submitted to the authority", Access::write,
        [o](Context& ctx) {
          acctcore::NewFiling filing;
          filing.task = task_id(o->id);
          filing.on = day_or_today(ctx, o->on, "--on");
          filing.receipt = o->receipt;
          filing.channel = o->channel;
          if (!o->file.empty())
            filing.file = o->file;
          print_result(ctx, acctcore::file_task(ctx.writable_store(), ctx.actor(), ctx.services(),
                                                filing, ctx.clock().today));
          return 0;
        });
    cmd->add_option("id", o->id, "Task id")->required()->type_name("ID");
    cmd->add_option("--on", o->on, "The day it was sent (default today)")->type_name("DATE");
    cmd->add_option("--receipt", o->receipt, "The registration or receipt number")
        ->type_name("NUMBER");
    cmd->add_option("--channel", o->channel,
                    "How it was sent: the e-reporting operator, portal, paper")
        ->type_name("CHANNEL");
    cmd->add_option("--file", o->file, "The file sent (its path and SHA-256 are recorded)")
        ->type_name("FILE");
  }
  {
    auto o = make_options<AnswerOptions>();
    CLI::App* cmd = registry.command(
        group, "answer",
        "Record the authority's answer to a filing; a rejection opens a correction task",
        Access::write, [o](Context& ctx) {
          acctcore::NewAnswer answer;
          answer.task = task_id(o->id);
          const auto parsed = acctcore::parse_filing_answer(o->answer);
          if (!parsed)
            throw Error(
                ErrorKind::usage, trf("unknown answer '{}'", o->answer),
                trf("use one of: {}", acctcore::join(acctcore::filing_answer_names(), ", ")));
          answer.answer = *parsed;
          answer.on = day_or_today(ctx, o->on, "--on");
          answer.number = o->number;
          answer.reason = o->reason;
          print_result(ctx,
                       acctcore::answer_filing(ctx.writable_store(), ctx.actor(), ctx.services(),
                                               ctx.calendars(), answer, ctx.clock().today));
          return 0;
        });
    cmd->add_option("id", o->id, "Task id")->required()->type_name("ID");
    cmd->add_option("answer", o->answer, "accepted, accepted-with-notice or rejected")
        ->required()
        ->type_name("ANSWER");
    cmd->add_option("--on", o->on, "The day of the answer (default today)")->type_name("DATE");
    cmd->add_option("--number", o->number, "The number of the authority's document")
        ->type_name("NUMBER");
    cmd->add_option("--reason", o->reason,
                    "Why it was rejected (required for rejected), or the notice's text")
        ->type_name("TEXT");
  }
  {
    auto o = make_options<ReceiptsOptions>();
    CLI::App* cmd = registry.command(
        group, "receipts",
        "Load a day's filing receipts from an e-reporting operator's CSV (all or nothing)",
        Access::write, [o](Context& ctx) { return run_receipts(ctx, *o); });
    cmd->add_option("file", o->file, "CSV file (UTF-8; ';' or ',' separated)")
        ->required()
        ->type_name("FILE");
    cmd->add_option("--channel", o->channel, "The operator, for rows without a channel column")
        ->type_name("CHANNEL");
    cmd->add_flag("--dry-run", o->dry_run, "Check the file and report; record nothing");
  }
}

} // namespace acctcli
