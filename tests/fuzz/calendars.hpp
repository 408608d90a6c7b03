#pragma once

// The bundled calendars, loaded once per fuzzing process (targets that need working days).

#include "calendar/loader.hpp"

#include <filesystem>
#include <vector>

namespace acctfuzz {

inline const acctcore::CalendarSet& bundled_calendars() {
  static const acctcore::CalendarSet calendars = [] {
    const std::vector<std::filesystem::path> dirs{std::filesystem::path(ACCT_SOURCE_DIR) /
                                                  "templates" / "calendars"};
    return acctcore::load_calendars(dirs);
  }();
  return calendars;
}

} // namespace acctfuzz
