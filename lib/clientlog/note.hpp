#pragma once

// The log of contacts (docs/clientside.md#notes): calls, letters, visits and messages worth a
// mark, recorded against a client; a follow-up date creates a task.

#include "task/task.hpp"
#include "util/clock.hpp"
#include "util/date.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class CalendarSet;
class ServiceSet;
class Store;

/// What kind of contact a note marks. Stored by name; keep in sync with docs/clientside.md and
/// the client_note table.
enum class ContactKind : std::uint8_t { call, letter, visit, message };

/// "call", "letter", "visit", "message".
std::string_view contact_kind_name(ContactKind kind) noexcept;
std::optional<ContactKind> parse_contact_kind(std::string_view name) noexcept;
std::vector<std::string> contact_kind_names();

/// A note as stored.
struct ContactNote {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string client; ///< slug
  ContactKind kind = ContactKind::call;
  std::string text;
  Date day;
  std::string person; ///< the contact's person key, or empty
  std::optional<std::int64_t> follow_up_id;
  Timestamp created_at;
  std::string author;
};

/// A note to record (`acct client note`).
struct NewNote {
  std::string client; ///< slug
  ContactKind kind = ContactKind::call;
  std::string text;
  std::optional<Date> day;             ///< default: today
  std::string person;                  ///< a contact's person key, or empty
  std::optional<Date> follow_up;       ///< creates a task due then
  std::optional<std::string> assignee; ///< of the follow-up; default: the author when staff,
                                       ///< else the client's manager
};

struct NoteResult {
  ContactNote note;
  std::optional<TaskRecord> follow_up;
};

/// Records a note (audited) and, with a follow-up date, a communication task due that day
/// (titled by the note, pointing back at it). Throws Error: not_found (client, person, staff),
/// invalid (an empty text, a day after `today`, a follow-up before `today`, a person who is not
/// the client's contact), conflict (a follow-up for an archived client).
NoteResult add_note(Store& store, const Actor& actor, const ServiceSet& services,
                    const CalendarSet& calendars, const NewNote& note, Date today);

/// The notes of client `slug` (every client when empty), by day, then id.
std::vector<ContactNote> list_notes(const Store& store, std::string_view slug,
                                    std::optional<Date> from = {}, std::optional<Date> to = {});

/// The documented JSON form (docs/json.md, "note").
Json note_to_json(const ContactNote& note, const date::time_zone* zone);

/// The follow-up task's title: «Звонок 27.04.2026: ...», the note's first line, at most 100
/// characters.
std::string follow_up_title(ContactKind kind, Date day, std::string_view text);

} // namespace acctcore
