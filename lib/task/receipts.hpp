#pragma once

// A day's receipts in bulk (`acct task receipts FILE`, docs/clientside.md#receipts): the CSV an
// e-reporting operator exports, one row per report, recorded as submissions and answers in one
// transaction, all or nothing.

#include "task/filing.hpp"
#include "util/clock.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class CalendarSet;
class ServiceSet;
class Store;

/// The columns a receipts file may have; a header may also be one of their Russian names
/// (receipts.cpp; docs/clientside.md#receipts lists them).
inline constexpr std::string_view k_receipt_fields[] = {
    "task", "inn", "form", "period", "status", "date", "number", "reason", "filed_on", "channel"};

/// How to load.
struct ReceiptOptions {
  std::string file_name; ///< for messages
  char separator = 0;    ///< 0 detects it
  std::string channel;   ///< for rows without a channel column: the operator ("kontur")
  bool dry_run = false;
};

/// What happened to one row.
enum class ReceiptAction : std::uint8_t {
  filed,     ///< the submission was recorded
  answered,  ///< the answer was recorded (and the submission, when it was not yet)
  unchanged, ///< recorded so already
};

struct ReceiptRow {
  int line = 0;
  std::int64_t task_id = 0;
  std::string task_key;
  std::string title;
  ReceiptAction action = ReceiptAction::unchanged;
  std::optional<FilingAnswer> answer; ///< the answer recorded by this row
  FilingResult result;                ///< the filing after the row (and a correction task)
};

struct ReceiptReport {
  char separator = ',';
  bool dry_run = false;
  std::vector<ReceiptRow> rows; ///< data rows in file order

  std::size_t count(ReceiptAction action) const noexcept;
};

/// Loads receipts from CSV `text`. A row names its task by `task` (an id or a key), or by the
/// client's ИНН, the form (the template's `filing.form`, or the obligation code) and the
/// period; `status` is filed, accepted, accepted-with-notice or rejected (or the Russian words
/// operators write: «отправлен», «принят», «принят с уведомлением», «отклонён»); `date` is the
/// answer's (for `filed`, the submission's); `filed_on` the submission's when it differs;
/// `number` the registration number. Rows are recorded in order, as `task file` and
/// `task answer` would. All or nothing: every bad row is collected and thrown as one
/// Error(invalid) whose details are "line N: reason" (an unknown client, form or period, no or
/// several matching tasks, an answer the rules refuse), and nothing is written. A dry run does
/// the same work and rolls it back. Must run inside the caller's write transaction.
ReceiptReport load_receipts(Store& store, const Actor& actor, const ServiceSet& services,
                            const CalendarSet& calendars, std::string_view text,
                            const ReceiptOptions& options, Date today);

/// The task a key names ("vektor/ru-statutory/ru.rsv/2026-Q1", "vektor/manual/42"), or
/// Error(not_found).
TaskRecord find_task_by_key(const Store& store, std::string_view key);

} // namespace acctcore
