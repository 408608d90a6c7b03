#include "vocab/task.hpp"

#include "util/enum_names.hpp"

namespace acctcore {

namespace {

constexpr std::string_view k_names[] = {"new",  "accepted", "in-review", "waiting-client",
                                        "done", "rejected", "cancelled"};

constexpr std::string_view k_origin_names[] = {"obligation", "programme", "trigger", "manual"};

constexpr std::string_view k_client_actions[] = {"none", "sign",    "documents",
                                                 "pay",  "approve", "information"};
constexpr std::string_view k_categories[] = {"production", "communication", "administration"};

} // namespace

std::string_view task_origin_name(TaskOrigin origin) noexcept {
  return enum_name(k_origin_names, origin);
}

std::string_view task_status_name(TaskStatus status) noexcept {
  return enum_name(k_names, status);
}

std::optional<TaskStatus> parse_task_status(std::string_view name) noexcept {
  return enum_from_name<TaskStatus>(k_names, name);
}

std::vector<std::string> task_status_names() {
  return {std::begin(k_names), std::end(k_names)};
}

std::string_view client_action_name(ClientAction action) noexcept {
  return enum_name(k_client_actions, action);
}

std::string_view task_category_name(TaskCategory category) noexcept {
  return enum_name(k_categories, category);
}

std::optional<ClientAction> parse_client_action(std::string_view name) noexcept {
  return enum_from_name<ClientAction>(k_client_actions, name);
}

std::optional<TaskCategory> parse_task_category(std::string_view name) noexcept {
  return enum_from_name<TaskCategory>(k_categories, name);
}

std::vector<std::string> client_action_names() {
  return {std::begin(k_client_actions), std::end(k_client_actions)};
}

std::vector<std::string> task_category_names() {
  return {std::begin(k_categories), std::end(k_categories)};
}

} // namespace acctcore
