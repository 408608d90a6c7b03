// acct task, acct agenda: working the tasks (docs/workflow.md, docs/commands/task.md).
#include "audit/audit.hpp"
#include "commands.hpp"
#include "explain.hpp"
#include "plan/explain.hpp"
#include "registry.hpp"
#include "staff/staff.hpp"
#include "task/filing.hpp"
#include "task/handover.hpp"
#include "task/workflow.hpp"
#include "util/csv.hpp"
#include "util/duration.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <iostream>
#include <iterator>
#include <sstream>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::Json;
using acctcore::TaskRecord;
using acctcore::tr;
using acctcore::trf;

namespace {

/// Lists show this many rows as a table unless --limit says otherwise; JSON and CSV are never
/// cut by default.
constexpr std::int64_t k_default_table_limit = 100;

struct ListOptions {
  std::string client;
  std::string assignee;
  std::string reviewer;
  std::string role;
  std::vector<std::string> statuses;
  std::string service;
  std::string code;
  std::string period;
  bool overdue = false;
  std::string due_within;
  std::string from;
  std::string to;
  std::string text;
  std::vector<std::string> filing_statuses;
  std::string sort = "due";
  std::int64_t limit = -1; ///< -1: the default
  bool all = false;
  bool csv = false;
};

/// "7d", "7", "2w": a number of days.
int parse_days(const std::string& text, std::string_view what) {
  std::string digits = text;
  int factor = 1;
  if (!digits.empty() && (digits.back() == 'd' || digits.back() == 'w')) {
    factor = digits.back() == 'w' ? 7 : 1;
    digits.pop_back();
  }
  if (digits.empty() || digits.size() > 4 ||
      digits.find_first_not_of("0123456789") != std::string::npos)
    throw Error(ErrorKind::invalid,
                // TRANSLATORS: an option (--due-within), then the value given.
                trf("{} '{}' is not a number of days: use 7d, 2w or 7", what, text));
  return std::stoi(digits) * factor;
}

std::optional<std::string> opt(const std::string& value) {
  return value.empty() ? std::nullopt : std::optional(value);
}

/// The staff handle of the user running acct (ACCT_USER, else the OS user), or an error
/// asking for one: for the --staff option when `option`, else for a HANDLE argument.
std::string own_handle(Context& ctx, bool option) {
  const std::string user = ctx.actor().user;
  try {
    return acctcore::get_staff(ctx.store(), user).handle;
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::not_found)
      throw;
  }
  // One sentence per way of giving the handle, so that each translates as a whole.
  if (option)
    throw Error(ErrorKind::usage,
                // TRANSLATORS: {} is the user name acct runs as.
                trf("'{}' is not a staff handle: give --staff HANDLE (or set ACCT_USER)", user));
  throw Error(ErrorKind::usage,
              // TRANSLATORS: {} is the user name acct runs as.
              trf("'{}' is not a staff handle: give a HANDLE (or set ACCT_USER)", user));
}

/// "petrova (for ivanova)" while a cover does an absent assignee's task, "-" for nobody.
std::string assignee_text(const TaskRecord& t) {
  if (t.assignee.empty())
    return "-";
  if (t.cover.empty())
    return t.assignee;
  // TRANSLATORS: the cover's handle, then the handle of the assignee who is away.
  return trf("{} (for {})", t.cover, t.assignee);
}

std::string due_text(const TaskRecord& t) {
  return acctcore::format_date(t.due) + (t.provisional ? "?" : "");
}

std::string status_text(const TaskRecord& t, acctcore::Date today) {
  std::string text(acctcore::task_status_name(t.status));
  if (t.overdue(today))
    text += " (overdue)";
  return text;
}

std::vector<std::string> csv_row(const TaskRecord& t, acctcore::Date today) {
  return {std::to_string(t.id),
          t.key(),
          t.client,
          t.service,
          t.origin == acctcore::TaskOrigin::manual ? "" : t.code,
          t.period,
          t.title,
          acctcore::format_date(t.due),
          t.planned ? acctcore::format_date(*t.planned) : "",
          std::string(acctcore::task_status_name(t.status)),
          t.assignee,
          t.reviewer,
          t.provisional ? "1" : "0",
          t.overdue(today) ? "1" : "0"};
}

