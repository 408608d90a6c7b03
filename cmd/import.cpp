// acct import: bringing a whole firm into a new database (docs/commands/import.md).

#include "commands.hpp"
#include "firm/firm.hpp"
#include "registry.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"

namespace acctcli {

using acctcore::trf;

namespace {

int run_firm(Context& ctx, const std::string& file) {
  const acctcore::Json document = acctcore::parse_firm_document(acctcore::read_file(file));
  const auto counts = acctcore::import_firm(ctx.writable_store(), ctx.actor(), document);
  Output& out = ctx.out();
  if (out.json()) {
    acctcore::Json j{{"file", file}};
    j.update(acctcore::firm_import_counts_to_json(counts));
    out.json(j);
  } else {
    out.info(trf("imported {} staff member(s), {} person(s) and {} client(s) from {}", counts.staff,
                 counts.persons, counts.clients, file));
  }
  return 0;
}

} // namespace

void register_import(Registry& registry) {
  CLI::App* group = registry.group(
      "import", "Import a whole firm written by 'acct export firm' into a new database", "Setup");
  auto file = std::make_shared<std::string>();
  CLI::App* cmd = registry.command(
      group, "firm",
      "Load a firm document into an empty database: staff, clients with their history, "
      "contacts, work groups, subscriptions, events; then run 'acct generate'",
      Access::write, [file](Context& ctx) { return run_firm(ctx, *file); });
  cmd->add_option("file", *file, "The JSON document 'acct export firm' wrote")
      ->required()
      ->type_name("FILE");
}

} // namespace acctcli
