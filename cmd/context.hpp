#pragma once

#include "calendar/loader.hpp"
#include "config/config.hpp"
#include "figures/indicators.hpp"
#include "output.hpp"
#include "remind/reminder.hpp"
#include "store/store.hpp"
#include "template/loader.hpp"
#include "util/clock.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace acctcli {

/// The global options every command accepts (docs/commands/global.md).
struct GlobalOptions {
  std::string db;        ///< --db, ACCT_DB
  std::string config;    ///< --config, ACCT_CONFIG
  std::string templates; ///< --templates, ACCT_TEMPLATES
  std::string today;     ///< --today, ACCT_TODAY
  std::string now;       ///< --now, ACCT_NOW
  bool json = false;
  bool quiet = false;
};

/// What a command needs from the dispatcher; declared once, in its registration.
enum class Access {
  none,  ///< no database (db path, calendar arithmetic)
  read,  ///< an existing database, read-only use: `const Store&`
  write, ///< an existing database inside one IMMEDIATE transaction: `Store&`
  steps, ///< an existing database; the command commits in steps itself (`remind run`)
};

/// Everything a command callback may use. The only place in acct that reads the environment
/// and the real clock; it hands lib/ explicit values.
class Context {
public:
  Context(const GlobalOptions& options, Output& out);

  const GlobalOptions& options() const noexcept { return m_options; }
  Output& out() noexcept { return m_out; }

  /// --db, else ACCT_DB, else $XDG_DATA_HOME/acct/acct.db, else ~/.local/share/acct/acct.db:
  /// an SQLite file, or a PostgreSQL URI. Throws Error(usage) for a URI acct cannot open.
  acctcore::StoreLocation db_location() const;
  /// --config, else ACCT_CONFIG, else $XDG_CONFIG_HOME/acct/config.toml, else ~/.config/...
  std::filesystem::path config_path() const;
  /// The firm's templates directory (--templates, ACCT_TEMPLATES), or empty.
  std::filesystem::path templates_dir() const;
  /// Templates and calendars shipped with acct: <prefix>/share/acct/templates when installed,
  /// the source tree's templates/ when run from a build directory.
  std::filesystem::path bundled_templates_dir() const;

  /// The config file, read on first use.
  const acctcore::Config& config();
  /// The injected clock (--today/--now, else the real clock), in the firm's time zone. Built
  /// without loading the tz database (libc reads the one zone file), so it costs microseconds.
  const acctcore::Clock& clock();
  /// The firm's time zone rules, for showing timestamps; loads the tz database on first use.
  const date::time_zone* zone();
  /// Who is acting: ACCT_USER, else the OS user; at clock().now.
  acctcore::Actor actor();

  /// Bundled calendars with the firm's (templates dir) over them, read on first use.
  const acctcore::CalendarSet& calendars();
  /// The calendar named by --calendar, else the one of the firm's country.
  const acctcore::Calendar& calendar(const std::string& name);
  /// What service templates are checked against (the calendars, the register's facts).
  const acctcore::TemplateRules& template_rules();
  /// Bundled service templates with the firm's over them, read on first use.
  const acctcore::ServiceSet& services();
  /// The templates directories, lowest priority first: the bundled one, then the firm's.
  std::vector<std::filesystem::path> template_dirs() const;

  /// Charts of accounts and financial indicators: bundled with the firm's over them, read on
  /// first use.
  const acctcore::FiguresTemplates& figures();

  /// Reminder policies and messages: bundled with the firm's over them, read on first use.
  const acctcore::ReminderSet& reminders();
  /// What keeping the reminder schedule needs; templates are read only when used.
  acctcore::ReminderInputs reminder_inputs(bool check_policies);
  /// Brings the reminder schedule up to date in the current transaction; warns on stderr about
  /// policies that tasks name but no file defines (those tasks are left for a later sync).
  acctcore::SyncResult sync_reminders(bool check_policies);
  /// What the dispatcher does after each writer, in its transaction, so that a task done,
  /// moved or reassigned has the right reminders the moment it commits: syncs the tasks the
  /// triggers queued and those the horizon reached (two lookups when there are none), without
  /// re-reading the policies. Broken reminder policies must not stop people from working: the
  /// schedule stays queued (the next `acct remind run` reports the problem), and a warning says so.
  void update_reminders();
  /// True once the command synced the schedule itself (the dispatcher need not again).
  bool reminders_synced() const noexcept { return m_reminders_synced; }

  /// The database, for commands declared Access::read or Access::write.
  const acctcore::Store& store() const;
  /// The database for writing; only for commands declared Access::write.
  acctcore::Store& writable_store();

  /// Used by the dispatcher.
  void open_store(Access access);
  /// Before the dispatcher runs a writer again after a serialization failure: forgets what the
  /// failed attempt did and waits a little (longer after each attempt, with jitter).
  void prepare_retry(int attempt);

  /// Standard input, read once: a writer that runs again reads the same ids.
  const std::string& standard_input();

private:
  const GlobalOptions& m_options;
  Output& m_out;
  std::optional<acctcore::Config> m_config;
  std::optional<acctcore::Clock> m_clock;
  const date::time_zone* m_zone = nullptr;
  std::optional<acctcore::Store> m_store;
  std::optional<acctcore::CalendarSet> m_calendars;
  std::optional<acctcore::TemplateRules> m_template_rules;
  std::optional<acctcore::ServiceSet> m_services;
  std::optional<acctcore::ReminderSet> m_reminders;
  std::optional<acctcore::FiguresTemplates> m_figures;
  bool m_reminders_synced = false;
  Access m_access = Access::none;
  std::optional<std::string> m_stdin;
};

/// An environment variable, or "" when unset.
std::string env(const char* name);

/// The gettext catalogues: <build>/locale when run from the build directory, else
/// <prefix>/share/locale of the installed acct.
std::filesystem::path locale_dir();

} // namespace acctcli
