#include "util/toml_reader.hpp"

#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <tuple>

namespace acctcore {

std::optional<toml::table> parse_toml(std::string_view text, const std::string& file,
                                      std::vector<Diagnostic>& problems) {
  try {
    return toml::parse(text, std::string_view(file));
  } catch (const toml::parse_error& e) {
    std::string message(e.description());
    if (!message.empty())
      message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    problems.push_back({file, static_cast<int>(e.source().begin.line),
                        static_cast<int>(e.source().begin.column), std::move(message)});
    return std::nullopt;
  }
}

void TomlProblems::at(const toml::source_region& where, std::string message) {
  m_out.push_back({m_file, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column),
                   std::move(message)});
}

void TomlProblems::at_line(int line, std::string message) {
  m_out.push_back({m_file, line, 0, std::move(message)});
}

void TomlProblems::reject_unknown(const toml::table& table, std::span<const std::string_view> known,
                                  std::string_view where) {
  for (const auto& [key, node] : table)
    if (std::find(known.begin(), known.end(), key.str()) == known.end())
      at(key.source(), trf("unknown key '{}' in {}", key.str(), where));
}

std::optional<std::string> TomlProblems::string(const toml::table& table, std::string_view key,
                                                std::string_view where) {
  const toml::node* node = table.get(key);
  if (node == nullptr)
    return std::nullopt;
  if (const auto* value = node->as_string())
    return value->get();
  at(*node, trf("'{}' in {} must be a string", key, where));
  return std::nullopt;
}

std::optional<int> TomlProblems::integer(const toml::node& node, std::string_view key, int min,
                                         int max) {
  const auto* value = node.as_integer();
  if (value == nullptr || value->get() < min || value->get() > max) {
    at(node, trf("'{}' must be an integer from {} to {}", key, min, max));
    return std::nullopt;
  }
  return static_cast<int>(value->get());
}

std::optional<int> TomlProblems::integer(const toml::table& table, std::string_view key, int min,
                                         int max, std::string_view) {
  const toml::node* node = table.get(key);
  if (node == nullptr)
    return std::nullopt;
  return integer(*node, key, min, max);
}

std::optional<bool> TomlProblems::boolean(const toml::table& table, std::string_view key,
                                          std::string_view where) {
  const toml::node* node = table.get(key);
  if (node == nullptr)
    return std::nullopt;
  if (const auto* value = node->as_boolean())
    return value->get();
  at(*node, trf("'{}' in {} must be true or false", key, where));
  return std::nullopt;
}

std::vector<std::string> TomlProblems::strings(const toml::table& table, std::string_view key,
                                               std::string_view where) {
  std::vector<std::string> out;
  const toml::node* node = table.get(key);
  if (node == nullptr)
    return out;
  const auto* list = node->as_array();
  if (list == nullptr) {
    at(*node, trf("'{}' in {} must be an array of strings", key, where));
    return out;
  }
  for (const auto& item : *list) {
    if (const auto* text = item.as_string())
      out.push_back(text->get());
    else
      at(item, trf("'{}' in {} must be an array of strings", key, where));
  }
  return out;
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
                   });
}

void check_text_placeholders(const toml::node& node, std::string_view text,
                             std::span<const std::string_view> known, TomlProblems& problems) {
  size_t at = 0;
  while ((at = text.find('{', at)) != std::string_view::npos) {
    const size_t end = text.find('}', at);
    if (end == std::string_view::npos) {
      problems.at(node, tr("unclosed '{' in message text"));
      return;
    }
    const auto name = text.substr(at + 1, end - at - 1);
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      const std::vector<std::string> names(known.begin(), known.end());
      const auto near = closest_match(name, names);
      // TRANSLATORS: {{{}}} is a placeholder name in braces, e.g. {client}.
      problems.at(node, near.empty() ? trf("unknown placeholder '{{{}}}'", name)
                                     : trf("unknown placeholder '{{{}}}' (did you mean '{{{}}}'?)",
                                           name, near));
    }
    at = end + 1;
  }
}

} // namespace acctcore
