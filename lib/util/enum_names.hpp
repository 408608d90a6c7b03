#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace acctcore {

/// The enumerator whose name is `name`, for enums whose values are 0, 1, 2 ... in the order of
/// `names` (the table kept next to the enum); nullopt when no name matches.
template <typename Enum, std::size_t N>
constexpr std::optional<Enum> enum_from_name(const std::string_view (&names)[N],
                                             std::string_view name) noexcept {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name)
      return static_cast<Enum>(i);
  return std::nullopt;
}

/// The name of `value` in `names` (see enum_from_name).
template <typename Enum, std::size_t N>
constexpr std::string_view enum_name(const std::string_view (&names)[N], Enum value) noexcept {
  const auto index = static_cast<std::size_t>(value);
  return index < N ? names[index] : std::string_view{};
}

} // namespace acctcore
