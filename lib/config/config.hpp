#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace acctcore {

/// Countries acct knows: their calendars, identifiers and statutory templates.
inline constexpr std::string_view k_countries[] = {"ru", "kz"};

/// The firm itself: client-facing branding and the defaults for its clients.
struct FirmConfig {
  std::string name;                       ///< shown on digests
  std::string country = "ru";             ///< default country of new clients
  std::string timezone = "Europe/Moscow"; ///< IANA zone of the office: "today" and timestamps
  std::string currency = "RUB";           ///< default currency of fees and rates
  std::string phone;                      ///< shown on client digests
  std::string email;                      ///< shown on client digests
  std::string accent_color = "#1f6feb";   ///< HTML digests, "#rrggbb"
};

/// The hours reminders may arrive in, local time of the recipient: [start, end] in minutes
/// since midnight.
struct WorkingHours {
  int start = 9 * 60;
  int end = 18 * 60;
};

/// The [reminders] settings (docs/reminders.md).
struct ReminderSettings {
  std::string policy = "default"; ///< for tasks whose template names none (manual tasks)
  WorkingHours hours;             ///< when reminders may arrive, recipient's local time
  int attempts = 5;               ///< hook runs before a reminder is given up (failed)
  int horizon_days = 45;          ///< reminders exist for open tasks due up to today + this
  int timeout_seconds = 30;       ///< a hook running longer is killed and counts as failed
};

/// [digest]: what the firm digest flags.
struct DigestSettings {
  int overhead_percent = 10; ///< clients whose communication and administration share is above
  int overhead_days = 90;    ///< ...of the time logged in this many days before today
};

/// The settings in config.toml (docs/config.md lists every key).
struct Config {
  FirmConfig firm;
  DigestSettings digest;      ///< [digest]
  int busy_timeout_ms = 5000; ///< [database] busy_timeout_ms
  ReminderSettings reminders; ///< [reminders]
  std::filesystem::path path; ///< where it was read from
  bool loaded = false;        ///< false when the file does not exist and defaults apply
};

/// Default time zone and currency of a country ("ru" -> Europe/Moscow, RUB).
std::string default_timezone(std::string_view country);
std::string default_currency(std::string_view country);

/// Reads the config file; a missing file gives the defaults. Throws Error(invalid) with
/// file:line:column for malformed TOML, an unknown key or a bad value.
Config load_config(const std::filesystem::path& path);

/// The config in `text`, read from `path` (for messages). Throws like load_config.
Config parse_config(std::string_view text, const std::filesystem::path& path);

/// The commented config that `acct init` writes.
std::string render_default_config(const FirmConfig& firm);

} // namespace acctcore
