// `acct __man`: the manual page acct(1), generated from the command tree (cmd/cli_tree.hpp), so
// the COMMANDS section cannot drift from --help. The prose around it (what acct is, files,
// environment, exit status, examples) is here, next to the code it describes. The output is
// committed as docs/man/acct.1; a test checks the two are equal and that `mandoc -T lint` is
// clean, and cmake --install puts the committed page in <prefix>/share/man/man1.
#include "acct_version.hpp"
#include "cli_tree.hpp"
#include "commands.hpp"
#include "registry.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace acctcli {

namespace {

using acctcore::ErrorKind;

/// Text for roff: backslashes and hyphens escaped, a leading '.' or '\'' neutralised, and
/// every non-ASCII character as \[uXXXX] so the page is ASCII for any man reader.
std::string roff(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      const char c = text[i++];
      if (c == '\\')
        out += "\\e";
      else if (c == '-')
        out += "\\-";
      else if ((c == '.' || c == '\'') && (out.empty() || out.back() == '\n'))
        out += std::string("\\&") + c;
      else
        out += c;
      continue;
    }
    const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    char32_t code = byte & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
    for (int k = 1; k < length && i + static_cast<size_t>(k) < text.size(); ++k)
      code = (code << 6) | (static_cast<unsigned char>(text[i + static_cast<size_t>(k)]) & 0x3F);
    i += static_cast<size_t>(length);
    out += fmt::format("\\[u{:04X}]", static_cast<std::uint32_t>(code));
  }
  return out;
}

std::string join_path(const std::vector<std::string>& path) {
  std::string out = "acct";
  for (const auto& part : path)
    out += " " + part;
  return out;
}

/// "\fB\-\-db\fR \fIPATH\fR" for an option; "\fISLUG\fR" for a positional.
std::string option_label(const OptionInfo& option) {
  if (!option.positional_name.empty())
    return "\\fI" + roff(option.type_name.empty() ? option.positional_name : option.type_name) +
           "\\fR";
  std::string names;
  for (const auto& name : option.short_names)
    names += (names.empty() ? "" : ", ") + std::string("\\fB\\-") + roff(name) + "\\fR";
  for (const auto& name : option.long_names)
    names += (names.empty() ? "" : ", ") + std::string("\\fB\\-\\-") + roff(name) + "\\fR";
  if (option.takes_value)
    names += " \\fI" + roff(option.type_name.empty() ? "VALUE" : option.type_name) + "\\fR";
  return names;
}

/// A sentence: the description with a final full stop, so what follows reads as a new one.
std::string sentence(std::string_view text) {
  std::string out = roff(text);
  if (!out.empty() && out.back() != '.')
    out += '.';
  return out;
}

std::string option_text(const OptionInfo& option) {
  std::string text = sentence(option.description);
  if (!option.choices.empty()) {
    std::string list;
    for (const auto& choice : option.choices)
      list += (list.empty() ? "" : ", ") + roff(choice);
    text += " One of: " + list + ".";
  }
  if (option.required)
    text += " Required.";
  if (option.repeatable)
    text += " May be repeated.";
  if (!option.envname.empty())
    text += " Environment: \\fB" + roff(option.envname) + "\\fR.";
  return text;
}

void write_options(std::string& out, const std::vector<OptionInfo>& options) {
  for (const auto& option : options) {
    // --help and --version are described once, with the global options.
    if (option.long_names == std::vector<std::string>{"help"} ||
        option.long_names == std::vector<std::string>{"version"})
      continue;
    out += ".TP\n" + option_label(option) + "\n" + option_text(option) + "\n";
  }
}

std::string synopsis(const CommandInfo& command) {
  std::string out = "\\fB" + roff(join_path(command.path)) + "\\fR";
  if (!command.options.empty())
    out += " [\\fIoptions\\fR]";
  for (const auto& positional : command.positionals) {
    const std::string label = option_label(positional) + (positional.repeatable ? " ..." : "");
    out += positional.required ? " " + label : " [" + label + "]";
  }
  return out;
}

