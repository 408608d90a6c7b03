#include "registry.hpp"

#include "commands.hpp"

namespace acctcli {

void register_all(Registry& registry) {
  register_init(registry);
  register_staff(registry);
  register_client(registry);
  register_log(registry);
  register_template(registry);
  register_plan(registry);
  register_event(registry);
  register_task(registry);
  register_report(registry);
  register_remind(registry);
  register_figures(registry);
  register_digest(registry);
  register_export(registry);
  register_import(registry);
  register_calendar(registry);
  register_deadline(registry);
  register_db(registry);
  register_meta(registry);
  register_completion(registry);
}

CLI::App* Registry::group(const std::string& name, const std::string& description,
                          const std::string& section, CLI::App* parent) {
  CLI::App* app = (parent != nullptr ? parent : &m_root)->add_subcommand(name, description);
  app->group(section);
  app->require_subcommand(0, 1);
  return app;
}

CLI::App* Registry::command(CLI::App* parent, const std::string& name,
                            const std::string& description, Access access, Handler run,
                            const std::string& section) {
  CLI::App* app = parent->add_subcommand(name, description);
  // CLI11 children inherit the parent's group; set it on each leaf explicitly.
  app->group(section);
  m_commands.push_back(Command{app, access, std::move(run)});
  return app;
}

const Command* Registry::find(const CLI::App* app) const {
  for (const auto& command : m_commands)
    if (command.app == app)
      return &command;
  return nullptr;
}

std::string command_path(const CLI::App* app) {
  std::string path;
  for (const CLI::App* node = app; node != nullptr; node = node->get_parent())
    path = node->get_name() + (path.empty() ? "" : " " + path);
  return path;
}

} // namespace acctcli
