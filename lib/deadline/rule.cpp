#include "deadline/rule.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

/// Optional recording of the steps of a computation, for explanations.
struct Trace {
  std::vector<DueExplanation> dates;
};

std::string ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                       : n % 10 == 1              ? "st"
                       : n % 10 == 2              ? "nd"
                       : n % 10 == 3              ? "rd"
                                                  : "th";
  return fmt::format("{}{}", n, suffix);
}

std::string plural(int n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

Date anchor_date(const DeadlineRule& rule, const DeadlineInput& input) {
  switch (rule.anchor) {
  case Anchor::period_end:
  case Anchor::period_start:
    if (!input.period)
      throw Error(ErrorKind::invalid, tr("this deadline rule counts from a period: give one"),
                  tr("e.g. --period 2026-Q1"));
    return rule.anchor == Anchor::period_end ? input.period->end() : input.period->start();
  case Anchor::event:
    if (!input.anchor)
      throw Error(ErrorKind::invalid, tr("this deadline rule counts from an event: give its date"),
                  tr("e.g. --event 2026-04-15"));
    return *input.anchor;
  case Anchor::event_end:
    if (!input.anchor_end)
      throw Error(ErrorKind::invalid,
                  tr("this deadline rule counts from the end of an event's term: give it"),
                  tr("e.g. --event 2026-01-01 --event-end 2026-12-31"));
    return *input.anchor_end;
  }
  return Date{};
}

/// Day `day` (0 = last) of the month `months_after` months after `anchor`'s month, clamped.
Date month_day(Date anchor, int months_after, int day) {
  const date::year_month_day a{anchor};
  const date::year_month ym = date::year_month{a.year(), a.month()} + date::months{months_after};
  const date::year_month_day_last last{ym.year(), date::month_day_last{ym.month()}};
  if (day == 0 || static_cast<unsigned>(day) >= static_cast<unsigned>(last.day()))
    return Date{last};
  return Date{ym.year() / ym.month() / date::day{static_cast<unsigned>(day)}};
}

Date shift_date(Date raw, Shift shift, WorkDays& days, DueExplanation* trace) {
  if (shift == Shift::none)
    return raw;
  const date::days step{shift == Shift::next ? 1 : -1};
  Date day = raw;
  while (!days.is_working(day)) {
    if (trace != nullptr)
      trace->skipped.push_back({day, days.calendar().day_off_reason(day)});
    day += step;
  }
  return day;
}

void compute(const DeadlineRule& rule, const DeadlineInput& input, WorkDays& days,
             std::vector<DueDate>& out, Trace* trace) {
  out.clear();
  const Date anchor = anchor_date(rule, input);
  const DateFormula* formula = rule.formula_for(input.period, anchor);
  if (formula == nullptr)
    return;
  const auto finish = [&](Date raw, int instalment, std::string text) {
    DueExplanation* step = nullptr;
    if (trace != nullptr) {
      trace->dates.push_back({});
      step = &trace->dates.back();
      step->instalment = instalment;
      step->formula = std::move(text);
      step->raw = raw;
      step->shift = formula->shift;
    }
    days.reset_provisional();
    const Date due = shift_date(raw, formula->shift, days, step);
    const bool provisional = days.provisional();
    out.push_back({raw, due, provisional, days.uncovered_year()});
    if (step != nullptr) {
      step->due = due;
      step->provisional = provisional;
    }
  };
  switch (formula->form) {
  case DateFormula::Form::month_day: {
    int instalment = 0;
    for (const int months : formula->months_after) {
      ++instalment;
      const Date raw = month_day(anchor, months, formula->day);
      std::string text;
      if (trace != nullptr)
        text = fmt::format("{} of the {} {}",
                           formula->day == 0 ? std::string("the last day")
                                             : "day " + std::to_string(formula->day),
                           months == 0 ? std::string("month of") : ordinal(months) + " month after",
                           format_date(anchor));
      finish(raw, instalment, std::move(text));
    }
    break;
  }
  case DateFormula::Form::calendar_days: {
    const Date raw = anchor + date::days{formula->count};
    std::string text;
    if (trace != nullptr)
      text = fmt::format("{} {} {}", plural(std::abs(formula->count), "calendar day"),
                         formula->count < 0 ? "before" : "after", format_date(anchor));
    finish(raw, 1, std::move(text));
    break;
  }
  case DateFormula::Form::working_days: {
    days.reset_provisional();
    const Date raw = days.add(anchor, formula->count);
    std::string text;
    if (trace != nullptr)
      text = fmt::format("the {} working day {} {}", ordinal(std::abs(formula->count)),
                         formula->count < 0 ? "before" : "after", format_date(anchor));
    const bool counted_provisional = days.provisional();
    const int counted_uncovered = days.uncovered_year();
    finish(raw, 1, std::move(text));
    if (counted_uncovered != 0 && out.back().uncovered_year == 0)
      out.back().uncovered_year = counted_uncovered;
    if (counted_provisional) {
      out.back().provisional = true;
      if (trace != nullptr)
        trace->dates.back().provisional = true;
    }
    break;
  }
  }
}

std::string month_list(const std::vector<int>& months) {
  std::vector<std::string> names;
  for (const int m : months)
    names.push_back(ordinal(m));
  if (names.size() == 1)
    return names.front();
  std::string text = join(std::span(names).first(names.size() - 1), ", ");
  return text + " and " + names.back();
}

std::string describe_selector(const RuleOverride& o) {
  std::vector<std::string> parts;
  if (!o.kinds.empty()) {
    std::vector<std::string> kinds;
    for (const auto kind : o.kinds)
      kinds.emplace_back(period_kind_name(kind));
    parts.push_back("for " + join(kinds, ", ") + " periods");
  }
  if (!o.end_months.empty()) {
    std::vector<std::string> months;
    for (const int m : o.end_months)
      months.push_back(std::to_string(m));
    parts.push_back("for periods ending in month " + join(months, ", "));
  }
  if (!o.anchor_days.empty()) {
    std::vector<std::string> days;
    for (const auto& md : o.anchor_days)
      days.push_back(fmt::format("{:02}-{:02}", static_cast<unsigned>(md.month()),
                                 static_cast<unsigned>(md.day())));
    parts.push_back("when the anchor date is " + join(days, ", "));
  }
  return join(parts, " ");
}

} // namespace

