#include "task/handover.hpp"

#include "audit/audit.hpp"
#include "store/store.hpp"
#include "task/workflow.hpp"
#include "task/writer.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

std::string task_line(const TaskRecord& t) {
  // TRANSLATORS: a task id, its title, the client's slug and the due date.
  return trf("#{} {} ({}, due {})", t.id, t.title, t.client, format_date(t.due));
}

/// Moves one task's assignee or reviewer, audited with why.
void move_task(TaskWriter& writer, Store& store, const Actor& actor, const TaskRecord& task,
               TaskColumn column, const char* field, const std::string& from,
               const std::optional<std::int64_t>& to_id, const std::string& to,
               std::string_view why) {
  TaskChange row;
  if (to_id)
    row.set(column, *to_id);
  else
    row.clear(column);
  writer.update(task.id, row);
  ChangeSet changes;
  changes.compare(field, json_or_null(from), json_or_null(to));
  changes.set("reason", std::string(why));
  record_audit(store, actor, "task", std::to_string(task.id), "assign", changes);
}

} // namespace

Holdings staff_holdings(const Store& store, std::string_view handle, Date today) {
  const StaffMember member = get_staff(store, handle);
  Holdings held;
  TaskFilter mine;
  mine.assignee = member.handle;
  held.tasks = list_tasks(store, mine, today);
  TaskFilter reviews;
  reviews.reviewer = member.handle;
  held.reviews = list_tasks(store, reviews, today);
  const WorkGroups groups = load_work_groups(store);
  for (const auto& a : groups.assignments())
    if (a.staff == member.handle && (!a.dates.to || *a.dates.to >= today))
      held.roles.push_back(a);
  for (auto& absence : list_absences(store, std::nullopt, today))
    if (absence.cover == member.handle)
      held.covers.push_back(std::move(absence));
  return held;
}

std::vector<std::string> holdings_lines(const Holdings& held) {
  std::vector<std::string> lines;
  for (const auto& t : held.tasks)
    lines.push_back(trf("task {}", task_line(t)));
  for (const auto& t : held.reviews)
    lines.push_back(trf("review {}", task_line(t)));
  for (const auto& a : held.roles)
    // TRANSLATORS: a staff role, a client slug, a date.
    lines.push_back(trf("{} of client '{}' since {}", a.role, a.client, format_date(a.dates.from)));
  for (const auto& c : held.covers)
    // TRANSLATORS: a staff handle, two dates, an absence id.
    lines.push_back(trf("cover for '{}' from {} to {} (absence #{})", c.staff, format_date(c.from),
                        format_date(c.to), c.id));
  return lines;
}

Holdings archive_handing_over(Store& store, const Actor& actor, std::string_view handle,
                              const std::optional<std::string>& successor, Date today) {
  const StaffMember member = get_staff(store, handle);
  std::optional<StaffMember> next;
  if (successor) {
    if (*successor == member.handle)
      throw Error(ErrorKind::invalid,
                  trf("'{}' cannot hand their work over to themselves", member.handle),
                  tr("name who takes it over with --hand-over-to HANDLE"));
    next = get_staff(store, *successor);
    if (next->archived())
      throw Error(
          ErrorKind::conflict, trf("staff member '{}' is archived", next->handle),
          trf("bring them back with 'acct staff restore {}', or choose another", next->handle));
  }
  if (member.archived())
    throw Error(ErrorKind::conflict, trf("staff member '{}' is already archived", handle));
  Holdings held = staff_holdings(store, handle, today);
  if (!held.empty() && !next)
    throw Error(ErrorKind::conflict,
                // TRANSLATORS: a handle, then counts of tasks, reviews, work-group roles and
                // absences covered.
                trf("staff member '{}' holds open work: {} task(s), {} review(s), {} work-group "
                    "role(s), {} absence(s) to cover; nothing changed",
                    handle, held.tasks.size(), held.reviews.size(), held.roles.size(),
                    held.covers.size()),
                trf("hand it over: 'acct staff archive {} --hand-over-to HANDLE'", handle),
                holdings_lines(held));
  // Every check before the first write: a successor without a role she would take is refused
  // before any task moves.
  if (next)
    for (const auto& a : held.roles)
      if (std::find(next->roles.begin(), next->roles.end(), a.role) == next->roles.end())
        throw Error(ErrorKind::invalid,
                    trf("staff member '{}' does not have the role '{}' (has {})", next->handle,
                        a.role, join(next->roles, ", ")),
                    trf("add it with 'acct staff edit {} --add-role {}'", next->handle, a.role));
  if (next && !held.empty()) {
    const std::string why = fmt::format("hand-over {} -> {}", member.handle, next->handle);
    TaskWriter writer(store, actor.at);
    for (const auto& t : held.tasks)
      move_task(writer, store, actor, t, TaskColumn::assignee_id, "assignee", t.assignee, next->id,
                next->handle, why);
    for (const auto& t : held.reviews)
      move_task(writer, store, actor, t, TaskColumn::reviewer_id, "reviewer", t.reviewer, next->id,
                next->handle, why);
    hand_over_roles(store, actor, member.handle, next->handle, today);
    hand_over_covers(store, actor, member.handle, next->handle, today);
    ChangeSet changes;
    changes.set("to", next->handle);
    changes.set("tasks", static_cast<std::int64_t>(held.tasks.size()));
    changes.set("reviews", static_cast<std::int64_t>(held.reviews.size()));
    changes.set("roles", static_cast<std::int64_t>(held.roles.size()));
    changes.set("covers", static_cast<std::int64_t>(held.covers.size()));
    record_audit(store, actor, "staff", member.handle, "hand-over", changes);
  }
  archive_staff(store, actor, handle);
  return held;
}

