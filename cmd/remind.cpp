// acct remind: the reminder schedule and the cron job that sends it (docs/commands/remind.md).

#include "client/client.hpp"
#include "commands.hpp"
#include "hook.hpp"
#include "progress.hpp"
#include "registry.hpp"
#include "remind/delivery.hpp"
#include "remind/reminder.hpp"
#include "store/store.hpp"
#include "task/task.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <iostream>
#include <unistd.h>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

namespace {

struct ListOptions {
  bool due = false;
  bool all = false;
  std::vector<std::string> states;
  std::string client;
  std::int64_t task = 0;
};

struct RunOptions {
  std::optional<std::string> exec;
  int limit = 0;
  bool dry_run = false;
  int timeout = 0;
};

/// Syncs the schedule in the command's transaction (policies checked).
acctcore::SyncResult sync_now(Context& ctx) {
  return ctx.sync_reminders(true);
}

int run_list(Context& ctx, const ListOptions& o) {
  sync_now(ctx);
  acctcore::ReminderFilter filter;
  if (o.due)
    filter.due_at = ctx.clock().now;
  for (const auto& s : o.states) {
    auto state = acctcore::parse_reminder_state(s);
    if (!state)
      throw Error(ErrorKind::usage,
                  trf("unknown state '{}' (known: pending, sending, sent, failed, "
                      "cancelled)",
                      s));
    filter.states.push_back(*state);
  }
  filter.all = o.all;
  if (!o.client.empty()) // an unknown one is a mistake to report, not an empty list
    filter.client = acctcore::get_client(ctx.store(), o.client).slug;
  if (o.task != 0)
    filter.task = acctcore::get_task(ctx.store(), o.task).id;
  const auto rows = acctcore::list_reminders(ctx.store(), filter);
  Output& out = ctx.out();
  if (out.json()) {
    out.json_array(rows, acctcore::reminder_to_json);
    return 0;
  }
  if (rows.empty()) {
    out.info(tr("no reminders"));
    return 0;
  }
  acctcore::Table table({"ID", "WHEN (LOCAL)", "STATE", "TO", "TASK", "CLIENT", "DUE", "RULE"});
  for (const auto& r : rows) {
    std::string state(acctcore::reminder_state_name(r.state));
    if (r.attempts > 0 && r.state != acctcore::ReminderState::sent)
      state += fmt::format(" ({} tries)", r.attempts);
    std::string when = r.local_at;
    if (!r.moved.empty())
      when += " *";
    table.add_row({std::to_string(r.id), when, state, r.recipient, std::to_string(r.task_id),
                   r.client, acctcore::format_date(r.due), r.rule});
  }
  out.table(table);
  out.info(trf("{} reminder(s); * moved off a day off or outside working hours", rows.size()));
  return 0;
}

int run_sync(Context& ctx) {
  const auto r = sync_now(ctx);
  Output& out = ctx.out();
  if (out.json()) {
    out.json({{"tasks", r.tasks},
              {"created", r.created},
              {"moved", r.moved},
              {"revived", r.revived},
              {"cancelled", r.cancelled},
              {"skipped", r.skipped},
              {"undefined_policies", r.undefined_policies}});
    return 0;
  }
  out.info(trf("{} task(s) rescheduled: {} reminder(s) created, {} moved, {} revived, {} "
               "cancelled",
               r.tasks, r.created, r.moved, r.revived, r.cancelled));
  if (r.skipped > 0)
    out.info(trf("{} task(s) left unscheduled: undefined policy", r.skipped));
  return 0;
}

std::string host_name() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0)
    return "localhost";
  return name;
}

