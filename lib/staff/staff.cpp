#include "staff/staff.hpp"

#include "audit/audit.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/contact.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/ident.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace acctcore {

namespace {

std::vector<std::string> role_names() {
  return {std::begin(k_staff_roles), std::end(k_staff_roles)};
}

size_t role_rank(std::string_view role) {
  const auto it = std::find(std::begin(k_staff_roles), std::end(k_staff_roles), role);
  return static_cast<size_t>(it - std::begin(k_staff_roles));
}

void sort_roles(std::vector<std::string>& roles) {
  std::sort(roles.begin(), roles.end(),
            [](const std::string& a, const std::string& b) { return role_rank(a) < role_rank(b); });
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
}

constexpr const char* k_select = "SELECT id, handle, name, email, phone, telegram, timezone, "
                                 "capacity_minutes, rate_minor, rate_currency, created_at, "
                                 "archived_at FROM staff";

StaffMember read_member(const Store& store, Statement& row) {
  StaffMember member;
  member.id = row.column(0).as_int64();
  member.handle = row.column(1).as_text();
  member.name = row.column(2).as_text();
  member.email = column_text(row.column(3));
  member.phone = column_text(row.column(4));
  member.telegram = column_text(row.column(5));
  member.timezone = column_text(row.column(6));
  member.capacity_minutes = row.column(7).as_int();
  if (!row.column(8).is_null())
    member.rate = Money{row.column(8).as_int64(), row.column(9).as_text()};
  member.created_at = column_timestamp(row.column(10)).value_or(Timestamp{});
  member.archived_at = column_timestamp(row.column(11));
  Statement roles(store, "SELECT role FROM staff_role WHERE staff_id = ?");
  roles.bind(1, member.id);
  while (roles.step())
    member.roles.push_back(roles.column(0).as_text());
  sort_roles(member.roles);
  return member;
}

std::optional<StaffMember> find_staff(const Store& store, std::string_view handle) {
  Statement query(store, std::string(k_select) + " WHERE handle = ?");
  query.bind(1, std::string(handle));
  if (!query.step())
    return std::nullopt;
  return read_member(store, query);
}

/// Weekly capacity in hours as JSON: an integer when whole (40), else a number (37.5).
Json capacity_json(int minutes) {
  return minutes % 60 == 0 ? Json(minutes / 60) : Json(minutes / 60.0);
}

/// The member's fields as the audit log records them.
Json audit_fields(const StaffMember& m) {
  return Json{{"name", m.name},
              {"roles", m.roles},
              {"email", json_or_null(m.email)},
              {"phone", json_or_null(m.phone)},
              {"telegram", json_or_null(m.telegram)},
              {"timezone", json_or_null(m.timezone)},
              {"capacity_hours", capacity_json(m.capacity_minutes)},
              {"rate", money_to_json(m.rate)}};
}

/// Applies `changes` to `member`, validating every value.
void apply_changes(StaffMember& member, const StaffChanges& changes,
                   std::string_view default_currency) {
  if (changes.name)
    member.name = require_single_line("name", *changes.name);
  apply_contact_value(member.email, changes.email, normalize_email);
  apply_contact_value(member.phone, changes.phone, normalize_phone);
  apply_contact_value(member.telegram, changes.telegram, normalize_telegram);
  if (changes.timezone) {
    const std::string zone(trim(*changes.timezone));
    if (!zone.empty())
      require_time_zone_name(zone);
    member.timezone = zone;
  }
  if (changes.capacity)
    member.capacity_minutes = parse_capacity(*changes.capacity);
  if (changes.rate) {
    if (trim(*changes.rate).empty())
      member.rate.reset();
    else
      member.rate = parse_money(*changes.rate, default_currency, "--rate");
  }
  if (changes.roles) {
    for (const auto& role : *changes.roles)
      require_staff_role(role);
    member.roles = *changes.roles;
  }
  for (const auto& role : changes.add_roles) {
    require_staff_role(role);
    member.roles.push_back(role);
  }
  for (const auto& role : changes.remove_roles) {
    require_staff_role(role);
    if (std::find(member.roles.begin(), member.roles.end(), role) == member.roles.end())
      throw Error(ErrorKind::invalid,
                  trf("staff member '{}' does not have the role '{}'", member.handle, role));
    member.roles.erase(std::remove(member.roles.begin(), member.roles.end(), role),
                       member.roles.end());
  }
  sort_roles(member.roles);
  if (member.roles.empty())
    throw Error(ErrorKind::invalid, trf("staff member '{}' needs at least one role", member.handle),
                trf("roles: {}", quoted_list(role_names())));
}

void write_member(Store& store, const StaffMember& m, bool insert) {
  Statement statement(
      store, insert
                 ? "INSERT INTO staff (handle, name, email, phone, telegram, timezone, "
                   "capacity_minutes, rate_minor, rate_currency, created_at, archived_at) VALUES "
                   "(:handle, :name, :email, :phone, :telegram, :timezone, :capacity, :rate, "
                   ":currency, :created, :archived)"
                 : "UPDATE staff SET name = :name, email = :email, phone = :phone, "
                   "telegram = :telegram, timezone = :timezone, capacity_minutes = :capacity, "
                   "rate_minor = :rate, rate_currency = :currency, archived_at = :archived "
                   "WHERE handle = :handle");
  statement.bind(":handle", m.handle);
  statement.bind(":name", m.name);
  bind_text_or_null(statement, ":email", m.email);
  bind_text_or_null(statement, ":phone", m.phone);
  bind_text_or_null(statement, ":telegram", m.telegram);
  bind_text_or_null(statement, ":timezone", m.timezone);
  statement.bind(":capacity", m.capacity_minutes);
  if (m.rate) {
    statement.bind(":rate", static_cast<std::int64_t>(m.rate->minor));
    statement.bind(":currency", m.rate->currency);
  } else {
    statement.bind(":rate");
    statement.bind(":currency");
  }
  if (insert)
    statement.bind(":created", format_timestamp_utc(m.created_at));
  bind_timestamp_or_null(statement, ":archived", m.archived_at);
  statement.exec();

  Statement id(store, "SELECT id FROM staff WHERE handle = ?");
  id.bind(1, m.handle);
  id.step();
  const std::int64_t staff_id = id.column(0).as_int64();
  Statement clear(store, "DELETE FROM staff_role WHERE staff_id = ?");
  clear.bind(1, staff_id);
  clear.exec();
  Statement add(store, "INSERT INTO staff_role (staff_id, role) VALUES (?, ?)");
  for (const auto& role : m.roles) {
    add.bind(1, staff_id);
    add.bind(2, role);
    add.exec();
    add.reset();
  }
}

void record_update(Store& store, const Actor& actor, const StaffMember& before,
                   const StaffMember& after, std::string_view action) {
  ChangeSet changes;
  changes.compare_fields(audit_fields(before), audit_fields(after));
  if (before.archived_at != after.archived_at)
    changes.compare("archived_at",
                    before.archived_at ? Json(format_timestamp_utc(*before.archived_at)) : Json(),
                    after.archived_at ? Json(format_timestamp_utc(*after.archived_at)) : Json());
  if (!changes.empty())
    record_audit(store, actor, "staff", after.handle, action, changes);
}

} // namespace

