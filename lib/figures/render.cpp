#include "figures/render.hpp"

#include "figures/period_words.hpp"
#include "util/csv.hpp"
#include "util/markup.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace acctcore {

namespace {

// -- the client's words -------------------------------------------------------------------

constexpr std::string_view k_no_data = "нет данных";
constexpr std::string_view k_main = "Главное";
constexpr std::string_view k_history = "12 месяцев";
constexpr std::string_view k_history_note = "Пунктиром — месяцы без данных.";
constexpr std::array<std::string_view, 12> k_month_short = {
    "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};

std::string title_of(const FiguresReport& r) {
  return fmt::format("{}: финансовые показатели за {}", r.header.client_name,
                     period_title_ru(r.month));
}

std::string subtitle_of(const FiguresReport& r) {
  std::vector<std::string> parts;
  if (!r.header.legal_name.empty() && r.header.legal_name != r.header.client_name)
    parts.push_back(r.header.legal_name);
  if (!r.header.inn.empty())
    parts.push_back("ИНН " + r.header.inn);
  parts.emplace_back("по данным бухгалтерского учёта");
  std::string out;
  for (const auto& p : parts)
    out += (out.empty() ? "" : " · ") + p;
  return out;
}

std::string figures_title(const FiguresReport& r) {
  return fmt::format("Показатели за {}", period_title_ru(r.month));
}

/// What the figures section says when the month has no sheet.
std::string no_sheet_ru(const FiguresReport& r) {
  return fmt::format("Данных за {} нет: ведомость за этот месяц ещё не загружена.",
                     period_title_ru(r.month));
}

std::string footer_of(const FiguresReport& r) {
  const auto& h = r.header;
  std::string contacts;
  for (const auto* part : {&h.firm_phone, &h.firm_email})
    if (!part->empty())
      contacts += (contacts.empty() ? "" : ", ") + *part;
  std::string out = contacts.empty() ? h.firm_name : fmt::format("{}: {}", h.firm_name, contacts);
  if (!out.empty())
    out += ". ";
  return out + fmt::format("Составлено {}.", format_date_ru(h.today));
}

/// "за месяц …; за год …" of a line.
std::string changes_ru(const IndicatorLine& line, std::string_view currency) {
  return fmt::format("за месяц {}; за год {}", change_ru(line.current, line.previous, currency),
                     change_ru(line.current, line.year_ago, currency));
}

// -- HTML ---------------------------------------------------------------------------------

/// A config colour if it is "#rrggbb", else the default (the value goes into CSS).
std::string safe_color(const std::string& color) {
  const bool ok =
      color.size() == 7 && color[0] == '#' &&
      std::all_of(color.begin() + 1, color.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      });
  return ok ? color : "#1f6feb";
}

/// "good", "bad" or "" for a change's CSS class.
std::string_view change_class(const IndicatorLine& line, const MonthValue& base) {
  const auto delta = value_change(line.current, base);
  if (!delta || *delta == 0 || line.indicator->better == Better::neither)
    return "";
  const bool up = *delta > 0;
  return up == (line.indicator->better == Better::up) ? "good" : "bad";
}

/// Twelve bars, one a month; a month without data is an empty dashed outline.
std::string chart_svg(const IndicatorLine& line, size_t index, std::string_view currency) {
  constexpr int width = 360, height = 150, left = 6, right = 6, top = 10, bottom = 30;
  const int plot = height - top - bottom;
  const int slot = (width - left - right) / static_cast<int>(line.history.size());
  const int bar = slot * 2 / 3;
  std::int64_t most = 0, least = 0;
  for (const auto& m : line.history)
    if (m.known()) {
      most = std::max(most, *m.value.minor);
      least = std::min(least, *m.value.minor);
    }
  const std::int64_t span = std::max<std::int64_t>(most - least, 1);
  const int zero = top + static_cast<int>(static_cast<long double>(most) * plot / span);
  const std::string id = fmt::format("chart{}", index);
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\" role=\"img\" aria-labelledby=\"{2}\"><title id=\"{2}\">{3}: {4} — {5}"
      "</title>",
      width, height, id, html_escape(line.indicator->title),
      period_title_ru(line.history.front().month), period_title_ru(line.history.back().month));
  svg += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" class=\"axis\"/>", left,
                     width - right, zero);
  for (size_t i = 0; i < line.history.size(); ++i) {
    const auto& m = line.history[i];
    const int x = left + static_cast<int>(i) * slot + (slot - bar) / 2;
    const bool last = i + 1 == line.history.size();
    const std::string label =
        fmt::format("{}: {}", period_title_ru(m.month), month_value_ru(m, currency));
    if (m.known()) {
      const std::int64_t v = *m.value.minor;
      const int h =
          std::max(1, static_cast<int>(static_cast<long double>(v < 0 ? -v : v) * plot / span));
      svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"{}\">"
                         "<title>{}</title></rect>",
                         x, v < 0 ? zero : zero - h, bar, h,
                         v < 0  ? "neg"
                         : last ? "now"
                                : "bar",
                         html_escape(label));
    } else {
      svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"none\">"
                         "<title>{}</title></rect>",
                         x, zero - 12, bar, 12, html_escape(label));
    }
    const int cx = x + bar / 2;
    svg +=
        fmt::format("<text x=\"{}\" y=\"{}\" class=\"month{}\">{}</text>", cx, height - bottom + 13,
                    last ? " now" : "", k_month_short[static_cast<size_t>(m.month.index - 1)]);
    if (i == 0 || m.month.index == 1)
      svg += fmt::format("<text x=\"{}\" y=\"{}\" class=\"year\">{}</text>", cx,
                         height - bottom + 25, m.month.year);
  }
  return svg + "</svg>";
}

