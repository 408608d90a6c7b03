#pragma once

// Events: what happened to a client that creates tasks through the templates' triggers
// (a hire, a dismissal, a vacation, sick leave, a patent).

#include "util/clock.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class Store;

/// An event as stored.
struct Event {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string client; ///< slug
  std::string kind;
  Date date;
  std::optional<Date> until;
  std::string note;
  Timestamp created_at;
  std::optional<Timestamp> removed_at;
};

/// What to record.
struct NewEvent {
  std::string client; ///< slug
  std::string kind;
  Date date;
  std::optional<Date> until;
  std::string note;
};

/// Records an event. `kinds` are the event kinds the templates' triggers react to; another
/// kind is Error(invalid) listing them. Throws Error(not_found) for an unknown client,
/// Error(invalid) for an end before the start or a note that is not one line.
Event add_event(Store& store, const Actor& actor, const NewEvent& event,
                std::span<const std::string> kinds);

/// Marks an event removed (recorded by mistake): the next plan cancels its tasks that have not
/// been started. Throws Error(not_found), Error(conflict) when already removed.
Event remove_event(Store& store, const Actor& actor, std::int64_t id);

/// One event by id; Error(not_found) otherwise.
Event get_event(const Store& store, std::int64_t id);

/// Events, oldest first: of one client (by slug) or all; removed ones only when asked.
std::vector<Event> list_events(const Store& store, const std::optional<std::string>& client,
                               bool include_removed);

/// The documented JSON form (docs/json.md).
Json event_to_json(const Event& event, const date::time_zone* zone);

/// Of `services` (the ids of the services with a trigger for an event's kind), the ones client
/// `slug` takes on `day`: when none, recording the event creates no task, which the caller says.
std::vector<std::string> services_taken_on(const Store& store, std::string_view slug,
                                           std::span<const std::string> services, Date day);

} // namespace acctcore
