#include "notify/automatic.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

NotifyResult notify_filing_answer(Store& store, const Actor& actor, const NotifyContext& context,
                                  const TaskRecord& task, const FilingRecord& filing) {
  if (!filing.answer)
    throw Error(ErrorKind::invalid, trf("#{} has no answer to tell the client", task.id));
  const std::string answer(filing_answer_name(*filing.answer));
  NewNotification n;
  n.client = task.client;
  n.kind = "filing-" + answer;
  n.task = task.id;
  n.cause = fmt::format("filing/{}/{}", task.id, answer);
  return notify_client(store, actor, context, n);
}

NotifyResult notify_amount_due(Store& store, const Actor& actor, const NotifyContext& context,
                               const TaskRecord& task, const TaskAmount& amount) {
  NewNotification n;
  n.client = task.client;
  n.kind = "amount-due";
  n.task = task.id;
  n.cause = fmt::format("amount/{}/{}{}", task.id, amount.money.minor, amount.money.currency);
  return notify_client(store, actor, context, n);
}

NotifyResult notify_documents_received(Store& store, const Actor& actor,
                                       const NotifyContext& context, const TaskRecord& task,
                                       const std::string& received, Date waiting_since) {
  NewNotification n;
  n.client = task.client;
  n.kind = "documents-received";
  n.task = task.id;
  n.fields["received"] = received;
  n.cause = fmt::format("received/{}/{}", task.id, format_date(waiting_since));
  return notify_client(store, actor, context, n);
}

std::string missing_list(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) {
    const auto line = trim(item);
    if (line.empty())
      continue;
    if (!text.empty())
      text += '\n';
    text += fmt::format("— {}", line);
  }
  return text;
}

NotifyResult notify_data_missing(Store& store, const Actor& actor, const NotifyContext& context,
                                 const std::string& client, std::optional<std::int64_t> task,
                                 const std::vector<std::string>& missing, Date day) {
  NewNotification n;
  n.client = client;
  n.kind = "data-missing";
  n.task = task;
  n.fields["missing"] = missing_list(missing);
  // The same list on the same day is the same notification; another list is another one.
  n.cause = fmt::format("missing/{}/{}/{}", task.value_or(0), format_date(day),
                        sha256_hex(n.fields["missing"]).substr(0, 16));
  return notify_client(store, actor, context, n);
}

} // namespace acctcore