void write_command(std::string& out, const CommandInfo& command) {
  if (command.leaf) {
    out += ".SS " + synopsis(command) + "\n";
    out += sentence(command.description) + "\n";
    write_options(out, command.positionals);
    write_options(out, command.options);
  } else if (!command.path.empty()) {
    out += ".SS \\fB" + roff(join_path(command.path)) + "\\fR \\fIcommand\\fR\n";
    out += sentence(command.description) + "\n";
    std::string list;
    for (const auto& child : command.children)
      list += (list.empty() ? "" : ", ") + std::string("\\fB") + roff(child.path.back()) + "\\fR";
    out += "Commands: " + list + ".\n";
  }
  for (const auto& child : command.children)
    write_command(out, child);
}

std::string_view exit_meaning(ErrorKind kind) {
  switch (kind) {
  case ErrorKind::failure:
    return "the command ran and reports problems (a check or lint found some; "
           "digest firm --fail-on-overdue found overdue tasks)";
  case ErrorKind::usage:
    return "bad command line: unknown command or option, missing argument";
  case ErrorKind::not_found:
    return "a named thing (staff member, client, task, file, database) does not exist";
  case ErrorKind::invalid:
    return "input that does not validate (a date, an identifier, a template, the config)";
  case ErrorKind::conflict:
    return "would duplicate or contradict what is stored";
  case ErrorKind::busy:
    return "the database stayed locked by another writer beyond the busy timeout";
  case ErrorKind::incompatible:
    return "not an acct database, corrupt, or written by a newer acct";
  case ErrorKind::io:
    return "a file or directory could not be read or written";
  case ErrorKind::not_covered:
    return "a date needs a calendar year that no calendar file covers";
  case ErrorKind::denied:
    return "who is acting may not do this, or the PostgreSQL server refused the login";
  case ErrorKind::internal:
    return "a bug in acct; please report it with the command that caused it";
  }
  return {};
}

constexpr std::string_view k_description =
    R"(acct keeps the work of an accounting-outsourcing firm in one SQLite file or a shared
PostgreSQL database: the firm's staff and clients (with dated facts such as the tax regime), the services each client
takes, and the tasks those services call for. Deadlines are computed from rules in TOML service
templates on national production calendars (Russia, Kazakhstan), moved off days off as the law
says, and explained step by step. Tasks go through a workflow (new, accepted, in review,
waiting for the client, done), reminders are scheduled and delivered by a cron job at least
once, each with an idempotency key the hook can use to drop a repeat, and digests summarise a
client's, a person's or the firm's next days as text, Markdown, HTML, JSON, CSV or iCalendar.
.PP
acct is made for terminals, cron jobs and shell scripts: every list has \fB\-\-json\fR, exit
codes are stable, errors are one line on standard error beginning with
\fBacct: error:\fR, and nothing asks a question. A command that fails changes nothing.
.PP
Global options may be given before or after the command.)";

constexpr std::string_view k_environment = R"(.TP
.B ACCT_DB
The database file, like \fB\-\-db\fR.
.TP
.B ACCT_CONFIG
The config file, like \fB\-\-config\fR.
.TP
.B ACCT_TEMPLATES
The firm's templates directory, like \fB\-\-templates\fR.
.TP
.BR ACCT_TODAY ", " ACCT_NOW
Fix today's date or the current instant, for reproducible runs and tests.
.TP
.B ACCT_USER
The staff handle of the person running acct (default: the login name), recorded in the audit
trail and used by commands that default to "you".
.TP
.BR LANGUAGE ", " LC_ALL ", " LC_MESSAGES ", " LANG
The language of messages and help: English by default, Russian with \fBLANGUAGE=ru\fR or a
Russian locale. \fBLC_ALL=C\fR keeps messages in English. Only messages change: dates, numbers
and machine-readable output are the same in every language.
.TP
.B NO_COLOR
When set, no colour, even on a terminal.
.TP
.BR XDG_DATA_HOME ", " XDG_CONFIG_HOME
Where the default database and config file live.)";

constexpr std::string_view k_files = R"(.TP
.I $XDG_DATA_HOME/acct/acct.db
The database (default \fI~/.local/share/acct/acct.db\fR).
.TP
.I $XDG_CONFIG_HOME/acct/config.toml
The config file written by \fBacct init\fR (default \fI~/.config/acct/config.toml\fR).
.TP
.I /usr/share/acct/templates/
Bundled production calendars, service templates and reminder policies; the firm's own
templates directory is layered over them.
.TP
.I /usr/share/doc/acct/
The guides: getting-started.md, one page per command group, the template format, JSON fields
and exit codes; \fIexamples/demo-firm.sh\fR builds a demo firm.)";

