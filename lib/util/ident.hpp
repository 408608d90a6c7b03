#pragma once

#include <string_view>

namespace acctcore {

/// Longest handle or slug accepted.
inline constexpr size_t k_max_identifier_length = 40;

/// True for a valid handle (staff) or slug (client): a lowercase latin letter, then lowercase
/// latin letters, digits, '.', '_' or '-', not ending in punctuation, at most 40 characters.
/// Such names are safe in shells, file names and URLs, and never look like an option or an id.
bool is_valid_identifier(std::string_view value) noexcept;

/// Throws Error(invalid) explaining the rule when `value` is not a valid identifier; `kind` is
/// "handle" or "slug". The hint suggests a fixed form when one is obvious.
void require_identifier(std::string_view kind, std::string_view value);

} // namespace acctcore
