#pragma once

// The reminder schedule in the database (docs/reminders.md): keeping it in sync with tasks,
// listing it, and the claim/finish protocol `acct remind run` uses so that overlapping runs
// never take the same reminder and a crash leaves it to be retried.

#include "calendar/loader.hpp"
#include "remind/policy.hpp"
#include "remind/schedule.hpp"
#include "template/loader.hpp"
#include "util/clock.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace acctcore {

class Store;

/// Reminder states (docs/reminders.md#states).
enum class ReminderState : std::uint8_t { pending, sending, sent, failed, cancelled };
std::string_view reminder_state_name(ReminderState state) noexcept;
std::optional<ReminderState> parse_reminder_state(std::string_view name) noexcept;

/// What keeping the schedule needs besides the database. The templates are asked for only
/// when an open task must be scheduled (closing a task needs none of them).
struct ReminderInputs {
  std::function<const ReminderSet&()> reminders;
  std::function<const ServiceSet&()> services;
  std::function<const CalendarSet&()> calendars;
  ReminderSettings settings;
  std::string firm_zone; ///< IANA zone for recipients without their own
  Clock clock;
  bool check_policies = true; ///< compare the policies' fingerprint (reads the templates)
};

struct SyncResult {
  int tasks = 0;     ///< tasks whose schedule was recomputed
  int created = 0;   ///< new reminders
  int moved = 0;     ///< pending reminders whose moment changed
  int revived = 0;   ///< sent or cancelled reminders scheduled again (their date moved later)
  int cancelled = 0; ///< pending reminders no longer wanted (task done, recipient gone)
  /// Policies named by tasks but not defined: those tasks keep their reminders as they were
  /// and stay queued, so they are scheduled once the policy exists.
  std::vector<std::string> undefined_policies;
  int skipped = 0; ///< tasks left queued for an undefined policy
};

/// True when the schedule has work to do that needs no templates to detect: tasks queued by
/// the triggers, or the horizon moved since the last sync. Cheap: two lookups.
bool reminders_need_sync(const Store& store, Date today, int horizon_days);

/// Brings the schedule up to date in the caller's transaction: recomputes queued tasks, tasks
/// that entered the horizon, and (with check_policies) every open task when the policies
/// changed since the last sync.
/// A task whose policy does not exist is skipped and counted (one bad template does not stop
/// the firm's reminders); an uncovered year counts as provisional working days.
SyncResult sync_reminders(Store& store, const ReminderInputs& inputs);

/// A reminder as stored, with what lists show of its task.
struct ReminderRow {
  std::int64_t id = 0;
  std::int64_t task_id = 0;
  std::string client; ///< slug
  std::string task_title;
  Date due;
  std::string rule;
  std::string recipient;
  int occurrence = 1;
  Timestamp fire_at;
  std::string local_at;
  std::string timezone;
  std::string moved;
  std::string channel;
  std::string message;
  ReminderState state = ReminderState::pending;
  int attempts = 0;
  std::optional<Timestamp> retry_at;
  std::optional<Timestamp> sent_at;
  std::string last_error;

  /// The stable idempotency key of this delivery: the natural key and the moment, so a
  /// reminder moved to a new moment is a new delivery and a retry is the same one.
  std::string delivery_key() const;
};

struct ReminderFilter {
  std::optional<Timestamp> due_at{};   ///< only those a run at this instant would send
  std::vector<ReminderState> states{}; ///< empty: pending, sending and failed
  std::optional<std::string> client{};
  std::optional<std::int64_t> task{};
  bool all = false; ///< every state
};

std::vector<ReminderRow> list_reminders(const Store& store, const ReminderFilter& filter);
Json reminder_to_json(const ReminderRow& row);

/// When a pending reminder fires, and to whom: a calendar export's alarm.
struct ReminderMoment {
  std::int64_t task_id = 0;
  std::string recipient; ///< "staff:HANDLE" or "person:KEY"
  Timestamp fire_at;
};

