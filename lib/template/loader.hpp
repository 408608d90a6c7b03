#pragma once

#include "template/service.hpp"
#include "util/error.hpp"

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class CalendarSet;

/// What templates are checked against: the calendars, and which attribute and fact keys
/// conditions may test with which values.
struct TemplateRules {
  const CalendarSet* calendars = nullptr;
  std::vector<std::string> attribute_keys; ///< "form", "country", "region"
  std::vector<std::string> fact_keys;      ///< "regime", "employer", ... (plus "x-" ones declared)
  /// Allowed values of a word-valued key ("form" -> ooo, ip, ...); keys not listed take any.
  std::vector<std::pair<std::string, std::vector<std::string>>> values;
  /// Keys whose value is a list of words ("rosstat"): a condition tests one element.
  std::vector<std::string> list_keys;
  std::vector<std::string> roles; ///< work-group roles a task may be assigned to
};

/// The rules acct itself knows: the client register's attributes, facts and their values,
/// and the staff roles.
TemplateRules default_template_rules(const CalendarSet& calendars);

/// Parses one service file, appending every problem with file:line:column; nullopt when
/// nothing usable was read.
std::optional<Service> parse_service_file(const std::string& path, std::string_view text,
                                          const TemplateRules& rules,
                                          std::vector<Diagnostic>& problems);

/// All services of a run: the bundled ones and the firm's, the firm's replacing a bundled one
/// with the same id.
class ServiceSet {
public:
  const Service* find(std::string_view id) const noexcept;
  /// The service `id`; Error(not_found) with the known ids otherwise.
  const Service& get(std::string_view id) const;
  const std::vector<Service>& all() const noexcept { return m_services; }
  /// Every event kind some trigger reacts to, sorted.
  std::vector<std::string> event_kinds() const;

private:
  friend ServiceSet load_services(std::span<const std::filesystem::path> directories,
                                  const TemplateRules& rules);
  std::vector<Service> m_services;
};

/// Reads `services/*.toml` of each templates directory, lowest priority first (the bundled
/// directory first, then the firm's): a later file with the same service id replaces an
/// earlier one. Throws Error(invalid) listing every problem with file:line:column.
ServiceSet load_services(std::span<const std::filesystem::path> directories,
                         const TemplateRules& rules);

/// Lints paths: a service file, a directory of them, or a templates directory (its services/).
/// Returns every problem instead of throwing; an empty list means clean.
std::vector<Diagnostic> lint_service_paths(std::span<const std::filesystem::path> paths,
                                           const TemplateRules& rules,
                                           int* files_checked = nullptr);

} // namespace acctcore
