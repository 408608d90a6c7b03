#include "figures/report.hpp"

#include "figures/period_words.hpp"
#include "util/money.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace acctcore {

namespace {

__extension__ typedef __int128 wide_int;

Period month_before(const Period& month, int months) {
  return period_containing(PeriodKind::month, add_months(month.start(), -months));
}

MonthValue value_in(const Indicator& indicator,
                    const std::map<std::string, const MonthSheet*>& by_month, const Period& month) {
  MonthValue value;
  value.month = month;
  const auto it = by_month.find(month.id());
  if (it == by_month.end())
    return value;
  value.imported = true;
  value.value = compute_indicator(indicator, it->second->balances);
  return value;
}

std::string money(std::int64_t minor, const FiguresHeader& header) {
  return format_money_ru(minor, header.currency);
}

/// `text` with {name} replaced by `values[name]`.
std::string fill(std::string_view text, const std::map<std::string_view, std::string>& values) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '{') {
      const size_t end = text.find('}', i);
      if (end != std::string_view::npos) {
        const auto it = values.find(text.substr(i + 1, end - i - 1));
        if (it != values.end()) {
          out += it->second;
          i = end + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

/// «35,2 %» for 352 tenths; grouped like money when huge: «12 340,0 %».
std::string unsigned_percent(std::int64_t tenths) {
  std::string whole = format_amount_ru((tenths / 10) * 100);
  whole.resize(whole.size() - 3); // drop ",00"
  return fmt::format("{},{} %", whole, tenths % 10);
}

std::optional<Remark> evaluate(const RemarkRule& rule, const IndicatorLine& line,
                               const IndicatorLine* other, const FiguresHeader& header) {
  const auto& now = line.current;
  if (!now.known())
    return std::nullopt;
  const std::int64_t value = *now.value.minor;
  std::map<std::string_view, std::string> values{
      {"title", line.indicator->title},
      {"value", money(value, header)},
      {"month", period_title_ru(now.month)},
  };
  if (rule.negative && value >= 0)
    return std::nullopt;
  if (!rule.below.empty()) {
    if (other == nullptr || !other->current.known() || value >= *other->current.value.minor)
      return std::nullopt;
    values["other"] = money(*other->current.value.minor, header);
    values["other_title"] = other->indicator->title;
  }
  if (rule.compare) {
    const MonthValue& base =
        *rule.compare == RemarkBase::previous_month ? line.previous : line.year_ago;
    if (!base.known() || *base.value.minor <= 0)
      return std::nullopt;
    const wide_int b = *base.value.minor, v = value;
    if (rule.rise_percent && !((v - b) * 100 > static_cast<wide_int>(*rule.rise_percent) * b))
      return std::nullopt;
    if (rule.fall_percent && !((b - v) * 100 >= static_cast<wide_int>(*rule.fall_percent) * b))
      return std::nullopt;
    const auto delta = value_change(now, base);
    if (!delta)
      return std::nullopt;
    // No signs: the text says which way.
    values["base"] = money(*base.value.minor, header);
    values["base_month"] = period_title_ru(base.month);
    values["change"] = money(*delta < 0 ? -*delta : *delta, header);
    const auto tenths = change_tenths_percent(now, base).value_or(0);
    values["change_percent"] = unsigned_percent(tenths < 0 ? -tenths : tenths);
  }
  return Remark{rule.id, rule.indicator, fill(rule.text, values), rule.alert};
}

} // namespace

std::vector<Period> report_months(const Period& month) {
  std::vector<Period> months;
  for (int back = 12; back >= 0; --back)
    months.push_back(month_before(month, back));
  return months;
}

std::optional<std::int64_t> value_change(const MonthValue& now, const MonthValue& base) noexcept {
  std::int64_t delta = 0;
  if (!now.known() || !base.known() ||
      __builtin_sub_overflow(*now.value.minor, *base.value.minor, &delta))
    return std::nullopt;
  return delta;
}

std::optional<std::int64_t> change_tenths_percent(const MonthValue& now,
                                                  const MonthValue& base) noexcept {
  const auto delta = value_change(now, base);
  // A share of a loss, or of nothing, says nothing: from −600 to +95 765 is not «+16 060 %».
  if (!delta || *base.value.minor <= 0 || *now.value.minor < 0)
    return std::nullopt;
  const wide_int d = *delta;
  const wide_int b = *base.value.minor;
  const wide_int scaled = d * 1000;
  // Half away from zero.
  wide_int tenths = (scaled < 0 ? -scaled : scaled) * 2 / b;
  tenths = (tenths + 1) / 2;
  return static_cast<std::int64_t>(scaled < 0 ? -tenths : tenths);
}

std::string format_percent_ru(std::int64_t tenths) {
  const std::string sign = tenths > 0 ? "+" : tenths < 0 ? "\u2212" : "";
  return sign + unsigned_percent(tenths < 0 ? -tenths : tenths);
}

std::string format_change_ru(std::int64_t minor, std::string_view currency) {
  if (minor > 0)
    return "+" + format_money_ru(minor, currency);
  return format_money_ru(minor, currency);
}

FiguresReport build_figures_report(const FiguresHeader& header, const FiguresTemplates& templates,
                                   const Chart& chart, const std::vector<MonthSheet>& sheets,
                                   const Period& month) {
  FiguresReport report;
  report.header = header;
  report.chart = chart.id;
  report.month = month;
  std::map<std::string, const MonthSheet*> by_month;
  for (const auto& sheet : sheets)
    by_month[sheet.month.id()] = &sheet;
  if (auto it = by_month.find(month.id()); it != by_month.end()) {
    report.imported = true;
    report.file = it->second->file;
    report.imported_at = it->second->imported_at;
  }
  const Period previous = month_before(month, 1);
  const Period year_ago = month_before(month, 12);
  const auto months = report_months(month);
  for (const Indicator* indicator : templates.indicators_of(chart.id)) {
    IndicatorLine line;
    line.indicator = indicator;
    line.current = value_in(*indicator, by_month, month);
    line.previous = value_in(*indicator, by_month, previous);
    line.year_ago = value_in(*indicator, by_month, year_ago);
    for (size_t m = 1; m < months.size(); ++m)
      line.history.push_back(value_in(*indicator, by_month, months[m]));
    report.lines.push_back(std::move(line));
  }
  const auto line_of = [&](const std::string& id) -> const IndicatorLine* {
    for (const auto& line : report.lines)
      if (line.indicator->id == id)
        return &line;
    return nullptr;
  };
  for (const RemarkRule* rule : templates.remarks_of(chart.id)) {
    const IndicatorLine* line = line_of(rule->indicator);
    if (line == nullptr)
      continue;
    if (auto remark = evaluate(*rule, *line, line_of(rule->below), header))
      report.remarks.push_back(std::move(*remark));
  }
  return report;
}

} // namespace acctcore
