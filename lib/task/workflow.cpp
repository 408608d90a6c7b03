#include "task/workflow.hpp"

#include "audit/audit.hpp"
#include "calendar/calendar.hpp"
#include "calendar/loader.hpp"
#include "client/client.hpp"
#include "client/subscriptions.hpp"
#include "client/work_group.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "task/writer.hpp"
#include "template/loader.hpp"
#include "util/duration.hpp"
#include "util/enum_names.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace acctcore {

namespace {

constexpr std::string_view k_action_names[] = {"accept", "reject", "review", "wait",
                                               "done",   "reopen", "cancel"};

constexpr TaskAction k_actions[] = {TaskAction::accept, TaskAction::reject, TaskAction::review,
                                    TaskAction::wait,   TaskAction::done,   TaskAction::reopen,
                                    TaskAction::cancel};

std::string status_text(TaskStatus status) {
  return std::string(task_status_name(status));
}

std::string allowed_text(TaskStatus status) {
  std::vector<std::string> names;
  for (TaskAction action : allowed_actions(status))
    names.emplace_back(task_action_name(action));
  return names.empty() ? std::string(tr("none")) : join(names, ", ");
}

std::int64_t staff_id(const Store& store, std::string_view handle) {
  const StaffMember member = get_staff(store, handle);
  if (member.archived())
    throw Error(ErrorKind::invalid, trf("staff member '{}' is archived", handle),
                trf("restore them with 'acct staff restore {}' first", handle));
  return member.id;
}

std::int64_t add_comment(Store& store, const Actor& actor, std::int64_t task, std::string_view kind,
                         std::string_view text) {
  Statement insert(store, "INSERT INTO task_comment (task_id, at, author, kind, "
                          "text) VALUES (?, ?, ?, ?, ?) RETURNING id");
  insert.bind(1, task);
  insert.bind(2, format_timestamp_utc(actor.at));
  insert.bind(3, actor.user);
  insert.bind(4, std::string(kind));
  insert.bind(5, std::string(text));
  return insert_returning_id(insert);
}

void touch(Store& store, const Actor& actor, std::int64_t task) {
  TaskWriter(store, actor.at).touch(task);
}

/// Copies the template's checklist to the task, once: later template edits leave it alone.
std::vector<ChecklistItem> own_checklist(Store& store, const ServiceSet& services,
                                         const TaskRecord& task) {
  bool from_template = false;
  auto items = task_checklist(store, services, task, &from_template);
  if (from_template) {
    Statement insert(store, "INSERT INTO task_check (task_id, position, item) VALUES (?, ?, ?)");
    for (const auto& item : items) {
      insert.bind(1, task.id);
      insert.bind(2, item.position);
      insert.bind(3, item.item);
      insert.exec();
      insert.reset();
    }
  }
  return items;
}

int open_dependencies(const Store& store, std::int64_t task) {
  Statement q(store, "SELECT count(*) FROM task_dependency k JOIN task d "
                     "ON d.id = k.depends_on WHERE k.task_id = ? AND "
                     "d.status <> 'done' AND d.status <> 'cancelled'");
  q.bind(1, task);
  q.step();
  return q.column(0).as_int();
}

int attachment_count(const Store& store, std::int64_t task) {
  Statement q(store, "SELECT count(*) FROM task_attachment WHERE task_id = ?");
  q.bind(1, task);
  q.step();
  return q.column(0).as_int();
}

/// Why `task` cannot take `action` now, or empty when it can.
std::string refusal(const Store& store, const ServiceSet& services, const TaskRecord& task,
                    const TransitionRequest& request) {
  const auto target = transition_target(task.status, request.action);
  if (!target)
    // TRANSLATORS: a task id, its status, the action asked for, then the allowed actions; the
    // status and the actions are command words (new, accepted; accept, done) and stay English.
    return trf("#{} is {}: '{}' is not allowed (allowed: {})", task.id, status_text(task.status),
               task_action_name(request.action), allowed_text(task.status));
  if (request.action == TaskAction::accept && !request.force &&
      (task.status == TaskStatus::new_ || task.status == TaskStatus::rejected))
    if (const int open = open_dependencies(store, task.id); open > 0)
      return trf("#{} is blocked: {} task(s) it depends on are not done "
                 "(--force accepts it anyway)",
                 task.id, open);
  if (request.action == TaskAction::review && task.reviewer.empty())
    return trf("#{} has no reviewer: assign one with 'acct task assign {} HANDLE "
               "--reviewer HANDLE', or finish it with 'done'",
               task.id, task.id);
  if (request.action == TaskAction::done) {
    int unchecked = 0;
    for (const auto& item : task_checklist(store, services, task, nullptr))
      if (!item.checked_at)
        ++unchecked;
    if (unchecked > 0)
      return trf("#{} has {} unchecked checklist item(s) (see 'acct task show {}')", task.id,
                 unchecked, task.id);
    if (task.requires_file && attachment_count(store, task.id) == 0)
      return trf("#{} requires a file: attach it with 'acct task attach {} FILE'", task.id,
                 task.id);
  }
  return {};
}

} // namespace

