#include "context.hpp"

#include "acct_version.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <iterator>
#include <pwd.h>
#include <thread>
#include <unistd.h>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

namespace {

/// $XDG_<kind>_HOME if set and absolute (the spec says to ignore relative ones), else ~/<fallback>.
std::filesystem::path xdg_dir(const char* variable, const char* fallback) {
  const std::string xdg = env(variable);
  if (!xdg.empty() && xdg.front() == '/')
    return xdg;
  const std::string home = env("HOME");
  if (home.empty())
    throw Error(ErrorKind::usage, trf("neither {} nor HOME is set", variable),
                tr("pass the path explicitly (--db, --config)"));
  return std::filesystem::path(home) / fallback;
}

} // namespace

Context::Context(const GlobalOptions& options, Output& out) : m_options(options), m_out(out) {}

acctcore::StoreLocation Context::db_location() const {
  if (!m_options.db.empty())
    return acctcore::parse_store_location(m_options.db);
  return {acctcore::StoreKind::sqlite,
          (xdg_dir("XDG_DATA_HOME", ".local/share") / "acct" / "acct.db").string()};
}

std::filesystem::path Context::config_path() const {
  if (!m_options.config.empty())
    return m_options.config;
  return xdg_dir("XDG_CONFIG_HOME", ".config") / "acct" / "config.toml";
}

std::filesystem::path Context::templates_dir() const {
  if (m_options.templates.empty())
    return {};
  std::error_code ec;
  if (!std::filesystem::is_directory(m_options.templates, ec))
    throw Error(ErrorKind::not_found,
                trf("templates directory '{}' does not exist", m_options.templates),
                tr("check --templates or ACCT_TEMPLATES"));
  return m_options.templates;
}

namespace {

/// The running binary, or empty when /proc is not there.
std::filesystem::path executable() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path{} : exe;
}

/// True when this is the binary in its build directory (tests, development).
bool run_from_build_dir(const std::filesystem::path& exe) {
  const std::string build_dir = ACCT_BUILD_DIR;
  return exe.string().compare(0, build_dir.size() + 1, build_dir + "/") == 0;
}

/// <prefix>/share of an installed acct: next to the binary (relocatable, `dpkg -x` into a
/// scratch root), else the configured install prefix.
std::filesystem::path installed_share_dir(const std::filesystem::path& exe) {
  std::error_code ec;
  const auto share = exe.parent_path().parent_path() / "share";
  if (!exe.empty() && std::filesystem::is_directory(share / "acct", ec))
    return share;
  return ACCT_INSTALL_DATADIR;
}

} // namespace

std::filesystem::path Context::bundled_templates_dir() const {
  // From its build directory acct uses the source tree's templates, never a stale install.
  const auto exe = executable();
  if (run_from_build_dir(exe))
    return ACCT_SOURCE_TEMPLATES_DIR;
  return installed_share_dir(exe) / "acct" / "templates";
}

std::filesystem::path locale_dir() {
  const auto exe = executable();
  if (run_from_build_dir(exe))
    return std::filesystem::path(ACCT_BUILD_DIR) / "locale";
  return installed_share_dir(exe) / "locale";
}

const acctcore::Config& Context::config() {
  if (!m_config)
    m_config = acctcore::load_config(config_path());
  return *m_config;
}

const date::time_zone* Context::zone() {
  if (m_zone == nullptr)
    m_zone = acctcore::require_time_zone(config().firm.timezone);
  return m_zone;
}

const acctcore::Clock& Context::clock() {
  if (m_clock)
    return *m_clock;
  const std::string& zone_name = config().firm.timezone;
  acctcore::require_time_zone_name(zone_name);
  // libc's local time for the firm's zone: reads one zone file instead of the whole database.
  ::setenv("TZ", (":" + zone_name).c_str(), 1);
  ::tzset();
  std::optional<acctcore::Timestamp> now;
  std::optional<acctcore::Date> today;
  if (!m_options.today.empty())
    today = acctcore::require_date(m_options.today, "--today (ACCT_TODAY)");
  if (!m_options.now.empty()) {
    now = acctcore::parse_timestamp(m_options.now, nullptr);
    if (!now) // no offset: local time in the firm's zone, which needs the zone's rules
      now = acctcore::parse_timestamp(m_options.now, zone());
    if (!now)
      throw Error(ErrorKind::invalid,
                  trf("invalid timestamp '{}' for --now (ACCT_NOW)", m_options.now),
                  tr("write it like 2026-04-27T09:30:00+03:00; without an offset it is the firm's "
                     "local time"));
  }
  if (!now && today) {
    const date::year_month_day ymd{*today};
    std::tm local{};
    local.tm_year = static_cast<int>(ymd.year()) - 1900;
    local.tm_mon = static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
    local.tm_mday = static_cast<int>(static_cast<unsigned>(ymd.day()));
    local.tm_isdst = -1;
    now = acctcore::Timestamp{std::chrono::seconds{::mktime(&local)}};
  }
  if (!now)
    now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (!today) {
    const std::time_t t = now->time_since_epoch().count();
    std::tm local{};
    ::localtime_r(&t, &local);
    today = acctcore::Date{date::year{local.tm_year + 1900} /
                           date::month{static_cast<unsigned>(local.tm_mon + 1)} /
                           date::day{static_cast<unsigned>(local.tm_mday)}};
  }
  m_clock = acctcore::Clock{*today, *now};
  return *m_clock;
}

