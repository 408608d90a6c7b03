#include "deadline/period.hpp"
#include "helpers.hpp"

using namespace acctcore;
using acctcore::test::day;

TEST_CASE("period identifiers round-trip and give their first and last days") {
  const struct {
    const char* id;
    PeriodKind kind;
    const char* start;
    const char* end;
  } cases[] = {
      {"2026-03", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"2026-02", PeriodKind::month, "2026-02-01", "2026-02-28"},
      {"2026-Q1", PeriodKind::quarter, "2026-01-01", "2026-03-31"},
      {"2026-Q4", PeriodKind::quarter, "2026-10-01", "2026-12-31"},
      {"2026-H1", PeriodKind::half_year, "2026-01-01", "2026-06-30"},
      {"2026-H2", PeriodKind::half_year, "2026-07-01", "2026-12-31"},
      {"2026-9M", PeriodKind::nine_months, "2026-01-01", "2026-09-30"},
      {"2026", PeriodKind::year, "2026-01-01", "2026-12-31"},
      {"2026-04-15", PeriodKind::once, "2026-04-15", "2026-04-15"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.id);
    const auto p = parse_period(c.id);
    REQUIRE(p.has_value());
    CHECK(p->kind == c.kind);
    CHECK(p->id() == c.id);
    CHECK(p->start() == day(c.start));
    CHECK(p->end() == day(c.end));
  }
  CHECK(parse_period("2026-q2")->id() == "2026-Q2");
  for (const char* bad :
       {"2026-13", "2026-Q5", "2026-H3", "2026-8M", "26", "2026-1", "2026-02-30", "Q1"})
    CHECK_MESSAGE(!parse_period(bad).has_value(), bad);
  CHECK_ERROR(require_period("2026-Q5", "--period"), ErrorKind::invalid,
              "invalid period '2026-Q5' for --period");
}

TEST_CASE("the next period of the same kind") {
  CHECK(parse_period("2026-12")->next().id() == "2027-01");
  CHECK(parse_period("2026-Q4")->next().id() == "2027-Q1");
  CHECK(parse_period("2026-H1")->next().id() == "2026-H2");
  CHECK(parse_period("2026-9M")->next().id() == "2027-9M");
  CHECK(parse_period("2026")->next().id() == "2027");
}

TEST_CASE("periods containing a day and ending in a range") {
  CHECK(period_containing(PeriodKind::quarter, day("2026-05-11")).id() == "2026-Q2");
  CHECK(period_containing(PeriodKind::half_year, day("2026-07-01")).id() == "2026-H2");
  CHECK(period_containing(PeriodKind::nine_months, day("2026-11-01")).id() == "2026-9M");
  std::vector<std::string> ids;
  for (const auto& p :
       periods_ending_between(PeriodKind::quarter, day("2026-01-01"), day("2026-12-31")))
    ids.push_back(p.id());
  CHECK(ids == std::vector<std::string>{"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"});
  ids.clear();
  for (const auto& p :
       periods_ending_between(PeriodKind::month, day("2026-03-15"), day("2026-05-31")))
    ids.push_back(p.id());
  CHECK(ids == std::vector<std::string>{"2026-03", "2026-04", "2026-05"});
  CHECK(periods_ending_between(PeriodKind::year, day("2026-01-01"), day("2026-12-30")).empty());
  CHECK(periods_ending_between(PeriodKind::nine_months, day("2025-01-01"), day("2026-12-31"))
            .size() == 2);
}
