#pragma once

// The desired task set: a pure function of clients, subscriptions, events, service templates,
// calendars and the horizon (docs/generation.md). No database: the store turns it into rows.

#include "deadline/period.hpp"
#include "template/condition.hpp"
#include "template/service.hpp"
#include "vocab/task.hpp"

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class CalendarSet;
class ServiceSet;

/// Days over which a client's facts stay the same.
struct FactSpan {
  Date from;
  std::optional<Date> to; ///< inclusive; open-ended when nullopt
  std::vector<std::pair<std::string, ConditionValue>> facts;
};

/// A client as the planner sees it.
struct PlanClient {
  std::int64_t id = 0;
  std::string slug;
  std::string name; ///< the short name, for titles
  std::string form;
  std::string country;
  std::string region;
  std::vector<FactSpan> spans; ///< in date order; days before the first have no facts
  /// The days the firm serves the client (its status is onboarding or active), as inclusive
  /// ranges in order; empty means every day.
  std::vector<std::pair<Date, std::optional<Date>>> served;

  /// True when the firm serves the client on `day`.
  bool served_on(Date day) const noexcept;
};

/// A client's subscription to a service.
struct PlanSubscription {
  std::int64_t client_id = 0;
  std::string service;
  Date from;
  std::optional<Date> to; ///< inclusive; open-ended when nullopt
};

/// An event recorded for a client (a hire, a patent).
struct PlanEvent {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string kind;
  Date date;
  std::optional<Date> until;
  std::string note;
};

/// One task the templates call for.
/// (A large firm has 600,000 of these in memory at once: keep it small.)
struct DesiredTask {
  std::int64_t client_id = 0;
  const Service* service = nullptr;
  const TaskSpec* spec = nullptr;
  const PlanEvent* event = nullptr;
  const std::string* instalment_label = nullptr; ///< a trigger instalment's label ("1/3")
  Period period;       ///< the reporting period, or the day (programme start, event)
  int instalment = 1;  ///< 1-based
  int instalments = 1; ///< how many (VAT: 3)
  Date raw;            ///< the date the rule gives before moving off days off
  Date due;
  std::optional<Date> planned; ///< the internal date
  TaskOrigin origin = TaskOrigin::obligation;
  bool provisional = false; ///< a provisional calendar year or service was used

  std::int64_t event_id() const noexcept { return event != nullptr ? event->id : 0; }
};

/// The desired tasks, with the dependencies between them (by index). A deque: a vector's
/// doubling would hold up to twice the memory, and copy it all, as a large firm's set grows.
struct DesiredSet {
  std::deque<DesiredTask> tasks;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> dependencies; ///< (task, depends on)
};

/// The key of a task of a programme step, for looking up when it was done.
struct StepKey {
  std::int64_t client_id;
  std::string_view service;
  std::string_view code;
  Period period;
};

/// What the planner needs.
struct PlanInput {
  std::span<const PlanClient> clients;
  std::span<const PlanSubscription> subscriptions;
  std::span<const PlanEvent> events;
  const ServiceSet* services = nullptr;
  const CalendarSet* calendars = nullptr;
  Date since;   ///< recurring obligations: due on or after this day
  Date through; ///< recurring obligations and programmes: due on or before this day
  bool allow_provisional =
      false; ///< for uncovered years, weekends only (marked) instead of an error
  /// Only the trigger tasks of this event (recording or removing one): no obligations, no
  /// programmes, no other events, no lower bound on due dates.
  std::optional<std::int64_t> only_event;
  /// When a programme step was done (its successors count from that day), if it was.
  std::function<std::optional<Date>(const StepKey&)> step_done;
};

/// Computes every task the templates call for within the horizon (docs/generation.md):
/// recurring obligations whose due date falls in [since, through] and within a subscription,
/// for the periods in which their conditions hold on some day; the notices of every change of a
/// fact due in the horizon, or before it when the change takes effect less than a year before
/// `since` (overdue); every step of a programme whose
/// subscription starts on or before `through` (unless all of it was due before `since`); and
/// the tasks of every recorded event within a subscription that are due on or after `since`.
/// Throws Error(invalid) for a subscription to an unknown service, Error(not_covered) for a
/// due date in a year no calendar covers (unless allow_provisional).
DesiredSet compute_desired(const PlanInput& input);

/// The deadline rule of `spec` for a client whose facts are `lookup`, after its variants, for
/// `period` (nullopt for programme steps and events): nullptr when a variant skips it. Variants
/// are tested with the facts in force on `day` (the period's last day, the event's date).
const DeadlineRule* select_rule(const TaskSpec& spec, const PlanClient& client,
                                const std::optional<Period>& period, Date day);

/// True when `condition` holds for `client` on some day of [from, to].
bool holds_some_day(const Condition& condition, const PlanClient& client, Date from, Date to);

/// The task's title in Russian, with its placeholders filled in.
std::string desired_title(const DesiredTask& task, const PlanClient& client);

/// "1/3" for the instalment of a task paid in parts, or the trigger instalment's label.
std::string instalment_text(const DesiredTask& task);

/// The change rule of the obligation `task` comes from (a notice of a change of regime), or
/// nullptr for any other task.
const ChangeRule* change_of(const DesiredTask& task) noexcept;

} // namespace acctcore
