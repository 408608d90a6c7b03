#pragma once

// What the digests say (docs/digests.md): a client's next days, a person's agenda, the firm's
// overview. Collected from the database into plain structs; lib/digest/document.hpp makes them
// one document in the words of the digest's language, lib/digest/render.hpp writes it as text,
// Markdown and HTML, and the digests themselves as JSON and CSV.

#include "config/config.hpp"
#include "util/date.hpp"
#include "vocab/task.hpp"
#include "words/words.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace acctcore {

class Store;
class CalendarSet;

/// The longest window a digest covers, in days (one year and a day: a whole year's deadlines).
inline constexpr int k_digest_max_days = 366;

/// Throws Error(usage) unless 1 <= days <= k_digest_max_days.
void require_digest_days(int days);

/// A task as digests show it.
struct DigestTask {
  std::int64_t id = 0;
  std::string key;
  std::string client;      ///< slug
  std::string client_name; ///< short name, else the legal name
  std::string title;
  std::string period; ///< «за I квартал 2026 г.» (in the digest's language), or empty
  Date due;
  std::optional<Date> planned;
  bool provisional = false; ///< the date rests on a calendar year not yet official
  TaskStatus status = TaskStatus::new_;
  ClientAction action = ClientAction::none; ///< what the client must do for it
  std::string waiting_for;                  ///< what the firm waits for, when waiting
  std::string assignee, assignee_name;      ///< who does it (a cover), or empty
  std::string covering_for;                 ///< the assignee a cover stands in for, or empty
  bool assignee_away = false;               ///< away on the due date, nobody covering
  bool assignee_archived = false;           ///< the assignee has left the firm
  std::string reviewer, reviewer_name;
  int estimate_minutes = 0;
  std::optional<Date> done_at;
  int days_overdue = 0; ///< calendar days past the due date (0 when not overdue)

  /// The date by which the client must act: the planned date when there is one, else the due.
  Date client_deadline() const noexcept { return planned.value_or(due); }
};

/// A filing as digests show it (docs/clientside.md#filings): the task, where it stands, and
/// the correction a rejection opened.
struct DigestFiling {
  DigestTask task;
  std::string status; ///< filed, accepted, accepted-with-notice, rejected (filing_status_name)
  Date filed_on;
  std::optional<Date> answered_on;
  std::string receipt;
  std::string reason; ///< a rejection's reason, a notice's text
  std::optional<std::int64_t> correction_id;
  std::optional<Date> correction_due;
  std::string correction_status; ///< the correction task's status name, or empty

  /// The day it last moved: the answer's, else the submission's.
  Date last_day() const noexcept { return answered_on.value_or(filed_on); }
};

/// A person to contact: the client's team at the firm.
struct DigestPerson {
  std::string role;       ///< "manager,chief-accountant": every role they hold for the client
  std::string role_title; ///< «Менеджер, главный бухгалтер»
  std::string name, phone, email, telegram;
};

/// What every digest starts with.
struct DigestHeader {
  /// The language the digest is written in. Client documents are Russian until clients can
  /// choose theirs (issue 21); staff and firm digests are in the firm's document language.
  ClientLanguage language = ClientLanguage::ru;
  std::string firm_name, firm_phone, firm_email, accent_color;
  Date today;
  Date until; ///< the window's last day: today + days
  int days = 0;
};

struct ClientDigest {
  DigestHeader header;
  std::string client, client_name, legal_name, inn;
  std::vector<DigestTask> overdue;     ///< open, due before today
  std::vector<DigestTask> from_client; ///< open, needing the client's action or waited for
  std::vector<DigestTask> upcoming;    ///< open, due from today to `until`
  std::vector<DigestTask> completed;   ///< done within the `days` before today
  /// Filings filed or answered within the `days` before today, and those still awaiting the
  /// answer: the latest first.
  std::vector<DigestFiling> filings;
  std::vector<DigestPerson> team;
};

struct StaffDigest {
  DigestHeader header;
  std::string handle, name;
  std::vector<DigestTask> overdue;   ///< assigned to them, open, due before today
  std::vector<DigestTask> to_review; ///< in review, they are the reviewer
  std::vector<DigestTask> upcoming;  ///< assigned to them, open, due from today to `until`
  int capacity_minutes = 0;          ///< per week, from the staff register
  int estimate_minutes = 0;          ///< of `upcoming` and `overdue`
};

/// A count by client or by person.
struct DigestCount {
  std::string key, name;
  int count = 0;
};

/// One person's planned work in one week (Monday to Sunday).
struct DigestLoad {
  std::string handle, name;
  Date week; ///< its Monday
  int minutes = 0;
  int capacity_minutes = 0;
  bool overloaded() const noexcept { return minutes > capacity_minutes; }
};

/// A client whose communication and administration time is a large share of the time logged.
struct DigestOverhead {
  std::string client, client_name;
  int minutes = 0;          ///< all time logged in the period
  int overhead_minutes = 0; ///< communication and administration
  double share = 0;         ///< 0 to 1
};

/// A calendar year the window needs but the calendar files do not (or only provisionally) give.
struct DigestCalendarGap {
  std::string calendar;
  int year = 0;
  bool provisional = false; ///< covered, but not by an official decree yet
  Date from;                ///< the first day of the window in that year
};

struct FirmDigest {
  DigestHeader header;
  /// Rejected filings whose correction task is still open, the oldest rejection first.
  std::vector<DigestFiling> rejections;
  std::vector<DigestTask> overdue; ///< every open task due before today
  std::vector<DigestCount> overdue_by_client;
  std::vector<DigestCount> overdue_by_person; ///< key "" for tasks without an assignee
  std::vector<DigestLoad> load;               ///< by person, then week
  std::vector<DigestTask> unassigned;         ///< open, due by `until`, nobody assigned
  /// Open, due by `until`, the assignee archived or away on the due date without a cover.
  std::vector<DigestTask> unattended;
  std::vector<DigestOverhead> overhead; ///< above the threshold, largest share first
  double overhead_threshold = 0.1;
  Date overhead_from; ///< the period the shares are of: overhead_from to today
  std::vector<DigestCalendarGap> calendars;
  Date calendars_until; ///< how far ahead the calendars were checked
};

/// The client's digest for the `days` from `today`. Error(not_found) for an unknown client.
ClientDigest client_digest(const Store& store, const FirmConfig& firm, std::string_view slug,
                           Date today, int days);

/// A staff member's agenda. Error(not_found) for an unknown handle.
StaffDigest staff_digest(const Store& store, const FirmConfig& firm, std::string_view handle,
                         Date today, int days);

/// What the firm digest needs besides the database.
struct FirmDigestOptions {
  int days = 7;
  double overhead_threshold = 0.1; ///< share of communication and administration time
  int overhead_days = 90;          ///< the period the shares are computed over
  int calendar_days = 45;          ///< how far ahead calendars must reach (at least `days`)
};

/// The head of the firm's overview.
FirmDigest firm_digest(const Store& store, const FirmConfig& firm, const CalendarSet& calendars,
                       Date today, const FirmDigestOptions& options);

} // namespace acctcore
