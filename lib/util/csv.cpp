#include "util/csv.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

/// Line (1-based) and column (1-based, in code points) of byte `offset`.
std::pair<int, int> position_of(std::string_view text, size_t offset) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  int column = 1;
  for (size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      ++column;
  return {line, column};
}

Error csv_error(std::string_view file, int line, int column, std::string message,
                std::string hint = {}) {
  return Error(ErrorKind::invalid, Diagnostic{std::string(file), line, column, message}.to_string(),
               std::move(hint));
}

} // namespace

bool CsvRecord::blank() const noexcept {
  return std::all_of(fields.begin(), fields.end(),
                     [](const std::string& field) { return trim(field).empty(); });
}

char detect_csv_separator(std::string_view text) noexcept {
  if (text.substr(0, k_bom.size()) == k_bom)
    text.remove_prefix(k_bom.size());
  size_t counts[std::size(k_csv_separators)] = {};
  bool quoted = false;
  for (const char c : text) {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r'))
      break;
    else if (!quoted)
      for (size_t k = 0; k < std::size(k_csv_separators); ++k)
        if (c == k_csv_separators[k])
          ++counts[k];
  }
  size_t best = 0;
  for (size_t k = 1; k < std::size(k_csv_separators); ++k)
    if (counts[k] > counts[best])
      best = k;
  return counts[best] == 0 ? ',' : k_csv_separators[best];
}

std::string separator_name(char separator) {
  // TRANSLATORS: the tab character as a CSV separator, in "expected {} or the end of the line".
  return separator == '\t' ? std::string(tr("tab")) : fmt::format("'{}'", separator);
}

CsvTable parse_csv(std::string_view text, std::string_view file_name, char separator) {
  CsvTable table;
  if (text.substr(0, k_bom.size()) == k_bom) {
    table.bom = true;
    text.remove_prefix(k_bom.size());
  }
  if (const size_t bad = invalid_utf8_offset(text); bad != std::string_view::npos) {
    const auto [line, column] = position_of(text, bad);
    throw csv_error(file_name, line, column, tr("invalid UTF-8"),
                    tr("save the file as 'CSV UTF-8' in Excel, or convert it: iconv -f cp1251 -t "
                       "utf-8 (Excel's plain 'CSV' in a Russian locale is Windows-1251)"));
  }
  table.separator = separator != 0 ? separator : detect_csv_separator(text);
  const char sep = table.separator;

  int line = 1;
  size_t i = 0;
  const size_t n = text.size();
  // Consumes a line end at i (CRLF, LF or CR); true when there was one.
  const auto line_end = [&]() {
    if (text[i] == '\r') {
      i += (i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
    } else if (text[i] == '\n') {
      ++i;
    } else {
      return false;
    }
    ++line;
    return true;
  };
  while (i < n) {
    if (line_end()) // an empty line
      continue;
    CsvRecord record;
    record.line = line;
    for (;;) {
      std::string field;
      if (i < n && text[i] == '"') {
        const size_t open = i;
        ++i;
        for (;;) {
          if (i >= n)
            throw csv_error(file_name, position_of(text, open).first,
                            position_of(text, open).second,
                            tr("a quoted field starts here and is never closed"),
                            tr("a quote inside a quoted field is written twice: \"\""));
          const char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (c == '\r' || c == '\n') {
            line_end();
            field += '\n';
            continue;
          }
          field += c;
          ++i;
        }
        if (i < n && text[i] != sep && text[i] != '\r' && text[i] != '\n') {
          const auto [l, column] = position_of(text, i);
          throw csv_error(file_name, l, column,
                          // TRANSLATORS: {} is the separator: "tab" or a quoted character.
                          trf("text after the closing quote of a field (expected {} or "
                              "the end of the line)",
                              separator_name(sep)));
        }
      } else {
        const size_t start = i;
        while (i < n && text[i] != sep && text[i] != '\r' && text[i] != '\n')
          ++i;
        field.assign(text.substr(start, i - start));
      }
      record.fields.push_back(std::move(field));
      if (i < n && text[i] == sep) {
        ++i;
        continue;
      }
      break;
    }
    table.records.push_back(std::move(record));
    if (i < n)
      line_end();
  }
  return table;
}

std::string csv_field(std::string_view value, char separator) {
  const bool needs_quotes =
      value.find_first_of(std::string{separator, '"', '\r', '\n'}) != std::string_view::npos ||
      (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!needs_quotes)
    return std::string(value);
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"')
      out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_record(const std::vector<std::string>& fields, char separator,
                       std::string_view newline) {
  std::string out;
  for (size_t k = 0; k < fields.size(); ++k) {
    if (k > 0)
      out += separator;
    out += csv_field(fields[k], separator);
  }
  out += newline;
  return out;
}

std::string csv_header_key(std::string_view header) {
  std::string out;
  bool space = false;
  for (const char c : fold_case(trim(header))) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty())
      out += ' ';
    space = false;
    out += c;
  }
  return out;
}

} // namespace acctcore
