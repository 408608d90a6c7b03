// Digests as CSV: one record per task (the firm's also load and overhead lines).

#include "util/csv.hpp"

#include "digest/render.hpp"

#include <fmt/format.h>

namespace acctcore {

namespace {

const std::vector<std::string> k_task_columns = {
    "section",          "task_id",      "client",        "title",      "due",
    "planned",          "status",       "client_action", "assignee",   "reviewer",
    "estimate_minutes", "days_overdue", "done_at",       "provisional"};

std::string task_record(std::string_view section, const DigestTask& t) {
  return csv_record({std::string(section), std::to_string(t.id), t.client, t.title,
                     format_date(t.due), t.planned ? format_date(*t.planned) : "",
                     std::string(task_status_name(t.status)),
                     std::string(client_action_name(t.action)), t.assignee, t.reviewer,
                     std::to_string(t.estimate_minutes), std::to_string(t.days_overdue),
                     t.done_at ? format_date(*t.done_at) : "", t.provisional ? "1" : "0"},
                    ',', "\n");
}

void add_tasks(std::string& out, std::string_view section, const std::vector<DigestTask>& tasks) {
  for (const auto& t : tasks)
    out += task_record(section, t);
}

} // namespace

std::string client_digest_csv(const ClientDigest& d) {
  std::string out = csv_record(k_task_columns, ',', "\n");
  add_tasks(out, "overdue", d.overdue);
  add_tasks(out, "from_client", d.from_client);
  add_tasks(out, "upcoming", d.upcoming);
  add_tasks(out, "completed", d.completed);
  return out;
}

std::string staff_digest_csv(const StaffDigest& d) {
  std::string out = csv_record(k_task_columns, ',', "\n");
  add_tasks(out, "overdue", d.overdue);
  add_tasks(out, "to_review", d.to_review);
  add_tasks(out, "upcoming", d.upcoming);
  return out;
}

std::string firm_digest_csv(const FirmDigest& d) {
  std::vector<std::string> columns = k_task_columns;
  for (const char* c : {"week", "minutes", "capacity_minutes", "share"})
    columns.emplace_back(c);
  std::string out = csv_record(columns, ',', "\n");
  const std::string no_extra = ",,,\n";
  const auto with_blank_extras = [&](std::string record) {
    record.pop_back();
    return record + "," + no_extra.substr(1);
  };
  for (const auto& t : d.overdue)
    out += with_blank_extras(task_record("overdue", t));
  for (const auto& t : d.unassigned)
    out += with_blank_extras(task_record("unassigned", t));
  for (const auto& t : d.unattended)
    out += with_blank_extras(task_record("unattended", t));
  for (const auto& l : d.load)
    out += csv_record({"load", "", "", l.name, "", "", "", "", l.handle, "", "", "", "", "",
                       format_date(l.week), std::to_string(l.minutes),
                       std::to_string(l.capacity_minutes), ""},
                      ',', "\n");
  for (const auto& o : d.overhead)
    out += csv_record({"overhead", "", o.client, o.client_name, "", "", "", "", "", "", "", "", "",
                       "", "", std::to_string(o.minutes), "", fmt::format("{:.3f}", o.share)},
                      ',', "\n");
  return out;
}

} // namespace acctcore
