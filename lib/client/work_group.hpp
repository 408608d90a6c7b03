#pragma once

// A client's work group: which staff member holds each role (manager, chief accountant,
// accountant, operator, payroll, lawyer: the staff roles) from which day to which.

#include "client/dated.hpp"
#include "util/clock.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acctcore {

class Store;

/// One staff member holding one role for one client over a period.
struct Assignment {
  std::int64_t client_id = 0;
  std::string client; ///< slug
  std::string role;   ///< one of k_staff_roles
  std::string staff;  ///< handle
  DateRange dates;
};

/// A role and who takes it; an empty handle means nobody (the role ends).
struct RoleAssignment {
  std::string role;
  std::string handle;
};

/// One role whose holder changed: from one handle to another ("" for nobody).
struct RoleChange {
  std::string role;
  std::string from;
  std::string to;
};

/// Gives each role to its staff member from `from` (the previous holder's period ends the day
/// before; history is kept). Unchanged roles are left alone. Throws Error: not_found (client or
/// staff member), conflict (an archived staff member or client, a change dated before the
/// current holder's start), invalid (an unknown role, a staff member without that role).
std::vector<RoleChange> assign_work_group(Store& store, const Actor& actor, std::string_view slug,
                                          const std::vector<RoleAssignment>& roles, Date from);

/// Gives every role `from` holds on `day` or later (clients not archived) to `to`, audited per
/// client as an `assign`: a period starting on or after `day` changes holder, one running
/// through `day` ends the day before and `to` holds the rest of it. The caller checks that `to`
/// exists, is active and has the roles. How many periods changed.
int hand_over_roles(Store& store, const Actor& actor, std::string_view from, std::string_view to,
                    Date day);

/// Every assignment of client `slug`, past and present, by role then date.
std::vector<Assignment> work_group_history(const Store& store, std::string_view slug);

/// Who holds `role` for client `slug` on `day`; nullopt when nobody does.
std::optional<std::string> role_holder(const Store& store, std::string_view slug,
                                       std::string_view role, Date day);

/// Every assignment of every non-archived client, for questions about many clients at once.
class WorkGroups {
public:
  WorkGroups() = default;
  explicit WorkGroups(std::vector<Assignment> assignments);

  /// The handle holding `role` for the client on `day`, or nullptr.
  const std::string* holder(std::int64_t client_id, std::string_view role, Date day) const;

  /// (role, handle) of every role held for the client on `day`, in k_staff_roles order.
  std::vector<std::pair<std::string, std::string>> on(std::int64_t client_id, Date day) const;

  /// Every assignment of the client, past and present, by role and date.
  std::vector<Assignment> history(std::int64_t client_id) const;

  /// Every assignment, by client id, role and date.
  const std::vector<Assignment>& assignments() const noexcept { return m_assignments; }

private:
  std::pair<size_t, size_t> range(std::int64_t client_id) const;
  std::vector<Assignment> m_assignments;
};

/// All assignments of non-archived clients (or of all clients), in one query.
WorkGroups load_work_groups(const Store& store, bool include_archived = false);

/// {"manager": "orlova", ...}: the roles held on one day.
Json work_group_to_json(const std::vector<std::pair<std::string, std::string>>& roles);

/// {"role", "staff", "from", "to"}.
Json assignment_to_json(const Assignment& assignment);

} // namespace acctcore
