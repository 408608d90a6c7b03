// Notices of a change of regime, VAT exemption or levy (change obligations of ru-statutory), and
// the gaps plan and client show report: pure planner functions on hand-made clients.
#include "calendars.hpp"
#include "client/reference.hpp"
#include "plan/gaps.hpp"
#include "template/loader.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

using namespace acctcore;
using acctcore::test::day;

namespace {

const ServiceSet& bundled_services() {
  static const ServiceSet set = [] {
    const std::filesystem::path dirs[] = {test::source_dir() / "templates"};
    return load_services(dirs, default_template_rules(test::bundled_calendars()));
  }();
  return set;
}

using V = ConditionValue;
using Facts = std::vector<std::pair<std::string, ConditionValue>>;

V word(const char* text) {
  return V(std::string(text));
}

/// A client whose facts change on the given days (each span until the next).
PlanClient client(const char* form, std::vector<std::pair<const char*, Facts>> spans) {
  PlanClient c;
  c.id = 1;
  c.slug = "sigma";
  c.name = "Сигма";
  c.form = form;
  c.country = "ru";
  for (size_t i = 0; i < spans.size(); ++i) {
    FactSpan span;
    span.from = day(spans[i].first);
    if (i + 1 < spans.size())
      span.to = day(spans[i + 1].first) - date::days{1};
    span.facts = spans[i].second;
    c.spans.push_back(std::move(span));
  }
  return c;
}

struct Run {
  DesiredSet set;
  std::vector<std::string> rows; ///< "code period due" of the change notices
};

Run run(const PlanClient& c, const char* since, const char* through,
        const char* subscribed = "2024-01-01") {
  static std::vector<PlanSubscription> subs;
  subs = {{c.id, "ru-statutory", day(subscribed), std::nullopt}};
  PlanInput input;
  input.clients = std::span(&c, 1);
  input.subscriptions = subs;
  input.services = &bundled_services();
  input.calendars = &test::bundled_calendars();
  input.since = day(since);
  input.through = day(through);
  input.allow_provisional = true;
  Run r;
  r.set = compute_desired(input);
  for (const auto& t : r.set.tasks)
    if (change_of(t) != nullptr)
      r.rows.push_back(fmt::format("{} {} {}", t.spec->code, t.period.id(), format_date(t.due)));
  std::sort(r.rows.begin(), r.rows.end());
  return r;
}

} // namespace

TEST_CASE("moving to УСН from 2027: the notice is due 31.12.2026, a day off, so 11.01.2027") {
  const PlanClient c =
      client("ooo", {{"2025-01-01", {{"regime", word("osno")}, {"vat", V(true)}}},
                     {"2027-01-01", {{"regime", word("usn-income")}, {"vat", V(false)}}}});
  const Run r = run(c, "2026-01-01", "2027-01-31");
  CHECK(r.rows == std::vector<std::string>{"ru.usn.transition-notice 2027-01-01 2027-01-11"});
  const auto it = std::find_if(r.set.tasks.begin(), r.set.tasks.end(),
                               [](const DesiredTask& t) { return change_of(t) != nullptr; });
  REQUIRE(it != r.set.tasks.end());
  CHECK(it->raw == day("2026-12-31"));
  CHECK(it->provisional); // the 2027 calendar is provisional
  CHECK(desired_title(*it, c) == "Уведомление о переходе на УСН с 01.01.2027");
  // A horizon that ends before the due date plans nothing yet.
  CHECK(run(c, "2026-01-01", "2027-01-10").rows.empty());
}

TEST_CASE("a change recorded after its notice was due is planned (overdue) for a year, then "
          "is history") {
  const PlanClient c = client("ooo", {{"2025-01-01", {{"regime", word("osno")}}},
                                      {"2026-01-01", {{"regime", word("usn-income")}}}});
  // 31.12.2025 was a day off (decree № 1466 moved 03.01 to 09.01 ... the first working day of
  // 2026 is 12 January).
  CHECK(run(c, "2026-03-10", "2026-06-30").rows ==
        std::vector<std::string>{"ru.usn.transition-notice 2026-01-01 2026-01-12"});
  CHECK(run(c, "2026-12-31", "2027-03-31").rows ==
        std::vector<std::string>{"ru.usn.transition-notice 2026-01-01 2026-01-12"});
  CHECK(run(c, "2027-01-02", "2027-03-31").rows.empty());
  // Not when the firm subscribed only after the notice was due.
  CHECK(run(c, "2026-03-10", "2026-06-30", "2026-02-01").rows.empty());
}

TEST_CASE("the first recorded regime is no change, and changing other facts is none either") {
  const PlanClient c =
      client("ooo", {{"2026-01-01", {{"regime", word("usn-income")}}},
                     {"2026-05-01", {{"regime", word("usn-income")}, {"employer", V(true)}}}});
  CHECK(run(c, "2025-12-01", "2026-12-31").rows.empty());
}

