#include "client/work_group.hpp"

#include "audit/audit.hpp"
#include "client/client.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

size_t role_rank(std::string_view role) {
  return static_cast<size_t>(std::find(std::begin(k_staff_roles), std::end(k_staff_roles), role) -
                             std::begin(k_staff_roles));
}

bool assignment_order(const Assignment& a, const Assignment& b) {
  return std::tuple(a.client_id, role_rank(a.role), a.dates.from) <
         std::tuple(b.client_id, role_rank(b.role), b.dates.from);
}

std::vector<Assignment> query_assignments(const Store& store, const std::string& where,
                                          std::optional<std::int64_t> client_id) {
  Statement query(store, "SELECT a.client_id, c.slug, a.role, s.handle, a.valid_from, a.valid_to "
                         "FROM client_assignment a JOIN client c ON c.id = a.client_id "
                         "JOIN staff s ON s.id = a.staff_id" +
                             where);
  if (client_id)
    query.bind(1, *client_id);
  std::vector<Assignment> assignments;
  while (query.step())
    assignments.push_back(
        {query.column(0).as_int64(), query.column(1).as_text(), query.column(2).as_text(),
         query.column(3).as_text(),
         DateRange{column_date(query.column(4)).value_or(Date{}), column_date(query.column(5))}});
  std::sort(assignments.begin(), assignments.end(), assignment_order);
  return assignments;
}

/// The latest row of one role of one client: (id, staff handle, period).
struct LatestRow {
  std::int64_t id;
  std::string staff;
  DateRange dates;
};

std::optional<LatestRow> latest_row(const Store& store, std::int64_t client_id,
                                    std::string_view role) {
  Statement query(store, "SELECT a.id, s.handle, a.valid_from, a.valid_to FROM client_assignment a "
                         "JOIN staff s ON s.id = a.staff_id WHERE a.client_id = ? AND a.role = ? "
                         "ORDER BY a.valid_from DESC, a.id DESC LIMIT 1");
  query.bind(1, client_id);
  query.bind(2, std::string(role));
  if (!query.step())
    return std::nullopt;
  return LatestRow{
      query.column(0).as_int64(), query.column(1).as_text(),
      DateRange{column_date(query.column(2)).value_or(Date{}), column_date(query.column(3))}};
}

void close_row(Store& store, std::int64_t id, Date last_day) {
  Statement close(store, "UPDATE client_assignment SET valid_to = ? WHERE id = ?");
  close.bind(1, format_date(last_day));
  close.bind(2, id);
  close.exec();
}

} // namespace

std::vector<RoleChange> assign_work_group(Store& store, const Actor& actor, std::string_view slug,
                                          const std::vector<RoleAssignment>& roles, Date from) {
  const Client client = get_active_client(store, slug);
  std::vector<RoleChange> changes;
  for (const auto& [role, handle] : roles) {
    require_staff_role(role);
    // TRANSLATORS: the subject of "{} is not in force" and similar; a staff role (an identifier
    // such as 'accountant'), then a client slug.
    const std::string what = trf("the {} of client '{}'", role, client.slug);
    const auto latest = latest_row(store, client.id, role);
    const std::optional<DateRange> latest_dates =
        latest ? std::optional(latest->dates) : std::nullopt;
    const bool open = latest && !latest->dates.to;
    if (handle.empty()) { // the role ends: the holder's last day is the day before `from`
      if (!open)
        continue;
      check_dated_end(latest_dates, from - date::days{1}, what);
      close_row(store, latest->id, from - date::days{1});
      changes.push_back({role, latest->staff, ""});
      continue;
    }
    const StaffMember member = get_staff(store, handle);
    if (member.archived())
      throw Error(ErrorKind::conflict, trf("staff member '{}' is archived", handle),
                  trf("bring them back with 'acct staff restore {}', or choose another", handle));
    if (std::find(member.roles.begin(), member.roles.end(), role) == member.roles.end())
      throw Error(ErrorKind::invalid,
                  trf("staff member '{}' does not have the role '{}' (has {})", handle, role,
                      join(member.roles, ", ")),
                  trf("add it with 'acct staff edit {} --add-role {}'", handle, role));
    const DatedStep step =
        plan_dated_change(latest_dates, open && latest->staff == handle, from, what);
    if (step == DatedStep::unchanged)
      continue;
    if (step == DatedStep::replace) {
      Statement replace(store, "UPDATE client_assignment SET staff_id = ?, recorded_at = ? "
                               "WHERE id = ?");
      replace.bind(1, member.id);
      replace.bind(2, format_timestamp_utc(actor.at));
      replace.bind(3, latest->id);
      replace.exec();
    } else {
      if (step == DatedStep::close_and_insert)
        close_row(store, latest->id, from - date::days{1});
      Statement insert(store, "INSERT INTO client_assignment (client_id, role, staff_id, "
                              "valid_from, recorded_at) VALUES (?, ?, ?, ?, ?)");
      insert.bind(1, client.id);
      insert.bind(2, role);
      insert.bind(3, member.id);
      insert.bind(4, format_date(from));
      insert.bind(5, format_timestamp_utc(actor.at));
      insert.exec();
    }
    changes.push_back({role, open ? latest->staff : "", handle});
  }
  if (!changes.empty()) {
    ChangeSet audit;
    audit.set("valid_from", format_date(from));
    for (const auto& change : changes)
      audit.compare(change.role, json_or_null(change.from), json_or_null(change.to));
    record_audit(store, actor, "client", client.slug, "assign", audit);
  }
  return changes;
}

