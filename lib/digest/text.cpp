// Digests as plain text: mail bodies and messengers.

#include "digest/render.hpp"

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
      for (size_t r = 0; r < s.table->rows.size(); ++r) {
        std::string row;
        for (size_t c = 0; c < s.table->rows[r].size(); ++c)
          row += (c == 0                       ? ""
                  : c < s.table->header.size() ? "; " + s.table->header[c] + ": "
                                               : "; ") +
                 s.table->rows[r][c];
        out += (s.table->alert[r] ? "! " : "  ") + row + "\n";
      }
  }
  return out + "\n" + doc.footer + "\n";
}

} // namespace acctcore
