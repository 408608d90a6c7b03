#include "config/config.hpp"

#include "util/contact.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <vector>

namespace acctcore {

namespace {

/// Reads one TOML table against the keys it may hold, collecting problems with their position.
class TableReader {
public:
  TableReader(const toml::table& table, std::string section, std::string file,
              std::vector<Diagnostic>& problems)
      : m_table(table), m_section(std::move(section)), m_file(std::move(file)),
        m_problems(problems) {}

  void string(std::string_view key, std::string& out) {
    m_known.emplace_back(key);
    if (const auto* node = m_table.get(key)) {
      if (const auto* value = node->as_string())
        out = value->get();
      else
        problem(*node, fmt::format("'{}' must be a string", qualified(key)));
    }
  }

  void integer(std::string_view key, int& out) {
    m_known.emplace_back(key);
    if (const auto* node = m_table.get(key)) {
      if (const auto* value = node->as_integer())
        out = static_cast<int>(value->get());
      else
        problem(*node, fmt::format("'{}' must be an integer", qualified(key)));
    }
  }

  /// Reports every key that no reader asked for.
  void reject_unknown() {
    for (const auto& [key, node] : m_table)
      if (std::find(m_known.begin(), m_known.end(), key.str()) == m_known.end())
        problem_at(key.source(), fmt::format("unknown key '{}'", qualified(key.str())));
  }

  void problem_at(const toml::source_region& where, std::string message) {
    m_problems.push_back({m_file, static_cast<int>(where.begin.line),
                          static_cast<int>(where.begin.column), std::move(message)});
  }

  void problem(const toml::node& node, std::string message) {
    problem_at(node.source(), std::move(message));
  }

  const toml::node* get(std::string_view key) const { return m_table.get(key); }

private:
  std::string qualified(std::string_view key) const {
    return m_section.empty() ? std::string(key) : m_section + "." + std::string(key);
  }

  const toml::table& m_table;
  std::string m_section;
  std::string m_file;
  std::vector<Diagnostic>& m_problems;
  std::vector<std::string> m_known;
};

/// A TOML basic string literal for `text`.
std::string toml_quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\')
      out += '\\';
    if (static_cast<unsigned char>(c) < 0x20)
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    else
      out += c;
  }
  return out + "\"";
}

bool is_hex_colour(std::string_view text) {
  return text.size() == 7 && text[0] == '#' &&
         std::all_of(text.begin() + 1, text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
         });
}

} // namespace

std::string default_timezone(std::string_view country) {
  return country == "kz" ? "Asia/Almaty" : "Europe/Moscow";
}

std::string default_currency(std::string_view country) {
  return country == "kz" ? "KZT" : "RUB";
}

Config load_config(const std::filesystem::path& path) {
  Config config;
  config.path = path;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    return config;
  const std::string file = path.string();
  toml::table root;
  try {
    root = toml::parse_file(file);
  } catch (const toml::parse_error& e) {
    throw Error(ErrorKind::invalid, fmt::format("{}:{}:{}: {}", file, e.source().begin.line,
                                                e.source().begin.column, e.description()));
  }
  std::vector<Diagnostic> problems;
  TableReader top(root, "", file, problems);
  const auto section = [&](std::string_view name) -> const toml::table* {
    if (const auto* node = top.get(name)) {
      if (const auto* table = node->as_table())
        return table;
      top.problem(*node, fmt::format("'{}' must be a table ([{}])", name, name));
    }
    return nullptr;
  };

  bool country_set = false, timezone_set = false, currency_set = false;
  if (const auto* firm = section("firm")) {
    TableReader reader(*firm, "firm", file, problems);
    country_set = firm->contains("country");
    timezone_set = firm->contains("timezone");
    currency_set = firm->contains("currency");
    reader.string("name", config.firm.name);
    reader.string("country", config.firm.country);
    reader.string("timezone", config.firm.timezone);
    reader.string("currency", config.firm.currency);
    reader.string("phone", config.firm.phone);
    reader.string("email", config.firm.email);
    reader.string("accent_color", config.firm.accent_color);
    reader.reject_unknown();
    const auto at = [&](std::string_view key) -> const toml::node& { return *firm->get(key); };
    if (country_set && std::find(std::begin(k_countries), std::end(k_countries),
                                 config.firm.country) == std::end(k_countries))
      reader.problem(at("country"),
                     fmt::format("unknown country '{}' (known: 'ru', 'kz')", config.firm.country));
    if (!timezone_set)
      config.firm.timezone = default_timezone(config.firm.country);
    else if (!time_zone_exists(config.firm.timezone))
      reader.problem(at("timezone"), fmt::format("unknown time zone '{}'", config.firm.timezone));
    if (!currency_set)
      config.firm.currency = default_currency(config.firm.country);
    else if (std::find(std::begin(k_currencies), std::end(k_currencies), config.firm.currency) ==
             std::end(k_currencies))
      reader.problem(at("currency"), fmt::format("unknown currency '{}'", config.firm.currency));
    if (firm->contains("accent_color") && !is_hex_colour(config.firm.accent_color))
      reader.problem(at("accent_color"), "'firm.accent_color' must look like '#1f6feb'");
    if (firm->contains("email")) {
      try {
        config.firm.email = normalize_email(config.firm.email);
      } catch (const Error& e) {
        reader.problem(at("email"), e.what());
      }
    }
    if (firm->contains("phone")) {
      try {
        config.firm.phone = normalize_phone(config.firm.phone);
      } catch (const Error& e) {
        reader.problem(at("phone"), e.what());
      }
    }
  }
  if (const auto* database = section("database")) {
    TableReader reader(*database, "database", file, problems);
    reader.integer("busy_timeout_ms", config.busy_timeout_ms);
    reader.reject_unknown();
    if (config.busy_timeout_ms < 0)
      reader.problem(*database->get("busy_timeout_ms"), "'database.busy_timeout_ms' must be >= 0");
  }
  for (const auto& [key, node] : root)
    if (key != "firm" && key != "database")
      top.problem_at(key.source(), fmt::format("unknown section or key '{}'", key.str()));

  std::stable_sort(problems.begin(), problems.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.line, a.column) < std::pair(b.line, b.column);
  });
  if (!problems.empty())
    throw_diagnostics(ErrorKind::invalid, "invalid config", problems);
  config.loaded = true;
  return config;
}

std::string render_default_config(const FirmConfig& firm) {
  return fmt::format(R"(# acct configuration (docs/config.md describes every key).
# Lines starting with '#' are comments; uncomment a key to change it.

[firm]
# Shown on client digests and reminders.
name = {}
# Default country of new clients: "ru" or "kz".
country = {}
# IANA time zone of the office: decides what "today" is and how times are shown.
timezone = {}
# Currency of fees and hourly rates: RUB, KZT, USD or EUR.
currency = {}
# Contacts and branding for client digests.
# phone = "+7 495 000-00-00"
# email = "office@example.ru"
# accent_color = "#1f6feb"

[database]
# How long to wait, in milliseconds, when another acct process is writing.
# busy_timeout_ms = 5000
)",
                     toml_quote(firm.name), toml_quote(firm.country), toml_quote(firm.timezone),
                     toml_quote(firm.currency));
}

} // namespace acctcore