int hand_over_roles(Store& store, const Actor& actor, std::string_view from, std::string_view to,
                    Date day) {
  const StaffMember successor = get_staff(store, to);
  struct Row {
    std::int64_t id, client_id;
    std::string client, role;
    DateRange dates;
  };
  std::vector<Row> rows;
  {
    Statement q(store, "SELECT a.id, a.client_id, c.slug, a.role, a.valid_from, a.valid_to "
                       "FROM client_assignment a JOIN client c ON c.id = a.client_id "
                       "JOIN staff s ON s.id = a.staff_id WHERE s.handle = ? AND "
                       "c.archived_at IS NULL AND (a.valid_to IS NULL OR a.valid_to >= ?) "
                       "ORDER BY c.slug, a.role, a.valid_from");
    q.bind(1, std::string(from));
    q.bind(2, format_date(day));
    while (q.step())
      rows.push_back(
          {q.column(0).as_int64(), q.column(1).as_int64(), q.column(2).as_text(),
           q.column(3).as_text(),
           DateRange{column_date(q.column(4)).value_or(Date{}), column_date(q.column(5))}});
  }
  const std::string now = format_timestamp_utc(actor.at);
  for (const auto& row : rows) {
    if (row.dates.from >= day) {
      Statement replace(store, "UPDATE client_assignment SET staff_id = ?, recorded_at = ? "
                               "WHERE id = ?");
      replace.bind(1, successor.id);
      replace.bind(2, now);
      replace.bind(3, row.id);
      replace.exec();
    } else {
      close_row(store, row.id, day - date::days{1});
      Statement insert(store, "INSERT INTO client_assignment (client_id, role, staff_id, "
                              "valid_from, valid_to, recorded_at) VALUES (?, ?, ?, ?, ?, ?)");
      insert.bind(1, row.client_id);
      insert.bind(2, row.role);
      insert.bind(3, successor.id);
      insert.bind(4, format_date(day));
      if (row.dates.to)
        insert.bind(5, format_date(*row.dates.to));
      else
        insert.bind(5);
      insert.bind(6, now);
      insert.exec();
    }
    ChangeSet audit;
    audit.set("valid_from", format_date(std::max(day, row.dates.from)));
    audit.compare(row.role, std::string(from), std::string(to));
    record_audit(store, actor, "client", row.client, "assign", audit);
  }
  return static_cast<int>(rows.size());
}

std::vector<Assignment> work_group_history(const Store& store, std::string_view slug) {
  const Client client = get_client(store, slug);
  return query_assignments(store, " WHERE a.client_id = ?", client.id);
}

std::optional<std::string> role_holder(const Store& store, std::string_view slug,
                                       std::string_view role, Date day) {
  for (const auto& assignment : work_group_history(store, slug))
    if (assignment.role == role && assignment.dates.contains(day))
      return assignment.staff;
  return std::nullopt;
}

WorkGroups::WorkGroups(std::vector<Assignment> assignments)
    : m_assignments(std::move(assignments)) {
  std::sort(m_assignments.begin(), m_assignments.end(), assignment_order);
}

std::pair<size_t, size_t> WorkGroups::range(std::int64_t client_id) const {
  const auto [first, last] = std::equal_range(
      m_assignments.begin(), m_assignments.end(), client_id, [](const auto& a, const auto& b) {
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Assignment>)
          return a.client_id < b;
        else
          return a < b.client_id;
      });
  return {static_cast<size_t>(first - m_assignments.begin()),
          static_cast<size_t>(last - m_assignments.begin())};
}

const std::string* WorkGroups::holder(std::int64_t client_id, std::string_view role,
                                      Date day) const {
  const auto [first, last] = range(client_id);
  for (size_t i = first; i < last; ++i)
    if (m_assignments[i].role == role && m_assignments[i].dates.contains(day))
      return &m_assignments[i].staff;
  return nullptr;
}

std::vector<std::pair<std::string, std::string>> WorkGroups::on(std::int64_t client_id,
                                                                Date day) const {
  std::vector<std::pair<std::string, std::string>> roles;
  const auto [first, last] = range(client_id);
  for (size_t i = first; i < last; ++i)
    if (m_assignments[i].dates.contains(day))
      roles.emplace_back(m_assignments[i].role, m_assignments[i].staff);
  return roles;
}

std::vector<Assignment> WorkGroups::history(std::int64_t client_id) const {
  const auto [first, last] = range(client_id);
  return {m_assignments.begin() + static_cast<std::ptrdiff_t>(first),
          m_assignments.begin() + static_cast<std::ptrdiff_t>(last)};
}

WorkGroups load_work_groups(const Store& store, bool include_archived) {
  return WorkGroups(query_assignments(store, include_archived ? "" : " WHERE c.archived_at IS NULL",
                                      std::nullopt));
}

Json work_group_to_json(const std::vector<std::pair<std::string, std::string>>& roles) {
  Json json = Json::object();
  for (const auto& [role, handle] : roles)
    json[role] = handle;
  return json;
}

Json assignment_to_json(const Assignment& a) {
  return Json{{"role", a.role},
              {"staff", a.staff},
              {"from", format_date(a.dates.from)},
              {"to", a.dates.to ? Json(format_date(*a.dates.to)) : Json()}};
}

} // namespace acctcore
