#pragma once

// A client's indicators as people and programs read them (docs/figures.md): plain text for a
// mail or a messenger, Markdown, one self-contained HTML page with a 12-month SVG chart per
// indicator, JSON and CSV. In Russian, as the client reads it; money as «1 234 567,89 ₽».

#include "figures/report.hpp"
#include "util/json.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

enum class FiguresFormat : std::uint8_t { text, md, html, json, csv };

std::optional<FiguresFormat> parse_figures_format(std::string_view name) noexcept;
std::vector<std::string> figures_format_names();
/// The file name extension of a format: "txt", "md", "html", "json", "csv".
std::string_view figures_format_extension(FiguresFormat format) noexcept;

std::string render_figures_text(const FiguresReport& report);
std::string render_figures_markdown(const FiguresReport& report);
/// One file: inline CSS and SVG, no scripts, nothing loaded from elsewhere; printable.
std::string render_figures_html(const FiguresReport& report);
/// The documented JSON form (docs/json.md).
Json figures_report_to_json(const FiguresReport& report);
/// One record per indicator: the month's value and its changes, amounts as 1234.56.
std::string figures_report_csv(const FiguresReport& report);

/// Any of the above.
std::string render_figures(const FiguresReport& report, FiguresFormat format);

/// «Март 2026», for a heading.
std::string month_heading_ru(const Period& month);

/// The headings of the month's table: «Показатель», «Март 2026», «Изменение за месяц»,
/// «Изменение за год».
std::vector<std::string> figures_table_header(const Period& month);

/// What the client reads for one month's value: «1 234,00 ₽» or «нет данных».
std::string month_value_ru(const MonthValue& value, std::string_view currency);

/// A change against a base month: «+200 000,00 ₽ (+20,0 %)», «+5 000,00 ₽» when the base
/// was zero, «нет данных» when either month is unknown.
std::string change_ru(const MonthValue& now, const MonthValue& base, std::string_view currency);

} // namespace acctcore
