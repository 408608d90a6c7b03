#include "remind/delivery.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <optional>

namespace acctcore {

DeliveryCounts deliver_reminders(Store& store, const DeliveryReader& reader, const DeliveryRun& run,
                                 const Sender& send, const DeliveryNotice& notice,
                                 Progress* progress) {
  Progress silent;
  Progress& shown = progress != nullptr ? *progress : silent;
  shown.stage(tr("sending reminders"), run.limit);
  DeliveryCounts counts;
  const auto lease = std::chrono::seconds{run.timeout_seconds + 60};
  for (int tried = 0; run.limit == 0 || tried < run.limit; ++tried) {
    const Timestamp at = run.now();
    const auto ids = claim_reminders(store, at, run.claimant, at + lease, 1, run.abandoned);
    if (ids.empty())
      break;
    std::optional<Delivery> claimed;
    reader.read(ids, [&](const Delivery& d) { claimed = d; });
    if (!claimed) { // deleted between the claim and the read
      ++counts.lost;
      shown.advance();
      continue;
    }
    const Delivery& d = *claimed;
    std::string line;
    append_delivery_json(line, d);
    const AttemptOutcome outcome = send(d, line);
    const FinishResult result =
        finish_reminder(store, d.row.id, run.claimant, run.now(), outcome, run.max_attempts);
    switch (result) {
    case FinishResult::sent:
      ++counts.sent;
      break;
    case FinishResult::retry:
      ++counts.retry;
      break;
    case FinishResult::failed:
      ++counts.failed;
      break;
    case FinishResult::lost:
      ++counts.lost;
      break;
    }
    if (notice)
      notice(d, outcome, result);
    shown.advance();
  }
  return counts;
}

int deliver_as_lines(Store& store, const DeliveryReader& reader, const DeliveryRun& run,
                     const std::function<void(std::string_view text)>& write,
                     const std::function<bool()>& flush) {
  const Timestamp now = run.now();
  const auto ids = claim_reminders(store, now, run.claimant, now + std::chrono::minutes{10},
                                   run.limit, run.abandoned);
  std::string text;
  reader.read(ids, [&](const Delivery& d) {
    append_delivery_json(text, d);
    if (text.size() > (1U << 16)) {
      write(text);
      text.clear();
    }
  });
  if (!text.empty())
    write(text);
  if (!flush()) {
    release_reminders(store, ids, run.claimant, now);
    throw Error(ErrorKind::io, tr("cannot write to standard output; nothing was marked sent"));
  }
  finish_reminders_sent(store, ids, run.claimant, now);
  return static_cast<int>(ids.size());
}

} // namespace acctcore