std::string_view task_action_name(TaskAction action) noexcept {
  return enum_name(k_action_names, action);
}

std::optional<TaskStatus> transition_target(TaskStatus from, TaskAction action) noexcept {
  using S = TaskStatus;
  switch (action) {
  case TaskAction::accept: // taking it on, or resuming after the client answered
    if (from == S::new_ || from == S::rejected || from == S::waiting_client)
      return S::accepted;
    return std::nullopt;
  case TaskAction::reject: // the assignee refuses it; the reviewer returns it for rework
    if (from == S::new_ || from == S::accepted)
      return S::rejected;
    if (from == S::in_review)
      return S::accepted;
    return std::nullopt;
  case TaskAction::review:
    if (from == S::accepted)
      return S::in_review;
    return std::nullopt;
  case TaskAction::wait:
    if (from == S::accepted || from == S::in_review)
      return S::waiting_client;
    return std::nullopt;
  case TaskAction::done:
    if (from == S::accepted || from == S::in_review || from == S::waiting_client)
      return S::done;
    return std::nullopt;
  case TaskAction::reopen:
    if (from == S::done)
      return S::accepted;
    if (from == S::rejected || from == S::cancelled)
      return S::new_;
    return std::nullopt;
  case TaskAction::cancel:
    if (is_open(from))
      return S::cancelled;
    return std::nullopt;
  }
  return std::nullopt;
}

std::vector<TaskAction> allowed_actions(TaskStatus status) {
  std::vector<TaskAction> actions;
  for (TaskAction action : k_actions)
    if (transition_target(status, action))
      actions.push_back(action);
  return actions;
}