acctcore::Actor Context::actor() {
  std::string user = env("ACCT_USER");
  if (user.empty()) {
    if (const passwd* pw = ::getpwuid(::geteuid()); pw != nullptr && pw->pw_name != nullptr)
      user = pw->pw_name;
    else
      user = fmt::format("uid {}", ::geteuid());
  }
  return acctcore::Actor{user, clock().now};
}

const acctcore::CalendarSet& Context::calendars() {
  if (!m_calendars) {
    std::vector<std::filesystem::path> directories{bundled_templates_dir() / "calendars"};
    if (const auto firm = templates_dir(); !firm.empty())
      directories.push_back(firm / "calendars");
    m_calendars = acctcore::load_calendars(directories);
  }
  return *m_calendars;
}

std::vector<std::filesystem::path> Context::template_dirs() const {
  std::vector<std::filesystem::path> directories{bundled_templates_dir()};
  if (const auto firm = templates_dir(); !firm.empty())
    directories.push_back(firm);
  return directories;
}

const acctcore::TemplateRules& Context::template_rules() {
  if (!m_template_rules)
    m_template_rules = acctcore::default_template_rules(calendars());
  return *m_template_rules;
}

const acctcore::ServiceSet& Context::services() {
  if (!m_services)
    m_services = acctcore::load_services(template_dirs(), template_rules());
  return *m_services;
}

const acctcore::FiguresTemplates& Context::figures() {
  if (!m_figures)
    m_figures = acctcore::load_figures_templates(template_dirs());
  return *m_figures;
}

const acctcore::ReminderSet& Context::reminders() {
  if (!m_reminders)
    m_reminders = acctcore::load_reminders(template_dirs());
  return *m_reminders;
}

acctcore::ReminderInputs Context::reminder_inputs(bool check_policies) {
  acctcore::ReminderInputs inputs;
  inputs.reminders = [this]() -> const acctcore::ReminderSet& { return reminders(); };
  inputs.services = [this]() -> const acctcore::ServiceSet& { return services(); };
  inputs.calendars = [this]() -> const acctcore::CalendarSet& { return calendars(); };
  inputs.settings = config().reminders;
  inputs.firm_zone = config().firm.timezone;
  inputs.clock = clock();
  inputs.check_policies = check_policies;
  return inputs;
}

acctcore::SyncResult Context::sync_reminders(bool check_policies) {
  auto result = acctcore::sync_reminders(writable_store(), reminder_inputs(check_policies));
  m_reminders_synced = true;
  for (const auto& name : result.undefined_policies)
    warn(trf("reminder policy '{}' is not defined: its tasks get no new reminders until "
             "it is (see 'acct template lint')",
             name));
  return result;
}

void Context::update_reminders() {
  auto& store = writable_store();
  if (m_reminders_synced ||
      !acctcore::reminders_need_sync(store, clock().today, config().reminders.horizon_days))
    return;
  try {
    acctcore::Savepoint savepoint(store, "reminders");
    sync_reminders(false);
    savepoint.release();
  } catch (const acctcore::Error& e) {
    if (e.kind() != acctcore::ErrorKind::invalid && e.kind() != acctcore::ErrorKind::not_found)
      throw;
    warn(trf("reminders not updated: {}", e.what()));
  }
}

const acctcore::Calendar& Context::calendar(const std::string& name) {
  return calendars().get(name.empty() ? config().firm.country : name);
}

const acctcore::Store& Context::store() const {
  if (!m_store)
    throw Error(ErrorKind::internal, "this command was not declared to use the database");
  return *m_store;
}

acctcore::Store& Context::writable_store() {
  if (!m_store || (m_access != Access::write && m_access != Access::steps))
    throw Error(ErrorKind::internal, "this command was not declared as a writer");
  return *m_store;
}

void Context::prepare_retry(int attempt) {
  m_reminders_synced = false;
  // 10, 20, 40 ... ms plus up to as much again, so that two retrying writers drift apart.
  const int base_ms = 10 << (attempt - 1);
  const auto jitter =
      static_cast<int>(std::chrono::steady_clock::now().time_since_epoch().count() % base_ms);
  std::this_thread::sleep_for(std::chrono::milliseconds(base_ms + jitter));
}

const std::string& Context::standard_input() {
  if (!m_stdin)
    m_stdin.emplace(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  return *m_stdin;
}

void Context::open_store(Access access) {
  m_access = access;
  if (access == Access::none)
    return;
  acctcore::StoreOptions options;
  options.busy_timeout_ms = config().busy_timeout_ms;
  options.now = clock().now;
  m_store = acctcore::Store::open(db_location(), options);
}

} // namespace acctcli
