#pragma once
// Choosing the language of acct's messages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) and
// translating the command tree's help text. See docs/i18n.md.
#include <CLI/CLI.hpp>

#include <string>

namespace acctcli {

/// Selects the messages' language from the environment and binds the catalogue; call once,
/// first thing in the process. English (no lookups at all) unless a language is asked for.
void setup_messages();

/// Replaces every description, group name and help label in the tree with its translation.
/// Done only when help is about to be printed and a translation is active, so parsing and
/// the generated completions and man page always see the English source.
void translate_help(CLI::App& root);

} // namespace acctcli