std::vector<Transition> transition_tasks(Store& store, const Actor& actor,
                                         const ServiceSet& services,
                                         const TransitionRequest& request, Date today) {
  if (request.ids.empty())
    throw Error(ErrorKind::usage, tr("give at least one task id"));
  const bool needs_reason =
      request.action == TaskAction::reject || request.action == TaskAction::wait;
  if (needs_reason && trim(request.reason).empty())
    throw Error(ErrorKind::invalid, request.action == TaskAction::reject
                                        ? tr("a rejection needs a reason: --reason TEXT")
                                        : tr("say what the client must give or do: --reason TEXT"));

  // Everything is checked before anything changes; every problem is reported.
  std::vector<TaskRecord> tasks;
  std::vector<std::string> unknown;
  std::vector<std::string> refused;
  std::vector<std::int64_t> seen;
  for (std::int64_t id : request.ids) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end())
      continue;
    seen.push_back(id);
    try {
      tasks.push_back(get_task(store, id));
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::not_found)
        throw;
      unknown.push_back(trf("#{}: no such task", id));
      continue;
    }
    if (auto why = refusal(store, services, tasks.back(), request); !why.empty())
      refused.push_back(std::move(why));
  }
  if (!unknown.empty()) {
    unknown.insert(unknown.end(), refused.begin(), refused.end());
    throw Error(ErrorKind::not_found,
                trf("{} of {} task id(s) do not exist; nothing changed",
                    unknown.size() - refused.size(), seen.size()),
                tr("see 'acct task list --all' for the ids"), unknown);
  }
  if (!refused.empty()) {
    if (refused.size() == 1 && seen.size() == 1)
      throw Error(ErrorKind::conflict, refused.front());
    throw Error(ErrorKind::conflict,
                // TRANSLATORS: counts, then an action (a command word such as "accept").
                trf("{} of {} task(s) cannot take '{}'; nothing changed", refused.size(),
                    seen.size(), task_action_name(request.action)),
                {}, refused);
  }

  const std::string now = format_timestamp_utc(actor.at);
  TaskWriter writer(store, actor.at);
  std::vector<Transition> moved;
  for (const TaskRecord& task : tasks) {
    const TaskStatus to = *transition_target(task.status, request.action);
    ChangeSet changes;
    changes.compare("status", status_text(task.status), status_text(to));
    TaskChange row;
    row.set(TaskColumn::status, std::string(status_text(to)));
    if (to == TaskStatus::accepted && !task.accepted_at) {
      row.set(TaskColumn::accepted_at, now);
      changes.set("accepted_at", now);
    }
    if (to == TaskStatus::waiting_client) {
      row.set(TaskColumn::waiting_for, request.reason);
      row.set(TaskColumn::waiting_since, format_date(today));
      changes.compare("waiting_for", json_or_null(task.waiting_for), request.reason);
    } else if (task.status == TaskStatus::waiting_client) {
      row.clear(TaskColumn::waiting_for).clear(TaskColumn::waiting_since);
      changes.compare("waiting_for", task.waiting_for, nullptr);
    }
    if (to == TaskStatus::done) {
      row.set(TaskColumn::done_at, format_date(today));
      changes.set("done_at", format_date(today));
    } else if (task.status == TaskStatus::done) {
      row.clear(TaskColumn::done_at);
      changes.compare("done_at", task.done_at ? Json(format_date(*task.done_at)) : Json(), nullptr);
    }
    if (to == TaskStatus::new_ && task.accepted_at) { // reopened from rejected or cancelled
      row.clear(TaskColumn::accepted_at);
      changes.compare("accepted_at", format_timestamp_utc(*task.accepted_at), nullptr);
    }
    if (request.action == TaskAction::cancel)
      row.set(TaskColumn::cancelled_by_generator, std::int64_t{0});
    if (request.force)
      changes.set("forced", true);
    if (!request.reason.empty())
      changes.set("reason", request.reason);
    writer.update(task.id, row);
    if (!request.reason.empty())
      add_comment(store, actor, task.id, task_action_name(request.action), request.reason);
    record_audit(store, actor, "task", std::to_string(task.id), task_action_name(request.action),
                 changes);
    moved.push_back({task.id, task.title, task.status, to});
  }
  return moved;
}

Date earliest_request_date(const Service& service, const CalendarSet& calendars, Date today) {
  if (service.min_lead_working_days <= 0)
    return today;
  WorkDays days(calendars.get(service.calendar), Coverage::strict);
  return days.add(today, service.min_lead_working_days);
}

