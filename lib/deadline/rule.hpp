#pragma once

#include "calendar/calendar.hpp"
#include "deadline/period.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// What to do when a computed date is a day off. Keep in sync with docs/deadlines.md.
enum class Shift : std::uint8_t {
  next,     ///< to the next working day (Tax Code art. 6.1 p.7): the default
  previous, ///< to the previous working day (Labour Code art. 136: pay days)
  none,     ///< keep the date (a calendar-day deadline that may end on a day off)
};

/// What a rule counts from.
enum class Anchor : std::uint8_t {
  period_end,   ///< the last day of the period (the default for recurring obligations)
  period_start, ///< the first day of the period
  event,        ///< a date given by the caller: an event (hire, patent start) or a finished step
  event_end,    ///< the end date of an event with a term (a patent's last day)
};

std::string_view shift_name(Shift shift) noexcept;
std::string_view anchor_name(Anchor anchor) noexcept;

/// How one due date follows from the anchor date.
struct DateFormula {
  enum class Form : std::uint8_t {
    month_day,     ///< day D (or the last day) of the month N months after the anchor's month
    calendar_days, ///< N calendar days after (or before, when negative) the anchor
    working_days,  ///< the N-th working day after (or before, when negative) the anchor
  };
  Form form = Form::month_day;
  int day = 0;                      ///< month_day: 1-31 (clamped to short months); 0 = the last day
  std::vector<int> months_after{0}; ///< month_day: one entry per instalment (VAT: 1, 2, 3)
  int count = 0;                    ///< calendar_days and working_days
  Shift shift = Shift::next;

  friend bool operator==(const DateFormula&, const DateFormula&) = default;
};

/// A different formula (or none) for some periods: December, the year, the last month of a
/// quarter. Fields the override does not name are inherited from the rule when it is parsed.
struct RuleOverride {
  std::vector<PeriodKind> kinds;            ///< periods of these kinds (empty: any kind)
  std::vector<int> end_months;              ///< periods ending in these months (empty: any month)
  std::vector<date::month_day> anchor_days; ///< anchor dates on these days ("12-31"; empty: any)
  bool skip = false;                        ///< such periods have no due date at all
  DateFormula formula;
  std::string basis;

  /// True when this override applies to `period` (when given) and an anchor date on `anchor`.
  bool matches(const std::optional<Period>& period, Date anchor) const noexcept;
};

/// A deadline rule as templates write it (docs/deadlines.md), parsed and checked.
struct DeadlineRule {
  Anchor anchor = Anchor::period_end;
  DateFormula formula;
  std::vector<RuleOverride> overrides; ///< the first one that matches wins
  std::string basis;                   ///< the law, e.g. "НК РФ ст. 174 п. 5"

  /// The formula that applies to `period` and the anchor date (nullptr when an override skips
  /// it), and the override used (or nullptr for the rule's own formula).
  const DateFormula* formula_for(const std::optional<Period>& period, Date anchor_day,
                                 const RuleOverride** used = nullptr) const noexcept;
};

/// Parses a rule written as a TOML inline table ("{ day = 25, months_after = 1 }") or as
/// "key = value" lines. Throws Error(invalid) listing every problem with line:column.
DeadlineRule parse_deadline_rule_text(std::string_view text, std::string_view origin = "--rule");

/// What a rule is computed for: a period (period anchors) and/or an event's dates.
struct DeadlineInput {
  std::optional<Period> period;
  std::optional<Date> anchor;     ///< the event (or finished step) date: anchor = "event"
  std::optional<Date> anchor_end; ///< the event's end date: anchor = "event_end"
};

/// One computed due date.
struct DueDate {
  Date raw;                 ///< the date the formula gives
  Date due;                 ///< after moving off a day off
  bool provisional = false; ///< a provisional calendar year (or uncovered, weekends only) was used
  int uncovered_year = 0;   ///< under Coverage::provisional: a year no calendar covers, or 0

  friend bool operator==(const DueDate&, const DueDate&) = default;
};

/// Computes the due dates of `rule` (one per instalment) into `out`, which is cleared first;
/// empty when an override skips the period. The fast path: no strings, no allocation once
/// `out` has capacity. Throws Error(invalid) when the input lacks what the anchor needs, and
/// Error(not_covered) from `days` for a year the calendar does not cover (strict coverage).
void compute_deadline(const DeadlineRule& rule, const DeadlineInput& input, WorkDays& days,
                      std::vector<DueDate>& out);

/// A day a due date was moved over, and why it is a day off.
struct SkippedDay {
  Date date;
  std::string reason; ///< "holiday: Новогодние каникулы (ст. 112 ТК РФ)", "Saturday"
};

/// How one due date was reached, step by step.
struct DueExplanation {
  int instalment = 1;
  std::string formula; ///< "day 25 of the 1st month after 2026-03-31"
  Date raw;
  std::vector<SkippedDay> skipped; ///< the days off moved over, in order
  Shift shift = Shift::next;
  Date due;
  bool provisional = false;
  std::string provisional_note; ///< why, when provisional
};

/// Everything `acct deadline explain` shows.
struct DeadlineExplanation {
  std::string rule;          ///< the rule in words
  std::string basis;         ///< the law it follows
  std::string calendar;      ///< the calendar's name
  std::string period;        ///< the period id, or empty
  std::string anchor;        ///< "2026-03-31 (end of 2026-Q1)", "2026-04-15 (event)"
  std::string override_used; ///< which override applied, in words, or empty
  bool skipped = false;      ///< an override says there is no due date for this period
  std::vector<DueExplanation> dates;
};

/// Explains how `rule` gives its due dates for `input`: the same computation as
/// compute_deadline, with every step recorded.
DeadlineExplanation explain_deadline(const DeadlineRule& rule, const DeadlineInput& input,
                                     const Calendar& calendar, Coverage coverage);

/// The rule in words: "day 25 of the 1st month after the end of the period; if that is a day
/// off, the next working day (Tax Code art. 6.1 p.7)". `event` names what an event anchor is
/// ("the event"; for programme steps "the start or the previous steps"); `country` ("ru",
/// "kz") chooses the law the next-working-day shift is cited from.
std::string describe_rule(const DeadlineRule& rule, std::string_view event = "the event",
                          std::string_view country = "ru");
std::string describe_formula(const DateFormula& formula, Anchor anchor,
                             std::string_view event = "the event", std::string_view country = "ru");

/// The documented JSON form of an explanation (docs/json.md).
Json explanation_to_json(const DeadlineExplanation& explanation);

} // namespace acctcore
