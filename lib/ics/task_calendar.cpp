#include "ics/task_calendar.hpp"

#include "client/client.hpp"
#include "deadline/period.hpp"
#include "remind/reminder.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"
#include "vocab/task.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace acctcore {

namespace {

std::string summary_of(const TaskRecord& task, const TaskEventContext& context) {
  return context.client_name.empty() ? task.title
                                     : fmt::format("{}: {}", context.client_name, task.title);
}

/// Display names of the clients `ids` by id: one query.
std::unordered_map<std::int64_t, std::string> client_names(const Store& store,
                                                           const std::vector<std::int64_t>& ids) {
  Statement q(store, "SELECT id, name, coalesce(short_name, '') FROM client WHERE id IN " +
                         id_list_sql(ids));
  std::unordered_map<std::int64_t, std::string> names;
  while (q.step()) {
    std::string name = q.column(2).as_text();
    if (name.empty())
      name = q.column(1).as_text();
    names.emplace(q.column(0).as_int64(), std::move(name));
  }
  return names;
}

} // namespace

IcsEvent task_event(const TaskRecord& task, const TaskEventContext& context) {
  IcsEvent e;
  e.uid = ics_uid(task.key());
  e.stamp = context.stamp;
  e.created = task.created_at;
  e.last_modified = task.updated_at;
  e.sequence = task.due_revision;
  e.day = task.due;
  e.summary = summary_of(task, context);
  e.status = task.provisional ? "TENTATIVE" : "CONFIRMED";
  if (!context.client_name.empty())
    e.categories.push_back(context.client_name);

  const Words words = client_words(context.language);
  using fmt::arg;
  std::string& d = e.description;
  const auto line = [&](std::string_view text) {
    if (!d.empty())
      d += '\n';
    d += text;
  };
  if (!task.description.empty()) // the title is the summary
    line(task.description);
  if (!context.client_name.empty())
    line(words.format(Phrase::ics_client, arg("client", context.client_name)));
  if (auto period = parse_period(task.period))
    line(words.format(Phrase::ics_period, arg("period", words.period(*period))));
  std::string due = words.format(task.provisional ? Phrase::ics_due_provisional : Phrase::ics_due,
                                 arg("date", words.date(task.due)));
  if (task.overdue(context.today))
    due = words.format(Phrase::ics_overdue, arg("due", due));
  line(due);
  if (task.planned && *task.planned != task.due)
    line(words.format(Phrase::ics_planned, arg("date", words.date(*task.planned))));
  const auto reader = context.for_client ? StatusReader::client : StatusReader::staff;
  line(words.format(Phrase::ics_status, arg("status", words.status(task.status, reader))));
  if (context.assignee_name.empty())
    line(words.text(Phrase::ics_no_assignee));
  else if (context.assignee_contact.empty())
    line(words.format(Phrase::ics_assignee, arg("name", context.assignee_name)));
  else
    line(words.format(Phrase::ics_assignee_contact, arg("name", context.assignee_name),
                      arg("contact", context.assignee_contact)));
  if (!context.reviewer_name.empty())
    line(words.format(Phrase::ics_reviewer, arg("name", context.reviewer_name)));
  const auto action = parse_client_action(task.client_action).value_or(ClientAction::none);
  if (action != ClientAction::none)
    line(words.format(Phrase::ics_client_must, arg("action", words.action(action))));
  if (task.status == TaskStatus::waiting_client && !task.waiting_for.empty())
    line(words.format(Phrase::ics_waiting_for, arg("what", task.waiting_for)));
  if (context.for_client) // a number to quote when they call
    line(words.format(Phrase::ics_task_number, arg("id", task.id)));
  else
    line(words.format(Phrase::ics_task_command, arg("id", task.id)));
  return e;
}

IcsCalendar task_calendar(const Store& store, const TaskCalendarRequest& request,
                          const Clock& clock, std::string_view firm_name) {
  if (request.days < 1 || request.days > k_ics_max_days)
    throw Error(ErrorKind::invalid,
                trf("--days must be from 1 to {}, not {}", k_ics_max_days, request.days));
  if (request.client && request.staff)
    throw Error(ErrorKind::invalid, tr("a calendar is either a client's or a staff member's"));

  IcsCalendar calendar;
  calendar.name = firm_name.empty() ? std::string("acct") : std::string(firm_name);
  std::string staff_recipient;
  if (request.client) {
    calendar.name += fmt::format(" — {}", get_client(store, *request.client).display_name());
  } else if (request.staff) {
    const StaffMember member = get_staff(store, *request.staff);
    calendar.name += fmt::format(" — {}", member.name);
    staff_recipient = "staff:" + member.handle;
  }
  // A client's calendar alarms its contacts, a staff member's them; the firm's everyone.
  const auto wanted = [&](const std::string& recipient) {
    if (request.client)
      return recipient.starts_with("person:");
    if (request.staff)
      return recipient == staff_recipient;
    return true;
  };

  std::vector<TaskRecord> tasks;
  if (request.staff) {
    tasks = agenda_tasks(store, *request.staff, request.days, clock.today);
  } else {
    TaskFilter filter;
    filter.client = request.client;
    filter.due_within_days = request.days;
    tasks = list_tasks(store, filter, clock.today);
  }
  std::vector<std::int64_t> task_ids, client_ids;
  task_ids.reserve(tasks.size());
  for (const auto& t : tasks) {
    task_ids.push_back(t.id);
    if (client_ids.empty() || client_ids.back() != t.client_id)
      client_ids.push_back(t.client_id);
  }
  std::sort(client_ids.begin(), client_ids.end());
  client_ids.erase(std::unique(client_ids.begin(), client_ids.end()), client_ids.end());
  const auto clients = client_names(store, client_ids);
  std::unordered_map<std::string, StaffMember> staff;
  StaffFilter everyone;
  everyone.include_archived = true;
  for (auto& m : list_staff(store, everyone))
    staff.emplace(m.handle, std::move(m));
  const auto moments = pending_reminder_moments(store, task_ids, clock.now);
  std::unordered_map<std::int64_t, std::vector<Timestamp>> alarms;
  for (const auto& m : moments) {
    if (!wanted(m.recipient))
      continue;
    auto& at = alarms[m.task_id];
    if (at.empty() || at.back() != m.fire_at) // by moment within a task: one alarm per moment
      at.push_back(m.fire_at);
  }

  calendar.events.reserve(tasks.size());
  TaskEventContext context;
  context.stamp = clock.now;
  context.today = clock.today;
  context.for_client = request.client.has_value();
  for (const auto& t : tasks) {
    const auto c = clients.find(t.client_id);
    context.client_name = c == clients.end() ? t.client : c->second;
    context.assignee_name.clear();
    context.assignee_contact.clear();
    context.reviewer_name.clear();
    if (const auto a = staff.find(t.assignee); a != staff.end()) {
      context.assignee_name = a->second.name;
      context.assignee_contact =
          join_nonempty({a->second.phone, a->second.email, a->second.telegram});
    }
    if (const auto r = staff.find(t.reviewer); r != staff.end())
      context.reviewer_name = r->second.name;
    IcsEvent e = task_event(t, context);
    if (const auto a = alarms.find(t.id); a != alarms.end()) {
      const Words words = client_words(context.language);
      const std::string text = words.format(Phrase::ics_alarm, fmt::arg("summary", e.summary),
                                            fmt::arg("date", words.date(t.due)));
      for (const auto at : a->second)
        e.alarms.push_back({at, text});
    }
    calendar.events.push_back(std::move(e));
  }
  return calendar;
}

} // namespace acctcore
