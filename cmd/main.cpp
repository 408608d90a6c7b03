// The acct binary: parses the command line, opens what the command declared it needs, runs it,
// and turns typed errors into one line on stderr and a documented exit code.
#include "acct_version.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "i18n.hpp"
#include "registry.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <unistd.h>

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;

namespace {

/// Prints an error the one way acct prints errors; returns its exit code.
int report(const Error& error) {
  const bool color = stream_is_terminal(STDERR_FILENO);
  // "acct: error:" stays English in every language: scripts match it.
  std::cerr << (color ? "\x1b[1;31macct: error:\x1b[0m " : "acct: error: ") << error.what() << '\n';
  for (const auto& detail : error.details())
    std::cerr << "  " << detail << '\n';
  if (!error.hint().empty())
    std::cerr << acctcore::tr("hint:") << ' ' << error.hint() << '\n';
  return acctcore::exit_code(error.kind());
}

/// The deepest command node the parser selected.
CLI::App* selected_node(CLI::App& root) {
  CLI::App* node = &root;
  for (;;) {
    const auto parsed = node->get_subcommands();
    if (parsed.empty())
      return node;
    node = parsed.front();
  }
}

std::vector<std::string> subcommand_names(const CLI::App* node) {
  std::vector<std::string> names;
  for (const CLI::App* sub :
       node->get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); }))
    names.push_back(sub->get_name());
  return names;
}

std::vector<std::string> option_names(const CLI::App* node) {
  std::vector<std::string> names;
  for (const CLI::App* level = node; level != nullptr; level = level->get_parent())
    for (const CLI::Option* option : level->get_options())
      for (const auto& name : option->get_lnames())
        names.push_back("--" + name);
  return names;
}

/// Turns a CLI11 parse failure into acct's usage error, with a "did you mean" where it helps.
/// Arguments the parser did not recognise are reported first: CLI11 checks required options
/// before extras, and "unknown option '--nmae'" is the useful message, not "--name is required".
Error usage_error(CLI::App& root, const CLI::ParseError& e) {
  CLI::App* node = selected_node(root);
  const std::string path = command_path(node);
  const std::string help_hint = acctcore::trf("run '{} --help' for usage", path);
  const auto extras = root.remaining(true);
  if (!extras.empty()) {
    const std::string& first = extras.front();
    if (first.size() > 1 && first[0] == '-') {
      const std::string name = first.substr(0, first.find('='));
      const auto guess = acctcore::closest_match(name, option_names(node));
      return Error(ErrorKind::usage, acctcore::trf("unknown option '{}' for '{}'", name, path),
                   guess.empty() ? help_hint : acctcore::trf("did you mean '{}'?", guess));
    }
    const auto commands = subcommand_names(node);
    if (!commands.empty()) {
      const auto guess = acctcore::closest_match(first, commands);
      return Error(ErrorKind::usage, acctcore::trf("unknown command '{}' for '{}'", first, path),
                   guess.empty() ? help_hint : acctcore::trf("did you mean '{} {}'?", path, guess));
    }
    return Error(ErrorKind::usage, acctcore::trf("unexpected argument '{}' for '{}'", first, path),
                 help_hint);
  }
  std::string message = e.what();
  constexpr std::string_view k_required = " is required";
  if (message.size() > k_required.size() && message.ends_with(k_required) &&
      message.find(' ') == message.size() - k_required.size()) {
    const std::string name = message.substr(0, message.size() - k_required.size());
    return Error(ErrorKind::usage,
                 name[0] == '-' ? acctcore::trf("missing option '{}' for '{}'", name, path)
                                : acctcore::trf("missing argument '{}' for '{}'", name, path),
                 help_hint);
  }
  if (!message.empty())
    message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  while (!message.empty() && (message.back() == '.' || message.back() == '\n'))
    message.pop_back();
  return Error(ErrorKind::usage, fmt::format("{}: {}", path, message), help_hint);
}

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--db", options.db, "Database file (default: $XDG_DATA_HOME/acct/acct.db)")
      ->envname("ACCT_DB")
      ->type_name("PATH");
  app.add_option("--config", options.config,
                 "Config file (default: $XDG_CONFIG_HOME/acct/config.toml)")
      ->envname("ACCT_CONFIG")
      ->type_name("PATH");
  app.add_option("--templates", options.templates, "The firm's templates directory")
      ->envname("ACCT_TEMPLATES")
      ->type_name("DIR");
  app.add_option("--today", options.today, "Use this date as today (YYYY-MM-DD)")
      ->envname("ACCT_TODAY")
      ->type_name("DATE");
  app.add_option("--now", options.now, "Use this instant as now (YYYY-MM-DDTHH:MM[:SS][+HH:MM])")
      ->envname("ACCT_NOW")
      ->type_name("TIMESTAMP");
  app.add_flag("--json", options.json, "Print JSON for scripts (fields in docs/json.md)");
  app.add_flag("-q,--quiet", options.quiet, "Print nothing but results and errors");
}

