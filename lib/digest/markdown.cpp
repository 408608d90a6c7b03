// Digests as Markdown.

#include "digest/render.hpp"

namespace acctcore {

namespace {

std::string md_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
        c == '>' || c == '#' || c == '\\')
      out += '\\';
    out += c;
  }
  return out;
}

} // namespace

std::string render_markdown(const Document& doc) {
  const Words words = client_words(doc.language);
  std::string out = "# " + md_escape(doc.title) + "\n\n";
  if (!doc.firm.empty())
    out += "**" + md_escape(doc.firm) + "** · ";
  out += md_escape(doc.subtitle) + "\n";
  for (const auto& s : doc.sections) {
    out += "\n## " + md_escape(s.title) + "\n\n";
    if (s.is_empty()) {
      out += md_escape(s.empty) + "\n";
      continue;
    }
    if (!s.note.empty())
      out += "_" + md_escape(s.note) + "_\n\n";
    for (const auto& l : s.lines) {
      out += "- ";
      if (l.alert)
        out += "⚠ ";
      if (l.date)
        out += "**" + words.day(*l.date) + "** ";
      out += md_escape(l.text);
      if (!l.detail.empty())
        out += " — " + md_escape(l.detail);
      out += "\n";
    }
    if (s.table) {
      if (!s.lines.empty())
        out += "\n";
      std::string rule = "|";
      out += "|";
      for (const auto& h : s.table->header) {
        out += " " + md_escape(h) + " |";
        rule += "---|";
      }
      out += "\n" + rule + "\n";
      for (size_t r = 0; r < s.table->rows.size(); ++r) {
        out += "|";
        for (size_t c = 0; c < s.table->rows[r].size(); ++c) {
          const std::string cell = md_escape(s.table->rows[r][c]);
          out += " " + (s.table->alert[r] && c == 0 ? "**" + cell + "**" : cell) + " |";
        }
        out += "\n";
      }
    }
  }
  return out + "\n---\n\n" + md_escape(doc.footer) + "\n";
}

} // namespace acctcore
