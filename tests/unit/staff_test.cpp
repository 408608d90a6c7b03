#include "audit/audit.hpp"
#include "helpers.hpp"
#include "staff/staff.hpp"
#include "store/store.hpp"
#include "test_store.hpp"

using namespace acctcore;

namespace {

StaffChanges accountant(const char* name) {
  StaffChanges c;
  c.name = name;
  c.roles = std::vector<std::string>{"accountant"};
  return c;
}

} // namespace

TEST_CASE("adding a staff member stores it and audits the creation") {
  Store store = test::open_test_store();
  StaffChanges c = accountant("  Иванова Мария ");
  c.email = "Ivanova@Example.RU";
  c.phone = "8 (916) 123-45-67";
  c.telegram = "ivanova_m";
  c.capacity = "37,5";
  c.rate = "1 500,50";
  c.roles = std::vector<std::string>{"payroll", "accountant", "payroll"};
  const StaffMember m = add_staff(store, test::tester(), "ivanova", c, "RUB");
  CHECK(m.name == "Иванова Мария");
  CHECK(m.roles == std::vector<std::string>{"accountant", "payroll"});
  CHECK(m.email == "Ivanova@example.ru");
  CHECK(m.phone == "+79161234567");
  CHECK(m.telegram == "@ivanova_m");
  CHECK(m.capacity_minutes == 37 * 60 + 30);
  CHECK(m.rate == Money{150050, "RUB"});
  CHECK(format_timestamp_utc(m.created_at) == "2026-04-20T06:00:00Z");

  const auto log = query_audit(store, {});
  REQUIRE(log.size() == 1);
  CHECK(log[0].actor == "tester");
  CHECK(log[0].entity == "staff");
  CHECK(log[0].entity_key == "ivanova");
  CHECK(log[0].action == "create");
  CHECK(log[0].changes.front().field == "name");
  CHECK(log[0].changes.front().to == "Иванова Мария");
}

TEST_CASE("bad staff input is refused and nothing is written") {
  Store store = test::open_test_store();
  add_staff(store, test::tester(), "ivanova", accountant("Иванова"), "RUB");
  CHECK_ERROR(add_staff(store, test::tester(), "ivanova", accountant("Другая"), "RUB"),
              ErrorKind::conflict, "staff member 'ivanova' already exists");
  CHECK_ERROR(add_staff(store, test::tester(), "Petrov", accountant("Петров"), "RUB"),
              ErrorKind::invalid, "invalid handle 'Petrov'");
  StaffChanges no_role = accountant("Петров");
  no_role.roles = std::vector<std::string>{};
  CHECK_ERROR(add_staff(store, test::tester(), "petrov", no_role, "RUB"), ErrorKind::invalid,
              "needs at least one role");
  StaffChanges bad_role = accountant("Петров");
  bad_role.roles = std::vector<std::string>{"acountant"};
  try {
    add_staff(store, test::tester(), "petrov", bad_role, "RUB");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "unknown role 'acountant'");
    CHECK(e.hint() == "did you mean 'accountant'?");
  }
  StaffChanges bad_email = accountant("Петров");
  bad_email.email = "petrov@";
  CHECK_ERROR(add_staff(store, test::tester(), "petrov", bad_email, "RUB"), ErrorKind::invalid,
              "invalid email 'petrov@'");
  StaffChanges bad_capacity = accountant("Петров");
  bad_capacity.capacity = "200";
  CHECK_ERROR(add_staff(store, test::tester(), "petrov", bad_capacity, "RUB"), ErrorKind::invalid,
              "invalid capacity '200'");
  StaffChanges bad_zone = accountant("Петров");
  bad_zone.timezone = "Moscow";
  CHECK_ERROR(add_staff(store, test::tester(), "petrov", bad_zone, "RUB"), ErrorKind::invalid,
              "unknown time zone 'Moscow'");
  StaffChanges blank = accountant("   ");
  CHECK_ERROR(add_staff(store, test::tester(), "petrov", blank, "RUB"), ErrorKind::invalid,
              "the name must not be empty");
  CHECK(list_staff(store, {}).size() == 1);
  CHECK(query_audit(store, {}).size() == 1);
}