void print_tasks(Context& ctx, const std::vector<TaskRecord>& tasks, bool csv, std::int64_t more) {
  Output& out = ctx.out();
  const acctcore::Date today = ctx.clock().today;
  if (out.json()) {
    const auto* zone = ctx.zone();
    out.json_array(tasks,
                   [&](const TaskRecord& t) { return acctcore::task_to_json(t, today, zone); });
    return;
  }
  if (csv) {
    std::string text = acctcore::csv_record({"id", "key", "client", "service", "obligation",
                                             "period", "title", "due", "planned", "status",
                                             "assignee", "reviewer", "provisional", "overdue"},
                                            ',', "\n");
    for (const auto& t : tasks)
      text += acctcore::csv_record(csv_row(t, today), ',', "\n");
    out.write(text);
    return;
  }
  if (tasks.empty()) {
    out.info(tr("no tasks"));
    return;
  }
  acctcore::Table table({"ID", "DUE", "CLIENT", "TITLE", "STATUS", "ASSIGNEE"});
  table.align(0, acctcore::Align::right);
  for (const auto& t : tasks)
    table.add_row({std::to_string(t.id), due_text(t), t.client, t.title, status_text(t, today),
                   assignee_text(t)});
  out.table(table);
  if (more > 0)
    out.info(trf("... and {} more (--limit 0 shows all)", more));
}

int run_list(Context& ctx, const ListOptions& o) {
  acctcore::TaskFilter f;
  f.client = opt(o.client);
  f.assignee = opt(o.assignee);
  f.reviewer = opt(o.reviewer);
  f.role = opt(o.role);
  for (const auto& name : o.statuses) {
    const auto status = acctcore::parse_task_status(name);
    if (!status)
      throw Error(ErrorKind::invalid, trf("unknown status '{}'", name),
                  trf("use one of: {}", acctcore::join(acctcore::task_status_names(), ", ")));
    f.statuses.push_back(*status);
  }
  f.all = o.all;
  f.service = opt(o.service);
  f.code = opt(o.code);
  if (!o.period.empty())
    f.period = acctcore::require_period(o.period, "--period").id();
  f.overdue = o.overdue;
  if (!o.due_within.empty())
    f.due_within_days = parse_days(o.due_within, "--due-within");
  if (!o.from.empty())
    f.from = acctcore::require_date(o.from, "--from");
  if (!o.to.empty())
    f.to = acctcore::require_date(o.to, "--to");
  f.text = opt(o.text);
  for (const auto& name : o.filing_statuses) {
    if (!acctcore::parse_filing_status(name))
      throw Error(ErrorKind::invalid, trf("unknown filing status '{}'", name),
                  trf("use one of: {}", acctcore::join(acctcore::filing_status_names(), ", ")));
    if (name == "unfiled" && f.filing_codes.empty())
      f.filing_codes = acctcore::filing_task_codes(ctx.services());
    f.filing_statuses.push_back(name);
  }
  f.sort = o.sort;
  if (o.limit < -1)
    throw Error(ErrorKind::invalid, tr("--limit must not be negative"));
  const bool whole = ctx.out().json() || o.csv;
  const std::int64_t limit = o.limit >= 0 ? o.limit : (whole ? 0 : k_default_table_limit);
  f.limit = limit > 0 ? limit + 1 : 0; // one more tells whether there are more
  auto tasks = acctcore::list_tasks(ctx.store(), f, ctx.clock().today);
  std::int64_t more = 0;
  if (limit > 0 && static_cast<std::int64_t>(tasks.size()) > limit) {
    tasks.resize(static_cast<size_t>(limit));
    if (!whole) // count the rest only when someone reads the note
      more = acctcore::count_tasks(ctx.store(), f, ctx.clock().today) - limit;
  }
  print_tasks(ctx, tasks, o.csv, more);
  return 0;
}

std::string timestamp_text(Context& ctx, acctcore::Timestamp at) {
  std::string text = acctcore::format_timestamp(at, ctx.zone()).substr(0, 16);
  text[10] = ' ';
  return text;
}

/// A filing's submission and answer in one line, or "" when nothing was filed.
std::string filing_text(const acctcore::Store& store, const TaskRecord& t) {
  if (t.filing.empty())
    return {};
  const auto f = acctcore::get_filing(store, t.id);
  if (!f)
    return {};
  std::string text = fmt::format("filed {}", acctcore::format_date(f->filed_on));
  std::vector<std::string> how;
  if (!f->channel.empty())
    how.push_back(f->channel);
  if (!f->receipt.empty())
    how.push_back("receipt " + f->receipt);
  if (!how.empty())
    text += " (" + acctcore::join(how, ", ") + ")";
  if (f->answer) {
    text += fmt::format("; {} {}", acctcore::filing_answer_name(*f->answer),
                        acctcore::format_date(*f->answered_on));
    if (!f->answer_number.empty())
      text += " No " + f->answer_number;
    if (!f->reason.empty())
      text += ": " + f->reason;
    if (f->correction_id)
      text += fmt::format(" -> correction #{}", *f->correction_id);
  } else {
    text += "; waiting for the answer";
  }
  return text;
}