std::string html_head(const FiguresReport& r) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n"
      ":root {{ --accent: {}; --alert: #cf222e; --good: #1a7f37; --muted: #57606a; }}\n"
      "body {{ font: 15px/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif; "
      "color: #1f2328; max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }}\n"
      "header {{ border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }}\n"
      ".firm {{ color: var(--accent); font-weight: 600; margin: 0; }}\n"
      "h1 {{ font-size: 1.5rem; margin: .2rem 0; }}\n"
      "h2 {{ font-size: 1.1rem; color: var(--accent); margin: 1.5rem 0 .4rem; }}\n"
      ".subtitle, .note, footer, .about {{ color: var(--muted); }}\n"
      "ul {{ list-style: none; padding: 0; margin: 0; }}\n"
      "li {{ padding: .3rem 0; border-bottom: 1px solid #d0d7de; }}\n"
      "li.alert {{ color: var(--alert); }}\n"
      "li.alert::before {{ content: \"⚠ \"; }}\n"
      "table {{ border-collapse: collapse; width: 100%; margin: .3rem 0; }}\n"
      "th, td {{ text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #d0d7de; "
      "vertical-align: top; }}\n"
      "td.num {{ text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }}\n"
      "td.nodata {{ color: var(--muted); text-align: right; }}\n"
      ".good {{ color: var(--good); }} .bad {{ color: var(--alert); }}\n"
      ".charts {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); "
      "gap: 1rem; }}\n"
      "figure {{ margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem; "
      "break-inside: avoid; }}\n"
      "figcaption {{ font-weight: 600; }}\n"
      "figcaption .value {{ float: right; font-variant-numeric: tabular-nums; }}\n"
      ".about {{ font-size: .85rem; margin: .1rem 0 .3rem; }}\n"
      "svg {{ max-width: 100%; height: auto; font-family: inherit; }}\n"
      "svg .bar {{ fill: var(--accent); opacity: .45; }} svg .now {{ fill: var(--accent); }}\n"
      "svg .neg {{ fill: var(--alert); opacity: .7; }}\n"
      "svg .none {{ fill: none; stroke: #8c959f; stroke-dasharray: 2 2; }}\n"
      "svg .axis {{ stroke: #8c959f; }}\n"
      "svg text {{ font-size: 10px; fill: var(--muted); text-anchor: middle; }}\n"
      "svg text.now {{ fill: #1f2328; font-weight: 600; }}\n"
      "footer {{ margin-top: 2rem; border-top: 1px solid #d0d7de; padding-top: .5rem; "
      "font-size: .9rem; }}\n"
      "@media print {{ body {{ margin: 0; max-width: none; }} h2 {{ break-after: avoid; }} "
      "li, tr {{ break-inside: avoid; }} }}\n"
      "</style>\n</head>\n<body>\n",
      html_escape(title_of(r)), safe_color(r.header.accent_color));
}

