// plan/apply generation on a real (in-memory) database built by the migrations.
#include "calendars.hpp"
#include "client/client.hpp"
#include "client/subscriptions.hpp"
#include "client/work_group.hpp"
#include "plan/generate.hpp"
#include "plan/view.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "template/loader.hpp"
#include "test_store.hpp"

using namespace acctcore;
using acctcore::test::day;

namespace {

const ServiceSet& services() {
  static const ServiceSet set = [] {
    const std::filesystem::path dirs[] = {test::source_dir() / "templates"};
    return load_services(dirs, default_template_rules(test::bundled_calendars()));
  }();
  return set;
}

/// A firm with one client subscribed to ru-statutory from 2025-01-01.
Store firm(const char* slug, const char* form, const char* inn, std::vector<std::string> facts) {
  Store store = test::open_test_store();
  StaffChanges accountant;
  accountant.name = "Иванова Мария";
  accountant.roles = std::vector<std::string>{"accountant", "payroll"};
  add_staff(store, test::tester(), "ivanova", accountant, "RUB");
  StaffChanges chief;
  chief.name = "Соколов Андрей";
  chief.roles = std::vector<std::string>{"chief-accountant"};
  add_staff(store, test::tester(), "sokolov", chief, "RUB");
  ClientFields f;
  f.name = std::string(form) == "ip" ? "ИП Тестов Тест Тестович" : "ООО «Тест»";
  f.form = form;
  f.inn = inn;
  add_client(store, test::tester(), slug, f, facts, day("2025-01-01"), ClientDefaults{});
  assign_work_group(
      store, test::tester(), slug,
      {{"accountant", "ivanova"}, {"payroll", "ivanova"}, {"chief-accountant", "sokolov"}},
      day("2025-01-01"));
  subscribe(store, test::tester(), slug, "ru-statutory", {}, day("2025-01-01"));
  return store;
}

GenerateOptions year_2026() {
  GenerateOptions o;
  o.today = day("2026-01-01");
  o.since = day("2026-01-01");
  o.through = day("2026-12-31");
  return o;
}

std::unique_ptr<GenerationPlan> plan(const Store& store, GenerateOptions o = year_2026()) {
  return plan_generation(store, services(), test::bundled_calendars(), o);
}

GenerationResult generate(Store& store, GenerateOptions o = year_2026()) {
  auto p = plan(store, o);
  return apply_generation(store, test::tester("2026-01-01T06:00:00Z"), *p);
}

long long count(Store& store, const std::string& sql) {
  return query_int64(store, sql);
}

Store vat_payer() {
  return firm(
      "romashka", "ooo", "7707083893",
      {"regime=osno", "vat=true", "employer=true", "property=true", "profit-advances=quarterly"});
}

} // namespace

TEST_CASE("generate creates the year's tasks once, assigned to the work group") {
  Store store = vat_payer();
  const auto first = plan(store);
  CHECK(first->plan.creates == 114); // the golden list of this profile
  CHECK(first->plan.cancels == 0);
  const auto result = generate(store);
  CHECK(result.created == 114);
  CHECK(result.run_id > 0);
  CHECK(count(store, "SELECT count(*) FROM task") == 114);
  // Accountant tasks go to ivanova, reviewed by sokolov.
  CHECK(count(store, "SELECT count(*) FROM task t JOIN staff s ON s.id = t.assignee_id "
                     "WHERE s.handle = 'ivanova'") == 114);
  CHECK(count(store, "SELECT count(*) FROM task t JOIN staff s ON s.id = t.reviewer_id "
                     "WHERE s.handle = 'sokolov'") == 114);
  // The ЕНП payment of January depends on the first VAT third of the fourth quarter.
  CHECK(count(store,
              "SELECT count(*) FROM task_dependency k JOIN task a ON a.id = k.task_id "
              "JOIN task b ON b.id = k.depends_on WHERE a.code = 'ru.enp.payment' AND "
              "a.period = '2026-01' AND b.code = 'ru.vat.payment' AND b.instalment = 1") == 1);
  // A second run changes nothing and records no run.
  const auto again = plan(store);
  CHECK(again->plan.empty());
  CHECK(again->plan.unchanged == 114);
  CHECK(generate(store).run_id == 0);
  CHECK(count(store, "SELECT count(*) FROM generation_run") == 1);
  CHECK(count(store, "SELECT count(*) FROM audit_log WHERE entity = 'generation'") == 1);
  // Titles in Russian, planned dates two working days before.
  Statement vat(store, "SELECT title, due, planned FROM task WHERE code = "
                       "'ru.vat.declaration' AND period = '2026-Q1'");
  REQUIRE(vat.step());
  CHECK(vat.column(0).as_text() == "Декларация по НДС за I квартал 2026");
  CHECK(vat.column(1).as_text() == "2026-04-27");
  CHECK(vat.column(2).as_text() == "2026-04-23");
}