int run_show(Context& ctx, std::int64_t id) {
  const auto d = acctcore::get_task_details(ctx.store(), ctx.services(), id);
  const TaskRecord& t = d.task;
  const acctcore::Date today = ctx.clock().today;
  auto history = acctcore::query_audit(
      ctx.store(), acctcore::AuditFilter{.entity = "task", .entity_key = std::to_string(id)});
  std::optional<acctcore::TaskExplanation> explained;
  std::string unexplained;
  if (t.origin != acctcore::TaskOrigin::manual) {
    try {
      explained = acctcore::explain_task(ctx.store(), ctx.services(), ctx.calendars(), id);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::invalid && e.kind() != ErrorKind::not_covered)
        throw;
      unexplained = e.what();
    }
  }
  Output& out = ctx.out();
  if (out.json()) {
    const auto* zone = ctx.zone();
    Json json = acctcore::task_details_to_json(d, today, zone);
    json["deadline"] =
        explained ? acctcore::explanation_to_json(explained->explanation) : Json(nullptr);
    json["history"] = acctcore::json_array(
        history, [zone](const auto& record) { return acctcore::audit_to_json(record, zone); });
    out.json(json);
    return 0;
  }
  std::vector<std::pair<std::string, std::string>> fields{
      {"task", fmt::format("#{} {}", t.id, t.title)},
      {"key", t.key()},
      {"client", t.client},
      {"status", status_text(t, today)},
      {"due", due_text(t)},
      {"planned", t.planned ? acctcore::format_date(*t.planned) : ""},
      {"assignee", assignee_text(t)},
      {"reviewer", t.reviewer},
      {"role", t.role + (t.reviewer_role.empty() ? "" : " (review: " + t.reviewer_role + ")")},
      {"estimate", t.estimate_minutes > 0 ? acctcore::format_duration(t.estimate_minutes) : ""},
      {"logged", d.time.empty() ? "" : acctcore::format_duration(d.logged_minutes())},
      {"client acts", t.client_action == "none" ? "" : t.client_action},
      {"waiting for",
       t.waiting_for.empty()
           ? ""
           : fmt::format("{} (since {})", t.waiting_for,
                         t.waiting_since ? acctcore::format_date(*t.waiting_since) : "?")},
      {"requires file", t.requires_file ? "yes" : ""},
      {"request", t.request ? "yes (a client's request)" : ""},
      {"blocked", d.blocked() ? "yes: waits for the tasks below" : ""},
      {"corrects", t.corrects ? fmt::format("#{} (its filing was rejected)", *t.corrects) : ""},
      {"filing", filing_text(ctx.store(), t)},
      {"description", t.description},
  };
  std::erase_if(fields, [](const auto& f) { return f.second.empty(); });
  out.write(acctcore::render_fields(fields));
  if (!d.links.empty())
    out.write("links:\n" + [&] {
      std::string text;
      for (const auto& link : d.links)
        text += "  " + link + "\n";
      return text;
    }());
  if (!d.checklist.empty()) {
    out.write(d.checklist_from_template ? "\nchecklist (from the template):\n" : "\nchecklist:\n");
    for (const auto& c : d.checklist)
      out.write(fmt::format(
          "  [{}] {}. {}{}\n", c.checked_at ? "x" : " ", c.position, c.item,
          c.checked_at ? fmt::format(" ({}, {})", c.checked_by, timestamp_text(ctx, *c.checked_at))
                       : ""));
  }
  if (!d.depends_on.empty()) {
    out.write("\ndepends on:\n");
    for (const auto& dep : d.depends_on)
      out.write(fmt::format("  #{} {} ({}, due {})\n", dep.id, dep.title,
                            acctcore::task_status_name(dep.status),
                            acctcore::format_date(dep.due)));
  }
  if (!d.attachments.empty()) {
    out.write("\nfiles:\n");
    for (const auto& a : d.attachments)
      out.write(
          fmt::format("  {} ({} bytes, sha256 {}…)\n", a.path, a.size, a.sha256.substr(0, 12)));
  }
  if (!d.time.empty()) {
    out.write("\ntime:\n");
    for (const auto& e : d.time)
      out.write(fmt::format("  {} {} {}{}\n", acctcore::format_date(e.day), e.staff,
                            acctcore::format_duration(e.minutes),
                            e.note.empty() ? "" : "  " + e.note));
  }
  if (!d.comments.empty()) {
    out.write("\ncomments:\n");
    for (const auto& c : d.comments)
      out.write(fmt::format("  {} {}{}: {}\n", timestamp_text(ctx, c.at), c.author,
                            c.kind == "comment" ? "" : " (" + c.kind + ")", c.text));
  }
  out.write("\n");
  if (explained) {
    print_explanation(out, {}, explained->explanation,
                      explained->date != nullptr ? explained->date->instalment : 0,
                      " by today's templates");
  } else {
    out.write(t.origin == acctcore::TaskOrigin::manual
                  ? "deadline: given when the task was added\n"
                  : fmt::format("deadline: cannot be explained: {}\n", unexplained));
  }
  if (!history.empty()) {
    out.write("\nhistory:\n");
    for (const auto& record : history)
      out.write(fmt::format(
          "  {} {} {}{}\n", timestamp_text(ctx, record.at), record.actor, record.action,
          record.changes.empty() ? "" : "  " + changes_text(record.changes, record.action)));
  }
  return 0;
}

