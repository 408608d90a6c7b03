// Digests as plain text: mail bodies and messengers.

#include "digest/render.hpp"
#include "util/table.hpp"

namespace acctcore {

namespace {

std::string line_text(const DocLine& l, const Words& words) {
  std::string text;
  if (l.date)
    text += words.day(*l.date) + "  ";
  text += l.text;
  if (!l.detail.empty())
    text += " — " + l.detail;
  return text;
}

/// A section's table as aligned columns under its header, the alert mark in a column of its own;
/// figures (every column after the first) are aligned right.
std::string table_text(const DocTable& t) {
  std::vector<std::string> header{""};
  header.insert(header.end(), t.header.begin(), t.header.end());
  Table table(std::move(header));
  for (size_t c = 2; c <= t.header.size(); ++c)
    table.align(c, Align::right);
  for (size_t r = 0; r < t.rows.size(); ++r) {
    std::vector<std::string> cells{t.alert[r] ? "!" : ""};
    cells.insert(cells.end(), t.rows[r].begin(), t.rows[r].end());
    table.add_row(std::move(cells));
  }
  return table.render();
}

} // namespace

std::string render_text(const Document& doc) {
  const Words words = client_words(doc.language);
  std::string out = doc.firm.empty() ? "" : doc.firm + "\n";
  out += doc.title + "\n" + doc.subtitle + "\n";
  for (const auto& s : doc.sections) {
    out += "\n" + s.title + "\n";
    if (!s.note.empty() && !s.is_empty())
      out += s.note + "\n";
    if (s.is_empty()) {
      out += "  " + s.empty + "\n";
      continue;
    }
    for (const auto& l : s.lines)
      out += (l.alert ? "! " : "  ") + line_text(l, words) + "\n";
    if (s.table)
      out += table_text(*s.table);
  }
  return out + "\n" + doc.footer + "\n";
}

} // namespace acctcore