std::string change_cell(const IndicatorLine& line, const MonthValue& base,
                        std::string_view currency) {
  if (!value_change(line.current, base))
    return fmt::format("<td class=\"nodata\">{}</td>", k_no_data);
  const auto css = change_class(line, base);
  return fmt::format("<td class=\"num{}{}\">{}</td>", css.empty() ? "" : " ", css,
                     html_escape(change_ru(line.current, base, currency)));
}

} // namespace

// -- shared words -------------------------------------------------------------------------

std::string month_heading_ru(const Period& month) {
  static constexpr std::array<std::string_view, 12> k_months = {
      "Январь", "Февраль", "Март",     "Апрель",  "Май",    "Июнь",
      "Июль",   "Август",  "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"};
  return fmt::format("{} {}", k_months[static_cast<size_t>(month.index - 1)], month.year);
}

std::vector<std::string> figures_table_header(const Period& month) {
  return {"Показатель", month_heading_ru(month), "Изменение за месяц", "Изменение за год"};
}

std::string month_value_ru(const MonthValue& value, std::string_view currency) {
  if (!value.known())
    return std::string(k_no_data);
  return format_money_ru(*value.value.minor, currency);
}

std::string change_ru(const MonthValue& now, const MonthValue& base, std::string_view currency) {
  const auto delta = value_change(now, base);
  if (!delta)
    return std::string(k_no_data);
  const auto percent = change_tenths_percent(now, base);
  if (!percent)
    return format_change_ru(*delta, currency);
  return fmt::format("{} ({})", format_change_ru(*delta, currency), format_percent_ru(*percent));
}

// -- formats ------------------------------------------------------------------------------

namespace {

constexpr std::array<std::string_view, 5> k_format_names = {"text", "md", "html", "json", "csv"};
constexpr std::array<std::string_view, 5> k_format_extensions = {"txt", "md", "html", "json",
                                                                 "csv"};

} // namespace

std::optional<FiguresFormat> parse_figures_format(std::string_view name) noexcept {
  for (size_t i = 0; i < k_format_names.size(); ++i)
    if (k_format_names[i] == name)
      return static_cast<FiguresFormat>(i);
  return std::nullopt;
}

std::vector<std::string> figures_format_names() {
  return {k_format_names.begin(), k_format_names.end()};
}

std::string_view figures_format_extension(FiguresFormat format) noexcept {
  return k_format_extensions[static_cast<size_t>(format)];
}

std::string render_figures_text(const FiguresReport& r) {
  const auto& currency = r.header.currency;
  std::string out;
  if (!r.header.firm_name.empty())
    out += r.header.firm_name + "\n";
  out += title_of(r) + "\n" + subtitle_of(r) + "\n";
  if (!r.remarks.empty()) {
    out += fmt::format("\n{}\n", k_main);
    for (const auto& remark : r.remarks)
      out += (remark.alert ? "! " : "  ") + remark.text + "\n";
  }
  out += "\n" + figures_title(r) + "\n";
  if (!r.imported) {
    out += no_sheet_ru(r) + "\n";
  } else {
    for (const auto& line : r.lines)
      out += fmt::format("  {}: {}; {}\n", line.indicator->title,
                         month_value_ru(line.current, currency), changes_ru(line, currency));
  }
  return out + "\n" + footer_of(r) + "\n";
}

