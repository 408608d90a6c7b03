#pragma once

// Why a stored task is due when it is (`acct deadline explain TASK`): its rule, with today's
// templates and calendars, step by step.

#include "deadline/rule.hpp"
#include "util/date.hpp"

#include <cstdint>
#include <string>

namespace acctcore {

class CalendarSet;
class ServiceSet;
class Store;

/// How a stored task's due date follows from its rule, for `acct deadline explain TASK`.
struct TaskExplanation {
  std::int64_t task_id = 0;
  std::string client; ///< slug
  std::string service;
  std::string code;
  std::string period;
  std::string title;
  int instalment = 1;
  Date due; ///< as stored
  DeadlineExplanation explanation;
  const DueExplanation* date = nullptr; ///< the step of this task's instalment, if computed
};

/// Explains task `id` with today's templates and calendars. Throws Error(not_found) for an
/// unknown task, Error(invalid) for a manual task (its date was given, not computed) or one whose
/// service or template entry no longer exists.
TaskExplanation explain_task(const Store& store, const ServiceSet& services,
                             const CalendarSet& calendars, std::int64_t id);

} // namespace acctcore