TEST_CASE("leaving УСН, changing its object, ЕСХН and АУСН: each its notice and date") {
  // УСН «доходы» -> «доходы минус расходы» from 2027: by 31.12.2026 -> 11.01.2027.
  CHECK(run(client("ooo", {{"2025-01-01", {{"regime", word("usn-income")}}},
                           {"2027-01-01", {{"regime", word("usn-income-expense")}}}}),
            "2026-06-01", "2027-03-31")
            .rows == std::vector<std::string>{"ru.usn.object-notice 2027-01-01 2027-01-11"});
  // УСН -> ОСНО from 2027: by 15.01.2027 (Fri).
  CHECK(run(client("ooo", {{"2025-01-01", {{"regime", word("usn-income")}}},
                           {"2027-01-01", {{"regime", word("osno")}}}}),
            "2026-06-01", "2027-03-31")
            .rows == std::vector<std::string>{"ru.usn.exit-notice 2027-01-01 2027-01-15"});
  // УСН -> ЕСХН from 2027: both the ЕСХН notice (31.12) and the УСН exit (15.01).
  CHECK(run(client("ooo", {{"2025-01-01", {{"regime", word("usn-income")}}},
                           {"2027-01-01", {{"regime", word("eshn")}}}}),
            "2026-06-01", "2027-03-31")
            .rows == std::vector<std::string>{"ru.eshn.transition-notice 2027-01-01 2027-01-11",
                                              "ru.usn.exit-notice 2027-01-01 2027-01-15"});
  // ЕСХН -> ОСНО from 2026: by 15.01.2026 (Thu).
  CHECK(run(client("ooo", {{"2025-01-01", {{"regime", word("eshn")}}},
                           {"2026-01-01", {{"regime", word("osno")}}}}),
            "2026-01-01", "2026-03-31")
            .rows == std::vector<std::string>{"ru.eshn.exit-notice 2026-01-01 2026-01-15"});
  // ОСНО -> АУСН from 2026: by 31.12.2025 (a day off) -> 12.01.2026.
  CHECK(run(client("ooo", {{"2025-01-01", {{"regime", word("osno")}}},
                           {"2026-01-01", {{"regime", word("ausn")}}}}),
            "2026-01-01", "2026-03-31")
            .rows == std::vector<std::string>{"ru.ausn.transition-notice 2026-01-01 2026-01-12"});
}

TEST_CASE("VAT exemption: notice by the 20th of its first month, and of the month it ends") {
  const PlanClient c =
      client("ooo", {{"2025-01-01", {{"regime", word("osno")}, {"vat", V(true)}}},
                     {"2026-03-01", {{"regime", word("osno")}, {"vat-exempt", V(true)}}},
                     {"2027-03-01", {{"regime", word("osno")}, {"vat", V(true)}}}});
  CHECK(run(c, "2026-01-01", "2027-12-31").rows ==
        std::vector<std::string>{"ru.vat.exemption-end-notice 2027-03-01 2027-03-22",
                                 "ru.vat.exemption-notice 2026-03-01 2026-03-20"});
  // A УСН payer is exempt without a notice (ст. 145 п. 1).
  CHECK(run(client("ooo",
                   {{"2025-01-01", {{"regime", word("usn-income")}}},
                    {"2026-03-01", {{"regime", word("usn-income")}, {"vat-exempt", V(true)}}}}),
            "2026-01-01", "2026-12-31")
            .rows.empty());
}

TEST_CASE("торговый сбор: ТС-1 within five working days of the start, ТС-2 of the end") {
  const PlanClient c =
      client("ip", {{"2025-01-01", {{"regime", word("usn-income")}}},
                    {"2026-04-29", {{"regime", word("usn-income")}, {"trade-fee", V(true)}}},
                    {"2026-10-01", {{"regime", word("usn-income")}, {"trade-fee", V(false)}}}});
  // 29.04.2026 (Wed): 30.04, 04.05, 05.05, 06.05, 07.05 are the five working days after it
  // (1-3 May are days off). 01.10.2026 (Thu): 02, 05, 06, 07, 08 October.
  CHECK(run(c, "2026-01-01", "2026-12-31").rows ==
        std::vector<std::string>{"ru.trade-fee.deregistration 2026-10-01 2026-10-08",
                                 "ru.trade-fee.registration 2026-04-29 2026-05-07"});
  // On a patent there is no торговый сбор (ст. 411 п. 2).
  CHECK(run(client("ip", {{"2025-01-01", {{"regime", word("patent")}}},
                          {"2026-04-29", {{"regime", word("patent")}, {"trade-fee", V(true)}}}}),
            "2026-01-01", "2026-12-31")
            .rows.empty());
}