std::string render_figures_markdown(const FiguresReport& r) {
  const auto& currency = r.header.currency;
  std::string out = "# " + markdown_escape(title_of(r)) + "\n\n";
  if (!r.header.firm_name.empty())
    out += "**" + markdown_escape(r.header.firm_name) + "** · ";
  out += markdown_escape(subtitle_of(r)) + "\n";
  if (!r.remarks.empty()) {
    out += fmt::format("\n## {}\n\n", k_main);
    for (const auto& remark : r.remarks)
      out += (remark.alert ? "- ⚠ " : "- ") + markdown_escape(remark.text) + "\n";
  }
  out += "\n## " + markdown_escape(figures_title(r)) + "\n\n";
  if (!r.imported) {
    out += markdown_escape(no_sheet_ru(r)) + "\n";
  } else {
    const auto header = figures_table_header(r.month);
    out += fmt::format("| {} |\n|---|--:|--:|--:|\n", join(header, " | "));
    for (const auto& line : r.lines)
      out += fmt::format("| {} | {} | {} | {} |\n", markdown_escape(line.indicator->title),
                         month_value_ru(line.current, currency),
                         change_ru(line.current, line.previous, currency),
                         change_ru(line.current, line.year_ago, currency));
  }
  return out + "\n---\n\n" + markdown_escape(footer_of(r)) + "\n";
}