/// How many times a writer runs when PostgreSQL could not serialise it after a concurrent one;
/// then the failure is reported as busy.
constexpr int k_write_attempts = 5;

int dispatch(const Command& command, Context& context) {
  context.open_store(command.access);
  if (command.access == Access::read) {
    const acctcore::ReadTransaction snapshot(context.store());
    return command.run(context);
  }
  if (command.access != Access::write)
    return command.run(context);
  Output& out = context.out();
  for (int attempt = 1;; ++attempt) {
    out.start_buffering();
    try {
      acctcore::WriteTransaction transaction(context.writable_store());
      const int code = command.run(context);
      context.update_reminders();
      transaction.commit();
      out.flush();
      return code;
    } catch (const acctcore::SerializationFailure&) {
      // Nothing was kept: the command runs again on what the other writer committed.
      out.discard();
      if (attempt == k_write_attempts)
        throw;
      context.prepare_retry(attempt);
    } catch (...) {
      out.discard();
      throw;
    }
  }
}

} // namespace

/// The whole program; main() only forwards to it.
int run(int argc, char** argv) {
  // Fast path: `acct --version` is what packaging and monitoring call most.
  if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
    std::cout << "acct " ACCT_VERSION "\n";
    return 0;
  }
  setup_messages();
  CLI::App app{"acct: clients, deadlines and tasks of an accounting firm, over one SQLite file",
               "acct"};
  app.set_version_flag("--version", "acct " ACCT_VERSION);
  app.footer("Run 'acct COMMAND --help' for a command's options. Exit codes and JSON fields:\n"
             "docs/exit-codes.md and docs/json.md.");
  app.fallthrough(); // global options work after the subcommand: acct staff list --json
  app.require_subcommand(0, 1);
  GlobalOptions options;
  add_global_options(app, options);
  Registry registry(app);
  register_all(registry);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      // `acct figures --help` names no command acct has: a usage error, not the top-level help.
      const auto extras = app.remaining(true);
      if (!extras.empty() && !extras.front().starts_with('-'))
        return report(usage_error(app, e));
      translate_help(app);
      return app.exit(e); // --help, --version
    }
    return report(usage_error(app, e));
  }

  CLI::App* node = selected_node(app);
  const Command* command = registry.find(node);
  if (command == nullptr) {
    if (node == &app) {
      translate_help(app);
      std::cout << app.help();
      return 0;
    }
    return report(Error(ErrorKind::usage,
                        acctcore::trf("'{}' needs a subcommand: {}", command_path(node),
                                      acctcore::join(subcommand_names(node), ", ")),
                        acctcore::trf("run '{} --help' for usage", command_path(node))));
  }

  Output out(options.json, options.quiet, stream_is_terminal(STDOUT_FILENO));
  Context context(options, out);
  try {
    return dispatch(*command, context);
  } catch (const Error& e) {
    return report(e);
  } catch (const std::exception& e) {
    return report(Error(ErrorKind::internal, acctcore::trf("internal error: {}", e.what()),
                        acctcore::tr("please report this with the command that caused it")));
  }
}

} // namespace acctcli

int main(int argc, char** argv) {
  return acctcli::run(argc, argv);
}