/// The pending reminders of `task_ids` that fire at or after `from`, by task, then moment,
/// then recipient. One query however many tasks.
std::vector<ReminderMoment> pending_reminder_moments(const Store& store,
                                                     const std::vector<std::int64_t>& task_ids,
                                                     Timestamp from);

/// A claimed reminder with its rendered message and the recipient's addresses.
struct Delivery {
  ReminderRow row;
  std::string recipient_name;
  std::string email;
  std::string telegram;
  std::string phone;
  std::string channel; ///< the rule's, else the recipient's preferred one
  std::string subject;
  std::string body;
  std::string task_key;
  int attempt = 1; ///< this delivery's attempt number
};

/// Appends a delivery as one JSON line (newline included): what `remind run` prints and a hook
/// reads on stdin. The keys of reminder_to_json, "channel" being the chosen one, then task_key,
/// attempt, to {name, email, telegram, phone}, subject, body (docs/json.md).
void append_delivery_json(std::string& out, const Delivery& delivery);

/// Claims up to `limit` reminders a run at `now` may send (0: no limit): pending ones whose
/// moment and retry time have come, and ones another run claimed but abandoned (its lease is
/// over, or `abandoned(claimed_by)` says that process is gone). In one IMMEDIATE transaction,
/// so two runs never take the same reminder.
std::vector<std::int64_t> claim_reminders(Store& store, Timestamp now, std::string_view claimant,
                                          Timestamp lease_until, int limit,
                                          const std::function<bool(std::string_view)>& abandoned);

/// Reads claimed reminders as deliveries: rows, recipients' addresses and rendered messages.
/// Staff and client contacts are read once, when the reader is made (a run's addresses are
/// those at its start).
class DeliveryReader {
public:
  DeliveryReader(const Store& store, const ReminderSet& reminders, const FirmConfig& firm);
  /// The reader keeps references: a temporary firm would be gone before the first read.
  DeliveryReader(const Store& store, const ReminderSet& reminders, FirmConfig&& firm) = delete;
  ~DeliveryReader();
  DeliveryReader(const DeliveryReader&) = delete;
  DeliveryReader& operator=(const DeliveryReader&) = delete;

  /// Calls `each` for the reminders `ids` that exist, in moment order, one at a time (a run
  /// over 100,000 holds one rendered message, not all of them).
  void read(const std::vector<std::int64_t>& ids,
            const std::function<void(const Delivery&)>& each) const;

private:
  struct Addresses;
  const Store& m_store;
  const ReminderSet& m_reminders;
  const FirmConfig& m_firm;
  std::unique_ptr<Addresses> m_addresses;
};

/// The deliveries of `ids` at once (tests and small batches).
std::vector<Delivery> load_deliveries(const Store& store, const std::vector<std::int64_t>& ids,
                                      const ReminderSet& reminders, const FirmConfig& firm);

/// How one hook run ended.
struct AttemptOutcome {
  bool ok = false;
  std::optional<int> exit_code;
  std::string error;
  int duration_ms = 0;
};

enum class FinishResult : std::uint8_t { sent, retry, failed, lost };

/// Records an attempt and moves the reminder on (one IMMEDIATE transaction): sent; pending
/// with a retry time after a backoff; failed after `max_attempts`. `lost` when another run
/// took the claim over (the attempt is still recorded).
FinishResult finish_reminder(Store& store, std::int64_t id, std::string_view claimant,
                             Timestamp now, const AttemptOutcome& outcome, int max_attempts);

/// Marks many claimed reminders sent in one transaction (`remind run` without --exec, after
/// their lines were written). Returns how many were still ours.
int finish_reminders_sent(Store& store, const std::vector<std::int64_t>& ids,
                          std::string_view claimant, Timestamp now);

/// Gives claimed reminders back (pending, no attempt counted): a run that stopped early.
void release_reminders(Store& store, const std::vector<std::int64_t>& ids,
                       std::string_view claimant, Timestamp now);

/// The wait before attempt `attempts + 1` after `attempts` failures: 5 minutes doubling, at
/// most 6 hours.
std::chrono::seconds retry_backoff(int attempts) noexcept;

} // namespace acctcore
