#include "template/service.hpp"

#include "util/enum_names.hpp"

#include <fmt/format.h>

namespace acctcore {

namespace {

constexpr std::string_view k_fields[] = {"",           "period",      "period_full", "period_id",
                                         "year",       "instalment",  "client",      "start",
                                         "event_date", "event_until", "note"};

} // namespace

std::string_view title_field_name(TitlePattern::Field field) noexcept {
  return enum_name(k_fields, field);
}

bool TitlePattern::uses(Field field) const noexcept {
  for (const auto& piece : m_pieces)
    if (piece.field == field)
      return true;
  return false;
}

std::string render_title(const TitlePattern& pattern, const TitleValues& v) {
  const Words words = client_words(v.language);
  std::string out;
  for (const auto& piece : pattern.pieces()) {
    switch (piece.field) {
    case TitlePattern::Field::literal:
      out += piece.text;
      break;
    case TitlePattern::Field::period:
      if (v.period)
        out += words.period(*v.period);
      break;
    case TitlePattern::Field::period_full:
      if (v.period)
        out += words.period_full(*v.period);
      break;
    case TitlePattern::Field::period_id:
      if (v.period)
        out += v.period->id();
      break;
    case TitlePattern::Field::year:
      if (v.period)
        out += std::to_string(v.period->year);
      else if (v.event_date)
        out += std::to_string(static_cast<int>(date::year_month_day{*v.event_date}.year()));
      break;
    case TitlePattern::Field::instalment:
      out += v.instalment;
      break;
    case TitlePattern::Field::client:
      out += v.client;
      break;
    case TitlePattern::Field::start:
      if (v.start)
        out += words.date(*v.start);
      break;
    case TitlePattern::Field::event_date:
      if (v.event_date)
        out += words.date(*v.event_date);
      break;
    case TitlePattern::Field::event_until:
      if (v.event_until)
        out += words.date(*v.event_until);
      break;
    case TitlePattern::Field::note:
      out += v.note;
      break;
    }
  }
  return out;
}

bool TermCondition::holds(Date start, std::optional<Date> until) const noexcept {
  if (always())
    return true;
  if (!until)
    return false; // a condition on the term needs one
  // A term of N months from `start` ends on the day before start + N months (01.01-30.06 is six).
  const auto last_day_of = [&](int months) { return add_months(start, months) - date::days{1}; };
  if (at_least_months && *until < last_day_of(*at_least_months))
    return false;
  if (under_months && *until >= last_day_of(*under_months))
    return false;
  return true;
}

const Obligation* Service::obligation(std::string_view code) const noexcept {
  for (const auto& o : obligations)
    if (o.code == code)
      return &o;
  return nullptr;
}

const TaskSpec* Service::spec(TaskOrigin origin, std::string_view code) const noexcept {
  switch (origin) {
  case TaskOrigin::obligation:
    return obligation(code);
  case TaskOrigin::trigger:
    for (const auto& t : triggers)
      if (t.code == code)
        return &t;
    return nullptr;
  case TaskOrigin::programme:
    for (const auto& p : programmes)
      for (const auto& s : p.steps)
        if (s.code == code)
          return &s;
    return nullptr;
  case TaskOrigin::manual:
    return nullptr;
  }
  return nullptr;
}

} // namespace acctcore
