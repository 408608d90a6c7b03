#include "figures/client_report.hpp"

#include "client/client.hpp"
#include "config/config.hpp"
#include "figures/period_words.hpp"
#include "figures/render.hpp"
#include "figures/store.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

Period previous_month(Date today) {
  return period_containing(PeriodKind::month, add_months(today, -1));
}

FiguresReport client_figures_report(const Store& store, const FiguresTemplates& templates,
                                    const FirmConfig& firm, const Client& client,
                                    const Period& month, Date today) {
  const Chart* chart = templates.chart_for_country(client.country);
  if (chart == nullptr) {
    std::vector<std::string> countries;
    for (const auto& c : templates.charts)
      countries.push_back(c.country);
    throw Error(ErrorKind::not_found,
                trf("no chart of accounts for clients in '{}' (charts are for: {})", client.country,
                    join(countries, ", ")),
                tr("add a chart and its indicators to the templates directory (docs/figures.md)"));
  }
  FiguresHeader header;
  header.firm_name = firm.name;
  header.firm_phone = firm.phone;
  header.firm_email = firm.email;
  header.accent_color = firm.accent_color;
  header.client = client.slug;
  header.client_name = client.display_name();
  header.legal_name = client.name;
  header.inn = client.inn;
  header.currency = client.country == "kz" ? "KZT" : "RUB";
  header.today = today;
  const auto months = report_months(month);
  const auto sheets = load_month_sheets(store, client.id, months.front(), months.back());
  return build_figures_report(header, templates, *chart, sheets, month);
}

std::vector<DocSection> figures_sections(const FiguresReport& report) {
  std::vector<DocSection> sections;
  const auto& currency = report.header.currency;
  if (!report.remarks.empty()) {
    DocSection remarks;
    remarks.title = "Финансовые показатели: главное";
    for (const auto& remark : report.remarks)
      remarks.lines.push_back({std::nullopt, remark.text, {}, remark.alert});
    sections.push_back(std::move(remarks));
  }
  DocSection figures;
  figures.title = fmt::format("Финансовые показатели за {}", period_title_ru(report.month));
  figures.empty = fmt::format("Данных за {} нет: ведомость за этот месяц ещё не загружена.",
                              period_title_ru(report.month));
  if (report.imported) {
    DocTable table;
    table.header = figures_table_header(report.month);
    for (const auto& line : report.lines) {
      table.rows.push_back({line.indicator->title, month_value_ru(line.current, currency),
                            change_ru(line.current, line.previous, currency),
                            change_ru(line.current, line.year_ago, currency)});
      table.alert.push_back(false);
    }
    figures.table = std::move(table);
  }
  sections.push_back(std::move(figures));
  return sections;
}

} // namespace acctcore
