#pragma once

// Everything that happened with a client, in order (docs/clientside.md#timeline): the client's
// register changes (created, status, facts), notes of contacts, tasks done, filings and the
// authority's answers, amounts to pay, notifications and their confirmations, charges. Read
// from the tables that hold each (one query each), merged by day.

#include "util/date.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace date {
class time_zone;
}

namespace acctcore {

class Store;

/// What a timeline entry is. Stored nowhere; keep the names in sync with docs/json.md.
enum class TimelineKind : std::uint8_t {
  client,       ///< the client was added
  status,       ///< its status changed (onboarding, active, ...)
  fact,         ///< a fact changed (regime, employer, ...)
  note,         ///< a call, letter, visit or message
  task_done,    ///< a task was done
  filed,        ///< a filing was submitted
  answer,       ///< the authority answered (accepted, accepted with a notice, rejected)
  amount,       ///< an amount to pay was recorded
  notification, ///< a notification was made
  confirmed,    ///< the client confirmed a notification
  charge,       ///< an extra service was charged
  voided,       ///< a charge was voided
};

/// "client", "status", "fact", "note", "task-done", "filed", "answer", "amount",
/// "notification", "confirmed", "charge", "voided".
std::string_view timeline_kind_name(TimelineKind kind) noexcept;

/// One thing that happened.
struct TimelineEntry {
  Date day;     ///< when it happened (a filing's date, a note's day, a fact's first day)
  Timestamp at; ///< when it was recorded: orders a day's entries
  TimelineKind kind = TimelineKind::note;
  std::string what;   ///< the subject: a task's title, a note's text, a fact's key, ...
  std::string value;  ///< the detail's value: "call", "accepted", "usn-income", an amount ...
  std::string detail; ///< a reason, a receipt number, who confirmed, ...
  std::optional<std::int64_t> task_id;
  std::int64_t ref = 0; ///< the id of the note, notification or charge, when there is one
};

struct TimelineFilter {
  std::optional<Date> from{}; ///< on or after
  std::optional<Date> to{};   ///< on or before
};

/// The timeline of client `slug`, by day, then the moment recorded, then kind. Throws
/// Error(not_found) for an unknown client.
std::vector<TimelineEntry> client_timeline(const Store& store, std::string_view slug,
                                           const TimelineFilter& filter);

/// The documented JSON form of an entry (docs/json.md, "timeline").
Json timeline_entry_to_json(const TimelineEntry& entry, const date::time_zone* zone);

} // namespace acctcore
