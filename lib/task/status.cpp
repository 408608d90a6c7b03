#include "task/status.hpp"

#include "util/enum_names.hpp"

namespace acctcore {

namespace {

constexpr std::string_view k_names[] = {"new",  "accepted", "in-review", "waiting-client",
                                        "done", "rejected", "cancelled"};

constexpr std::string_view k_origin_names[] = {"obligation", "programme", "trigger", "manual"};

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

} // namespace acctcore
