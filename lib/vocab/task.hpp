#pragma once

// The task vocabulary: what a task record's typed fields can be, with the stable names they are
// stored, printed in JSON and typed on the command line as. Below lib/template, which describes
// tasks in these terms, and lib/task, which keeps them; the words clients read for them are in
// lib/words.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// Where a task is in its life (docs/workflow.md has the diagram). Stored by name; keep the
/// names stable and in sync with docs/workflow.md and docs/json.md.
enum class TaskStatus : std::uint8_t {
  new_,           ///< created, not yet taken on: the generator may still move or cancel it
  accepted,       ///< the assignee has taken it, and with it the deadline
  in_review,      ///< sent to the reviewer
  waiting_client, ///< waiting for the client: a signature, documents, a payment
  done,
  rejected, ///< the assignee refused it, with a reason
  cancelled,
};

/// "new", "accepted", "in-review", "waiting-client", "done", "rejected", "cancelled".
std::string_view task_status_name(TaskStatus status) noexcept;
std::optional<TaskStatus> parse_task_status(std::string_view name) noexcept;
std::vector<std::string> task_status_names();

/// Where a task comes from. The numeric values are stored; keep them stable.
enum class TaskOrigin : std::uint8_t { obligation = 0, programme = 1, trigger = 2, manual = 3 };

/// "obligation", "programme", "trigger", "manual".
std::string_view task_origin_name(TaskOrigin origin) noexcept;

/// What the client must do for a task to be done. Keep in sync with docs/templates.md.
enum class ClientAction : std::uint8_t { none, sign, documents, pay, approve, information };

/// What kind of work a task is, for the time and cost report. Keep in sync with docs/templates.md.
enum class TaskCategory : std::uint8_t { production, communication, administration };

std::string_view client_action_name(ClientAction action) noexcept;
std::string_view task_category_name(TaskCategory category) noexcept;
std::optional<ClientAction> parse_client_action(std::string_view name) noexcept;
std::optional<TaskCategory> parse_task_category(std::string_view name) noexcept;
/// Every name, for messages.
std::vector<std::string> client_action_names();
std::vector<std::string> task_category_names();

/// True while work on the task is not finished: not done and not cancelled.
constexpr bool is_open(TaskStatus status) noexcept {
  return status != TaskStatus::done && status != TaskStatus::cancelled;
}

} // namespace acctcore