std::string_view shift_name(Shift shift) noexcept {
  switch (shift) {
  case Shift::next:
    return "next";
  case Shift::previous:
    return "previous";
  case Shift::none:
    return "none";
  }
  return "next";
}

std::string_view anchor_name(Anchor anchor) noexcept {
  switch (anchor) {
  case Anchor::period_end:
    return "period_end";
  case Anchor::period_start:
    return "period_start";
  case Anchor::event:
    return "event";
  case Anchor::event_end:
    return "event_end";
  }
  return "period_end";
}

bool RuleOverride::matches(const std::optional<Period>& period, Date anchor) const noexcept {
  if (!kinds.empty() &&
      (!period || std::find(kinds.begin(), kinds.end(), period->kind) == kinds.end()))
    return false;
  if (!end_months.empty()) {
    if (!period)
      return false;
    const int month =
        static_cast<int>(static_cast<unsigned>(date::year_month_day{period->end()}.month()));
    if (std::find(end_months.begin(), end_months.end(), month) == end_months.end())
      return false;
  }
  if (!anchor_days.empty()) {
    const date::year_month_day a{anchor};
    if (std::find(anchor_days.begin(), anchor_days.end(), date::month_day{a.month(), a.day()}) ==
        anchor_days.end())
      return false;
  }
  return true;
}

const DateFormula* DeadlineRule::formula_for(const std::optional<Period>& period, Date anchor_day,
                                             const RuleOverride** used) const noexcept {
  if (used != nullptr)
    *used = nullptr;
  for (const auto& o : overrides) {
    if (o.matches(period, anchor_day)) {
      if (used != nullptr)
        *used = &o;
      return o.skip ? nullptr : &o.formula;
    }
  }
  return &formula;
}

void compute_deadline(const DeadlineRule& rule, const DeadlineInput& input, WorkDays& days,
                      std::vector<DueDate>& out) {
  compute(rule, input, days, out, nullptr);
}