WorkGroupFollow follow_work_group(Store& store, const Actor& actor, std::string_view slug,
                                  const std::vector<RoleChange>& changes, Date from, bool apply) {
  WorkGroupFollow result;
  if (changes.empty())
    return result;
  TaskFilter filter;
  filter.client = std::string(slug);
  filter.from = from;
  const auto tasks = list_tasks(store, filter, from);
  std::optional<TaskWriter> writer;
  if (apply)
    writer.emplace(store, actor.at);
  for (const auto& change : changes) {
    std::optional<std::int64_t> to_id;
    if (!change.to.empty())
      to_id = get_staff(store, change.to).id;
    const std::string why = fmt::format("work group: {} from {}", change.role, format_date(from));
    for (const auto& t : tasks) {
      if (t.role == change.role && t.assignee == change.from) {
        FollowedTask f{t, "assignee", change.from, change.to};
        if (t.status != TaskStatus::new_) {
          result.conflicts.push_back(std::move(f));
          continue;
        }
        if (apply)
          move_task(*writer, store, actor, t, TaskColumn::assignee_id, "assignee", t.assignee,
                    to_id, change.to, why);
        result.moved.push_back(std::move(f));
      }
      if (t.reviewer_role == change.role && t.reviewer == change.from) {
        FollowedTask f{t, "reviewer", change.from, change.to};
        if (t.status == TaskStatus::in_review) {
          result.conflicts.push_back(std::move(f));
          continue;
        }
        if (apply)
          move_task(*writer, store, actor, t, TaskColumn::reviewer_id, "reviewer", t.reviewer,
                    to_id, change.to, why);
        result.moved.push_back(std::move(f));
      }
    }
  }
  return result;
}

std::vector<TaskRecord> assign_tasks(Store& store, const Actor& actor,
                                     const std::vector<std::int64_t>& ids,
                                     const std::optional<std::string>& assignee,
                                     const std::optional<std::string>& reviewer) {
  if (ids.empty())
    throw Error(ErrorKind::usage, tr("give at least one task id"));
  std::vector<std::int64_t> seen;
  std::vector<std::string> unknown, closed;
  for (std::int64_t id : ids) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end())
      continue;
    seen.push_back(id);
    try {
      const TaskRecord t = get_task(store, id);
      if (!is_open(t.status))
        closed.push_back(
            trf("#{} is {}: only open tasks can be assigned", id, task_status_name(t.status)));
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::not_found)
        throw;
      unknown.push_back(trf("#{}: no such task", id));
    }
  }
  if (!unknown.empty()) {
    const auto count = unknown.size();
    unknown.insert(unknown.end(), closed.begin(), closed.end());
    throw Error(ErrorKind::not_found,
                trf("{} of {} task id(s) do not exist; nothing changed", count, seen.size()),
                tr("see 'acct task list --all' for the ids"), unknown);
  }
  if (!closed.empty()) {
    if (seen.size() == 1)
      throw Error(ErrorKind::conflict, closed.front(),
                  trf("reopen it first: 'acct task reopen {}'", seen.front()));
    throw Error(ErrorKind::conflict,
                trf("{} of {} task(s) are closed and cannot be assigned; nothing changed",
                    closed.size(), seen.size()),
                {}, closed);
  }
  std::vector<TaskRecord> assigned;
  for (std::int64_t id : seen)
    assigned.push_back(assign_task(store, actor, id, assignee, reviewer));
  return assigned;
}

} // namespace acctcore
