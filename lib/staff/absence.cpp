#include "staff/absence.hpp"

#include "audit/audit.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <tuple>

namespace acctcore {

namespace {

constexpr const char* k_select =
    "SELECT b.id, s.handle, b.starts, b.ends, coalesce(c.handle, ''), b.note, b.created_at, "
    "b.cancelled_at FROM staff_absence b JOIN staff s ON s.id = b.staff_id "
    "LEFT JOIN staff c ON c.id = b.cover_id";

Absence read_absence(Statement& q) {
  Absence a;
  a.id = q.column(0).as_int64();
  a.staff = q.column(1).as_text();
  a.from = column_date(q.column(2)).value_or(Date{});
  a.to = column_date(q.column(3)).value_or(Date{});
  a.cover = q.column(4).as_text();
  a.note = q.column(5).as_text();
  a.created_at = column_timestamp(q.column(6)).value_or(Timestamp{});
  a.cancelled_at = column_timestamp(q.column(7));
  return a;
}

std::vector<Absence> query(const Store& store, const std::string& where,
                           const std::vector<std::pair<const char*, std::string>>& params) {
  Statement q(store, std::string(k_select) + where + " ORDER BY s.handle, b.starts, b.id");
  for (const auto& [name, value] : params)
    q.bind(name, value);
  std::vector<Absence> absences;
  while (q.step())
    absences.push_back(read_absence(q));
  return absences;
}

Absence get_absence(const Store& store, std::int64_t id) {
  Statement q(store, std::string(k_select) + " WHERE b.id = ?");
  q.bind(1, id);
  if (!q.step())
    throw Error(ErrorKind::not_found, trf("no absence #{}", id),
                tr("see 'acct staff absences' for the ids"));
  return read_absence(q);
}

/// An active staff member, or Error(conflict) for an archived one.
StaffMember active_member(const Store& store, std::string_view handle) {
  StaffMember member = get_staff(store, handle);
  if (member.archived())
    throw Error(ErrorKind::conflict, trf("staff member '{}' is archived", handle),
                trf("bring them back with 'acct staff restore {}', or choose another", handle));
  return member;
}

Json audit_fields(const Absence& a) {
  return Json{{"from", format_date(a.from)},
              {"to", format_date(a.to)},
              {"cover", json_or_null(a.cover)},
              {"note", json_or_null(a.note)}};
}

} // namespace

Absence add_absence(Store& store, const Actor& actor, const NewAbsence& in) {
  const StaffMember member = active_member(store, in.staff);
  if (in.to < in.from)
    throw Error(ErrorKind::invalid, trf("the absence ends ({}) before it starts ({})",
                                        format_date(in.to), format_date(in.from)));
  std::optional<StaffMember> cover;
  if (!in.cover.empty()) {
    if (in.cover == in.staff)
      throw Error(ErrorKind::invalid, trf("'{}' cannot cover their own absence", in.staff),
                  tr("name someone else with --cover, or leave it out"));
    cover = active_member(store, in.cover);
  }
  for (const auto& other : list_absences(store, in.staff, in.from))
    if (other.from <= in.to)
      throw Error(ErrorKind::conflict,
                  trf("'{}' is already away from {} to {} (absence #{})", in.staff,
                      format_date(other.from), format_date(other.to), other.id),
                  trf("cancel it first: 'acct staff cancel-absence {}'", other.id));
  for (const auto& other : list_absences(store, std::nullopt, in.from))
    if (other.cover == in.staff && other.from <= in.to)
      throw Error(ErrorKind::conflict,
                  trf("'{}' covers '{}' from {} to {} (absence #{})", in.staff, other.staff,
                      format_date(other.from), format_date(other.to), other.id),
                  tr("give that absence another cover first, or choose other dates"));
  if (cover)
    for (const auto& other : list_absences(store, cover->handle, in.from))
      if (other.from <= in.to)
        throw Error(ErrorKind::conflict,
                    trf("the cover '{}' is away from {} to {} (absence #{})", cover->handle,
                        format_date(other.from), format_date(other.to), other.id),
                    tr("choose another cover"));
  Statement insert(store, "INSERT INTO staff_absence (staff_id, starts, ends, cover_id, note, "
                          "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
  insert.bind(1, member.id);
  insert.bind(2, format_date(in.from));
  insert.bind(3, format_date(in.to));
  if (cover)
    insert.bind(4, cover->id);
  else
    insert.bind(4);
  insert.bind(5, std::string(trim(in.note)));
  insert.bind(6, format_timestamp_utc(actor.at));
  const Absence absence = get_absence(store, insert_returning_id(insert));
  ChangeSet changes;
  changes.set("absence", absence.id);
  changes.set_fields(audit_fields(absence));
  record_audit(store, actor, "staff", absence.staff, "away", changes);
  return absence;
}

Absence cancel_absence(Store& store, const Actor& actor, std::int64_t id) {
  Absence absence = get_absence(store, id);
  if (absence.cancelled_at)
    throw Error(ErrorKind::conflict, trf("absence #{} is already cancelled", id));
  Statement update(store, "UPDATE staff_absence SET cancelled_at = ? WHERE id = ?");
  update.bind(1, format_timestamp_utc(actor.at));
  update.bind(2, id);
  update.exec();
  absence.cancelled_at = actor.at;
  ChangeSet changes;
  changes.set("absence", id);
  changes.set_fields(audit_fields(absence));
  record_audit(store, actor, "staff", absence.staff, "cancel-absence", changes);
  return absence;
}

std::vector<Absence> list_absences(const Store& store, std::optional<std::string> staff,
                                   std::optional<Date> since) {
  std::string where = " WHERE b.cancelled_at IS NULL";
  std::vector<std::pair<const char*, std::string>> params;
  if (staff) {
    get_staff(store, *staff); // not_found with a hint
    where += " AND s.handle = :staff";
    params.emplace_back(":staff", *staff);
  }
  if (since) {
    where += " AND b.ends >= :since";
    params.emplace_back(":since", format_date(*since));
  }
  auto absences = query(store, where, params);
  std::stable_sort(absences.begin(), absences.end(), [](const Absence& a, const Absence& b) {
    return std::tie(a.from, a.id) < std::tie(b.from, b.id);
  });
  return absences;
}

int hand_over_covers(Store& store, const Actor& actor, std::string_view from, std::string_view to,
                     Date today) {
  const StaffMember successor = get_staff(store, to);
  int count = 0;
  for (const auto& absence : list_absences(store, std::nullopt, today)) {
    if (absence.cover != from)
      continue;
    const bool own = absence.staff == to;
    Statement update(store, "UPDATE staff_absence SET cover_id = ? WHERE id = ?");
    if (own)
      update.bind(1);
    else
      update.bind(1, successor.id);
    update.bind(2, absence.id);
    update.exec();
    ChangeSet changes;
    changes.set("absence", absence.id);
    changes.compare("cover", absence.cover, own ? Json() : Json(std::string(to)));
    record_audit(store, actor, "staff", absence.staff, "cover", changes);
    ++count;
  }
  return count;
}

Json absence_to_json(const Absence& a, const date::time_zone* zone) {
  Json json{{"id", a.id}, {"staff", a.staff}};
  json.update(audit_fields(a));
  json["note"] = a.note;
  json["created_at"] = format_timestamp(a.created_at, zone);
  return json;
}

Absences::Absences(std::vector<Absence> absences) : m_absences(std::move(absences)) {
  std::sort(m_absences.begin(), m_absences.end(), [](const Absence& a, const Absence& b) {
    return std::tie(a.staff, a.from) < std::tie(b.staff, b.from);
  });
}

const Absence* Absences::away(std::string_view handle, Date day) const {
  auto it = std::lower_bound(m_absences.begin(), m_absences.end(), handle,
                             [](const Absence& a, std::string_view h) { return a.staff < h; });
  for (; it != m_absences.end() && it->staff == handle; ++it)
    if (it->contains(day))
      return &*it;
  return nullptr;
}

const std::string& Absences::stand_in(const std::string& handle, Date day) const {
  const Absence* absence = away(handle, day);
  return absence != nullptr && !absence->cover.empty() ? absence->cover : handle;
}

Absences load_absences(const Store& store) {
  return Absences(query(store, " WHERE b.cancelled_at IS NULL", {}));
}

} // namespace acctcore