DeadlineExplanation explain_deadline(const DeadlineRule& rule, const DeadlineInput& input,
                                     const Calendar& calendar, Coverage coverage) {
  DeadlineExplanation e;
  e.rule = describe_rule(rule, "the event", calendar.country());
  e.basis = rule.basis;
  e.calendar = calendar.name();
  if (input.period)
    e.period = input.period->id();
  const Date anchor = anchor_date(rule, input);
  const RuleOverride* used = nullptr;
  const DateFormula* formula = rule.formula_for(input.period, anchor, &used);
  if (used != nullptr) {
    e.override_used = describe_selector(*used) + ": " +
                      (used->skip ? std::string("no due date")
                                  : describe_formula(used->formula, rule.anchor, "the event",
                                                     calendar.country()));
    if (!used->basis.empty())
      e.basis = used->basis;
  }
  if (formula == nullptr) {
    e.skipped = true;
    return e;
  }
  switch (rule.anchor) {
  case Anchor::period_end:
    e.anchor = fmt::format("{} (end of {})", format_date(anchor), input.period->id());
    break;
  case Anchor::period_start:
    e.anchor = fmt::format("{} (start of {})", format_date(anchor), input.period->id());
    break;
  case Anchor::event:
    e.anchor = fmt::format("{} (event)", format_date(anchor));
    break;
  case Anchor::event_end:
    e.anchor = fmt::format("{} (end of the event's term)", format_date(anchor));
    break;
  }
  WorkDays days(calendar, coverage);
  std::vector<DueDate> out;
  Trace trace;
  compute(rule, input, days, out, &trace);
  e.dates = std::move(trace.dates);
  for (auto& d : e.dates) {
    if (!d.provisional)
      continue;
    std::vector<std::string> notes;
    // The days looked at: from the anchor when counting working days, else raw to due.
    const Date low = formula->form == DateFormula::Form::working_days ? std::min(anchor, d.due)
                                                                      : std::min(d.raw, d.due);
    const Date high =
        std::max({d.raw, d.due, formula->form == DateFormula::Form::working_days ? anchor : d.raw});
    const int first = static_cast<int>(date::year_month_day{low}.year());
    const int last = static_cast<int>(date::year_month_day{high}.year());
    for (int year = first; year <= last; ++year) {
      const CalendarYear* info = calendar.year(year);
      if (info == nullptr)
        notes.push_back(fmt::format("calendar '{}' does not cover {}: only weekends were counted "
                                    "as days off",
                                    calendar.name(), year));
      else if (info->provisional)
        notes.push_back(fmt::format("calendar '{}' for {} is provisional", calendar.name(), year));
    }
    d.provisional_note = join(notes, "; ");
  }
  return e;
}

std::string describe_formula(const DateFormula& f, Anchor anchor, std::string_view event,
                             std::string_view country) {
  const std::string from = anchor == Anchor::event          ? std::string(event)
                           : anchor == Anchor::event_end    ? "the end of the event's term"
                           : anchor == Anchor::period_start ? "the start of the period"
                                                            : "the end of the period";
  std::string text;
  switch (f.form) {
  case DateFormula::Form::month_day: {
    const std::string day = f.day == 0 ? "the last day" : "day " + std::to_string(f.day);
    if (f.months_after.size() == 1 && f.months_after.front() == 0)
      text = fmt::format("{} of the month of {}", day, from);
    else
      text = fmt::format(
          "{} of the {} month{} after {}{}", day, month_list(f.months_after),
          f.months_after.size() > 1 ? "s" : "", from,
          f.months_after.size() > 1 ? fmt::format(" ({} instalments)", f.months_after.size()) : "");
    break;
  }
  case DateFormula::Form::calendar_days:
    text = fmt::format("{} {} {}", plural(std::abs(f.count), "calendar day"),
                       f.count < 0 ? "before" : "after", from);
    break;
  case DateFormula::Form::working_days:
    text = fmt::format("{} {} {}", plural(std::abs(f.count), "working day"),
                       f.count < 0 ? "before" : "after", from);
    break;
  }
  switch (f.shift) {
  case Shift::next:
    text +=
        country == "kz"
            ? "; if that is a day off, the next working day (Tax Code of Kazakhstan art. 64 p.2)"
            : "; if that is a day off, the next working day (Tax Code art. 6.1 p.7)";
    break;
  case Shift::previous:
    text += "; if that is a day off, the previous working day";
    break;
  case Shift::none:
    if (f.form != DateFormula::Form::working_days)
      text += "; not moved off days off";
    break;
  }
  return text;
}

std::string describe_rule(const DeadlineRule& rule, std::string_view event,
                          std::string_view country) {
  std::string text = describe_formula(rule.formula, rule.anchor, event, country);
  for (const auto& o : rule.overrides)
    text += "; " + describe_selector(o) + ": " +
            (o.skip ? std::string("no due date")
                    : describe_formula(o.formula, rule.anchor, event, country));
  return text;
}

Json explanation_to_json(const DeadlineExplanation& e) {
  Json dates = Json::array();
  for (const auto& d : e.dates) {
    Json skipped = Json::array();
    for (const auto& s : d.skipped)
      skipped.push_back({{"date", format_date(s.date)}, {"reason", s.reason}});
    dates.push_back({{"instalment", d.instalment},
                     {"formula", d.formula},
                     {"raw", format_date(d.raw)},
                     {"shift", shift_name(d.shift)},
                     {"skipped", skipped},
                     {"due", format_date(d.due)},
                     {"provisional", d.provisional},
                     {"provisional_note", json_or_null(d.provisional_note)}});
  }
  return Json{{"rule", e.rule},
              {"basis", json_or_null(e.basis)},
              {"calendar", e.calendar},
              {"period", json_or_null(e.period)},
              {"anchor", json_or_null(e.anchor)},
              {"override", json_or_null(e.override_used)},
              {"skipped", e.skipped},
              {"dates", dates}};
}

} // namespace acctcore