/// True when `claimant` ("host:pid") is a process of this host that no longer exists.
bool claimant_gone(std::string_view claimant, const std::string& host) {
  const auto colon = claimant.rfind(':');
  if (colon == std::string_view::npos || claimant.substr(0, colon) != host)
    return false;
  const long pid = std::strtol(std::string(claimant.substr(colon + 1)).c_str(), nullptr, 10);
  return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

std::vector<std::pair<std::string, std::string>> hook_environment(const acctcore::Delivery& d) {
  return {{"ACCT_REMINDER_ID", std::to_string(d.row.id)},
          {"ACCT_REMINDER_KEY", d.row.delivery_key()},
          {"ACCT_ATTEMPT", std::to_string(d.attempt)},
          {"ACCT_RECIPIENT", d.row.recipient},
          {"ACCT_RECIPIENT_NAME", d.recipient_name},
          {"ACCT_CHANNEL", d.channel},
          {"ACCT_EMAIL", d.email},
          {"ACCT_TELEGRAM", d.telegram},
          {"ACCT_PHONE", d.phone},
          {"ACCT_SUBJECT", d.subject},
          {"ACCT_TASK_ID", std::to_string(d.row.task_id)},
          {"ACCT_TASK_KEY", d.task_key},
          {"ACCT_CLIENT", d.row.client},
          {"ACCT_DUE", acctcore::format_date(d.row.due)},
          {"ACCT_LOCAL_TIME", d.row.local_at},
          {"ACCT_TIMEZONE", d.row.timezone}};
}

/// Writes deliveries' JSON lines to stdout; false from finish() when stdout failed (a closed
/// pipe, a full disk).
void write_stdout(std::string_view text) {
  std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
}

bool flush_stdout() {
  std::cout.flush();
  return static_cast<bool>(std::cout);
}

int run_run(Context& ctx, const RunOptions& o) {
  if (o.limit < 0)
    throw Error(ErrorKind::usage, tr("--limit must be 0 (no limit) or more"));
  std::optional<HookCommand> hook;
  if (o.exec) // checked before anything is claimed; an empty one is a mistake, not "no hook"
    hook = parse_hook_command(*o.exec);
  auto& store = ctx.writable_store();
  const auto now = ctx.clock().now;
  const auto& settings = ctx.config().reminders;
  {
    acctcore::WriteTransaction transaction(store);
    ctx.sync_reminders(true);
    transaction.commit();
  }
  const acctcore::DeliveryReader reader(store, ctx.reminders(), ctx.config().firm);
  if (o.dry_run) {
    acctcore::ReminderFilter filter;
    filter.due_at = now;
    std::vector<std::int64_t> ids;
    for (const auto& r : acctcore::list_reminders(store, filter))
      if (o.limit == 0 || static_cast<int>(ids.size()) < o.limit)
        ids.push_back(r.id);
    std::string text;
    reader.read(ids, [&](const acctcore::Delivery& d) {
      acctcore::append_delivery_json(text, d);
      if (text.size() > (1U << 16)) {
        write_stdout(text);
        text.clear();
      }
    });
    write_stdout(text);
    if (!flush_stdout())
      throw Error(ErrorKind::io, tr("cannot write to standard output"));
    return 0;
  }
  const std::string host = host_name();
  acctcore::DeliveryRun run;
  run.claimant = fmt::format("{}:{}", host, ::getpid());
  // The clock moves on during a long run: each claim's lease counts from its own moment.
  const auto started = std::chrono::steady_clock::now();
  run.now = [now, started] {
    return now + std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() -
                                                                  started);
  };
  run.abandoned = [host](std::string_view owner) { return claimant_gone(owner, host); };
  run.limit = o.limit;
  run.timeout_seconds = o.timeout > 0 ? o.timeout : settings.timeout_seconds;
  run.max_attempts = settings.attempts;
  if (!hook) {
    acctcore::deliver_as_lines(store, reader, run, write_stdout, flush_stdout);
    return 0;
  }
  std::signal(SIGPIPE, SIG_IGN);
  const auto send = [&](const acctcore::Delivery& d, const std::string& line) {
    return run_hook(*hook, line, hook_environment(d), run.timeout_seconds);
  };
  ProgressLine line(ctx);
  const auto notice = [&](const acctcore::Delivery& d, const acctcore::AttemptOutcome& outcome,
                          acctcore::FinishResult result) {
    if (result == acctcore::FinishResult::retry || result == acctcore::FinishResult::failed)
      line.interrupt();
    if (result == acctcore::FinishResult::retry)
      warn(trf("reminder {} ({}): {}; will retry", d.row.id, d.row.recipient, outcome.error));
    else if (result == acctcore::FinishResult::failed)
      warn(trf("reminder {} ({}): {}; gave up after {} attempts", d.row.id, d.row.recipient,
               outcome.error, settings.attempts));
  };
  const auto counts =
      acctcore::deliver_reminders(store, reader, run, send, notice, &line.progress());
  line.progress().finish();
  const int sent = counts.sent, retry = counts.retry, failed = counts.failed;
  Output& out = ctx.out();
  if (out.json())
    out.json({{"sent", sent}, {"retry", retry}, {"failed", failed}, {"lost", counts.lost}});
  else
    out.info(trf("{} sent, {} to retry, {} failed", sent, retry, failed));
  if (retry + failed > 0)
    throw Error(
        ErrorKind::failure,
        trf("{} of {} reminder(s) not sent", retry + failed, sent + retry + failed),
        tr("see 'acct remind list' for the errors: pending ones are retried by a later run, "
           "failed ones gave up"));
  return 0;
}

} // namespace

void register_remind(Registry& registry) {
  CLI::App* group = registry.group(
      "remind", "Reminders: the schedule from the policies, and sending it from cron", "Work");
  {
    auto o = make_options<ListOptions>();
    CLI::App* cmd =
        registry.command(group, "list", "List reminders (brings the schedule up to date first)",
                         Access::write, [o](Context& ctx) { return run_list(ctx, *o); });
    cmd->add_flag("--due", o->due, "Only those a run now would send");
    cmd->add_flag("--all", o->all, "Every state, sent and cancelled too");
    cmd->add_option("--state", o->states, "pending, sending, sent, failed, cancelled (repeatable)")
        ->type_name("STATE");
    cmd->add_option("--client", o->client, "Only this client's")->type_name("SLUG");
    cmd->add_option("--task", o->task, "Only this task's")->type_name("ID");
  }
  {
    auto o = make_options<RunOptions>();
    CLI::App* cmd = registry.command(
        group, "run", "Send the due reminders: run a hook for each, or print them as JSON lines",
        Access::steps, [o](Context& ctx) { return run_run(ctx, *o); });
    cmd->add_option("--exec", o->exec,
                    "Run this command for each reminder: JSON on stdin, ACCT_* variables; exit 0 "
                    "marks it sent")
        ->type_name("CMD");
    cmd->add_option("--limit", o->limit, "Send at most N (default: all due)")->type_name("N");
    cmd->add_option("--timeout", o->timeout,
                    "Seconds a hook may run (default: [reminders] timeout_seconds, 30)")
        ->type_name("SECONDS")
        ->check(CLI::Range(1, 3600));
    cmd->add_flag("--dry-run", o->dry_run, "Print what would be sent; claim and mark nothing");
  }
  registry.command(group, "sync", "Bring the schedule up to date now (after editing policies)",
                   Access::write, run_sync);
}

} // namespace acctcli
