#include "util/i18n.hpp"

#include <libintl.h>

namespace acctcore {

namespace {
bool g_active = false;
} // namespace

const char* tr(const char* msgid) noexcept {
  return g_active ? ::dgettext(k_text_domain, msgid) : msgid;
}

const char* trn(const char* singular, const char* plural, unsigned long n) noexcept {
  if (g_active)
    return ::dngettext(k_text_domain, singular, plural, n);
  return n == 1 ? singular : plural;
}

bool translations_active() noexcept {
  return g_active;
}

void bind_messages(const std::string& locale_dir, bool active) {
  ::bindtextdomain(k_text_domain, locale_dir.c_str());
  ::bind_textdomain_codeset(k_text_domain, "UTF-8");
  g_active = active;
}

} // namespace acctcore
