#include "task/report.hpp"

#include "store/sql.hpp"
#include "store/store.hpp"
#include "util/enum_names.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr std::string_view k_grouping_names[] = {"client", "staff", "service", "obligation"};

void add_minutes(TimeReportRow& row, std::string_view category, int minutes) {
  row.minutes += minutes;
  if (category == "communication")
    row.communication_minutes += minutes;
  else if (category == "administration")
    row.administration_minutes += minutes;
  else
    row.production_minutes += minutes;
}

} // namespace

std::string_view time_grouping_name(TimeGrouping grouping) noexcept {
  return enum_name(k_grouping_names, grouping);
}

std::optional<TimeGrouping> parse_time_grouping(std::string_view name) noexcept {
  return enum_from_name<TimeGrouping>(k_grouping_names, name);
}

std::vector<std::string> time_grouping_names() {
  return {std::begin(k_grouping_names), std::end(k_grouping_names)};
}

double TimeReportRow::overhead_share() const noexcept {
  if (minutes == 0)
    return 0.0;
  return static_cast<double>(communication_minutes + administration_minutes) / minutes;
}

std::optional<std::int64_t> TimeReportRow::margin() const {
  if (!fee || cost.size() > 1)
    return std::nullopt;
  if (cost.empty())
    return *fee;
  if (cost.begin()->first != fee_currency)
    return std::nullopt;
  return *fee - cost.begin()->second;
}

std::int64_t prorated_fee(std::int64_t monthly_minor, Date from, Date to) {
  if (to < from)
    return 0;
  // Whole months count the fee; a part of a month its share of the month's days. Summed as a
  // fraction per month and rounded once per month, half away from zero.
  std::int64_t total = 0;
  Date day = from;
  while (day <= to) {
    const Date month_end = end_of_month(day);
    const Date last = std::min(month_end, to);
    const auto month_days =
        (month_end - Date{date::year_month_day{date::year_month_day(day).year(),
                                               date::year_month_day(day).month(), date::day{1}}})
            .count() +
        1;
    const auto days = (last - day).count() + 1;
    total += (monthly_minor * days * 2 + month_days) / (month_days * 2);
    day = last + date::days{1};
  }
  return total;
}

TimeReport report_time(const Store& store, TimeGrouping grouping, Date from, Date to) {
  if (to < from)
    throw Error(ErrorKind::invalid, trf("the period ends ({}) before it starts ({})",
                                        format_date(to), format_date(from)));
  TimeReport report;
  report.grouping = grouping;
  report.from = from;
  report.to = to;
  std::string key_sql;
  std::string name_sql;
  switch (grouping) {
  case TimeGrouping::client:
    key_sql = "c.slug";
    name_sql = "coalesce(nullif(c.short_name, ''), c.name)";
    break;
  case TimeGrouping::staff:
    key_sql = "s.handle";
    name_sql = "s.name";
    break;
  case TimeGrouping::service:
    key_sql = "coalesce(t.service, 'manual')";
    name_sql = key_sql;
    break;
  case TimeGrouping::obligation:
    key_sql = "t.code";
    name_sql = key_sql;
    break;
  }
  Statement q(
      store, fmt::format("SELECT {}, {}, t.category, s.rate_minor, s.rate_currency, sum(e.minutes) "
                         "FROM time_entry e JOIN task t ON t.id = e.task_id "
                         "JOIN client c ON c.id = t.client_id JOIN staff s ON s.id = e.staff_id "
                         "WHERE e.day >= ? AND e.day <= ? GROUP BY 1, 2, 3, 4, 5, s.id ORDER BY 1",
                         key_sql, name_sql));
  q.bind(1, format_date(from));
  q.bind(2, format_date(to));
  std::map<std::string, TimeReportRow> rows;
  const auto account = [](TimeReportRow& row, std::string_view category, int minutes,
                          const Column& rate, const Column& currency) {
    add_minutes(row, category, minutes);
    if (rate.is_null()) {
      row.uncosted_minutes += minutes;
      return;
    }
    // An hour's rate times the minutes, rounded to a minor unit.
    row.cost[currency.as_text()] += (rate.as_int64() * minutes + 30) / 60;
  };
  while (q.step()) {
    const std::string key = q.column(0).as_text();
    TimeReportRow& row = rows[key];
    row.key = key;
    row.name = q.column(1).as_text();
    const std::string category = q.column(2).as_text();
    const int minutes = q.column(5).as_int();
    account(row, category, minutes, q.column(3), q.column(4));
    account(report.total, category, minutes, q.column(3), q.column(4));
  }
  report.total.key = "total";
  report.total.name = "total";
  if (grouping == TimeGrouping::client) {
    Statement fees(store, "SELECT slug, fee_minor, fee_currency, contract_start, "
                          "contract_end FROM client WHERE fee_minor IS NOT NULL");
    std::string currency;
    bool one_currency = true;
    while (fees.step()) {
      auto it = rows.find(fees.column(0).as_text());
      if (it == rows.end())
        continue;
      const Date start = std::max(from, column_date(fees.column(3)).value_or(from));
      const Date end = std::min(to, column_date(fees.column(4)).value_or(to));
      it->second.fee = prorated_fee(fees.column(1).as_int64(), start, end);
      it->second.fee_currency = fees.column(2).as_text();
      if (currency.empty())
        currency = it->second.fee_currency;
      one_currency = one_currency && currency == it->second.fee_currency;
      if (one_currency) {
        report.total.fee = report.total.fee.value_or(0) + *it->second.fee;
        report.total.fee_currency = currency;
      }
    }
    if (!one_currency)
      report.total.fee.reset();
  }
  for (auto& [key, row] : rows)
    report.rows.push_back(std::move(row));
  return report;
}

Json time_report_to_json(const TimeReport& report) {
  const auto row_json = [&](const TimeReportRow& row) {
    Json cost = Json::object();
    for (const auto& [currency, minor] : row.cost)
      cost[currency] = minor;
    Json json{{"key", row.key},
              {"name", row.name},
              {"minutes", row.minutes},
              {"production_minutes", row.production_minutes},
              {"communication_minutes", row.communication_minutes},
              {"administration_minutes", row.administration_minutes},
              {"overhead_share", row.overhead_share()},
              {"cost_minor", cost},
              {"uncosted_minutes", row.uncosted_minutes},
              {"fee_minor", row.fee ? Json(*row.fee) : Json(nullptr)},
              {"fee_currency", row.fee ? Json(row.fee_currency) : Json(nullptr)}};
    const auto margin = row.margin();
    json["margin_minor"] = margin ? Json(*margin) : Json(nullptr);
    return json;
  };
  return Json{{"by", std::string(time_grouping_name(report.grouping))},
              {"from", format_date(report.from)},
              {"to", format_date(report.to)},
              {"rows", json_array(report.rows, row_json)},
              {"total", row_json(report.total)}};
}

} // namespace acctcore