TEST_CASE("gaps: no service, no obligation, a fact no template names, an overdue notice") {
  const ServiceSet& services = bundled_services();
  const auto gaps_of = [&](const PlanClient& c, std::vector<PlanSubscription> subs) {
    std::vector<std::string> out;
    for (const auto& gap :
         find_fact_gaps(std::span(&c, 1), subs, {}, services, day("2026-01-01"), day("2026-12-31")))
      out.push_back(std::string(gap_kind_name(gap.kind)) +
                    (gap.key.empty() ? "" : " " + gap.key + "=" + gap.value));
    return out;
  };
  const std::vector<PlanSubscription> statutory = {
      {1, "ru-statutory", day("2025-01-01"), std::nullopt}};
  // An ИП on НПД owes nothing of ru-statutory: said, not silent.
  const PlanClient npd = client("ip", {{"2025-01-01", {{"regime", word("npd")}}}});
  CHECK(gaps_of(npd, statutory) == std::vector<std::string>{"no-obligation"});
  PlanGap gap = find_fact_gaps(std::span(&npd, 1), statutory, {}, services, day("2026-01-01"),
                               day("2026-12-31"))
                    .front();
  CHECK(describe_gap(gap, npd, nullptr, day("2026-01-01"), day("2026-12-31")) ==
        "client 'sigma' (regime npd): its facts lead to no obligation of ru-statutory from "
        "2026-01-01 to 2026-12-31");
  // Not subscribed at all (but served).
  CHECK(gaps_of(npd, {}) == std::vector<std::string>{"no-service"});
  // Subscribed only after the window: the same.
  CHECK(gaps_of(npd, {{1, "ru-statutory", day("2027-01-01"), std::nullopt}}) ==
        std::vector<std::string>{"no-service"});
  // A firm fact, and a firm Росстат form, that no template tests.
  const PlanClient odd = client("ooo", {{"2025-01-01",
                                         {{"regime", word("osno")},
                                          {"x-kkt", V(std::int64_t{2})},
                                          {"rosstat", word("pm,x-rybolov")},
                                          {"water-tax", V(false)}}}});
  CHECK(gaps_of(odd, statutory) ==
        std::vector<std::string>{"not-covered x-kkt=2", "not-covered rosstat=x-rybolov"});
  // A regime only a firm template would cover: with ru-onboarding alone, nothing names it.
  const PlanClient usn = client("ooo", {{"2025-01-01", {{"regime", word("usn-income")}}}});
  CHECK(gaps_of(usn, {{1, "ru-onboarding", day("2025-01-01"), std::nullopt}}) ==
        std::vector<std::string>{"not-covered regime=usn-income", "no-obligation"});
  // A client the firm does not serve in the window has no gaps.
  PlanClient gone = npd;
  gone.served = {{day("2020-01-01"), day("2025-06-30")}};
  CHECK(gaps_of(gone, {}).empty());
  // Every bundled regime of Russia is named by ru-statutory.
  for (const char* regime :
       {"osno", "usn-income", "usn-income-expense", "patent", "ausn", "eshn", "npd"}) {
    CAPTURE(regime);
    const PlanClient r = client("ip", {{"2025-01-01", {{"regime", word(regime)}}}});
    for (const auto& line : gaps_of(r, statutory))
      CHECK(line.rfind("not-covered", 0) != 0);
  }
  // Overdue: a notice the plan creates past its due date.
  const PlanClient late = client("ooo", {{"2025-01-01", {{"regime", word("osno")}}},
                                         {"2026-01-01", {{"regime", word("usn-income")}}}});
  const Run r = run(late, "2026-03-10", "2026-06-30");
  std::vector<ExistingTask> none;
  Interner interner;
  std::vector<std::uint64_t> titles(r.set.tasks.size(), 0);
  const Plan p = make_plan(r.set, titles, none, interner,
                           PlanScope{day("2026-03-10"), day("2026-06-30"), std::nullopt});
  const auto overdue = find_overdue_notices(r.set, p, day("2026-03-10"));
  REQUIRE(overdue.size() == 1);
  CHECK(describe_gap(overdue.front(), late, &r.set, day("2026-03-10"), day("2026-06-30")) ==
        "client 'sigma': ru.usn.transition-notice for the change on 2026-01-01 was due "
        "2026-01-12: it is overdue, file it now");
}

TEST_CASE("every bundled Росстат form has an obligation in ru-statutory") {
  const Service& s = bundled_services().get("ru-statutory");
  for (const RosstatForm* form : rosstat_forms()) {
    CAPTURE(form->code);
    const bool found = std::any_of(s.obligations.begin(), s.obligations.end(), [&](const auto& o) {
      std::vector<std::string> keys;
      condition_keys(o.applies_to, keys);
      return o.code == "ru.rosstat." + std::string(form->code) &&
             std::find(keys.begin(), keys.end(), "rosstat") != keys.end();
    });
    CHECK(found);
  }
}
