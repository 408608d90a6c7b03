// Three months of ООО «Ромашка» (tests/golden/figures-romashka): the indicators acct computes from
// the turnover-balance sheets must equal those worked out by hand from the journal, to the
// kopeck, and the remarks that hold must be those the README names.
#include "figures/report.hpp"
#include "figures/turnover.hpp"
#include "helpers.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <fstream>
#include <map>

using namespace acctcore;

namespace {

const std::filesystem::path k_dir = test::source_dir() / "tests/golden/figures-romashka";

const FiguresTemplates& bundled() {
  static const FiguresTemplates templates = [] {
    const std::filesystem::path dirs[] = {test::source_dir() / "templates"};
    return load_figures_templates(dirs);
  }();
  return templates;
}

MonthSheet sheet(const char* month, const char* file) {
  const auto balance = read_turnover_balance(test::read_file(k_dir / file), file);
  const Period period = *parse_period(month);
  check_sheet_period(balance, period);
  return {period, AccountBalances(balance.rows), file, {}};
}

/// expected.tsv: indicator -> month -> "1234.56"; "remarks" -> month -> "a,b".
std::map<std::string, std::map<std::string, std::string>> expected() {
  std::ifstream in(k_dir / "expected.tsv");
  std::string line;
  std::getline(in, line);
  const auto months = split(line, '\t');
  std::map<std::string, std::map<std::string, std::string>> out;
  while (std::getline(in, line)) {
    const auto f = split(line, '\t');
    for (size_t i = 1; i < f.size(); ++i)
      out[f[0]][months[i]] = f[i];
  }
  return out;
}

} // namespace

TEST_CASE("golden: three months of indicators, worked out by hand, to the kopeck") {
  const std::vector<MonthSheet> sheets = {sheet("2026-01", "2026-01.csv"),
                                          sheet("2026-02", "2026-02.tsv"),
                                          sheet("2026-03", "2026-03.csv")};
  const auto want = expected();
  const Chart* chart = bundled().chart_for_country("ru");
  REQUIRE(chart != nullptr);
  REQUIRE(bundled().indicators_of(chart->id).size() == want.size() - 1);
  for (const char* month : {"2026-01", "2026-02", "2026-03"}) {
    const auto report =
        build_figures_report(FiguresHeader{}, bundled(), *chart, sheets, *parse_period(month));
    CHECK(report.imported);
    for (const auto& line : report.lines) {
      CAPTURE(month);
      CAPTURE(line.indicator->id);
      REQUIRE(line.current.known());
      CHECK(format_amount(*line.current.value.minor) == want.at(line.indicator->id).at(month));
    }
    std::vector<std::string> remarks;
    for (const auto& remark : report.remarks)
      remarks.push_back(remark.id);
    CHECK(join(remarks, ",") == want.at("remarks").at(month));
  }
}

TEST_CASE("golden: the February revenue remark in plain Russian") {
  const std::vector<MonthSheet> sheets = {sheet("2026-01", "2026-01.csv"),
                                          sheet("2026-02", "2026-02.tsv")};
  const Chart* chart = bundled().chart_for_country("ru");
  const auto report =
      build_figures_report(FiguresHeader{}, bundled(), *chart, sheets, *parse_period("2026-02"));
  REQUIRE(report.remarks.size() == 2);
  CHECK(
      report.remarks[1].text ==
      "Выручка выросла на 33,3 % к прошлому месяцу: 400 000,00 ₽ "
      "против 300 000,00 ₽.");
  CHECK(report.remarks[0].text == "Месяц закрыт с убытком: чистая прибыль за февраль 2026 "
                                  "составила \u2212450,00 ₽.");
}