TaskRecord add_task(Store& store, const Actor& actor, const ServiceSet& services,
                    const CalendarSet& calendars, const NewTask& in, Date today) {
  const Client client = get_active_client(store, in.client);
  const std::string title(trim(in.title));
  if (title.empty())
    throw Error(ErrorKind::invalid, tr("a task needs a title"));
  const Service* service = nullptr;
  if (in.service)
    service = &services.get(*in.service);
  if (in.request && service == nullptr)
    throw Error(ErrorKind::invalid, tr("a client request needs the service it is made under"),
                tr("add --service ID"));
  // A client asks under a service it takes: not one it never subscribed to or has left.
  if (in.request) {
    const auto subscriptions = client_subscriptions(store, in.client);
    if (std::none_of(subscriptions.begin(), subscriptions.end(), [&](const Subscription& s) {
          return s.service == service->id && s.dates.contains(in.due);
        }))
      throw Error(ErrorKind::conflict,
                  trf("client '{}' does not take '{}' on {}: a request needs a subscription",
                      in.client, service->id, format_date(in.due)),
                  trf("subscribe it first: acct client subscribe {} {}", in.client, service->id));
  }
  require_staff_role(in.role);
  ChangeSet forced;
  if (in.due < today) {
    if (!in.force)
      throw Error(
          ErrorKind::invalid,
          trf("the due date {} is before today ({})", format_date(in.due), format_date(today)),
          tr("give a later --due, or --force to record a task that is already late"));
    forced.set("forced", "due date in the past");
  }
  if (in.request && service != nullptr) {
    const Date earliest = earliest_request_date(*service, calendars, today);
    if (in.due < earliest) {
      const std::string rule =
          service->lead_time_rule.empty()
              ? fmt::format("not less than {} working day(s)", service->min_lead_working_days)
              : service->lead_time_rule;
      // The rule as shown in the error; `rule` itself goes to the audit record in English.
      const std::string shown_rule =
          service->lead_time_rule.empty()
              ? trf("not less than {} working day(s)", service->min_lead_working_days)
              : service->lead_time_rule;
      if (!in.force)
        throw Error(ErrorKind::conflict,
                    trf("a request under '{}' cannot be due {}: the earliest due date is "
                        "{} ({})",
                        service->id, format_date(in.due), format_date(earliest), shown_rule),
                    // TRANSLATORS: {} is the earliest due date allowed (YYYY-MM-DD).
                    trf("give --due {} or later, or --force to accept it anyway (recorded)",
                        format_date(earliest)));
      forced.set("forced", fmt::format("inside the lead time ({}; earliest {})", rule,
                                       format_date(earliest)));
    }
  }
  std::optional<std::int64_t> assignee;
  if (in.assignee) {
    assignee = staff_id(store, *in.assignee);
  } else if (auto holder = role_holder(store, in.client, in.role, today)) {
    assignee = staff_id(store, *holder);
  }
  std::optional<std::int64_t> reviewer;
  if (in.reviewer)
    reviewer = staff_id(store, *in.reviewer);
  if (in.estimate_minutes < 0)
    throw Error(ErrorKind::invalid, tr("the estimate must not be negative"));
  const auto category = parse_task_category(in.category);
  if (!category)
    throw Error(ErrorKind::invalid, trf("unknown category '{}'", in.category),
                trf("use one of: {}", join(task_category_names(), ", ")));

  NewTaskRow row;
  row.client_id = client.id;
  row.origin = TaskOrigin::manual;
  if (service != nullptr)
    row.service = service->id;
  row.code = "manual";
  row.title = title;
  row.description = in.description;
  const std::string due = format_date(in.due);
  row.due = due;
  row.role = in.role;
  row.assignee_id = assignee;
  row.reviewer_id = reviewer;
  row.estimate_minutes = in.estimate_minutes;
  row.category = *category;
  row.request = in.request;
  const TaskRecord task = get_task(store, TaskWriter(store, actor.at).insert(row));
  ChangeSet changes;
  Json fields = task_to_json(task, today, nullptr);
  for (const char* unused : {"id", "key", "overdue", "created_at", "updated_at", "origin",
                             "instalment", "provisional", "requires_file", "client_action"})
    fields.erase(unused);
  changes.set_fields(fields);
  for (const auto& change : forced.changes())
    changes.set(change.field, change.to);
  record_audit(store, actor, "task", std::to_string(task.id), "create", changes);
  return task;
}

TaskRecord assign_task(Store& store, const Actor& actor, std::int64_t id,
                       const std::optional<std::string>& assignee,
                       const std::optional<std::string>& reviewer) {
  const TaskRecord before = get_task(store, id);
  if (!is_open(before.status))
    throw Error(ErrorKind::conflict,
                trf("#{} is {}: only open tasks can be assigned", id, status_text(before.status)),
                trf("reopen it first: 'acct task reopen {}'", id));
  ChangeSet changes;
  TaskChange row;
  const auto set = [&](TaskColumn column, const char* field, const std::string& from,
                       const std::string& handle) {
    if (handle == "-")
      row.clear(column);
    else
      row.set(column, staff_id(store, handle));
    changes.compare(field, json_or_null(from), handle == "-" ? Json() : Json(handle));
  };
  if (assignee)
    set(TaskColumn::assignee_id, "assignee", before.assignee, *assignee);
  if (reviewer)
    set(TaskColumn::reviewer_id, "reviewer", before.reviewer, *reviewer);
  if (!changes.empty()) { // handing a task to whoever already holds it changes nothing
    TaskWriter(store, actor.at).update(id, row);
    record_audit(store, actor, "task", std::to_string(id), "assign", changes);
  }
  return get_task(store, id);
}

