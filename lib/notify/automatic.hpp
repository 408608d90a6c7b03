#pragma once

// What acct tells a client by itself (docs/notifications.md#automatic): a filing accepted or
// rejected, an amount due, documents received, data missing. Each is made once per cause, from
// the templates of the kinds in k_automatic_kinds; commands call these in the transaction of
// the change they report.

#include "notify/notify.hpp"
#include "task/amount.hpp"
#include "task/filing.hpp"

#include <string>
#include <vector>

namespace acctcore {

/// "filing-accepted", "filing-accepted-with-notice" or "filing-rejected" for an answered
/// filing; once per task and answer.
NotifyResult notify_filing_answer(Store& store, const Actor& actor, const NotifyContext& context,
                                  const TaskRecord& task, const FilingRecord& filing);

/// "amount-due" for a payment task's amount; once per task and amount (a changed amount is
/// told again).
NotifyResult notify_amount_due(Store& store, const Actor& actor, const NotifyContext& context,
                               const TaskRecord& task, const TaskAmount& amount);

/// "documents-received": the firm has what it waited for (`received`) and took it into work;
/// once per task and wait.
NotifyResult notify_documents_received(Store& store, const Actor& actor,
                                       const NotifyContext& context, const TaskRecord& task,
                                       const std::string& received, Date waiting_since);

/// "data-missing" with the list of what is missing, for a task (or for the client, task 0);
/// once per task, day and list.
NotifyResult notify_data_missing(Store& store, const Actor& actor, const NotifyContext& context,
                                 const std::string& client, std::optional<std::int64_t> task,
                                 const std::vector<std::string>& missing, Date day);

/// The list of what is missing as message text: one «— item» per line.
std::string missing_list(const std::vector<std::string>& items);

} // namespace acctcore
