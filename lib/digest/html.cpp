// Digests as one self-contained HTML file: inline CSS, the load chart as inline SVG, no request
// to anywhere else; printable.

#include "digest/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace acctcore {

namespace {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

/// A config colour if it is "#rrggbb", else the default (the value goes into CSS).
std::string safe_color(const std::string& color) {
  const bool ok = color.size() == 7 && color[0] == '#' &&
                  std::all_of(color.begin() + 1, color.end(),
                              [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
  return ok ? color : "#1f6feb";
}

std::string chart_svg(const DocChart& chart, const std::string& accent, const Words& words) {
  int most = 60;
  for (size_t p = 0; p < chart.labels.size(); ++p) {
    most = std::max(most, chart.capacity_minutes[p]);
    for (int m : chart.minutes[p])
      most = std::max(most, m);
  }
  constexpr int label_width = 190, bar_width = 360, bar = 14, gap = 4, group_gap = 12;
  const int rows = static_cast<int>(chart.labels.size() * chart.weeks.size());
  const int height = rows * (bar + gap) + static_cast<int>(chart.labels.size()) * group_gap + 20;
  const int width = label_width + bar_width + 90;
  std::string svg =
      fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
                  "height=\"{1}\" role=\"img\" aria-labelledby=\"chart-title\">"
                  "<title id=\"chart-title\">{2}</title>",
                  width, height, html_escape(chart.title));
  int y = 10;
  const auto scale = [&](int minutes) { return minutes * bar_width / most; };
  for (size_t p = 0; p < chart.labels.size(); ++p) {
    const int capacity = chart.capacity_minutes[p];
    const int top = y;
    for (size_t w = 0; w < chart.weeks.size() && w < chart.minutes[p].size(); ++w) {
      const int m = chart.minutes[p][w];
      const bool over = m > capacity;
      svg +=
          fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\">{} · {}"
                      "</text>",
                      label_width - 6, y + bar - 3, html_escape(chart.labels[p]), chart.weeks[w]);
      svg +=
          fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\">"
                      "<title>{}: {}</title></rect>",
                      label_width, y, std::max(1, scale(m)), bar, over ? "#cf222e" : accent,
                      html_escape(chart.labels[p]),
                      html_escape(words.format(Phrase::load_cell, fmt::arg("hours", words.hours(m)),
                                               fmt::arg("capacity", words.hours(capacity)))));
      svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"11\">{}</text>",
                         label_width + std::max(1, scale(m)) + 4, y + bar - 3,
                         html_escape(words.hours(m)));
      y += bar + gap;
    }
    svg += fmt::format(
        "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#57606a\" "
        "stroke-dasharray=\"3 2\"><title>{3}</title></line>",
        label_width + scale(capacity), top - 2, y - gap + 2,
        html_escape(words.format(Phrase::capacity, fmt::arg("hours", words.hours(capacity)))));
    y += group_gap;
  }
  return svg + "</svg>";
}

} // namespace

std::string render_html(const Document& doc) {
  const Words words = client_words(doc.language);
  const std::string accent = safe_color(doc.accent_color);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n"
      ":root {{ --accent: {}; --alert: #cf222e; --muted: #57606a; }}\n"
      "body {{ font: 15px/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif; "
      "color: #1f2328; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }}\n"
      "header {{ border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }}\n"
      ".firm {{ color: var(--accent); font-weight: 600; margin: 0; }}\n"
      "h1 {{ font-size: 1.5rem; margin: .2rem 0; }}\n"
      "h2 {{ font-size: 1.1rem; color: var(--accent); margin: 1.5rem 0 .4rem; }}\n"
      ".subtitle, .note, footer {{ color: var(--muted); }}\n"
      "ul {{ list-style: none; padding: 0; margin: 0; }}\n"
      "li {{ padding: .3rem 0; border-bottom: 1px solid #d0d7de; }}\n"
      "li time {{ display: inline-block; min-width: 8.5rem; font-variant-numeric: tabular-nums; "
      "font-weight: 600; }}\n"
      ".detail {{ color: var(--muted); }}\n"
      ".alert, .alert time {{ color: var(--alert); }}\n"
      "li.alert::before {{ content: \"⚠ \"; }}\n"
      "table {{ border-collapse: collapse; width: 100%; margin: .3rem 0; }}\n"
      "th, td {{ text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #d0d7de; }}\n"
      "tr.alert td:first-child {{ font-weight: 600; }}\n"
      "svg {{ max-width: 100%; height: auto; font-family: inherit; }}\n"
      "footer {{ margin-top: 2rem; border-top: 1px solid #d0d7de; padding-top: .5rem; "
      "font-size: .9rem; }}\n"
      "@media print {{ body {{ margin: 0; max-width: none; }} h2 {{ break-after: avoid; }} "
      "li, tr {{ break-inside: avoid; }} }}\n"
      "</style>\n</head>\n<body>\n<header>\n",
      words.code(), html_escape(doc.title), accent);
  if (!doc.firm.empty())
    out += "<p class=\"firm\">" + html_escape(doc.firm) + "</p>\n";
  out += "<h1>" + html_escape(doc.title) + "</h1>\n<p class=\"subtitle\">" +
         html_escape(doc.subtitle) + "</p>\n</header>\n<main>\n";
  int index = 0;
  for (const auto& s : doc.sections) {
    const std::string id = fmt::format("s{}", ++index);
    out += fmt::format("<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>\n", id,
                       html_escape(s.title));
    if (s.is_empty()) {
      out += "<p>" + html_escape(s.empty) + "</p>\n</section>\n";
      continue;
    }
    if (!s.note.empty())
      out += "<p class=\"note\">" + html_escape(s.note) + "</p>\n";
    if (!s.lines.empty()) {
      out += "<ul>\n";
      for (const auto& l : s.lines) {
        out += l.alert ? "<li class=\"alert\">" : "<li>";
        if (l.date)
          out += fmt::format("<time datetime=\"{}\">{}</time> ", format_date(*l.date),
                             words.day(*l.date));
        out += html_escape(l.text);
        if (!l.detail.empty())
          out += " <span class=\"detail\">— " + html_escape(l.detail) + "</span>";
        out += "</li>\n";
      }
      out += "</ul>\n";
    }
    if (s.table) {
      out += "<table>\n<thead><tr>";
      for (const auto& h : s.table->header)
        out += "<th scope=\"col\">" + html_escape(h) + "</th>";
      out += "</tr></thead>\n<tbody>\n";
      for (size_t r = 0; r < s.table->rows.size(); ++r) {
        out += s.table->alert[r] ? "<tr class=\"alert\">" : "<tr>";
        for (size_t c = 0; c < s.table->rows[r].size(); ++c)
          out += (c == 0 ? "<th scope=\"row\">" : "<td>") + html_escape(s.table->rows[r][c]) +
                 (c == 0 ? "</th>" : "</td>");
        out += "</tr>\n";
      }
      out += "</tbody>\n</table>\n";
    }
    if (s.chart && !s.chart->labels.empty())
      out += "<figure>" + chart_svg(*s.chart, accent, words) + "</figure>\n";
    out += "</section>\n";
  }
  return out + "</main>\n<footer>" + html_escape(doc.footer) + "</footer>\n</body>\n</html>\n";
}

} // namespace acctcore
