#pragma once

#include "util/money.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace acctcore {

/// JSON as scripts read it: keys keep the documented order (docs/json.md).
using Json = nlohmann::ordered_json;

/// `value` or JSON null.
template <typename T>
Json json_or_null(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

/// A string, or JSON null when it is empty.
inline Json json_or_null(const std::string& value) {
  return value.empty() ? Json(nullptr) : Json(value);
}

/// {"amount_minor": 150000, "currency": "RUB"}, or null.
inline Json money_to_json(const std::optional<Money>& money) {
  if (!money)
    return Json(nullptr);
  return Json{{"amount_minor", money->minor}, {"currency", money->currency}};
}

/// A JSON array of `to_json(item)` for each item.
template <typename Range, typename ToJson>
Json json_array(const Range& items, ToJson&& to_json) {
  Json list = Json::array();
  for (const auto& item : items)
    list.push_back(to_json(item));
  return list;
}

/// Serialises for output: two-space indent, UTF-8 kept as is.
inline std::string dump_json(const Json& value) {
  return value.dump(2, ' ', false);
}

} // namespace acctcore