/// Task ids written "12" or "#12".
std::vector<std::int64_t> ids_of(const std::vector<std::string>& words) {
  std::vector<std::int64_t> ids;
  for (std::string word : words) {
    if (!word.empty() && word.front() == '#')
      word.erase(0, 1);
    if (word.empty() || word.size() > 18 ||
        word.find_first_not_of("0123456789") != std::string::npos)
      throw Error(ErrorKind::usage, trf("'{}' is not a task id", word));
    ids.push_back(std::stoll(word));
  }
  if (ids.empty())
    throw Error(ErrorKind::usage, tr("give at least one task id (or - to read them from stdin)"));
  return ids;
}

/// Task ids from the command line; "-" reads more from standard input (whitespace-separated),
/// so that `acct task list --json | jq ... | acct task accept -` works.
std::vector<std::int64_t> parse_ids(Context& ctx, const std::vector<std::string>& args) {
  std::vector<std::string> words;
  for (const auto& arg : args) {
    if (arg == "-") {
      std::istringstream in(ctx.standard_input());
      std::string word;
      while (in >> word)
        words.push_back(word);
    } else {
      words.push_back(arg);
    }
  }
  return ids_of(words);
}

std::int64_t parse_id(const std::string& text) {
  return ids_of({text}).front();
}

struct TransitionOptions {
  std::vector<std::string> ids;
  std::string reason;
  bool force = false;
};

int run_transition(Context& ctx, acctcore::TaskAction action, const TransitionOptions& o) {
  acctcore::TransitionRequest request;
  request.action = action;
  request.ids = parse_ids(ctx, o.ids);
  request.reason = o.reason;
  request.force = o.force;
  // Only "done" reads checklists that may still be the template's; the others skip loading
  // the templates (a transition is meant to take milliseconds).
  static const acctcore::ServiceSet k_no_services;
  const acctcore::ServiceSet& services =
      action == acctcore::TaskAction::done ? ctx.services() : k_no_services;
  const auto moved = acctcore::transition_tasks(ctx.writable_store(), ctx.actor(), services,
                                                request, ctx.clock().today);
  Output& out = ctx.out();
  if (out.json()) {
    out.json(acctcore::json_array(moved, [](const acctcore::Transition& t) {
      return Json{{"id", t.id},
                  {"from", std::string(acctcore::task_status_name(t.from))},
                  {"to", std::string(acctcore::task_status_name(t.to))}};
    }));
    return 0;
  }
  for (const auto& t : moved)
    out.info(fmt::format("#{} {}: {} -> {}", t.id, t.title, acctcore::task_status_name(t.from),
                         acctcore::task_status_name(t.to)));
  return 0;
}

struct AddOptions {
  std::string client;
  std::string title;
  std::string due;
  std::string service;
  std::string assignee;
  std::string reviewer;
  std::string role = "accountant";
  std::string estimate;
  std::string category = "production";
  std::string description;
  bool request = false;
  bool force = false;
};

void print_task_line(Context& ctx, const TaskRecord& t, std::string_view verb) {
  if (ctx.out().json()) {
    ctx.out().json(acctcore::task_to_json(t, ctx.clock().today, ctx.zone()));
    return;
  }
  const std::string assignee =
      t.assignee.empty() ? std::string(tr("unassigned")) : trf("assignee {}", t.assignee);
  std::string reviewer;
  if (!t.reviewer.empty())
    // TRANSLATORS: follows "assignee HANDLE" or "unassigned" in a task's line; {} is a handle.
    reviewer = trf(", reviewer {}", t.reviewer);
  // One sentence per verb, so that each translates as a whole.
  std::string line;
  if (verb == "added")
    // TRANSLATORS: task id, title, due date, then "assignee HANDLE" or "unassigned", then
    // ", reviewer HANDLE" or nothing.
    line = trf("added #{} {} (due {}, {}{})", t.id, t.title, due_text(t), assignee, reviewer);
  else if (verb == "assigned")
    // TRANSLATORS: task id, title, due date, then "assignee HANDLE" or "unassigned", then
    // ", reviewer HANDLE" or nothing.
    line = trf("assigned #{} {} (due {}, {}{})", t.id, t.title, due_text(t), assignee, reviewer);
  else if (verb == "edited")
    // TRANSLATORS: task id, title, due date, then "assignee HANDLE" or "unassigned", then
    // ", reviewer HANDLE" or nothing.
    line = trf("edited #{} {} (due {}, {}{})", t.id, t.title, due_text(t), assignee, reviewer);
  else
    line = fmt::format("{} #{} {} (due {}, {}{})", verb, t.id, t.title, due_text(t), assignee,
                       reviewer);
  ctx.out().info(line);
}

