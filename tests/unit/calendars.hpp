#pragma once

// The bundled calendars, loaded once for all unit tests that compute on them.
#include "calendar/loader.hpp"
#include "helpers.hpp"

namespace acctcore::test {

inline const CalendarSet& bundled_calendars() {
  static const CalendarSet set = [] {
    const std::filesystem::path dirs[] = {source_dir() / "templates" / "calendars"};
    return load_calendars(dirs);
  }();
  return set;
}

inline const Calendar& ru_calendar() {
  return bundled_calendars().get("ru");
}

} // namespace acctcore::test