bool is_staff_role(std::string_view role) noexcept {
  return std::find(std::begin(k_staff_roles), std::end(k_staff_roles), role) !=
         std::end(k_staff_roles);
}

void require_staff_role(std::string_view role) {
  if (is_staff_role(role))
    return;
  const auto names = role_names();
  throw Error(ErrorKind::invalid, trf("unknown role '{}'", role),
              did_you_mean(role, names, trf("roles: {}", quoted_list(names))));
}

int parse_capacity(std::string_view text) {
  std::string value(trim(text));
  if (!value.empty() && (value.back() == 'h' || value.back() == 'H'))
    value.pop_back();
  std::replace(value.begin(), value.end(), ',', '.');
  const auto fail = [&] {
    return Error(ErrorKind::invalid,
                 trf("invalid capacity '{}': give hours per week from 0 to 168, e.g. 40 "
                     "or 37.5",
                     text));
  };
  if (value.empty() || value.find_first_not_of("0123456789.") != std::string::npos ||
      std::count(value.begin(), value.end(), '.') > 1 || value.front() == '.' ||
      value.back() == '.')
    throw fail();
  const double hours = std::stod(value);
  if (hours < 0 || hours > 168)
    throw fail();
  return static_cast<int>(std::lround(hours * 60));
}

std::string format_capacity(int minutes) {
  if (minutes % 60 == 0)
    return std::to_string(minutes / 60);
  std::string text = fmt::format("{:.2f}", minutes / 60.0);
  while (text.back() == '0')
    text.pop_back();
  return text;
}