int run_add(Context& ctx, const AddOptions& o) {
  acctcore::NewTask in;
  in.client = o.client;
  in.title = o.title;
  in.description = o.description;
  in.due = acctcore::require_date(o.due, "--due");
  in.service = opt(o.service);
  in.assignee = opt(o.assignee);
  in.reviewer = opt(o.reviewer);
  in.role = o.role;
  if (!o.estimate.empty())
    in.estimate_minutes = acctcore::parse_duration_minutes(o.estimate);
  in.category = o.category;
  in.request = o.request;
  in.force = o.force;
  const auto task = acctcore::add_task(ctx.writable_store(), ctx.actor(), ctx.services(),
                                       ctx.calendars(), in, ctx.clock().today);
  print_task_line(ctx, task, "added");
  return 0;
}

struct AssignOptions {
  std::vector<std::string> args; ///< ids (or -), then the handle
  std::string reviewer;
};

int run_assign(Context& ctx, const AssignOptions& o) {
  // The last word is who does them, unless only the reviewer changes (--reviewer) and the
  // words are all ids: handles start with a letter, and a lone "-" is the ids on stdin.
  const std::string& last = o.args.back();
  const bool reviewer_only =
      !o.reviewer.empty() &&
      (o.args.size() == 1 ||
       (!last.empty() && last.find_first_not_of("#0123456789") == std::string::npos));
  if (o.args.size() < 2 && !reviewer_only)
    throw Error(ErrorKind::usage, tr("give the task id(s) and who does them"),
                tr("e.g. acct task assign 12 14 ivanova; - reads the ids from standard input"));
  const std::vector<std::string> words(o.args.begin(),
                                       reviewer_only ? o.args.end() : o.args.end() - 1);
  const auto ids = parse_ids(ctx, words);
  const auto tasks = acctcore::assign_tasks(
      ctx.writable_store(), ctx.actor(), ids, reviewer_only ? std::nullopt : std::optional(last),
      o.reviewer.empty() ? std::nullopt : std::optional(o.reviewer));
  if (ctx.out().json() && words.size() == 1 && words.front() != "-") {
    print_task_line(ctx, tasks.front(), "assigned");
    return 0;
  }
  if (ctx.out().json()) {
    const auto today = ctx.clock().today;
    const auto* zone = ctx.zone();
    ctx.out().json(acctcore::json_array(
        tasks, [&](const TaskRecord& t) { return acctcore::task_to_json(t, today, zone); }));
    return 0;
  }
  for (const auto& t : tasks)
    print_task_line(ctx, t, "assigned");
  return 0;
}

struct EditOptions {
  std::string id;
  std::string due;
  std::optional<std::string> title;
  std::optional<std::string> description;
  bool force = false;
};

struct CheckOptions {
  std::string id;
  std::string item;
};

struct TextOptions {
  std::string id;
  std::string text;
};

struct LogOptions {
  std::string id;
  std::string duration;
  std::string date;
  std::string staff;
  std::string note;
};

int run_log(Context& ctx, const LogOptions& o) {
  acctcore::NewTimeEntry in;
  in.task = parse_id(o.id);
  in.duration = o.duration;
  if (!o.date.empty())
    in.day = acctcore::require_date(o.date, "--date");
  in.staff = o.staff.empty() ? own_handle(ctx, true) : o.staff;
  in.note = o.note;
  const auto e = acctcore::log_time(ctx.writable_store(), ctx.actor(), in, ctx.clock().today);
  if (ctx.out().json()) {
    ctx.out().json(Json{{"id", e.id},
                        {"task_id", e.task_id},
                        {"staff", e.staff},
                        {"date", acctcore::format_date(e.day)},
                        {"minutes", e.minutes},
                        {"note", e.note}});
    return 0;
  }
  ctx.out().info(trf("logged {} on #{} for {} on {}", acctcore::format_duration(e.minutes),
                     e.task_id, e.staff, acctcore::format_date(e.day)));
  return 0;
}

