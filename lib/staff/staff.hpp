#pragma once

#include "util/clock.hpp"
#include "util/json.hpp"
#include "util/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class Store;

/// Roles a staff member can hold, in display order. Work groups and service templates use the
/// same names; keep docs/commands/staff.md in sync.
inline constexpr std::string_view k_staff_roles[] = {"manager",  "chief-accountant", "accountant",
                                                     "operator", "payroll",          "lawyer"};

/// True when `role` is one of k_staff_roles.
bool is_staff_role(std::string_view role) noexcept;

/// Throws Error(invalid) for an unknown role, suggesting the closest known one.
void require_staff_role(std::string_view role);

/// A person of the firm.
struct StaffMember {
  std::int64_t id = 0;
  std::string handle;             ///< stable id used in scripts and assignments
  std::string name;               ///< full name, as people read it
  std::vector<std::string> roles; ///< in k_staff_roles order
  std::string email;              ///< normalised, or empty
  std::string phone;              ///< "+79161234567", or empty
  std::string telegram;           ///< "@name", or empty
  std::string timezone;           ///< IANA zone when it differs from the firm's, or empty
  int capacity_minutes = 40 * 60; ///< working time per week
  std::optional<Money> rate;      ///< cost of an hour of work
  Timestamp created_at;
  std::optional<Timestamp> archived_at;

  bool archived() const noexcept { return archived_at.has_value(); }
};

/// Fields to set, as the user typed them; unset members are left alone. For optional fields
/// (email, phone, telegram, timezone, rate) an empty string clears the value.
struct StaffChanges {
  std::optional<std::string> name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::string> telegram;
  std::optional<std::string> timezone;
  std::optional<std::string> capacity;           ///< hours per week: "40", "37.5", "20h"
  std::optional<std::string> rate;               ///< per hour: "1500", "1 500,50 RUB"
  std::optional<std::vector<std::string>> roles; ///< replaces all roles
  std::vector<std::string> add_roles;
  std::vector<std::string> remove_roles;
};

/// Which staff members to list.
struct StaffFilter {
  bool include_archived = false;
  std::optional<std::string> role{};
};

/// Parses a weekly capacity in hours ("40", "37.5", "37,5", "20h") into minutes (0 to 168 h).
int parse_capacity(std::string_view text);

/// Adds a staff member. `handle`, a name and at least one role are required. Throws Error:
/// invalid (bad handle, email, ...), conflict (the handle exists, archived or not).
StaffMember add_staff(Store& store, const Actor& actor, std::string_view handle,
                      const StaffChanges& fields, std::string_view default_currency);

/// Changes a staff member; records only fields that really change. Throws Error(not_found).
StaffMember edit_staff(Store& store, const Actor& actor, std::string_view handle,
                       const StaffChanges& changes, std::string_view default_currency);

/// Archives a staff member: hidden from lists and new assignments, history kept.
StaffMember archive_staff(Store& store, const Actor& actor, std::string_view handle);

/// Brings an archived staff member back.
StaffMember restore_staff(Store& store, const Actor& actor, std::string_view handle);

/// One staff member by handle; Error(not_found) with a "did you mean" hint otherwise.
StaffMember get_staff(const Store& store, std::string_view handle);

/// Staff members ordered by handle.
std::vector<StaffMember> list_staff(const Store& store, const StaffFilter& filter);

/// The documented JSON form (docs/json.md).
Json staff_to_json(const StaffMember& member, const date::time_zone* zone);

/// "40", "37.5": hours per week for people.
std::string format_capacity(int minutes);

} // namespace acctcore
