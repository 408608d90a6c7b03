#pragma once
// Messages in the user's language. acct's messages are English in the source (the msgid) and
// translated through GNU gettext (text domain "acct", catalogues in po/). cmd/ chooses the
// language and binds the catalogue directory once at start-up (cmd/i18n.cpp); until it does,
// every function here returns the English text, so lib/ and its tests stay deterministic.
//
// xgettext extracts the first argument of tr() and trf(), both of trn(), and N_() (see
// scripts/po-update.sh). A translated fmt format string is checked against its msgid by a unit
// test (tests/unit/i18n_test.cpp); at run time a translation that fmt rejects falls back to
// English instead of failing the command.
#include <fmt/format.h>

#include <string>
#include <string_view>

namespace acctcore {

/// Marks a literal for extraction without translating it (translated later by tr()).
#define N_(text) text

/// The text domain of acct's catalogues.
inline constexpr const char* k_text_domain = "acct";

/// True once a catalogue directory is bound and a language other than English is selected.
bool translations_active() noexcept;

/// The translation of `msgid` in the current language, or `msgid` itself.
const char* tr(const char* msgid) noexcept;

/// The translation of a message with a count: the form for `n` in the current language (Russian
/// has three), or `singular`/`plural` by English rules.
const char* trn(const char* singular, const char* plural, unsigned long n) noexcept;

/// Formats the translation of `msgid` with `args` (fmt syntax). The English msgid is checked at
/// compile time; a translation fmt cannot use is replaced by the English text.
template <typename... Args>
std::string trf(fmt::format_string<Args...> msgid, Args&&... args) {
  if (!translations_active())
    return fmt::format(msgid, std::forward<Args>(args)...);
  const fmt::string_view view = msgid;
  const std::string english(view.data(), view.size());
  const char* translated = tr(english.c_str());
  if (translated != english.c_str()) {
    try {
      return fmt::format(fmt::runtime(translated), args...);
    } catch (const fmt::format_error&) {
      // fall through to English: a broken catalogue must not break a command
    }
  }
  return fmt::format(msgid, std::forward<Args>(args)...);
}

/// trf() for a message with a count `n`, chosen by trn(); `n` is not passed to the format by
/// itself, so include it in `args` where the text shows it.
template <typename... Args>
std::string trnf(const char* singular, const char* plural, unsigned long n, Args&&... args) {
  const char* chosen = trn(singular, plural, n);
  try {
    return fmt::format(fmt::runtime(chosen), args...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(n == 1 ? singular : plural), args...);
  }
}

/// Binds acct's text domain to `locale_dir` (<dir>/<lang>/LC_MESSAGES/acct.mo) with UTF-8
/// output. Called once by cmd/ after it has set LC_MESSAGES; `active` says whether a
/// non-English language was asked for (lookups are skipped otherwise).
void bind_messages(const std::string& locale_dir, bool active);

} // namespace acctcore