std::string render_figures_html(const FiguresReport& r) {
  const auto& currency = r.header.currency;
  std::string out = html_head(r) + "<header>\n";
  if (!r.header.firm_name.empty())
    out += "<p class=\"firm\">" + html_escape(r.header.firm_name) + "</p>\n";
  out += "<h1>" + html_escape(title_of(r)) + "</h1>\n<p class=\"subtitle\">" +
         html_escape(subtitle_of(r)) + "</p>\n</header>\n<main>\n";
  int section = 0;
  const auto open = [&](std::string_view title) {
    ++section;
    return fmt::format("<section aria-labelledby=\"s{0}\">\n<h2 id=\"s{0}\">{1}</h2>\n", section,
                       html_escape(title));
  };
  if (!r.remarks.empty()) {
    out += open(k_main) + "<ul>\n";
    for (const auto& remark : r.remarks)
      out +=
          (remark.alert ? "<li class=\"alert\">" : "<li>") + html_escape(remark.text) + "</li>\n";
    out += "</ul>\n</section>\n";
  }
  out += open(figures_title(r));
  if (!r.imported) {
    out += "<p>" + html_escape(no_sheet_ru(r)) + "</p>\n";
  } else {
    out += "<table>\n<thead><tr>";
    for (const auto& heading : figures_table_header(r.month))
      out += "<th scope=\"col\">" + html_escape(heading) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& line : r.lines) {
      out += "<tr><th scope=\"row\">" + html_escape(line.indicator->title) + "</th>";
      out +=
          line.current.known()
              ? "<td class=\"num\">" + html_escape(month_value_ru(line.current, currency)) + "</td>"
              : fmt::format("<td class=\"nodata\">{}</td>", k_no_data);
      out += change_cell(line, line.previous, currency) +
             change_cell(line, line.year_ago, currency) + "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  out += "</section>\n";
  const bool any_history = std::any_of(r.lines.begin(), r.lines.end(), [](const auto& line) {
    return std::any_of(line.history.begin(), line.history.end(),
                       [](const MonthValue& m) { return m.known(); });
  });
  if (any_history) {
    out += open(k_history) + fmt::format("<p class=\"note\">{}</p>\n", k_history_note) +
           "<div class=\"charts\">\n";
    for (size_t i = 0; i < r.lines.size(); ++i) {
      const auto& line = r.lines[i];
      out += fmt::format("<figure>\n<figcaption>{}<span class=\"value\">{}</span></figcaption>\n",
                         html_escape(line.indicator->title),
                         html_escape(month_value_ru(line.current, currency)));
      if (!line.indicator->description.empty())
        out += "<p class=\"about\">" + html_escape(line.indicator->description) + "</p>\n";
      out += chart_svg(line, i + 1, currency) + "\n</figure>\n";
    }
    out += "</div>\n</section>\n";
  }
  return out + "</main>\n<footer>" + html_escape(footer_of(r)) + "</footer>\n</body>\n</html>\n";
}

namespace {

Json month_json(const MonthValue& m) {
  return Json{{"period", m.month.id()},
              {"imported", m.imported},
              {"value_minor", json_or_null(m.value.minor)}};
}

Json percent_json(const std::optional<std::int64_t>& tenths) {
  if (!tenths)
    return Json(nullptr);
  return Json(static_cast<double>(*tenths) / 10.0);
}

} // namespace

Json figures_report_to_json(const FiguresReport& r) {
  const auto& h = r.header;
  Json lines = Json::array();
  for (const auto& line : r.lines) {
    const auto& i = *line.indicator;
    lines.push_back(Json{
        {"id", i.id},
        {"title", i.title},
        {"value_minor", json_or_null(line.current.value.minor)},
        {"unavailable", json_or_null(line.current.value.unavailable)},
        {"previous", month_json(line.previous)},
        {"change_minor", json_or_null(value_change(line.current, line.previous))},
        {"change_percent", percent_json(change_tenths_percent(line.current, line.previous))},
        {"year_ago", month_json(line.year_ago)},
        {"year_change_minor", json_or_null(value_change(line.current, line.year_ago))},
        {"year_change_percent", percent_json(change_tenths_percent(line.current, line.year_ago))},
        {"history", json_array(line.history, month_json)},
    });
  }
  Json remarks = json_array(r.remarks, [](const Remark& remark) {
    return Json{{"id", remark.id},
                {"indicator", remark.indicator},
                {"text", remark.text},
                {"alert", remark.alert}};
  });
  return Json{
      {"firm", {{"name", h.firm_name}, {"phone", h.firm_phone}, {"email", h.firm_email}}},
      {"client",
       {{"slug", h.client}, {"name", h.client_name}, {"legal_name", h.legal_name}, {"inn", h.inn}}},
      {"period", r.month.id()},
      {"today", format_date(h.today)},
      {"currency", h.currency},
      {"chart", r.chart},
      {"imported", r.imported},
      {"file", json_or_null(r.file)},
      {"imported_at", r.imported_at ? Json(format_timestamp_utc(*r.imported_at)) : Json(nullptr)},
      {"indicators", std::move(lines)},
      {"remarks", std::move(remarks)}};
}

std::string figures_report_csv(const FiguresReport& r) {
  static const std::vector<std::string> k_columns = {
      "indicator",       "title",    "period",      "value",
      "previous_period", "previous", "change",      "change_percent",
      "year_ago_period", "year_ago", "year_change", "year_change_percent"};
  const auto amount = [](const std::optional<std::int64_t>& minor) {
    return minor ? format_amount(*minor) : std::string();
  };
  const auto percent = [](const std::optional<std::int64_t>& tenths) {
    if (!tenths)
      return std::string();
    const std::int64_t abs = *tenths < 0 ? -*tenths : *tenths;
    return fmt::format("{}{}.{}", *tenths < 0 ? "-" : "", abs / 10, abs % 10);
  };
  std::string out = csv_record(k_columns, ',', "\n");
  for (const auto& line : r.lines) {
    const auto known = [](const MonthValue& m) {
      return m.known() ? m.value.minor : std::optional<std::int64_t>();
    };
    out += csv_record(
        {line.indicator->id, line.indicator->title, r.month.id(), amount(known(line.current)),
         line.previous.month.id(), amount(known(line.previous)),
         amount(value_change(line.current, line.previous)),
         percent(change_tenths_percent(line.current, line.previous)), line.year_ago.month.id(),
         amount(known(line.year_ago)), amount(value_change(line.current, line.year_ago)),
         percent(change_tenths_percent(line.current, line.year_ago))},
        ',', "\n");
  }
  return out;
}

std::string render_figures(const FiguresReport& report, FiguresFormat format) {
  switch (format) {
  case FiguresFormat::text:
    return render_figures_text(report);
  case FiguresFormat::md:
    return render_figures_markdown(report);
  case FiguresFormat::html:
    return render_figures_html(report);
  case FiguresFormat::json:
    return dump_json(figures_report_to_json(report)) + "\n";
  case FiguresFormat::csv:
    return figures_report_csv(report);
  }
  return {};
}

} // namespace acctcore