TaskRecord edit_task(Store& store, const Actor& actor, std::int64_t id, const TaskEdit& edit,
                     Date today) {
  const TaskRecord before = get_task(store, id);
  if (!is_open(before.status))
    throw Error(ErrorKind::conflict,
                trf("#{} is {}: it cannot be edited", id, status_text(before.status)));
  if (before.status != TaskStatus::new_ && !edit.force)
    throw Error(ErrorKind::conflict,
                trf("#{} is {}: its due date and description were agreed when it was "
                    "accepted",
                    id, status_text(before.status)),
                tr("add --force to change them anyway (the change is recorded)"));
  ChangeSet changes;
  TaskChange row;
  if (edit.due) {
    if (*edit.due < today && !edit.force)
      throw Error(
          ErrorKind::invalid,
          trf("the due date {} is before today ({})", format_date(*edit.due), format_date(today)),
          tr("add --force to set a date in the past"));
    changes.compare("due", format_date(before.due), format_date(*edit.due));
    row.set(TaskColumn::due, format_date(*edit.due));
  }
  if (edit.title) {
    const std::string title(trim(*edit.title));
    if (title.empty())
      throw Error(ErrorKind::invalid, tr("a task needs a title"));
    changes.compare("title", before.title, title);
    row.set(TaskColumn::title, title);
  }
  if (edit.description) {
    changes.compare("description", before.description, *edit.description);
    row.set(TaskColumn::description, *edit.description);
  }
  if (changes.empty())
    return before;
  if (edit.force)
    changes.set("forced", true);
  TaskWriter(store, actor.at).update(id, row);
  record_audit(store, actor, "task", std::to_string(id), "edit", changes);
  return get_task(store, id);
}