constexpr std::string_view k_examples =
    R"(Set up a firm, add a person and a client, and create the year's tasks:
.PP
.RS
.nf
acct init \-\-firm\-name "Schet LLC"
acct staff add ivanova \-\-name "Ivanova Maria" \-\-role accountant
acct client add romashka \-\-name "Romashka LLC" \-\-form ooo \e
    \-\-inn 7736207543 \-\-regime usn\-income \-\-contract\-start 2026\-01\-01
acct client subscribe romashka ru\-statutory \-\-from 2026\-01\-01
acct generate \-\-through 2026\-12\-31
.fi
.RE
.PP
A week's work, and a script reading JSON:
.PP
.RS
.nf
acct agenda ivanova
acct task list \-\-due\-within 7d \-\-json | jq \-r '.[].id'
.fi
.RE
.PP
From cron: tasks for the next year, reminders every ten minutes, a Monday digest:
.PP
.RS
.nf
0 6 * * *    acct generate \-\-quiet
*/10 * * * * acct remind run \-\-exec /usr/local/bin/acct\-send
0 8 * * 1    acct digest firm \-\-format html \-o /srv/www/firm.html
.fi
.RE)";

/// Breaks text lines longer than 80 bytes at spaces (roff joins them again when filling);
/// request lines and no-fill blocks are left as they are. A continuation line that would start
/// with a control character is escaped.
std::string fill(const std::string& page) {
  constexpr size_t k_width = 79;
  std::string out;
  bool no_fill = false;
  size_t start = 0;
  while (start < page.size()) {
    size_t end = page.find('\n', start);
    if (end == std::string::npos)
      end = page.size();
    std::string_view line(page.data() + start, end - start);
    start = end + 1;
    if (line.starts_with(".nf"))
      no_fill = true;
    else if (line.starts_with(".fi"))
      no_fill = false;
    while (!no_fill && !line.starts_with('.') && line.size() > k_width) {
      size_t cut = line.rfind(' ', k_width);
      if (cut == std::string_view::npos || cut == 0)
        cut = line.find(' ', k_width);
      if (cut == std::string_view::npos)
        break;
      out.append(line.substr(0, cut));
      out += '\n';
      line.remove_prefix(cut + 1);
      if (line.starts_with('.') || line.starts_with('\''))
        out += "\\&";
    }
    out.append(line);
    out += '\n';
  }
  return out;
}

} // namespace

std::string man_page(const CLI::App& root) {
  const CommandInfo tree = describe(root);
  std::string out;
  out += ".\\\" Generated by 'acct __man' from the command tree; do not edit: run\n";
  out += ".\\\" scripts/gen-docs.sh after changing commands or options.\n";
  out +=
      fmt::format(".TH ACCT 1 {} \"acct {}\" \"User Commands\"\n", ACCT_RELEASE_DATE, ACCT_VERSION);
  out +=
      ".SH NAME\nacct \\- " + roff(tree.description.substr(tree.description.find(": ") + 2)) + "\n";
  out += ".SH SYNOPSIS\n.B acct\n.I command\n.RI [ options ]\n.RI [ arguments ]\n";
  out += ".SH DESCRIPTION\n" + std::string(k_description) + "\n";
  out += ".SH GLOBAL OPTIONS\n";
  write_options(out, tree.options);
  out += ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nPrint help for acct or a command and exit.\n";
  out += ".TP\n\\fB\\-\\-version\\fR\nPrint the version and exit.\n";
  out += ".SH COMMANDS\n";
  write_command(out, tree);
  out += ".SH ENVIRONMENT\n" + std::string(k_environment) + "\n";
  out += ".SH FILES\n" + std::string(k_files) + "\n";
  out += ".SH EXIT STATUS\n.TP\n.B 0\nSuccess.\n";
  for (const ErrorKind kind : acctcore::k_error_kinds)
    out += fmt::format(".TP\n.B {}\n{} ({}).\n", acctcore::exit_code(kind),
                       roff(exit_meaning(kind)), roff(acctcore::error_kind_name(kind)));
  out += ".SH EXAMPLES\n" + std::string(k_examples) + "\n";
  out += ".SH SEE ALSO\n.BR sqlite3 (1),\n.BR crontab (5),\n.BR jq (1)\n";
  return fill(out);
}

} // namespace acctcli
