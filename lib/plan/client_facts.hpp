#pragma once

// A client's facts over time as the planner reads them: internal to lib/plan (desired.cpp and
// gaps.cpp), with conditions evaluated once per span of days over which nothing changes.

#include "plan/desired.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace acctcore {

/// The spans of a PlanClient, with the days before its first recorded fact as span 0 (no
/// facts), and the attributes (form, country, region) looked up beside the facts.
class ClientFacts {
public:
  explicit ClientFacts(const PlanClient& client);

  size_t span_count() const noexcept { return m_spans.size(); }
  /// The first day of span `i`.
  Date span_from(size_t i) const noexcept { return m_spans[i].from; }
  /// The last day of span `i` (far in the future for the last one).
  Date span_to(size_t i) const noexcept { return m_spans[i].to; }
  /// False for span 0, the days before any fact was recorded.
  bool has_facts(size_t i) const noexcept { return m_spans[i].facts != nullptr; }
  /// The facts of span `i` (empty for span 0).
  std::span<const std::pair<std::string, ConditionValue>> facts(size_t i) const noexcept;

  /// Evaluates `condition` in every span.
  std::vector<bool> evaluate_spans(const Condition& condition) const;
  /// True when `condition` holds in span `i`.
  bool holds_in(const Condition& condition, size_t i) const;
  /// The value of `key` in span `i`, or nullopt.
  std::optional<ConditionValue> value_in(std::string_view key, size_t i) const;
  /// True when `per_span` (from evaluate_spans) holds on some day of [from, to].
  bool any_day(const std::vector<bool>& per_span, Date from, Date to) const;
  /// True when `condition` holds on `day`.
  bool holds_at(const Condition& condition, Date day) const;

private:
  struct Span {
    Date from;
    Date to;
    const FactSpan* facts;
  };

  ConditionLookup lookup_for(const FactSpan* facts) const;

  const PlanClient& m_client;
  std::vector<Span> m_spans;
};

} // namespace acctcore
