#pragma once

// A client's indicators for a month (docs/figures.md): each indicator's value, its change
// against the previous month and the same month a year before, the twelve months up to it for
// a chart, and the remarks whose conditions hold. Pure: built from the sheets a store read.

#include "deadline/period.hpp"
#include "figures/compute.hpp"
#include "figures/indicators.hpp"
#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace acctcore {

/// A month's rows as stored for a client.
struct MonthSheet {
  Period month;
  AccountBalances balances;
  std::string file;      ///< the file it was imported from
  Timestamp imported_at; ///< when
};

/// Who the report is from and for.
struct FiguresHeader {
  std::string firm_name, firm_phone, firm_email, accent_color;
  std::string client, client_name, legal_name, inn;
  std::string currency = "RUB";
  Date today;
};

/// An indicator in one month: not imported, not computable from that month's sheet, or a value.
struct MonthValue {
  Period month;
  bool imported = false;
  IndicatorValue value;

  bool known() const noexcept { return imported && value.minor.has_value(); }
};

struct IndicatorLine {
  const Indicator* indicator = nullptr;
  MonthValue current, previous, year_ago;
  std::vector<MonthValue> history; ///< the twelve months ending with the current one
};

/// A remark whose conditions hold, its text filled in.
struct Remark {
  std::string id;
  std::string indicator;
  std::string text;
  bool alert = false;
};

struct FiguresReport {
  FiguresHeader header;
  std::string chart;
  Period month;
  bool imported = false; ///< the month itself has a sheet
  std::string file;      ///< the month's sheet, when imported
  std::optional<Timestamp> imported_at;
  std::vector<IndicatorLine> lines;
  std::vector<Remark> remarks;
};

/// The months a report for `month` reads: the twelve before it and itself.
std::vector<Period> report_months(const Period& month);

/// Builds the report for `month` from the sheets there are (any order; months without one are
/// "no data", never zero), with the indicators and remarks of `chart`.
FiguresReport build_figures_report(const FiguresHeader& header, const FiguresTemplates& templates,
                                   const Chart& chart, const std::vector<MonthSheet>& sheets,
                                   const Period& month);

/// The change from `base` to `now`, when both are known.
std::optional<std::int64_t> value_change(const MonthValue& now, const MonthValue& base) noexcept;

/// The change in tenths of a percent of the base, rounded half away from zero, when both are
/// known, the base is above zero and the value not below it (a percent of a loss or across
/// zero misleads).
std::optional<std::int64_t> change_tenths_percent(const MonthValue& now,
                                                  const MonthValue& base) noexcept;

/// «+35,2 %», «−4,0 %», «0,0 %».
std::string format_percent_ru(std::int64_t tenths);

/// A change of money with its sign: «+1 234,00 ₽», «−500,00 ₽», «0,00 ₽».
std::string format_change_ru(std::int64_t minor, std::string_view currency);

} // namespace acctcore
