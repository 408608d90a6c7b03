#include "fixture.hpp"

#include "calendars.hpp"
#include "client/client.hpp"
#include "client/contacts.hpp"
#include "client/subscriptions.hpp"
#include "client/work_group.hpp"
#include "plan/generate.hpp"
#include "staff/staff.hpp"
#include "test_store.hpp"

namespace acctcore::test {

const ServiceSet& bundled_services() {
  static const ServiceSet set = [] {
    const std::filesystem::path dirs[] = {source_dir() / "templates"};
    return load_services(dirs, default_template_rules(bundled_calendars()));
  }();
  return set;
}

Store vektor_firm() {
  Store store = test::open_test_store();
  StaffChanges accountant;
  accountant.name = "Иванова Мария";
  accountant.roles =
      std::vector<std::string>{"accountant", "payroll", "manager", "operator", "chief-accountant"};
  accountant.email = "ivanova@example.ru";
  add_staff(store, tester(), "ivanova", accountant, "RUB");
  ClientFields f;
  f.name = "ООО «Вектор»";
  f.form = "ooo";
  f.inn = "7728012340";
  add_client(store, tester(), "vektor", f, {"regime=osno", "vat=true", "employer=5"},
             day("2026-04-01"), ClientDefaults{});
  assign_work_group(store, tester(), "vektor",
                    {{"accountant", "ivanova"},
                     {"payroll", "ivanova"},
                     {"manager", "ivanova"},
                     {"operator", "ivanova"},
                     {"chief-accountant", "ivanova"}},
                    day("2026-04-01"));
  ContactFields director;
  director.name = "Белов Игорь";
  director.email = "belov@example.ru";
  director.roles = std::vector<std::string>{"director"};
  add_contact(store, tester(), "vektor", director);
  subscribe(store, tester(), "vektor", "ru-statutory", {}, day("2026-04-01"));
  GenerateOptions o;
  o.today = k_fixture_today;
  o.since = day("2026-04-01");
  o.through = day("2026-07-31");
  auto plan = plan_generation(store, bundled_services(), bundled_calendars(), o);
  apply_generation(store, tester(), *plan);
  return store;
}

} // namespace acctcore::test
