#include "digest/render.hpp"

#include <array>

namespace acctcore {

namespace {

constexpr std::array<std::string_view, 6> k_format_names = {"text", "md",  "html",
                                                            "json", "csv", "ics"};

} // namespace

std::optional<DigestFormat> parse_digest_format(std::string_view name) noexcept {
  for (size_t i = 0; i < k_format_names.size(); ++i)
    if (k_format_names[i] == name)
      return static_cast<DigestFormat>(i);
  return std::nullopt;
}

std::string_view digest_format_name(DigestFormat format) noexcept {
  return k_format_names[static_cast<size_t>(format)];
}

std::vector<std::string> digest_format_names() {
  return {k_format_names.begin(), k_format_names.end()};
}

} // namespace acctcore
