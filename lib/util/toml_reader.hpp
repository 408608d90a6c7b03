#pragma once

// Shared reading of acct's TOML files (config, calendars, deadline rules, templates): every
// problem becomes a Diagnostic with file:line:column, and unknown keys are always reported.
// Only code that reads TOML includes this header (toml++ is heavy to compile).

#include "util/error.hpp"
#include "util/toml.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// Parses TOML text; a syntax error is appended to `problems` (lowercased, with its position)
/// and nullopt returned.
std::optional<toml::table> parse_toml(std::string_view text, const std::string& file,
                                      std::vector<Diagnostic>& problems);

/// Collects the problems of one file.
class TomlProblems {
public:
  TomlProblems(std::string file, std::vector<Diagnostic>& out)
      : m_file(std::move(file)), m_out(out) {}

  const std::string& file() const noexcept { return m_file; }
  /// How many problems have been collected so far (across the whole list).
  std::size_t count() const noexcept { return m_out.size(); }

  void at(const toml::source_region& where, std::string message);
  void at(const toml::node& node, std::string message) { at(node.source(), std::move(message)); }
  void at_line(int line, std::string message);

  /// Reports every key of `table` not in `known`, at the key: "unknown key 'x' in <where>".
  void reject_unknown(const toml::table& table, std::span<const std::string_view> known,
                      std::string_view where);

  /// The string at `key`, or nullopt when absent; a non-string is reported.
  std::optional<std::string> string(const toml::table& table, std::string_view key,
                                    std::string_view where);
  /// The integer at `key` within [min, max], or nullopt when absent or reported.
  std::optional<int> integer(const toml::table& table, std::string_view key, int min, int max,
                             std::string_view where);
  /// `node` as an integer within [min, max], or nullopt (reported).
  std::optional<int> integer(const toml::node& node, std::string_view key, int min, int max);
  /// The boolean at `key`, or nullopt when absent or reported.
  std::optional<bool> boolean(const toml::table& table, std::string_view key,
                              std::string_view where);
  /// The array of strings at `key` (empty when absent); non-strings are reported.
  std::vector<std::string> strings(const toml::table& table, std::string_view key,
                                   std::string_view where);

private:
  std::string m_file;
  std::vector<Diagnostic>& m_out;
};

/// Checks the {placeholders} of a message text against `known`; reports an unclosed brace and
/// each unknown name (with the closest known one) at `node`.
void check_text_placeholders(const toml::node& node, std::string_view text,
                             std::span<const std::string_view> known, TomlProblems& problems);

/// Sorts diagnostics by file, line and column, for reading top to bottom.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

} // namespace acctcore