TEST_CASE("a fact that stops holding cancels new tasks, and they come back when it holds again") {
  Store store = vat_payer();
  generate(store);
  set_facts(store, test::tester(), "romashka", {"vat=false"}, day("2026-04-01"));
  const auto p = plan(store);
  // Q1 stays (VAT held during Q1); Q2 and Q3: a declaration and three thirds each.
  CHECK(p->plan.cancels == 8);
  CHECK(p->plan.creates == 0);
  bool has_reason = false;
  for (const auto& change : p->plan.changes) {
    const auto view = view_change(*p, change);
    if (view.code == "ru.vat.declaration" && view.period == "2026-Q2")
      has_reason = view.reason ==
                   "its conditions do not hold in 2026-Q2: ((vat = true and regime in "
                   "[osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or "
                   "(regime = eshn and not (vat is recorded or vat-exempt = true)) or "
                   "vat-agent = true)";
  }
  CHECK(has_reason);
  CHECK(generate(store).cancelled == 8);
  CHECK(
      count(
          store,
          "SELECT count(*) FROM task WHERE status = 'cancelled' AND cancelled_by_generator = 1") ==
      8);
  CHECK(plan(store)->plan.empty());
  set_facts(store, test::tester(), "romashka", {"vat=true"}, day("2026-07-01"));
  const auto back = plan(store);
  CHECK(back->plan.restores == 4); // Q3 again; Q2 had no VAT on any day
  CHECK(generate(store).restored == 4);
  CHECK(plan(store)->plan.empty());
}

TEST_CASE("work already started is never rewritten: a conflict instead") {
  Store store = vat_payer();
  generate(store);
  store.exec("UPDATE task SET status = 'accepted' WHERE code = 'ru.vat.declaration' AND "
             "period = '2026-Q2'");
  set_facts(store, test::tester(), "romashka", {"vat=false"}, day("2026-04-01"));
  const auto p = plan(store);
  CHECK(p->plan.cancels == 7);
  CHECK(p->plan.conflicts == 1);
  const auto result = generate(store);
  CHECK(result.conflicts == 1);
  CHECK(count(store, "SELECT count(*) FROM task WHERE code = 'ru.vat.declaration' AND period = "
                     "'2026-Q2' AND status = 'accepted'") == 1);
  // The conflict is reported on every plan until someone deals with it.
  CHECK(plan(store)->plan.conflicts == 1);
}

TEST_CASE("a regime change from 2027-01-01 keeps 2026's obligations and changes 2027's") {
  Store store = firm("sigma", "ooo", "7736207543", {"regime=usn-income", "employer=true"});
  GenerateOptions o = year_2026();
  o.through = day("2027-06-30");
  generate(store, o);
  const auto has = [&](const char* code, const char* period) {
    return count(store,
                 std::string("SELECT count(*) FROM task WHERE status <> 'cancelled' AND code = '") +
                     code + "' AND period = '" + period + "'") == 1;
  };
  CHECK(has("ru.usn.advance", "2027-Q1"));
  set_facts(store, test::tester(), "sigma", {"regime=osno"}, day("2027-01-01"));
  const auto p = plan(store, o);
  CHECK(p->plan.cancels > 0);
  CHECK(p->plan.creates > 0);
  generate(store, o);
  // 2026 was a УСН year: its declaration (due in March 2027) and advances stay.
  CHECK(has("ru.usn.declaration", "2026"));
  CHECK(has("ru.usn.payment", "2026"));
  CHECK(has("ru.usn.advance", "2026-9M"));
  // 2027 is an ОСНО year: no УСН advance for its first quarter; profit tax instead.
  CHECK_FALSE(has("ru.usn.advance", "2027-Q1"));
  CHECK(has("ru.profit.declaration", "2027-Q1"));
  CHECK_FALSE(has("ru.profit.declaration", "2026"));
  CHECK(plan(store, o)->plan.empty());
}

TEST_CASE("the horizon is checked") {
  GenerateOptions o = year_2026();
  o.through = day("2025-12-31");
  CHECK_ERROR(check_horizon(o), ErrorKind::invalid, "is before today");
  o.through = day("2029-01-02");
  CHECK_ERROR(check_horizon(o), ErrorKind::invalid,
              "more than three years ahead (the limit is 2029-01-01)");
  o.through = day("2026-12-31");
  o.since = day("2027-01-01");
  CHECK_ERROR(check_horizon(o), ErrorKind::invalid,
              "--since 2027-01-01 is after --through 2026-12-31");
}

TEST_CASE("a year no calendar covers stops generation unless provisional dates are asked for") {
  Store store = vat_payer();
  GenerateOptions o = year_2026();
  o.through = day("2028-02-29");
  CHECK_ERROR(plan(store, o), ErrorKind::not_covered, "calendar 'ru' does not cover 2028");
  o.allow_provisional = true;
  const auto p = plan(store, o);
  bool provisional_2028 = false;
  for (const auto& d : p->desired.tasks)
    if (d.due >= day("2028-01-01"))
      provisional_2028 = provisional_2028 || d.provisional;
  CHECK(provisional_2028);
}

TEST_CASE("a task whose due date moves beyond the horizon is moved, not cancelled") {
  Store store = vat_payer();
  // The task is due on 2026-04-27; pretend a template had it on 2026-04-20 before.
  generate(store);
  store.exec("UPDATE task SET due = '2026-04-20' WHERE code = 'ru.rsv' AND period = '2026-Q1'");
  GenerateOptions o = year_2026();
  o.today = day("2026-04-01");
  o.since = day("2026-04-01");
  o.through = day("2026-04-24"); // the rule's 2026-04-27 is beyond it
  const auto p = plan(store, o);
  CHECK(p->plan.cancels == 0);
  REQUIRE(p->plan.moves == 1);
  for (const auto& change : p->plan.changes)
    if (change.kind == ChangeKind::move)
      CHECK(view_change(*p, change).due == day("2026-04-27"));
}
