// The full 2026 task list of one client of each profile, computed by the planner from the
// bundled ru-statutory and kz-statutory templates, must equal the list written by hand from the
// law (tests/golden/profiles-2026/*.tsv, docs/law/ru-statutory.md;
// tests/golden/kz-profiles-2026/*.tsv, docs/law/kz-statutory.md).
#include "calendars.hpp"
#include "plan/desired.hpp"
#include "template/loader.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <fstream>
#include <set>

using namespace acctcore;
using acctcore::test::day;

namespace {

const ServiceSet& bundled_services() {
  static const ServiceSet set = [] {
    TemplateRules rules = default_template_rules(test::bundled_calendars());
    const std::filesystem::path dirs[] = {test::source_dir() / "templates"};
    return load_services(dirs, rules);
  }();
  return set;
}

using V = ConditionValue;

PlanClient client(const char* form, std::vector<std::pair<std::string, ConditionValue>> facts,
                  const char* country = "ru") {
  PlanClient c;
  c.id = 1;
  c.slug = "golden";
  c.name = "Клиент";
  c.form = form;
  c.country = country;
  c.spans.push_back({day("2024-01-01"), std::nullopt, std::move(facts)});
  return c;
}

/// "code period instalment due" rows, sorted.
std::multiset<std::string> rows_of_file(const char* name,
                                        const char* folder = "tests/golden/profiles-2026") {
  std::ifstream in(test::source_dir() / folder / name);
  REQUIRE_MESSAGE(in, name);
  std::multiset<std::string> rows;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    if (line.empty())
      continue;
    const auto f = split(line, '\t');
    rows.insert(fmt::format("{} {} {} {}", f[0], f[1], f[2], f[3]));
  }
  return rows;
}

/// A client whose facts change: each span from its day until the next one.
PlanClient client_changing(
    const char* form,
    std::vector<std::pair<const char*, std::vector<std::pair<std::string, ConditionValue>>>>
        spans) {
  PlanClient c = client(form, {});
  c.spans.clear();
  for (size_t i = 0; i < spans.size(); ++i) {
    FactSpan span;
    span.from = day(spans[i].first);
    if (i + 1 < spans.size())
      span.to = day(spans[i + 1].first) - date::days{1};
    span.facts = std::move(spans[i].second);
    c.spans.push_back(std::move(span));
  }
  return c;
}

std::multiset<std::string> rows_of_plan(const PlanClient& c, std::vector<PlanEvent> events = {},
                                        const char* service = "ru-statutory",
                                        const char* through = "2026-12-31") {
  const PlanSubscription subs[] = {{c.id, service, day("2025-01-01"), std::nullopt}};
  PlanInput input;
  input.clients = std::span(&c, 1);
  input.subscriptions = subs;
  input.events = events;
  input.services = &bundled_services();
  input.calendars = &test::bundled_calendars();
  input.since = day("2026-01-01");
  input.through = day(through);
  input.allow_provisional = true; // 2027 is a provisional year of the calendar
  const DesiredSet set = compute_desired(input);
  std::multiset<std::string> rows;
  for (const auto& t : set.tasks)
    rows.insert(
        fmt::format("{} {} {} {}", t.spec->code, t.period.id(), t.instalment, format_date(t.due)));
  return rows;
}

void compare(const std::multiset<std::string>& expected, const std::multiset<std::string>& actual) {
  std::vector<std::string> missing, extra;
  std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(),
                      std::back_inserter(missing));
  std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(),
                      std::back_inserter(extra));
  CHECK_MESSAGE(missing.empty(), "missing from the plan:\n" << join(missing, "\n"));
  CHECK_MESSAGE(extra.empty(), "not in the golden file:\n" << join(extra, "\n"));
  CHECK(expected.size() == actual.size());
}

} // namespace

TEST_CASE("golden 2026: ООО на ОСНО с НДС, сотрудниками и имуществом") {
  compare(rows_of_file("ooo-osno-vat-staff-property.tsv"),
          rows_of_plan(client("ooo", {{"regime", V(std::string("osno"))},
                                      {"employer", V(true)},
                                      {"vat", V(true)},
                                      {"property", V(true)},
                                      {"profit-advances", V(std::string("quarterly"))}})));
}

TEST_CASE("golden 2026: ООО на УСН «доходы» с сотрудниками") {
  compare(rows_of_file("ooo-usn-income-staff.tsv"),
          rows_of_plan(
              client("ooo", {{"regime", V(std::string("usn-income"))}, {"employer", V(true)}})));
}

TEST_CASE("golden 2026: ИП на УСН без сотрудников") {
  compare(rows_of_file("ip-usn-nostaff.tsv"),
          rows_of_plan(
              client("ip", {{"regime", V(std::string("usn-income"))}, {"employer", V(false)}})));
}

