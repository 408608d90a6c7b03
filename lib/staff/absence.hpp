#pragma once

// Staff absences (holidays, sick leave) and who covers them. Nothing in the task table is
// rewritten for an absence: the effective assignee of a task is computed from the absences in
// force (docs/commands/staff.md, "acct staff away"), so the work comes back by itself when
// the absence ends or is cancelled.

#include "util/clock.hpp"
#include "util/date.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class Store;

/// One recorded absence.
struct Absence {
  std::int64_t id = 0;
  std::string staff; ///< handle of the person away
  Date from;         ///< first day away
  Date to;           ///< last day away
  std::string cover; ///< handle of who covers, or empty: nobody
  std::string note;
  Timestamp created_at;
  std::optional<Timestamp> cancelled_at;

  bool contains(Date day) const noexcept { return from <= day && day <= to; }
};

/// What `acct staff away` records.
struct NewAbsence {
  std::string staff;
  Date from;
  Date to;
  std::string cover; ///< empty: nobody covers
  std::string note;
};

/// Records an absence (audited). Throws Error: not_found (an unknown person or cover),
/// invalid (ending before it starts, covering oneself), conflict (an archived person or cover,
/// an absence of the same person overlapping it, a cover who is away then themselves).
Absence add_absence(Store& store, const Actor& actor, const NewAbsence& absence);

/// Cancels absence `id` (audited): the work it sent to the cover comes back. Throws Error:
/// not_found, conflict (already cancelled).
Absence cancel_absence(Store& store, const Actor& actor, std::int64_t id);

/// Absences not cancelled, of `staff` (or everyone), ending on or after `since` (or all),
/// by start then id.
std::vector<Absence> list_absences(const Store& store, std::optional<std::string> staff,
                                   std::optional<Date> since);

/// Gives the future cover duties of `from` (absences not ended by `today`) to `to`, audited;
/// how many. An absence of `to` itself loses its cover instead (nobody covers oneself).
int hand_over_covers(Store& store, const Actor& actor, std::string_view from, std::string_view to,
                     Date today);

/// {"id", "staff", "from", "to", "cover", "note", "created_at"}.
Json absence_to_json(const Absence& absence, const date::time_zone* zone);

/// The absences in force, for answering "who stands in for H on day D" many times.
class Absences {
public:
  Absences() = default;
  explicit Absences(std::vector<Absence> absences);

  /// The absence of `handle` on `day`, or nullptr.
  const Absence* away(std::string_view handle, Date day) const;
  /// Who does the work of `handle` on `day`: the cover when `handle` is away with one, else
  /// `handle` itself (away without cover too: the work stays theirs, and the firm digest says so).
  const std::string& stand_in(const std::string& handle, Date day) const;

private:
  std::vector<Absence> m_absences; ///< by handle, then start
};

/// Every absence not cancelled, in one query.
Absences load_absences(const Store& store);

} // namespace acctcore