ChecklistItem check_item(Store& store, const Actor& actor, const ServiceSet& services,
                         std::int64_t id, std::string_view item, bool checked) {
  const TaskRecord task = get_task(store, id);
  if (!is_open(task.status))
    throw Error(ErrorKind::conflict,
                trf("#{} is {}: its checklist is closed", id, status_text(task.status)));
  const auto items = own_checklist(store, services, task);
  if (items.empty())
    throw Error(ErrorKind::not_found, trf("#{} has no checklist", id));
  const ChecklistItem* found = nullptr;
  if (!item.empty() &&
      std::all_of(item.begin(), item.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const int n = item.size() > 6 ? 0 : std::stoi(std::string(item));
    if (n >= 1 && n <= static_cast<int>(items.size()))
      found = &items[static_cast<size_t>(n - 1)];
  } else {
    const std::string needle = fold_case(trim(item));
    std::vector<const ChecklistItem*> matches;
    for (const auto& candidate : items)
      if (!needle.empty() && fold_case(candidate.item).find(needle) != std::string::npos)
        matches.push_back(&candidate);
    if (matches.size() > 1) {
      std::vector<std::string> names;
      for (const auto* m : matches)
        names.push_back(fmt::format("{}. {}", m->position, m->item));
      throw Error(ErrorKind::invalid,
                  trf("'{}' matches {} checklist items of #{}", item, matches.size(), id),
                  tr("give the item's number"), names);
    }
    if (!matches.empty())
      found = matches.front();
  }
  if (found == nullptr)
    throw Error(ErrorKind::not_found, trf("#{} has no checklist item '{}'", id, item),
                trf("items are numbered 1 to {} (see 'acct task show {}')", items.size(), id));
  ChecklistItem result = *found;
  if (result.checked_at.has_value() == checked)
    return result; // already so: nothing to record
  Statement update(store, "UPDATE task_check SET checked_at = ?, checked_by = ? "
                          "WHERE task_id = ? AND position = ?");
  if (checked) {
    result.checked_at = actor.at;
    result.checked_by = actor.user;
    update.bind(1, format_timestamp_utc(actor.at));
    update.bind(2, actor.user);
  } else {
    result.checked_at.reset();
    result.checked_by.clear();
    update.bind(1);
    update.bind(2);
  }
  update.bind(3, id);
  update.bind(4, result.position);
  update.exec();
  touch(store, actor, id);
  ChangeSet changes;
  changes.set("item", result.item);
  record_audit(store, actor, "task", std::to_string(id), checked ? "check" : "uncheck", changes);
  return result;
}

TaskComment comment_task(Store& store, const Actor& actor, std::int64_t id, std::string_view text) {
  get_task(store, id);
  const std::string body(trim(text));
  if (body.empty())
    throw Error(ErrorKind::invalid, tr("the comment is empty"));
  TaskComment comment{add_comment(store, actor, id, "comment", body), actor.at, actor.user,
                      "comment", body};
  touch(store, actor, id);
  ChangeSet changes;
  changes.set("comment", body);
  record_audit(store, actor, "task", std::to_string(id), "comment", changes);
  return comment;
}

TaskAttachment attach_file(Store& store, const Actor& actor, std::int64_t id,
                           const std::string& path) {
  get_task(store, id);
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status))
    throw Error(ErrorKind::not_found, trf("no such file: {}", path));
  if (fs::is_directory(status))
    throw Error(ErrorKind::invalid, trf("{} is a directory: attach a file", path));
  TaskAttachment a;
  a.path = fs::absolute(path).lexically_normal().string();
  a.sha256 = sha256_file_hex(path, &a.size);
  a.at = actor.at;
  a.author = actor.user;
  Statement insert(store, "INSERT INTO task_attachment (task_id, path, size, sha256, "
                          "at, author) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
  insert.bind(1, id);
  insert.bind(2, a.path);
  insert.bind(3, a.size);
  insert.bind(4, a.sha256);
  insert.bind(5, format_timestamp_utc(a.at));
  insert.bind(6, a.author);
  a.id = insert_returning_id(insert);
  touch(store, actor, id);
  ChangeSet changes;
  changes.set("path", a.path);
  changes.set("size", a.size);
  changes.set("sha256", a.sha256);
  record_audit(store, actor, "task", std::to_string(id), "attach", changes);
  return a;
}

TimeEntry log_time(Store& store, const Actor& actor, const NewTimeEntry& in, Date today) {
  const TaskRecord task = get_task(store, in.task);
  const int minutes = parse_duration_minutes(in.duration);
  const Date day = in.day.value_or(today);
  if (day > today)
    throw Error(ErrorKind::invalid,
                trf("{} is in the future: log time once it is spent (today is {})",
                    format_date(day), format_date(today)));
  const StaffMember member = get_staff(store, in.staff);
  TimeEntry e;
  e.task_id = task.id;
  e.staff = member.handle;
  e.day = day;
  e.minutes = minutes;
  e.note = trim(in.note);
  e.created_at = actor.at;
  e.author = actor.user;
  Statement insert(store, "INSERT INTO time_entry (task_id, staff_id, day, minutes, "
                          "note, created_at, author) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
  insert.bind(1, e.task_id);
  insert.bind(2, member.id);
  insert.bind(3, format_date(day));
  insert.bind(4, minutes);
  insert.bind(5, e.note);
  insert.bind(6, format_timestamp_utc(actor.at));
  insert.bind(7, actor.user);
  e.id = insert_returning_id(insert);
  ChangeSet changes;
  changes.set("staff", e.staff);
  changes.set("date", format_date(day));
  changes.set("minutes", minutes);
  if (!e.note.empty())
    changes.set("note", e.note);
  record_audit(store, actor, "task", std::to_string(task.id), "log", changes);
  return e;
}

} // namespace acctcore