struct AgendaOptions {
  std::string handle;
  int days = 7;
};

int run_agenda(Context& ctx, const AgendaOptions& o) {
  if (o.days < 0 || o.days > 366)
    throw Error(ErrorKind::invalid, tr("--days must be between 0 and 366"));
  const std::string handle = o.handle.empty() ? own_handle(ctx, false) : o.handle;
  const acctcore::Date today = ctx.clock().today;
  const auto tasks = acctcore::agenda_tasks(ctx.store(), handle, o.days, today);
  Output& out = ctx.out();
  if (out.json()) {
    const auto* zone = ctx.zone();
    out.json_array(tasks, [&](const TaskRecord& t) {
      Json json = acctcore::task_to_json(t, today, zone);
      json["to_review"] = t.holder() != handle;
      return json;
    });
    return 0;
  }
  if (tasks.empty()) {
    out.info(trf("nothing due for {} through {}", handle,
                 acctcore::format_date(today + date::days{o.days})));
    return 0;
  }
  std::string heading;
  for (const auto& t : tasks) {
    const std::string next =
        t.due < today ? "overdue"
                      : fmt::format("{} {}", acctcore::format_date(t.due),
                                    t.due == today ? "today" : acctcore::weekday_name(t.due));
    if (next != heading) {
      out.write(fmt::format("{}{}\n", heading.empty() ? "" : "\n", next));
      heading = next;
    }
    std::string note;
    if (t.holder() != handle)
      note = " [review]";
    else if (t.assignee != handle)
      // TRANSLATORS: in an agenda, a task done for a colleague who is away; {} is a handle.
      note = trf(" [for {}]", t.assignee);
    else if (t.status != acctcore::TaskStatus::new_)
      note = fmt::format(" [{}]", acctcore::task_status_name(t.status));
    if (t.due < today)
      note += fmt::format(" due {}", acctcore::format_date(t.due));
    out.write(fmt::format("  #{:<6} {:<14} {}{}\n", t.id, t.client, t.title, note));
  }
  return 0;
}

} // namespace