StaffMember add_staff(Store& store, const Actor& actor, std::string_view handle,
                      const StaffChanges& fields, std::string_view default_currency) {
  require_identifier("handle", handle);
  if (!fields.name)
    throw Error(ErrorKind::invalid, tr("a new staff member needs a name (--name)"));
  if (auto existing = find_staff(store, handle))
    throw Error(ErrorKind::conflict,
                existing->archived() ? trf("staff member '{}' already exists (archived)", handle)
                                     : trf("staff member '{}' already exists", handle),
                existing->archived() ? trf("bring it back with 'acct staff restore {}'", handle)
                                     : trf("change it with 'acct staff edit {}'", handle));
  StaffMember member;
  member.handle = std::string(handle);
  member.created_at = actor.at;
  apply_changes(member, fields, default_currency);
  write_member(store, member, true);
  ChangeSet changes;
  changes.set_fields(audit_fields(member));
  record_audit(store, actor, "staff", member.handle, "create", changes);
  return get_staff(store, handle);
}

StaffMember edit_staff(Store& store, const Actor& actor, std::string_view handle,
                       const StaffChanges& changes, std::string_view default_currency) {
  const StaffMember before = get_staff(store, handle);
  StaffMember after = before;
  apply_changes(after, changes, default_currency);
  write_member(store, after, false);
  record_update(store, actor, before, after, "update");
  return get_staff(store, handle);
}

StaffMember archive_staff(Store& store, const Actor& actor, std::string_view handle) {
  const StaffMember before = get_staff(store, handle);
  if (before.archived())
    throw Error(ErrorKind::conflict, trf("staff member '{}' is already archived", handle));
  StaffMember after = before;
  after.archived_at = actor.at;
  write_member(store, after, false);
  record_update(store, actor, before, after, "archive");
  return after;
}

StaffMember restore_staff(Store& store, const Actor& actor, std::string_view handle) {
  const StaffMember before = get_staff(store, handle);
  if (!before.archived())
    throw Error(ErrorKind::conflict, trf("staff member '{}' is not archived", handle));
  StaffMember after = before;
  after.archived_at.reset();
  write_member(store, after, false);
  record_update(store, actor, before, after, "restore");
  return after;
}

StaffMember get_staff(const Store& store, std::string_view handle) {
  if (auto member = find_staff(store, handle))
    return *member;
  throw not_found_error(store, "staff member", handle, "staff", "handle",
                        tr("see 'acct staff list --all'"));
}

std::vector<StaffMember> list_staff(const Store& store, const StaffFilter& filter) {
  std::string sql = k_select;
  sql += " WHERE 1 = 1";
  if (!filter.include_archived)
    sql += " AND archived_at IS NULL";
  if (filter.role)
    sql += " AND id IN (SELECT staff_id FROM staff_role WHERE role = :role)";
  sql += " ORDER BY handle";
  Statement query(store, sql);
  if (filter.role)
    query.bind(":role", *filter.role);
  std::vector<StaffMember> members;
  while (query.step())
    members.push_back(read_member(store, query));
  return members;
}

Json staff_to_json(const StaffMember& m, const date::time_zone* zone) {
  Json json{{"handle", m.handle}};
  json.update(audit_fields(m));
  json["status"] = m.archived() ? "archived" : "active";
  json["created_at"] = format_timestamp(m.created_at, zone);
  json["archived_at"] = m.archived_at ? Json(format_timestamp(*m.archived_at, zone)) : Json();
  return json;
}

} // namespace acctcore
