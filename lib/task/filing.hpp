#pragma once

// Filings (docs/clientside.md#filings): a filing task's submission to an authority and the
// authority's answer. The answer only moves forward, a rejection reopens the work as a
// correction task with a deadline from the template, and a day's receipts can be loaded from
// an e-reporting operator's CSV (task/receipts.hpp).

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
class WorkDays;
struct FilingSpec;
struct DueDate;

/// The authority's answer to a filing. Stored by name; keep the names in sync with
/// docs/clientside.md and the task_filing table.
enum class FilingAnswer : std::uint8_t {
  accepted,             ///< a receipt of acceptance (квитанция о приёме)
  accepted_with_notice, ///< accepted, with a notice to clarify (уведомление об уточнении)
  rejected, ///< refused (уведомление об отказе в приёме): not filed at all
};

/// "accepted", "accepted-with-notice", "rejected".
std::string_view filing_answer_name(FilingAnswer answer) noexcept;
std::optional<FilingAnswer> parse_filing_answer(std::string_view name) noexcept;
std::vector<std::string> filing_answer_names();

/// Where a filing task stands, for lists and digests: nothing filed yet, filed and waiting for
/// the answer, or the answer.
enum class FilingStatus : std::uint8_t { unfiled, filed, accepted, accepted_with_notice, rejected };

/// "unfiled", "filed", "accepted", "accepted-with-notice", "rejected".
std::string_view filing_status_name(FilingStatus status) noexcept;
std::optional<FilingStatus> parse_filing_status(std::string_view name) noexcept;
std::vector<std::string> filing_status_names();

/// What an answer does to a filing whose answer so far is `current` (none: still waiting).
enum class AnswerStep : std::uint8_t {
  record,           ///< the first answer, or a notice after an acceptance
  same,             ///< the answer it already has: nothing to record
  after_acceptance, ///< refused: a rejection (or a plain acceptance) after an acceptance
  after_rejection,  ///< refused: a rejected filing is redone by its correction task
  notice_withdrawn, ///< refused: an acceptance without the notice already recorded
};

/// The rule of answers (pure): an answer only moves forward. None -> any; accepted ->
/// accepted-with-notice; the same answer again changes nothing; everything else is refused.
AnswerStep answer_step(std::optional<FilingAnswer> current, FilingAnswer next) noexcept;

/// The due date of the correction task after a rejection on `rejected_on`: the template's
/// `filing.correction` rule counted from that day, or, when the template gives none, the next
/// working day (docs/clientside.md#corrections). A day off moves it as the rule says.
DueDate correction_due(const FilingSpec* spec, Date rejected_on, WorkDays& days);

/// A filing task's submission and answer as stored.
struct FilingRecord {
  std::int64_t task_id = 0;
  Date filed_on;
  std::string channel; ///< the e-reporting operator, "portal", "paper", or empty
  std::string receipt; ///< the registration or receipt number
  std::string file_path;
  std::string file_sha256;
  std::optional<FilingAnswer> answer;
  std::optional<Date> answered_on;
  std::string answer_number;
  std::string reason; ///< a rejection's reason, a notice's text
  std::optional<std::int64_t> correction_id;
  Timestamp filed_at;
  std::string filed_by;
  std::optional<Timestamp> answered_at;
  std::string answered_by;

  FilingStatus status() const noexcept;
};

/// The filing of task `task_id`, or nullopt when nothing was filed.
std::optional<FilingRecord> get_filing(const Store& store, std::int64_t task_id);

/// The documented JSON form (docs/json.md, "filing").
Json filing_to_json(const FilingRecord& filing, const date::time_zone* zone);

/// True when `task` is a filing task: its template entry has `filing`, or it is a correction
/// task. A manual task may be filed too, but lists count it only once it is.
bool is_filing_task(const TaskRecord& task, const ServiceSet& services);

/// The template's filing entry of `task` (nullptr for manual tasks and entries without one);
/// a correction task answers with its original's.
const FilingSpec* filing_spec(const Store& store, const TaskRecord& task,
                              const ServiceSet& services);

/// "service/code" of every template entry with `filing`: what `task list --filing-status
/// unfiled` looks for.
std::vector<std::string> filing_task_codes(const ServiceSet& services);

/// A submission (`acct task file`).
struct NewFiling {
  std::int64_t task = 0;
  Date on;
  std::string channel;
  std::string receipt;
  std::optional<std::string> file; ///< a path: its absolute path and SHA-256 are recorded
};

/// What recording a submission or an answer did.
struct FilingResult {
  FilingRecord filing;
  bool changed = false;                 ///< false: it was recorded so already
  std::optional<TaskRecord> correction; ///< the correction task a rejection created
};

/// Records the submission of a filing task. Filing it again before an answer corrects what was
/// recorded (audited); the same submission again changes nothing. Throws Error: not_found (the
/// task, the file), invalid (a date after `today`, a task that is not a filing task), conflict
/// (a cancelled task; one the authority has answered).
FilingResult file_task(Store& store, const Actor& actor, const ServiceSet& services,
                       const NewFiling& filing, Date today);

/// An answer (`acct task answer`).
struct NewAnswer {
  std::int64_t task = 0;
  FilingAnswer answer = FilingAnswer::accepted;
  Date on;
  std::string number; ///< the number of the authority's document
  std::string reason; ///< required for a rejection; the notice's text for accepted-with-notice
};

/// Records the authority's answer by answer_step(). A rejection creates the correction task
/// (a manual task pointing at this one, its deadline by correction_due, the same people, the
/// reason as its description). Throws Error: conflict (never filed; refused by the rule),
/// invalid (a date before the filing or after `today`; a rejection without a reason).
FilingResult answer_filing(Store& store, const Actor& actor, const ServiceSet& services,
                           const CalendarSet& calendars, const NewAnswer& answer, Date today);

/// The title of a correction task, in the client's words: «Исправить и сдать повторно: ...».
std::string correction_title(std::string_view original_title);

} // namespace acctcore
