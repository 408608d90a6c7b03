#include "config/config.hpp"

#include "util/contact.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/money.hpp"
#include "util/text.hpp"
#include "util/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace acctcore {

namespace {

constexpr std::string_view k_sections[] = {"firm", "database", "reminders", "digest"};
constexpr std::string_view k_digest_keys[] = {"overhead_percent", "overhead_days"};
constexpr std::string_view k_firm_keys[] = {"name",  "country", "timezone",    "currency",
                                            "phone", "email",   "accent_color"};
constexpr std::string_view k_database_keys[] = {"busy_timeout_ms"};
constexpr std::string_view k_reminder_keys[] = {"policy", "working_hours", "attempts",
                                                "horizon_days", "timeout_seconds"};

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
  std::string text;
  try {
    text = read_file(path);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::not_found)
      throw; // unreadable, a directory, a folder without permission: never the defaults
    Config config;
    config.path = path;
    return config;
  }
  return parse_config(text, path);
}

Config parse_config(std::string_view text, const std::filesystem::path& path) {
  Config config;
  config.path = path;
  const std::string file = path.string();
  std::vector<Diagnostic> problems;
  const auto root = parse_toml(text, file, problems);
  if (!root)
    throw_diagnostics(ErrorKind::invalid, tr("invalid config"), problems);
  TomlProblems report(file, problems);
  report.reject_unknown(*root, k_sections, "the config");
  const auto section = [&](std::string_view name) -> const toml::table* {
    if (const auto* node = root->get(name)) {
      if (const auto* table = node->as_table())
        return table;
      report.at(*node, trf("'{}' must be a table ([{}])", name, name));
    }
    return nullptr;
  };

  if (const auto* firm = section("firm")) {
    report.reject_unknown(*firm, k_firm_keys, "[firm]");
    FirmConfig& f = config.firm;
    const auto at = [&](std::string_view key) -> const toml::node& { return *firm->get(key); };
    f.name = report.string(*firm, "name", "[firm]").value_or("");
    if (auto country = report.string(*firm, "country", "[firm]")) {
      f.country = *country;
      if (std::find(std::begin(k_countries), std::end(k_countries), f.country) ==
          std::end(k_countries))
        report.at(at("country"), trf("unknown country '{}' (known: 'ru', 'kz')", f.country));
    }
    f.timezone = report.string(*firm, "timezone", "[firm]").value_or(default_timezone(f.country));
    if (firm->contains("timezone") && !time_zone_exists(f.timezone))
      report.at(at("timezone"), trf("unknown time zone '{}'", f.timezone));
    f.currency = report.string(*firm, "currency", "[firm]").value_or(default_currency(f.country));
    if (firm->contains("currency") && std::find(std::begin(k_currencies), std::end(k_currencies),
                                                f.currency) == std::end(k_currencies))
      report.at(at("currency"), trf("unknown currency '{}'", f.currency));
    if (auto colour = report.string(*firm, "accent_color", "[firm]")) {
      f.accent_color = *colour;
      if (!is_hex_colour(f.accent_color))
        report.at(at("accent_color"), tr("'firm.accent_color' must look like '#1f6feb'"));
    }
    if (auto email = report.string(*firm, "email", "[firm]")) {
      try {
        f.email = normalize_email(*email);
      } catch (const Error& e) {
        report.at(at("email"), e.what());
      }
    }
    if (auto phone = report.string(*firm, "phone", "[firm]")) {
      try {
        f.phone = normalize_phone(*phone);
      } catch (const Error& e) {
        report.at(at("phone"), e.what());
      }
    }
  }
  if (const auto* database = section("database")) {
    report.reject_unknown(*database, k_database_keys, "[database]");
    if (const auto* node = database->get("busy_timeout_ms")) {
      if (!node->is_integer())
        report.at(*node, tr("'database.busy_timeout_ms' must be an integer"));
      else if (auto ms = report.integer(*node, "database.busy_timeout_ms", 0, 3600000))
        config.busy_timeout_ms = *ms;
    }
  }
  if (const auto* reminders = section("reminders")) {
    report.reject_unknown(*reminders, k_reminder_keys, "[reminders]");
    ReminderSettings& r = config.reminders;
    r.policy = report.string(*reminders, "policy", "[reminders]").value_or(r.policy);
    if (const auto* node = reminders->get("working_hours")) {
      const auto hours = report.strings(*reminders, "working_hours", "[reminders]");
      std::optional<int> start, end;
      if (hours.size() == 2) {
        start = parse_time_of_day(hours[0]);
        end = parse_time_of_day(hours[1]);
      }
      if (!start || !end || *start >= *end)
        report.at(*node, tr("'reminders.working_hours' must be two times of day, the start before "
                            "the end: [\"09:00\", \"18:00\"]"));
      else
        r.hours = {*start, *end};
    }
    r.attempts = report.integer(*reminders, "attempts", 1, 100, "[reminders]").value_or(r.attempts);
    r.horizon_days =
        report.integer(*reminders, "horizon_days", 7, 366, "[reminders]").value_or(r.horizon_days);
    r.timeout_seconds = report.integer(*reminders, "timeout_seconds", 1, 3600, "[reminders]")
                            .value_or(r.timeout_seconds);
  }
  if (const auto* digest = section("digest")) {
    report.reject_unknown(*digest, k_digest_keys, "[digest]");
    DigestSettings& d = config.digest;
    d.overhead_percent = report.integer(*digest, "overhead_percent", 1, 100, "[digest]")
                             .value_or(d.overhead_percent);
    d.overhead_days =
        report.integer(*digest, "overhead_days", 7, 366, "[digest]").value_or(d.overhead_days);
  }
  if (!problems.empty()) {
    sort_diagnostics(problems);
    throw_diagnostics(ErrorKind::invalid, tr("invalid config"), problems);
  }
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

[reminders]
# The policy (templates' reminders/ folder) of tasks whose template names none; "none": no reminders.
# policy = "default"
# Reminders arrive within these hours, local time of the recipient, on working days.
# working_hours = ["09:00", "18:00"]
# Hook runs before a reminder is given up (state "failed").
# attempts = 5
# Reminders exist for open tasks due within this many days from today.
# horizon_days = 45
# A hook running longer than this is stopped and the attempt counts as failed.
# timeout_seconds = 30

[digest]
# The firm digest lists clients whose communication and administration time is above this share
# (percent) of the time logged over the last overhead_days days.
# overhead_percent = 10
# overhead_days = 90
)",
                     toml_quote(firm.name), toml_quote(firm.country), toml_quote(firm.timezone),
                     toml_quote(firm.currency));
}

} // namespace acctcore
