// The message catalogues (po/*.po): every translation must be usable as an fmt format string
// with the same placeholders as its English source, or the user would see English (trf falls
// back) or, worse, a wrong value in a placeholder's place. gettext 0.21 cannot check fmt's
// `{}` syntax (msgfmt --check only knows printf), so this test does.
#include "acct_version.hpp"
#include "helpers.hpp"
#include "util/i18n.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

using namespace acctcore;

namespace {

struct Entry {
  std::string msgid;
  std::string msgid_plural;
  std::vector<std::string> msgstr; ///< one, or one per plural form
  bool fuzzy = false;
  int line = 0;
};

std::string unquote(const std::string& text) {
  // The catalogues are written with --no-wrap: one quoted string per keyword line, plus
  // continuation lines that are only a quoted string.
  const auto first = text.find('"');
  const auto last = text.rfind('"');
  std::string out;
  for (size_t i = first + 1; i < last; ++i) {
    if (text[i] == '\\' && i + 1 < last) {
      const char next = text[++i];
      out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<Entry> read_po(const std::filesystem::path& path) {
  std::istringstream in(test::read_file(path));
  std::vector<Entry> entries;
  Entry entry;
  std::string* current = nullptr;
  bool fuzzy = false;
  std::string line;
  int number = 0;
  const auto finish = [&] {
    if (!entry.msgid.empty())
      entries.push_back(entry);
    entry = Entry{};
    current = nullptr;
  };
  while (std::getline(in, line)) {
    ++number;
    if (line.starts_with("#,")) {
      finish();
      fuzzy = line.find("fuzzy") != std::string::npos;
    } else if (line.starts_with("msgid_plural ")) {
      entry.msgid_plural = unquote(line);
      current = &entry.msgid_plural;
    } else if (line.starts_with("msgid ")) {
      finish();
      entry.msgid = unquote(line);
      entry.fuzzy = fuzzy;
      entry.line = number;
      fuzzy = false;
      current = &entry.msgid;
    } else if (line.starts_with("msgstr")) {
      entry.msgstr.push_back(unquote(line));
      current = &entry.msgstr.back();
    } else if (line.starts_with("\"") && current != nullptr) {
      *current += unquote(line);
    } else if (line.empty() || line.starts_with("#")) {
      current = nullptr;
    }
  }
  finish();
  return entries;
}

/// The replacement fields of an fmt format string, in order ("{}", "{:>3}", ...).
std::vector<std::string> placeholders(const std::string& format) {
  std::vector<std::string> out;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '{' && i + 1 < format.size() && format[i + 1] == '{') {
      ++i;
    } else if (format[i] == '{') {
      const auto end = format.find('}', i);
      out.push_back(format.substr(i, end == std::string::npos ? std::string::npos : end - i + 1));
      if (end == std::string::npos)
        break;
      i = end;
    } else if (format[i] == '}' && i + 1 < format.size() && format[i + 1] == '}') {
      ++i;
    }
  }
  return out;
}

/// Formats `format` with one sample argument per placeholder of the English source, of the type
/// the placeholder's spec asks for (an integer for "d", a number for "f", else a string).
std::string format_with_samples(const std::string& format, const std::vector<std::string>& fields) {
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  int n = 0;
  for (const auto& field : fields) {
    ++n;
    const char type = field.size() >= 3 ? field[field.size() - 2] : '}';
    if (type == 'd' || type == 'x')
      args.push_back(40 + n);
    else if (type == 'f' || type == 'g')
      args.push_back(1.5 * n);
    else
      args.push_back(fmt::format("sample{}", n));
  }
  return fmt::vformat(format, args);
}

std::vector<std::filesystem::path> catalogues() {
  std::vector<std::filesystem::path> out;
  for (const auto& file : std::filesystem::directory_iterator(test::source_dir() / "po"))
    if (file.path().extension() == ".po")
      out.push_back(file.path());
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("i18n: every translation keeps its message's fmt placeholders and formats") {
  const auto files = catalogues();
  REQUIRE_FALSE(files.empty());
  for (const auto& file : files) {
    const auto entries = read_po(file);
    REQUIRE(entries.size() > 100);
    int checked = 0;
    for (const auto& entry : entries) {
      const std::string where = fmt::format("{}:{}", file.filename().string(), entry.line);
      auto sorted = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        return v;
      };
      for (size_t form = 0; form < entry.msgstr.size(); ++form) {
        const std::string& translation = entry.msgstr[form];
        if (translation.empty() || entry.fuzzy)
          continue;
        const std::string& source =
            form == 0 || entry.msgid_plural.empty() ? entry.msgid : entry.msgid_plural;
        const auto fields = placeholders(source);
        // Help texts are not format strings (one shows a TOML table in braces): an entry is
        // checked as a format when its English text is a valid one.
        bool is_format = true;
        try {
          format_with_samples(source, fields);
        } catch (const fmt::format_error&) {
          is_format = false;
        }
        if (!is_format)
          continue;
        INFO(where << " msgid: " << source << "\n  msgstr: " << translation);
        // Positional fields ({0}) may reorder; plain {} keep their order, so compare sorted
        // for explicit indexes only.
        const bool indexed = std::any_of(fields.begin(), fields.end(), [](const std::string& f) {
          return f.size() > 2 && f[1] >= '0' && f[1] <= '9';
        });
        if (indexed)
          CHECK(sorted(placeholders(translation)) == sorted(fields));
        else
          CHECK(placeholders(translation) == fields);
        CHECK_NOTHROW(format_with_samples(translation, fields));
        ++checked;
      }
    }
    CHECK(checked > 0);
  }
}

TEST_CASE("i18n: the placeholder check itself catches broken translations") {
  CHECK(placeholders("a {} b {:>3} {{c}}") == std::vector<std::string>{"{}", "{:>3}"});
  CHECK(placeholders("{{}}").empty());
  CHECK_THROWS(format_with_samples("missing {", {"{}"}));
  CHECK_THROWS(format_with_samples("{} {} {}", {"{}", "{}"}));
  CHECK_THROWS(format_with_samples("{:d}", {"{}"}));
  CHECK(format_with_samples("{} and {}", {"{}", "{}"}) == "sample1 and sample2");
}

TEST_CASE("i18n: the built Russian catalogue is found and used, English is the default") {
  const auto locale = std::filesystem::path(ACCT_BUILD_DIR) / "locale";
  REQUIRE(std::filesystem::exists(locale / "ru" / "LC_MESSAGES" / "acct.mo"));
  CHECK(std::string(tr("did you mean '{}'?")) == "did you mean '{}'?");
  CHECK(trf("invalid {} '{}': {}", "ИНН", "1", "x") == "invalid ИНН '1': x");

  std::setlocale(LC_MESSAGES, "C.UTF-8");
  ::setenv("LANGUAGE", "ru", 1);
  bind_messages(locale.string(), true);
  CHECK(translations_active());
  CHECK(trf("invalid {} '{}': {}", "ИНН", "1", "x") == "неверный ИНН '1': x");
  CHECK(std::string(tr("a message acct does not have")) == "a message acct does not have");

  bind_messages(locale.string(), false);
  ::unsetenv("LANGUAGE");
  std::setlocale(LC_MESSAGES, "C");
  CHECK(trf("invalid {} '{}': {}", "ИНН", "1", "x") == "invalid ИНН '1': x");
}