TEST_CASE("golden 2026: ИП на ОСНО с сотрудниками") {
  compare(
      rows_of_file("ip-osno-staff.tsv"),
      rows_of_plan(client(
          "ip", {{"regime", V(std::string("osno"))}, {"employer", V(true)}, {"vat", V(false)}})));
}

TEST_CASE("golden 2026: ИП на патенте") {
  const std::vector<PlanEvent> events = {
      {1, 1, "patent", day("2025-01-01"), day("2025-12-31"), ""},
      {2, 1, "patent", day("2026-01-01"), day("2026-12-31"), ""},
  };
  compare(rows_of_file("ip-patent.tsv"),
          rows_of_plan(client("ip", {{"regime", V(std::string("patent"))}}), events));
}

namespace {

constexpr const char* k_kz_folder = "tests/golden/kz-profiles-2026";

/// The kz-statutory plan of a Kazakh client with these facts.
std::multiset<std::string> kz_rows(const char* form,
                                   std::vector<std::pair<std::string, ConditionValue>> facts) {
  return rows_of_plan(client(form, std::move(facts), "kz"), {}, "kz-statutory");
}

} // namespace

TEST_CASE("golden 2026 (РК): ТОО на общеустановленном порядке, плательщик НДС, с работниками") {
  compare(
      rows_of_file("too-general-vat-staff.tsv", k_kz_folder),
      kz_rows("too",
              {{"regime", V(std::string("general"))}, {"employer", V(true)}, {"vat", V(true)}}));
}

TEST_CASE("golden 2026 (РК): ИП на упрощённой декларации с работниками") {
  compare(rows_of_file("ip-simplified-staff.tsv", k_kz_folder),
          kz_rows("ip", {{"regime", V(std::string("simplified"))}, {"employer", V(true)}}));
}

TEST_CASE("golden 2026 (РК): ИП на упрощённой декларации без работников") {
  compare(rows_of_file("ip-simplified-nostaff.tsv", k_kz_folder),
          kz_rows("ip", {{"regime", V(std::string("simplified"))}, {"employer", V(false)}}));
}

TEST_CASE("golden 2026 (РК): ИП на общеустановленном порядке без работников") {
  compare(rows_of_file("ip-general-nostaff.tsv", k_kz_folder),
          kz_rows("ip", {{"regime", V(std::string("general"))}}));
}

TEST_CASE("golden 2026 (РК): ТОО с авансами по КПН, имуществом, землёй и транспортом") {
  compare(rows_of_file("too-general-advances-property.tsv", k_kz_folder),
          kz_rows("too", {{"regime", V(std::string("general"))},
                          {"profit-advances", V(std::string("monthly"))},
                          {"property", V(true)},
                          {"land", V(true)},
                          {"transport", V(true)}}));
}

TEST_CASE("golden 2026 (РК): крестьянское хозяйство на СНР для КХ") {
  compare(rows_of_file("kh-agricultural-nostaff.tsv", k_kz_folder),
          kz_rows("kh", {{"regime", V(std::string("agricultural"))}}));
}

TEST_CASE("golden 2026: ООО на ЕСХН с сотрудниками (плательщик НДС)") {
  // No `vat` fact: a ЕСХН payer pays VAT unless exempt (НК ст. 145).
  compare(rows_of_file("ooo-eshn-staff.tsv"),
          rows_of_plan(client("ooo", {{"regime", V(std::string("eshn"))}, {"employer", V(true)}})));
}

TEST_CASE("golden 2026: ИП на УСН в Москве с торговым сбором") {
  compare(rows_of_file("ip-usn-trade-fee-moscow.tsv"),
          rows_of_plan(client("ip", {{"regime", V(std::string("usn-income"))},
                                     {"employer", V(false)},
                                     {"trade-fee", V(true)}})));
}

TEST_CASE("golden 2026: ООО переходит с ОСНО на УСН с 2027 года") {
  // The window runs to 31.01.2027: the transition notice, due 31.12.2026, a day off, falls on
  // 11.01.2027 (НК ст. 346.13 п. 1, ст. 6.1 п. 7).
  const PlanClient c =
      client_changing("ooo", {{"2024-01-01",
                               {{"regime", V(std::string("osno"))},
                                {"vat", V(true)},
                                {"profit-advances", V(std::string("quarterly"))}}},
                              {"2027-01-01",
                               {{"regime", V(std::string("usn-income"))},
                                {"vat", V(false)},
                                {"profit-advances", V(std::string("quarterly"))}}}});
  const auto rows = rows_of_plan(c, {}, "ru-statutory", "2027-01-31");
  compare(rows_of_file("ooo-osno-to-usn-2027.tsv"), rows);
  CHECK(rows.count("ru.usn.transition-notice 2027-01-01 1 2027-01-11") == 1);
}
