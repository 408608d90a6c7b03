#pragma once

// Effective-dated facts about a client: what its obligations follow from (regime, employer,
// VAT, ...). A fact recorded "from D" is in force from D until the next record of the same key.

#include "util/date.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace acctcore {

/// A fact's value: a flag, a whole number or a word.
using FactValue = std::variant<bool, std::int64_t, std::string>;

/// The facts in force on one day, by key.
using Facts = std::map<std::string, FactValue, std::less<>>;

/// One recorded change: from `from` on, `key` has `value`; nullopt means it has no value any
/// more (the fact was cleared).
struct FactRecord {
  std::string key;
  Date from;
  std::optional<FactValue> value;

  friend bool operator==(const FactRecord&, const FactRecord&) = default;
};

/// Days over which all of a client's facts stay the same.
struct FactSegment {
  Date from;
  std::optional<Date> to; ///< inclusive; nullopt for the last, open-ended segment
  Facts facts;
};

/// A client's facts over time, for "what was in force on day D" questions.
class FactTimeline {
public:
  FactTimeline() = default;
  /// Takes the records in any order; two records of one key on one day are a caller's bug.
  explicit FactTimeline(std::vector<FactRecord> records);

  /// The facts in force on `day`: for each key, its latest record on or before `day`. A key
  /// with no record yet on `day`, or whose latest record clears it, is absent.
  Facts facts_at(Date day) const;

  /// The records in force on `day` (what facts_at is made of, with their dates), by key.
  std::vector<FactRecord> in_force(Date day) const;

  /// The value of one fact on `day`, or nullopt (as facts_at, without building a map).
  std::optional<FactValue> value_at(std::string_view key, Date day) const;

  /// The timeline cut where any fact changes: from the first record on, consecutive segments
  /// with the facts in force throughout each (adjacent equal segments merged). Days before the
  /// first record are in no segment. A planner walks these instead of asking day by day.
  std::vector<FactSegment> segments() const;

  /// The date of the latest record of `key`, or nullopt when there is none.
  std::optional<Date> latest_change(std::string_view key) const;

  /// The earliest record's date, or nullopt when there are no records.
  std::optional<Date> first_change() const;

  /// Every record, ordered by key rank (fact_key_rank), then key, then date.
  const std::vector<FactRecord>& records() const noexcept { return m_records; }

  bool empty() const noexcept { return m_records.empty(); }

private:
  std::vector<FactRecord> m_records;
};

/// The facts acct knows, in documentation order; any other key must start with "x-" (a
/// firm-defined fact). Keep docs/clients.md in sync.
inline constexpr std::string_view k_fact_keys[] = {
    "regime",      "employer",        "vat",           "vat-exempt", "vat-agent",
    "property",    "transport",       "land",          "water-tax",  "trade-fee",
    "tourist-tax", "profit-advances", "property-base", "rosstat"};

/// Facts whose value is a list of words separated by commas (conditions test one element).
inline constexpr std::string_view k_list_fact_keys[] = {"rosstat"};

/// Position of `key` for display: known keys in k_fact_keys order, then firm-defined ones.
size_t fact_key_rank(std::string_view key) noexcept;

/// Throws Error(invalid) unless `key` is a known fact or "x-" plus lowercase latin letters,
/// digits and '-' (suggesting the closest known key for a typo).
void require_fact_key(std::string_view key);

/// What a value is checked against: the client's country and whether it is an individual.
struct FactContext {
  std::string_view country = "ru";
  bool individual = false;
  std::string_view form;    ///< the legal form's code; "" when not known
  std::optional<Date> from; ///< the day the value takes effect, when known
};

/// Parses the value of `key` as typed on the command line or in a spreadsheet cell. Empty text
/// gives nullopt (clears the fact). Known keys are typed and checked (docs/clients.md): regime
/// codes or their Russian names, yes/no words (true/false, да/нет, 1/0, +/-), a headcount for
/// `employer`, a rate in percent for `vat`, Росстат form codes for `rosstat` (stored sorted,
/// joined by commas). A Russian levy or tax detail is refused for a client of another country,
/// one for organisations only for an individual (and a Росстат form for whoever does not file
/// it). Firm-defined keys take true/false, an integer or a word. Throws Error(invalid) naming
/// the key and the values it takes.
std::optional<FactValue> parse_fact_value(std::string_view key, std::string_view text,
                                          const FactContext& context);

/// "KEY=VALUE" split, the key checked, the value parsed with parse_fact_value; a fact that exists
/// only from some day (the tourist tax, from 2025) is refused before it. Throws Error(invalid).
FactRecord parse_fact_assignment(std::string_view text, Date from, const FactContext& context);

/// true/false as bool, an integer as int64, anything else as a string: the value of a
/// firm-defined fact or a subscription parameter.
FactValue parse_untyped_value(std::string_view text);

/// True for a set flag, a positive number, a non-empty word: what a template's condition on a
/// fact tests ("employer" with a headcount of 0 is false).
bool is_truthy(const FactValue& value) noexcept;

/// The value as JSON: true, 12, "usn-income"; null for nullopt.
Json fact_value_to_json(const std::optional<FactValue>& value);

/// The value as people and CSV read it: "true", "12", "usn-income"; "" for nullopt.
std::string format_fact_value(const std::optional<FactValue>& value);

/// {"regime": "osno", "employer": true, ...} in fact_key_rank order.
Json facts_to_json(const Facts& facts);

} // namespace acctcore
