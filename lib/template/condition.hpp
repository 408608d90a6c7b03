#pragma once

// `applies_to` conditions of service templates: which clients an obligation is for, tested on
// the client's attributes and effective-dated facts (docs/templates.md#conditions).

#include "util/error.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace acctcore {

/// A value a condition compares with; the same alternatives as a client fact (bool, whole
/// number, word), so facts can be compared without conversion.
using ConditionValue = std::variant<bool, std::int64_t, std::string>;

/// A parsed condition tree.
struct Condition {
  enum class Op : std::uint8_t {
    all,      ///< every child holds (a TOML table's entries; `all = [...]`); empty: always true
    any,      ///< some child holds (`any = [...]`)
    none,     ///< no child holds (`not = {...}`)
    match,    ///< the value of `key` is one of `values`
    recorded, ///< the client has a value for `key` (`recorded = "vat"`), whatever it is
  };
  Op op = Op::all;
  std::string key;                    ///< match: the attribute or fact
  std::vector<ConditionValue> values; ///< match: accepted values (any of them)
  std::vector<Condition> children;
  int line = 0; ///< where it was written, for lint messages
  int column = 0;
  /// match: the value is a list of words separated by commas ("pm,mp-micro", a list-valued
  /// fact such as `rosstat`); the condition holds when one of them is one of `values`.
  bool list = false;

  /// True for the empty condition (applies to every client).
  bool always() const noexcept { return op == Op::all && children.empty(); }
};

/// Looks up an attribute or fact of the client being tested; nullopt when it has none.
using ConditionLookup = std::function<std::optional<ConditionValue>(std::string_view key)>;

/// True when `condition` holds. A match on `true`/`false` tests truthiness: true, or a number
/// above 0 (an employer with a headcount); an absent value counts as false. A match on a word
/// or number tests equality with one of the values (for a list-valued key, of one element).
/// `recorded` tells an absent value from a false one.
bool evaluate(const Condition& condition, const ConditionLookup& lookup);

/// Every key a condition tests, for lint and for knowing which facts matter.
void condition_keys(const Condition& condition, std::vector<std::string>& out);

/// The condition in words, for `acct template show`: "vat = true and form in [ooo, ao]".
std::string describe_condition(const Condition& condition);

/// "true", "42", "osno".
std::string condition_value_text(const ConditionValue& value);

} // namespace acctcore
