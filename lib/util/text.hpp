#pragma once

#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text) noexcept;

/// Byte offset of the first malformed UTF-8 sequence in `text`, or npos when it is well-formed.
size_t invalid_utf8_offset(std::string_view text) noexcept;

/// A copy for matching, not for showing: ASCII and Cyrillic (Russian and Kazakh letters)
/// lowercased, 'ё' folded to 'е'. "ИНН" and "инн" match, as do "Сотрудники" and "сотрудники".
std::string fold_case(std::string_view text);

/// `text` trimmed, or Error(invalid) naming `what` ("the name must not be empty") when it is
/// empty, not UTF-8, more than one line, has control characters, or is wider than `max_width`.
std::string require_single_line(std::string_view what, std::string_view text,
                                size_t max_width = 200);

/// Number of terminal columns `text` takes: one per code point, two for East Asian wide and
/// emoji, none for combining marks and zero-width characters. Assumes valid UTF-8.
size_t display_width(std::string_view text) noexcept;

/// `text` cut to at most `width` columns, ending in "…" when something was cut.
std::string truncate_to_width(std::string_view text, size_t width);

/// `text` padded with spaces on the right (or left) to `width` columns.
std::string pad_right(std::string_view text, size_t width);
std::string pad_left(std::string_view text, size_t width);

/// `text` without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view text) noexcept;

/// ASCII-lowercased copy (Cyrillic is left alone).
std::string to_lower_ascii(std::string_view text);

/// Splits on `separator`, keeping empty fields.
std::vector<std::string> split(std::string_view text, char separator);

/// Joins with `separator`.
std::string join(std::span<const std::string> parts, std::string_view separator);

/// `text` with each {name} replaced by `value(name)`, or left as written when that gives
/// nullopt (message templates of reminders and notifications).
std::string
fill_placeholders(std::string_view text,
                  const std::function<std::optional<std::string>(std::string_view)>& value);

/// The parts that are not empty, joined with `separator`: a phone and an e-mail, either of
/// which may be missing.
std::string join_nonempty(std::initializer_list<std::string_view> parts,
                          std::string_view separator = ", ");

/// True when `text` contains an ASCII control character other than tab and newline.
bool has_control_chars(std::string_view text) noexcept;

/// Levenshtein distance by code units; for "did you mean" suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo; empty otherwise.
std::string closest_match(std::string_view word, std::span<const std::string> candidates);

/// The hint for `word` that is not one of `candidates`: "did you mean 'x'?" when it is a likely
/// typo of one, else `otherwise` (usually what is allowed).
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates,
                         std::string otherwise);

/// "'a', 'b' or 'c'" for messages that list the allowed values.
std::string quoted_list(std::span<const std::string> values,
                        std::string_view last_separator = " or ");

class Error;

/// Error(not_found) "unknown WHAT 'KEY'", hinting "did you mean" when `key` looks like a typo of
/// one of `known`, else listing them: "LISTED: 'a' and 'b' (see 'COMMAND')".
Error unknown_name_error(std::string_view what, std::string_view key,
                         std::span<const std::string> known, std::string_view listed,
                         std::string_view command);

} // namespace acctcore
