#pragma once

// Every command group's registration function; register_all() in registry.cpp calls them in
// the order `acct --help` lists them. To add a group: declare it here, define it in
// cmd/<group>.cpp, list it in register_all().

#include <string>

namespace CLI {
class App;
}

namespace acctcli {

class Registry;

void register_init(Registry& registry);
void register_staff(Registry& registry);
void register_client(Registry& registry);
void register_log(Registry& registry);
void register_template(Registry& registry);
void register_plan(Registry& registry);
void register_event(Registry& registry);
void register_task(Registry& registry);
/// acct task file, answer, receipts (cmd/task_filing.cpp), under the task group.
void register_task_filing(Registry& registry, CLI::App* group);
void register_report(Registry& registry);
void register_calendar(Registry& registry);
void register_deadline(Registry& registry);
void register_remind(Registry& registry);
void register_figures(Registry& registry);
void register_digest(Registry& registry);
void register_export(Registry& registry);
void register_import(Registry& registry);
void register_db(Registry& registry);
void register_meta(Registry& registry);
void register_completion(Registry& registry);

/// The manual page acct(1) for the command tree under `root`, as roff (cmd/man.cpp).
std::string man_page(const CLI::App& root);

/// The whole program: parse, dispatch, report (cmd/main.cpp).
int run(int argc, char** argv);

} // namespace acctcli
