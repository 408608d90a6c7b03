#pragma once

// Delivering reminders (`acct remind run`, docs/reminders.md#delivery): the loop that claims a
// due reminder, reads it with its message, hands it to a sender and records how that ended,
// with leases (a run that dies leaves its claim to the next one), retries with backoff and the
// counts a run reports. The sender is passed in: cmd/ runs the firm's hook, tests a fake.

#include "remind/reminder.hpp"
#include "util/clock.hpp"
#include "util/progress.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace acctcore {

/// Sends one delivery (`line` is its JSON line, what a hook reads on stdin) and says how it
/// ended. It may take up to the run's timeout; it must not throw for a failed send.
using Sender = std::function<AttemptOutcome(const Delivery& delivery, const std::string& line)>;

/// Who runs and how.
struct DeliveryRun {
  std::string claimant;           ///< "host:pid": whose claims are whose
  std::function<Timestamp()> now; ///< the clock as the run goes on (a run may last minutes)
  /// True when the run named by a claim is gone (a process of this host that died): its claims
  /// are taken over before their lease ends.
  std::function<bool(std::string_view claimant)> abandoned;
  int limit = 0;            ///< send at most this many; 0: every due one
  int timeout_seconds = 30; ///< how long a send may take; a claim's lease is that plus a minute
  int max_attempts = 5;     ///< failures before a reminder is given up
};

/// What a run did.
struct DeliveryCounts {
  int sent = 0;   ///< the sender succeeded and the claim was still ours
  int retry = 0;  ///< failed, left pending for a later run after a backoff
  int failed = 0; ///< failed for the last time
  int lost = 0;   ///< another run took the claim over, or the reminder went away
};

/// After each attempt: the delivery, how the send ended and what became of the reminder
/// (cmd/ warns about retries and failures).
using DeliveryNotice =
    std::function<void(const Delivery& delivery, const AttemptOutcome& outcome, FinishResult)>;

/// The run with a sender: claims one due reminder at a time (its lease counted from that
/// moment), reads it, sends it, records the attempt and moves it on (sent; pending after
/// retry_backoff; failed after max_attempts), until none is due or `limit` were tried. Each
/// step is its own transaction, so a crash at any point leaves the reminder claimed until its
/// lease ends (then it is sent again: at least once), never sent twice by two runs at once.
DeliveryCounts deliver_reminders(Store& store, const DeliveryReader& reader, const DeliveryRun& run,
                                 const Sender& send, const DeliveryNotice& notice = {},
                                 Progress* progress = nullptr);

/// The run without a sender: claims every due reminder (up to `limit`), writes their JSON lines
/// through `write` (in pieces of about 64 KiB) and calls `flush`; marks them sent when `flush`
/// says everything was written, else gives them back untouched and throws Error(io). Lines
/// first, then the mark: a crash in between repeats them (at least once). Returns how many.
int deliver_as_lines(Store& store, const DeliveryReader& reader, const DeliveryRun& run,
                     const std::function<void(std::string_view text)>& write,
                     const std::function<bool()>& flush);

} // namespace acctcore
