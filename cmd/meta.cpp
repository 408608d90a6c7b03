// Hidden commands that describe acct itself, for tests, completions and docs.
#include "commands.hpp"
#include "registry.hpp"

namespace acctcli {

void register_meta(Registry& registry) {
  // `acct __commands`: every leaf command path, one per line. The help loop test and the
  // documentation check walk this list, so a new command cannot go untested or undocumented.
  const Registry* self = &registry;
  CLI::App* cmd = registry.command(
      &registry.root(), "__commands", "List every command (for tests and completions)",
      Access::none,
      [self](Context& ctx) {
        for (const auto& command : self->commands())
          if (!command.app->get_group().empty())
            ctx.out().write(command_path(command.app) + "\n");
        return 0;
      },
      "");
  (void)cmd;

  // `acct __man`: the manual page acct(1) (cmd/man.cpp), committed as docs/man/acct.1.
  CLI::App* root = &registry.root();
  registry.command(
      root, "__man", "Print the manual page acct(1) (roff)", Access::none,
      [root](Context& ctx) {
        ctx.out().write(man_page(*root));
        return 0;
      },
      "");
}

} // namespace acctcli