void register_task(Registry& registry) {
  CLI::App* group =
      registry.group("task", "Work on tasks: list, show, accept, review, finish", "Work");
  {
    auto o = make_options<ListOptions>();
    CLI::App* cmd = registry.command(group, "list", "List tasks; open ones by due date by default",
                                     Access::read, [o](Context& ctx) { return run_list(ctx, *o); });
    cmd->add_option("--client", o->client, "Only this client")->type_name("SLUG");
    cmd->add_option("--assignee", o->assignee, "Only tasks of this person; - for unassigned")
        ->type_name("HANDLE");
    cmd->add_option("--reviewer", o->reviewer, "Only tasks this person reviews")
        ->type_name("HANDLE");
    cmd->add_option("--role", o->role, "Only tasks for this work-group role")->type_name("ROLE");
    cmd->add_option("--status", o->statuses, "Only these statuses (comma-separated)")
        ->delimiter(',')
        ->type_name("STATUS");
    cmd->add_option("--service", o->service, "Only tasks of this service")->type_name("ID");
    cmd->add_option("--code", o->code, "Only this obligation code; ru.vat.* for a prefix")
        ->type_name("CODE");
    cmd->add_option("--period", o->period, "Only this period: 2026-Q1, 2026-03, 2026")
        ->type_name("PERIOD");
    cmd->add_flag("--overdue", o->overdue, "Only open tasks due before today");
    cmd->add_option("--due-within", o->due_within,
                    "Only open tasks due by today + N days, overdue ones included")
        ->type_name("7d");
    cmd->add_option("--from", o->from, "Due on or after this day")->type_name("DATE");
    cmd->add_option("--to", o->to, "Due on or before this day")->type_name("DATE");
    cmd->add_option("--text", o->text, "Only tasks whose title or description contains TEXT")
        ->type_name("TEXT");
    cmd->add_option("--sort", o->sort, "due (default), id, client, status or assignee")
        ->check(CLI::IsMember(acctcore::task_sort_names()))
        ->type_name("ORDER");
    cmd->add_option("--limit", o->limit,
                    "At most N rows; 0 for all (tables show 100 by default, JSON and CSV all)")
        ->type_name("N");
    cmd->add_option("--filing-status", o->filing_statuses,
                    "Only filings that stand so (comma-separated): unfiled, filed, accepted, "
                    "accepted-with-notice, rejected")
        ->delimiter(',')
        ->type_name("STATUS");
    cmd->add_flag("--all", o->all, "Include done and cancelled tasks");
    cmd->add_flag("--csv", o->csv, "CSV (comma-separated, UTF-8) instead of a table");
  }
  {
    auto id = std::make_shared<std::string>();
    CLI::App* cmd = registry.command(
        group, "show", "Show a task: checklist, files, time, comments, its deadline and history",
        Access::read, [id](Context& ctx) { return run_show(ctx, parse_id(*id)); });
    cmd->add_option("id", *id, "Task id")->required()->type_name("ID");
  }
  {
    auto o = make_options<AddOptions>();
    CLI::App* cmd = registry.command(group, "add", "Add a manual task or a client's request",
                                     Access::write, [o](Context& ctx) { return run_add(ctx, *o); });
    cmd->add_option("client", o->client, "Client slug")->required()->type_name("SLUG");
    cmd->add_option("title", o->title, "What is to be done")->required()->type_name("TITLE");
    cmd->add_option("--due", o->due, "Due date")->required()->type_name("DATE");
    cmd->add_option("--service", o->service, "The service it belongs to")->type_name("ID");
    cmd->add_option("--assignee", o->assignee,
                    "Who does it (default: the client's work-group holder of --role)")
        ->type_name("HANDLE");
    cmd->add_option("--reviewer", o->reviewer, "Who checks it")->type_name("HANDLE");
    cmd->add_option("--role", o->role, "The work-group role responsible (default accountant)")
        ->type_name("ROLE");
    cmd->add_option("--estimate", o->estimate, "Expected effort: 1h30m, 90m, 1.5h")
        ->type_name("DURATION");
    cmd->add_option("--category", o->category,
                    "production (default), communication or administration")
        ->check(CLI::IsMember(acctcore::task_category_names()))
        ->type_name("CATEGORY");
    cmd->add_option("--description", o->description, "Details")->type_name("TEXT");
    cmd->add_flag("--request", o->request,
                  "A client's request: the service's minimum lead time applies");
    cmd->add_flag("--force", o->force,
                  "Accept a due date in the past or inside the lead time (recorded)");
  }
  struct Transition {
    acctcore::TaskAction action;
    const char* help;
    const char* reason_help;
  };
  for (const Transition& t : {
           Transition{acctcore::TaskAction::accept,
                      N_("Take tasks on (and with them their due dates); resume after the client"),
                      N_("A note")},
           Transition{acctcore::TaskAction::reject,
                      N_("Refuse tasks, or return them from review for rework (--reason required)"),
                      N_("Why (required)")},
           Transition{acctcore::TaskAction::review, N_("Send tasks to their reviewer"),
                      N_("A note")},
           Transition{acctcore::TaskAction::wait,
                      N_("Wait for the client: a signature, documents (--reason required)"),
                      N_("What the client must give or do (required)")},
           Transition{acctcore::TaskAction::done,
                      N_("Finish tasks (checklist complete, required file attached)"),
                      N_("A note")},
           Transition{acctcore::TaskAction::reopen, N_("Reopen done, rejected or cancelled tasks"),
                      N_("Why")},
           Transition{acctcore::TaskAction::cancel, N_("Cancel tasks that are no longer needed"),
                      N_("Why")},
       }) {
    auto o = make_options<TransitionOptions>();
    const acctcore::TaskAction action = t.action;
    CLI::App* cmd = registry.command(
        group, std::string(acctcore::task_action_name(action)), t.help, Access::write,
        [o, action](Context& ctx) { return run_transition(ctx, action, *o); });
    cmd->add_option("ids", o->ids, "Task ids; - reads them from standard input")
        ->required()
        ->type_name("ID...");
    cmd->add_option("--reason", o->reason, t.reason_help)->type_name("TEXT");
    if (action == acctcore::TaskAction::accept)
      cmd->add_flag("--force", o->force,
                    "Accept even when tasks it depends on are not done (recorded)");
  }
  {
    auto o = make_options<AssignOptions>();
    CLI::App* cmd =
        registry.command(group, "assign", "Assign tasks to a person (and a reviewer), all or none",
                         Access::write, [o](Context& ctx) { return run_assign(ctx, *o); });
    cmd->add_option("args", o->args,
                    "Task ids (- reads them from standard input), then who does them (- to "
                    "unassign; leave it out to change only --reviewer)")
        ->required()
        ->type_name("ID... [HANDLE]");
    cmd->add_option("--reviewer", o->reviewer, "Who checks it; - for nobody")->type_name("HANDLE");
  }
  {
    auto o = make_options<EditOptions>();
    CLI::App* cmd = registry.command(
        group, "edit", "Change a task's due date, title or description", Access::write,
        [o](Context& ctx) {
          acctcore::TaskEdit edit;
          if (!o->due.empty())
            edit.due = acctcore::require_date(o->due, "--due");
          edit.title = o->title;
          edit.description = o->description;
          edit.force = o->force;
          if (!edit.due && !edit.title && !edit.description)
            throw Error(ErrorKind::usage, tr("nothing to change: give --due, --title or "
                                             "--description"));
          const auto task = acctcore::edit_task(ctx.writable_store(), ctx.actor(), parse_id(o->id),
                                                edit, ctx.clock().today);
          print_task_line(ctx, task, "edited");
          return 0;
        });
    cmd->add_option("id", o->id, "Task id")->required()->type_name("ID");
    cmd->add_option("--due", o->due, "New due date")->type_name("DATE");
    cmd->add_option("--title", o->title, "New title")->type_name("TEXT");
    cmd->add_option("--description", o->description, "New description")->type_name("TEXT");
    cmd->add_flag("--force", o->force, "Change an accepted task's agreed terms (recorded)");
  }
  for (const bool checked : {true, false}) {
    auto o = make_options<CheckOptions>();
    CLI::App* cmd = registry.command(
        group, checked ? "check" : "uncheck",
        checked ? N_("Tick a checklist item") : N_("Untick a checklist item"), Access::write,
        [o, checked](Context& ctx) {
          const auto item = acctcore::check_item(ctx.writable_store(), ctx.actor(), ctx.services(),
                                                 parse_id(o->id), o->item, checked);
          if (ctx.out().json())
            ctx.out().json(Json{{"position", item.position},
                                {"item", item.item},
                                {"checked", item.checked_at.has_value()}});
          else
            ctx.out().info(
                fmt::format("[{}] {}. {}", item.checked_at ? "x" : " ", item.position, item.item));
          return 0;
        });
    cmd->add_option("id", o->id, "Task id")->required()->type_name("ID");
    cmd->add_option("item", o->item, "The item's number, or a part of its text")
        ->required()
        ->type_name("ITEM");
  }
  {
    auto o = make_options<TextOptions>();
    CLI::App* cmd = registry.command(
        group, "comment", "Add a comment to a task", Access::write, [o](Context& ctx) {
          const auto c =
              acctcore::comment_task(ctx.writable_store(), ctx.actor(), parse_id(o->id), o->text);
          if (ctx.out().json())
            ctx.out().json(Json{{"id", c.id}, {"author", c.author}, {"text", c.text}});
          else
            ctx.out().info(trf("commented on #{}", o->id));
          return 0;
        });
    cmd->add_option("id", o->id, "Task id")->required()->type_name("ID");
    cmd->add_option("text", o->text, "The comment")->required()->type_name("TEXT");
  }
  {
    auto o = make_options<TextOptions>();
    CLI::App* cmd = registry.command(
        group, "attach", "Attach a file to a task (its path, size and SHA-256 are recorded)",
        Access::write, [o](Context& ctx) {
          const auto a =
              acctcore::attach_file(ctx.writable_store(), ctx.actor(), parse_id(o->id), o->text);
          if (ctx.out().json())
            ctx.out().json(
                Json{{"id", a.id}, {"path", a.path}, {"size", a.size}, {"sha256", a.sha256}});
          else
            ctx.out().info(
                trf("attached {} ({} bytes, sha256 {}) to #{}", a.path, a.size, a.sha256, o->id));
          return 0;
        });
    cmd->add_option("id", o->id, "Task id")->required()->type_name("ID");
    cmd->add_option("file", o->text, "The file")->required()->type_name("FILE");
  }
  {
    auto o = make_options<LogOptions>();
    CLI::App* cmd = registry.command(group, "log", "Log time spent on a task", Access::write,
                                     [o](Context& ctx) { return run_log(ctx, *o); });
    cmd->add_option("id", o->id, "Task id")->required()->type_name("ID");
    cmd->add_option("duration", o->duration, "How long: 1h30m, 90m, 1.5h")
        ->required()
        ->type_name("DURATION");
    cmd->add_option("--date", o->date, "The day it was spent (default today)")->type_name("DATE");
    cmd->add_option("--staff", o->staff, "Who spent it (default: you, ACCT_USER)")
        ->type_name("HANDLE");
    cmd->add_option("--note", o->note, "What was done")->type_name("TEXT");
  }
  register_task_filing(registry, group);
  {
    auto o = make_options<AgendaOptions>();
    CLI::App* cmd = registry.command(
        &registry.root(), "agenda", "One person's work: overdue first, then by day", Access::read,
        [o](Context& ctx) { return run_agenda(ctx, *o); }, "Work");
    cmd->add_option("handle", o->handle, "Whose (default: you, ACCT_USER)")->type_name("HANDLE");
    cmd->add_option("--days", o->days, "How many days ahead (default 7)")->type_name("N");
  }
}

} // namespace acctcli
