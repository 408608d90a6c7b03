// acct init: a database and a commented config, idempotently.
#include "commands.hpp"
#include "config/config.hpp"
#include "registry.hpp"
#include "store/migrations.hpp"
#include "store/share.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/money.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

namespace {

struct InitOptions {
  std::string firm_name;
  std::string country;
  std::string timezone;
  std::string currency;
  std::string group;
};

int run_init(Context& ctx, const InitOptions& o) {
  const auto db = ctx.db_location();
  if (!o.group.empty() && db.kind != acctcore::StoreKind::sqlite)
    throw Error(ErrorKind::usage, tr("--group shares an SQLite database file"),
                tr("PostgreSQL grants access with its own roles: see docs/postgresql.md"));
  const auto config_path = ctx.config_path();
  std::error_code ec;
  const bool config_exists = std::filesystem::exists(config_path, ec);

  acctcore::FirmConfig firm;
  if (!o.country.empty()) {
    if (std::find(std::begin(acctcore::k_countries), std::end(acctcore::k_countries), o.country) ==
        std::end(acctcore::k_countries))
      throw Error(ErrorKind::invalid, trf("unknown country '{}'", o.country),
                  tr("use 'ru' or 'kz'"));
    firm.country = o.country;
  }
  firm.name = o.firm_name;
  firm.timezone = o.timezone.empty() ? acctcore::default_timezone(firm.country) : o.timezone;
  acctcore::require_time_zone_name(firm.timezone);
  firm.currency = o.currency.empty() ? acctcore::default_currency(firm.country) : o.currency;
  if (std::find(std::begin(acctcore::k_currencies), std::end(acctcore::k_currencies),
                firm.currency) == std::end(acctcore::k_currencies))
    throw Error(ErrorKind::invalid, trf("unknown currency '{}'", firm.currency),
                tr("use RUB, KZT, USD or EUR"));
  // A config that exists is read (and so checked) before anything is created.
  if (config_exists)
    ctx.config();
  const bool firm_options =
      !o.firm_name.empty() || !o.country.empty() || !o.timezone.empty() || !o.currency.empty();

  acctcore::StoreOptions store_options;
  store_options.busy_timeout_ms = config_exists ? ctx.config().busy_timeout_ms : 5000;
  store_options.now = ctx.clock().now;
  bool db_created = false;
  if (!o.group.empty())
    acctcore::prepare_shared_directory(db.path(), o.group);
  std::optional<acctcore::Store> store = acctcore::Store::init(db, store_options, db_created);
  // Nothing half-made: a database this run created goes again when sharing or the config fails.
  try {
    if (!o.group.empty())
      acctcore::share_database(db.path(), o.group);
    if (!config_exists)
      acctcore::write_file_atomically(config_path, acctcore::render_default_config(firm), 0644);
  } catch (...) {
    if (db_created) {
      store.reset();
      acctcore::Store::remove_created(db, store_options);
    }
    throw;
  }
  if (config_exists && firm_options) {
    warn(trf("config '{}' already exists; the firm options were not applied (edit the file "
             "instead)",
             config_path.string()));
  }

  Output& out = ctx.out();
  if (out.json()) {
    out.json(acctcore::Json{{"database", db.display()},
                            {"database_created", db_created},
                            {"schema_version", store->schema_version()},
                            {"migrations_applied", store->migrations_applied()},
                            {"config", config_path.string()},
                            {"config_created", !config_exists},
                            {"group", acctcore::json_or_null(o.group)}});
    return 0;
  }
  if (db_created)
    out.info(trf("created database {} (schema version {})", db.display(), store->schema_version()));
  else if (store->migrations_applied() > 0)
    out.info(
        trf("upgraded database {} to schema version {}", db.display(), store->schema_version()));
  else
    out.info(trf("database {} is up to date (schema version {})", db.display(),
                 store->schema_version()));
  if (!o.group.empty())
    out.info(trf("shared with group '{}': the database is 0660 in a setgid directory", o.group));
  out.info(config_exists ? trf("config {} already exists", config_path.string())
                         : trf("wrote config {}", config_path.string()));
  return 0;
}

} // namespace

void register_init(Registry& registry) {
  auto o = make_options<InitOptions>();
  CLI::App* cmd = registry.command(
      &registry.root(), "init", "Create the database and a commented config (safe to repeat)",
      Access::none, [o](Context& ctx) { return run_init(ctx, *o); }, "Setup");
  cmd->add_option("--firm-name", o->firm_name, "Firm name for digests (new config only)")
      ->type_name("NAME");
  cmd->add_option("--country", o->country, "Default country of clients: ru or kz")
      ->type_name("CODE");
  cmd->add_option("--timezone", o->timezone, "IANA time zone of the office (default by country)")
      ->type_name("ZONE");
  cmd->add_option("--currency", o->currency, "Currency of fees and rates (default by country)")
      ->type_name("CODE");
  cmd->add_option("--group", o->group,
                  "Share the SQLite database with this group: files 0660, setgid directory")
      ->type_name("GROUP");
}

} // namespace acctcli
