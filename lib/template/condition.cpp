#include "template/condition.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

bool truthy(const std::optional<ConditionValue>& value) {
  if (!value)
    return false;
  if (const auto* flag = std::get_if<bool>(&*value))
    return *flag;
  if (const auto* number = std::get_if<std::int64_t>(&*value))
    return *number > 0;
  const auto& word = std::get<std::string>(*value);
  return !word.empty() && word != "false" && word != "0" && word != "no";
}

/// True when one element of the comma-separated list `text` is one of the wanted words.
bool list_matches(const Condition& c, std::string_view text) {
  for (const auto& element : split(text, ','))
    for (const auto& wanted : c.values)
      if (const auto* word = std::get_if<std::string>(&wanted); word && trim(element) == *word)
        return true;
  return false;
}

bool matches(const Condition& c, const ConditionLookup& lookup) {
  const auto value = lookup(c.key);
  if (c.list && value)
    if (const auto* text = std::get_if<std::string>(&*value))
      return list_matches(c, *text);
  for (const auto& wanted : c.values) {
    if (const auto* flag = std::get_if<bool>(&wanted)) {
      if (truthy(value) == *flag)
        return true;
      continue;
    }
    if (value && *value == wanted)
      return true;
  }
  return false;
}

} // namespace

bool evaluate(const Condition& c, const ConditionLookup& lookup) {
  switch (c.op) {
  case Condition::Op::all:
    return std::all_of(c.children.begin(), c.children.end(),
                       [&](const Condition& child) { return evaluate(child, lookup); });
  case Condition::Op::any:
    return std::any_of(c.children.begin(), c.children.end(),
                       [&](const Condition& child) { return evaluate(child, lookup); });
  case Condition::Op::none:
    return std::none_of(c.children.begin(), c.children.end(),
                        [&](const Condition& child) { return evaluate(child, lookup); });
  case Condition::Op::match:
    return matches(c, lookup);
  case Condition::Op::recorded:
    return lookup(c.key).has_value();
  }
  return false;
}

void condition_keys(const Condition& c, std::vector<std::string>& out) {
  if ((c.op == Condition::Op::match || c.op == Condition::Op::recorded) &&
      std::find(out.begin(), out.end(), c.key) == out.end())
    out.push_back(c.key);
  for (const auto& child : c.children)
    condition_keys(child, out);
}

std::string condition_value_text(const ConditionValue& value) {
  if (const auto* flag = std::get_if<bool>(&value))
    return *flag ? "true" : "false";
  if (const auto* number = std::get_if<std::int64_t>(&value))
    return std::to_string(*number);
  return std::get<std::string>(value);
}

std::string describe_condition(const Condition& c) {
  std::vector<std::string> parts;
  for (const auto& child : c.children)
    parts.push_back(describe_condition(child));
  switch (c.op) {
  case Condition::Op::all:
    if (parts.empty())
      return "always";
    return parts.size() == 1 ? parts.front() : "(" + join(parts, " and ") + ")";
  case Condition::Op::any:
    return parts.size() == 1 ? parts.front() : "(" + join(parts, " or ") + ")";
  case Condition::Op::none:
    return "not " + (parts.size() == 1 ? parts.front() : "(" + join(parts, " or ") + ")");
  case Condition::Op::recorded:
    return fmt::format("{} is recorded", c.key);
  case Condition::Op::match: {
    std::vector<std::string> values;
    for (const auto& v : c.values)
      values.push_back(condition_value_text(v));
    if (c.list)
      return values.size() == 1 ? fmt::format("{} has {}", c.key, values.front())
                                : fmt::format("{} has one of [{}]", c.key, join(values, ", "));
    return values.size() == 1 ? fmt::format("{} = {}", c.key, values.front())
                              : fmt::format("{} in [{}]", c.key, join(values, ", "));
  }
  }
  return {};
}

} // namespace acctcore
