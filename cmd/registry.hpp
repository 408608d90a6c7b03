#pragma once

#include "context.hpp"
#include "util/i18n.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace acctcli {

/// A command's body: calls one library function and renders its result. Returns the exit code
/// (0, or 1 when a check found problems); failures are thrown as acctcore::Error.
using Handler = std::function<int(Context&)>;

/// A leaf command: its CLI11 node, what it needs, and its body.
struct Command {
  CLI::App* app = nullptr;
  Access access = Access::none;
  Handler run;
};

/// The one command registry. Each cmd/<group>.cpp has a register_<group>(Registry&) listed in
/// registry.cpp; adding a command is the recipe in docs/ARCHITECTURE.md.
class Registry {
public:
  explicit Registry(CLI::App& root) : m_root(root) {}

  /// A command group under the root ("staff", "db"), listed under `section` in `acct --help`,
  /// or under another group (`parent`: "acct client contact").
  CLI::App* group(const std::string& name, const std::string& description,
                  const std::string& section, CLI::App* parent = nullptr);

  /// A leaf command under `parent` (a group, or the root for top-level commands such as init).
  CLI::App* command(CLI::App* parent, const std::string& name, const std::string& description,
                    Access access, Handler run, const std::string& section = N_("Commands"));

  /// The leaf for a parsed CLI11 node, or nullptr when it is a group.
  const Command* find(const CLI::App* app) const;

  const std::vector<Command>& commands() const noexcept { return m_commands; }
  CLI::App& root() noexcept { return m_root; }

private:
  CLI::App& m_root;
  std::vector<Command> m_commands;
};

/// Registers every command group; the table of groups lives in registry.cpp.
void register_all(Registry& registry);

/// "acct staff add" for a node of the tree.
std::string command_path(const CLI::App* app);

/// Options struct shared between a command's registration and its callback.
template <typename T>
std::shared_ptr<T> make_options() {
  return std::make_shared<T>();
}

} // namespace acctcli
