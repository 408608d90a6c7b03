#include "i18n.hpp"

#include "context.hpp"
#include "util/i18n.hpp"

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>

namespace acctcli {

namespace {

/// The plain C locale: the one in which gettext ignores LANGUAGE. (C.UTF-8 is not: it only
/// fixes the character set, and containers often set it.)
bool is_plain_c(std::string_view name) {
  return name == "C" || name == "POSIX";
}

/// "ru_RU.UTF-8" -> "ru_RU"; "ru:en" stays a list.
std::string without_codeset(std::string_view name) {
  return std::string(name.substr(0, name.find_first_of(".@")));
}

bool is_english(std::string_view language) {
  return language.empty() || is_plain_c(language) || language.starts_with("C.") ||
         language.starts_with("en");
}

void translate_app(CLI::App& app, const std::shared_ptr<CLI::Formatter>& formatter) {
  app.formatter(formatter);
  using acctcore::tr;
  if (!app.get_description().empty())
    app.description(tr(app.get_description().c_str()));
  if (!app.get_group().empty())
    app.group(tr(app.get_group().c_str()));
  if (!app.get_footer().empty())
    app.footer(tr(app.get_footer().c_str()));
  for (CLI::Option* option : app.get_options({})) {
    if (!option->get_description().empty())
      option->description(tr(option->get_description().c_str()));
    if (!option->get_group().empty())
      option->group(tr(option->get_group().c_str()));
  }
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    translate_app(*sub, formatter);
}

/// CLI11's own texts in the help, for extraction: the default option group and the help and
/// version flags' descriptions (translated with the rest of the tree).
[[maybe_unused]] constexpr const char* k_cli11_texts[] = {
    N_("Options"), N_("Print this help message and exit"),
    N_("Display program version information and exit")};

} // namespace

void setup_messages() {
  const std::string lc_all = env("LC_ALL");
  const std::string lc_messages = env("LC_MESSAGES");
  const std::string lang = env("LANG");
  const std::string language = env("LANGUAGE");
  // LC_ALL=C (or LC_MESSAGES=C) is how scripts ask for untranslated output: honour it even when
  // LANGUAGE is set, as gettext does.
  const std::string& messages_locale =
      !lc_all.empty() ? lc_all : (!lc_messages.empty() ? lc_messages : lang);
  if ((!lc_all.empty() || !lc_messages.empty()) && is_plain_c(messages_locale))
    return;
  const std::string wanted = without_codeset(!language.empty() ? language : messages_locale);
  if (is_english(wanted))
    return;
  // Only LC_MESSAGES changes: numbers and character classes stay in the C locale, so parsing of
  // "1.5h" or amounts never depends on the user's locale. gettext ignores LANGUAGE while the
  // messages locale is C, and setlocale fails for a locale that was never generated (a server
  // with only C.UTF-8): in both cases use C.UTF-8 and say the language through LANGUAGE.
  const char* set = std::setlocale(LC_MESSAGES, "");
  if (set == nullptr || is_plain_c(set)) {
    std::setlocale(LC_MESSAGES, "C.UTF-8");
    if (language.empty())
      ::setenv("LANGUAGE", wanted.c_str(), 1);
  }
  acctcore::bind_messages(locale_dir().string(), true);
}

void translate_help(CLI::App& root) {
  if (!acctcore::translations_active())
    return;
  using acctcore::tr;
  auto formatter = std::make_shared<CLI::Formatter>();
  for (const char* label :
       {N_("Usage"), N_("OPTIONS"), N_("SUBCOMMAND"), N_("SUBCOMMANDS"), N_("REQUIRED"), N_("Env"),
        N_("Needs"), N_("Excludes"), N_("Positionals")})
    formatter->label(label, tr(label));
  translate_app(root, formatter);
}

} // namespace acctcli