TEST_CASE("editing records exactly the fields that changed") {
  Store store = test::open_test_store();
  add_staff(store, test::tester(), "ivanova", accountant("Иванова"), "RUB");
  StaffChanges c;
  c.name = "Иванова"; // unchanged
  c.rate = "2000";
  c.add_roles = {"payroll"};
  const auto later = test::tester("2026-04-21T06:00:00Z");
  const StaffMember m = edit_staff(store, later, "ivanova", c, "RUB");
  CHECK(m.rate == Money{200000, "RUB"});
  const auto log = query_audit(store, AuditFilter{.entity = "staff", .entity_key = "ivanova"});
  REQUIRE(log.size() == 2);
  CHECK(log[1].action == "update");
  REQUIRE(log[1].changes.size() == 2);
  CHECK(log[1].changes[0].field == "roles");
  CHECK(log[1].changes[1].field == "rate");
  CHECK(log[1].changes[1].from.is_null());

  StaffChanges clear;
  clear.rate = "";
  CHECK_FALSE(edit_staff(store, later, "ivanova", clear, "RUB").rate.has_value());
  StaffChanges remove;
  remove.remove_roles = {"manager"};
  CHECK_ERROR(edit_staff(store, later, "ivanova", remove, "RUB"), ErrorKind::invalid,
              "does not have the role 'manager'");
  StaffChanges nothing;
  edit_staff(store, later, "ivanova", nothing, "RUB");
  CHECK(query_audit(store, {}).size() == 3); // a no-op edit is not audited
}

TEST_CASE("archiving hides but keeps, restoring brings back") {
  Store store = test::open_test_store();
  add_staff(store, test::tester(), "ivanova", accountant("Иванова"), "RUB");
  add_staff(store, test::tester(), "petrov", accountant("Петров"), "RUB");
  archive_staff(store, test::tester(), "ivanova");
  CHECK(list_staff(store, {}).size() == 1);
  CHECK(list_staff(store, StaffFilter{.include_archived = true}).size() == 2);
  CHECK(get_staff(store, "ivanova").archived());
  CHECK_ERROR(archive_staff(store, test::tester(), "ivanova"), ErrorKind::conflict,
              "already archived");
  CHECK_ERROR(add_staff(store, test::tester(), "ivanova", accountant("И"), "RUB"),
              ErrorKind::conflict, "already exists (archived)");
  restore_staff(store, test::tester(), "ivanova");
  CHECK_FALSE(get_staff(store, "ivanova").archived());
  CHECK_ERROR(restore_staff(store, test::tester(), "ivanova"), ErrorKind::conflict,
              "is not archived");
  const auto log = query_audit(store, AuditFilter{.entity_key = "ivanova"});
  CHECK(log.size() == 3);
  CHECK(log[1].action == "archive");
  CHECK(log[2].action == "restore");
}

TEST_CASE("lists filter by role, unknown handles get a suggestion") {
  Store store = test::open_test_store();
  add_staff(store, test::tester(), "ivanova", accountant("Иванова"), "RUB");
  StaffChanges boss = accountant("Петров");
  boss.roles = std::vector<std::string>{"manager"};
  add_staff(store, test::tester(), "petrov", boss, "RUB");
  CHECK(list_staff(store, StaffFilter{.role = "manager"}).front().handle == "petrov");
  try {
    get_staff(store, "ivanva");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::not_found);
    CHECK(std::string(e.what()) == "no staff member 'ivanva'");
    CHECK(e.hint() == "did you mean 'ivanova'?");
  }
}

TEST_CASE("capacity parsing and display") {
  CHECK(parse_capacity("40") == 2400);
  CHECK(parse_capacity("37.5") == 2250);
  CHECK(parse_capacity("20h") == 1200);
  CHECK(parse_capacity("0") == 0);
  CHECK_ERROR(parse_capacity("168.5"), ErrorKind::invalid, "invalid capacity");
  CHECK_ERROR(parse_capacity("-1"), ErrorKind::invalid, "invalid capacity");
  CHECK_ERROR(parse_capacity("forty"), ErrorKind::invalid, "invalid capacity");
  CHECK_ERROR(parse_capacity("4.0.1"), ErrorKind::invalid, "invalid capacity");
  CHECK(format_capacity(2400) == "40");
  CHECK(format_capacity(2250) == "37.5");
  CHECK(format_capacity(2420) == "40.33");
}

TEST_CASE("staff JSON has the documented fields") {
  Store store = test::open_test_store();
  const auto m = add_staff(store, test::tester(), "ivanova", accountant("Иванова"), "RUB");
  const Json j = staff_to_json(m, nullptr);
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items())
    keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"handle", "name", "roles", "email", "phone", "telegram",
                                         "timezone", "capacity_hours", "rate", "status",
                                         "created_at", "archived_at"});
  CHECK(j["capacity_hours"] == 40);
  CHECK(j["status"] == "active");
  CHECK(j["created_at"] == "2026-04-20T06:00:00Z");
}
