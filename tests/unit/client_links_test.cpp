// Work groups, subscriptions and contacts: what links a client to staff, services and people.
#include "audit/audit.hpp"
#include "client/client.hpp"
#include "client/contacts.hpp"
#include "client/subscriptions.hpp"
#include "client/work_group.hpp"
#include "helpers.hpp"
#include "staff/staff.hpp"
#include "store/store.hpp"
#include "test_store.hpp"

using namespace acctcore;
using test::day;

namespace {

void add_org(Store& store, const char* slug, const char* inn, const char* start = "2026-01-01") {
  ClientFields f;
  f.name = std::string("ООО «") + slug + "»";
  f.form = "ooo";
  f.inn = inn;
  add_client(store, test::tester(), slug, f, {}, day(start), ClientDefaults{});
}

void add_staff_member(Store& store, const char* handle, std::vector<std::string> roles) {
  StaffChanges c;
  c.name = handle;
  c.roles = std::move(roles);
  add_staff(store, test::tester(), handle, c, "RUB");
}

Store with_clients() {
  Store store = test::open_test_store();
  add_org(store, "romashka", "7736207543");
  add_org(store, "sber", "7707083893");
  add_staff_member(store, "orlova", {"manager"});
  add_staff_member(store, "petrov", {"manager", "chief-accountant"});
  add_staff_member(store, "ivanova", {"accountant", "payroll"});
  return store;
}

} // namespace

TEST_CASE("work group: reassignment keeps history, and who held a role on a day") {
  Store store = with_clients();
  auto changes =
      assign_work_group(store, test::tester(), "romashka",
                        {{"manager", "orlova"}, {"accountant", "ivanova"}}, day("2026-01-01"));
  CHECK(changes.size() == 2);
  // The same holder again changes nothing.
  CHECK(assign_work_group(store, test::tester(), "romashka", {{"manager", "orlova"}},
                          day("2026-03-01"))
            .empty());
  changes = assign_work_group(store, test::tester(), "romashka", {{"manager", "petrov"}},
                              day("2026-05-01"));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].from == "orlova");
  CHECK(changes[0].to == "petrov");
  CHECK(role_holder(store, "romashka", "manager", day("2026-04-30")) == "orlova");
  CHECK(role_holder(store, "romashka", "manager", day("2026-05-01")) == "petrov");
  CHECK_FALSE(role_holder(store, "romashka", "manager", day("2025-12-31")).has_value());
  CHECK_FALSE(role_holder(store, "romashka", "payroll", day("2026-05-01")).has_value());
  const auto history = work_group_history(store, "romashka");
  REQUIRE(history.size() == 3);
  CHECK(history[0].role == "manager");
  CHECK(history[0].dates.to == day("2026-04-30"));
  CHECK(history[2].role == "accountant");

  // A change before the current holder's start would rewrite history.
  CHECK_ERROR(assign_work_group(store, test::tester(), "romashka", {{"manager", "orlova"}},
                                day("2026-04-01")),
              ErrorKind::conflict,
              "the manager of client 'romashka' is recorded from 2026-05-01; a change dated "
              "2026-04-01 would rewrite history");
  // On its own first day: corrected in place.
  assign_work_group(store, test::tester(), "romashka", {{"manager", "orlova"}}, day("2026-05-01"));
  CHECK(work_group_history(store, "romashka").size() == 3);
  CHECK(role_holder(store, "romashka", "manager", day("2026-05-01")) == "orlova");
  // An empty handle ends the role the day before.
  changes =
      assign_work_group(store, test::tester(), "romashka", {{"accountant", ""}}, day("2026-07-01"));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].to.empty());
  CHECK(role_holder(store, "romashka", "accountant", day("2026-06-30")) == "ivanova");
  CHECK_FALSE(role_holder(store, "romashka", "accountant", day("2026-07-01")).has_value());

  // The bulk form answers the same questions.
  assign_work_group(store, test::tester(), "sber", {{"manager", "petrov"}}, day("2026-02-01"));
  const WorkGroups groups = load_work_groups(store);
  const Client romashka = get_client(store, "romashka");
  const Client sber = get_client(store, "sber");
  CHECK(*groups.holder(romashka.id, "manager", day("2026-04-30")) == "orlova");
  CHECK(*groups.holder(sber.id, "manager", day("2026-02-01")) == "petrov");
  CHECK(groups.holder(sber.id, "manager", day("2026-01-31")) == nullptr);
  CHECK(groups.on(romashka.id, day("2026-06-01")) ==
        std::vector<std::pair<std::string, std::string>>{{"manager", "orlova"},
                                                         {"accountant", "ivanova"}});
  CHECK(query_audit(store, {}).back().action == "assign");
}

TEST_CASE("work group: unknown, archived or unfit staff are refused, nothing written") {
  Store store = with_clients();
  const auto count = [&] { return work_group_history(store, "romashka").size(); };
  try {
    assign_work_group(store, test::tester(), "romashka", {{"manager", "orlva"}}, day("2026-01-01"));
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::not_found);
    CHECK(std::string(e.what()) == "no staff member 'orlva'");
    CHECK(e.hint() == "did you mean 'orlova'?");
  }
  archive_staff(store, test::tester(), "orlova");
  CHECK_ERROR(assign_work_group(store, test::tester(), "romashka", {{"manager", "orlova"}},
                                day("2026-01-01")),
              ErrorKind::conflict, "staff member 'orlova' is archived");
  CHECK_ERROR(assign_work_group(store, test::tester(), "romashka", {{"manager", "ivanova"}},
                                day("2026-01-01")),
              ErrorKind::invalid,
              "staff member 'ivanova' does not have the role 'manager' (has accountant, payroll)");
  CHECK_ERROR(
      assign_work_group(store, test::tester(), "romashka", {{"boss", "petrov"}}, day("2026-01-01")),
      ErrorKind::invalid, "unknown role 'boss'");
  CHECK_ERROR(assign_work_group(store, test::tester(), "nobody", {{"manager", "petrov"}},
                                day("2026-01-01")),
              ErrorKind::not_found, "no client 'nobody'");
  CHECK(count() == 0);
}

TEST_CASE("subscriptions: periods, parameters, and the contract start") {
  Store store = with_clients();
  auto result = subscribe(store, test::tester(), "romashka", "ru-statutory",
                          {"payroll-runs=2", "bank=sber"}, day("2026-01-01"));
  CHECK(result.outcome == SubscribeOutcome::created);
  CHECK(result.subscription.params == Json{{"payroll-runs", 2}, {"bank", "sber"}});
  // The same again: nothing to do (idempotent for scripts).
  result = subscribe(store, test::tester(), "romashka", "ru-statutory",
                     {"payroll-runs=2", "bank=sber"}, day("2026-03-01"));
  CHECK(result.outcome == SubscribeOutcome::unchanged);
  // Other parameters: a new period from the date.
  result = subscribe(store, test::tester(), "romashka", "ru-statutory", {"payroll-runs=1"},
                     day("2026-06-01"));
  CHECK(result.outcome == SubscribeOutcome::changed);
  subscribe(store, test::tester(), "romashka", "hr-records", {}, day("2026-02-01"));
  auto periods = client_subscriptions(store, "romashka");
  REQUIRE(periods.size() == 3);
  CHECK(periods[0].service == "hr-records");
  CHECK(periods[1].dates.to == day("2026-05-31"));
  CHECK(periods[2].params == Json{{"payroll-runs", 1}});

  unsubscribe(store, test::tester(), "romashka", "hr-records", day("2026-12-31"));
  CHECK_ERROR(unsubscribe(store, test::tester(), "romashka", "hr-records", day("2027-01-31")),
              ErrorKind::conflict, "client 'romashka' is not subscribed to 'hr-records'");
  CHECK_ERROR(subscribe(store, test::tester(), "romashka", "hr-records", {}, day("2026-12-01")),
              ErrorKind::conflict, "is recorded until 2026-12-31");
  CHECK(subscribe(store, test::tester(), "romashka", "hr-records", {}, day("2027-03-01")).outcome ==
        SubscribeOutcome::created);
  CHECK_ERROR(unsubscribe(store, test::tester(), "romashka", "hr-records", day("2027-02-01")),
              ErrorKind::conflict, "it cannot end on 2027-02-01, before it started");
  CHECK_ERROR(subscribe(store, test::tester(), "sber", "ru-statutory", {}, day("2025-12-01")),
              ErrorKind::conflict, "a subscription from 2025-12-01 is before the contract start");
  CHECK_ERROR(subscribe(store, test::tester(), "sber", "RU Statutory", {}, day("2026-01-01")),
              ErrorKind::invalid, "invalid service id 'RU Statutory'");
  CHECK_ERROR(subscribe(store, test::tester(), "sber", "ru-statutory", {"runs"}, day("2026-01-01")),
              ErrorKind::invalid, "invalid parameter 'runs'");

  subscribe(store, test::tester(), "sber", "ru-statutory", {}, day("2026-01-01"));
  archive_client(store, test::tester(), "sber");
  const auto all = load_subscriptions(store);
  CHECK(all.size() == 4); // the archived client's are left out
  CHECK(all.front().client == "romashka");
  CHECK(load_subscriptions(store, true).size() == 5);
}

TEST_CASE("contacts: one person for several clients") {
  Store store = with_clients();
  ContactFields director;
  director.name = "Петров Иван";
  director.email = "Petrov@Romashka.RU";
  director.roles = std::vector<std::string>{"director"};
  const auto first = add_contact(store, test::tester(), "romashka", director);
  CHECK(first.person_created);
  CHECK(first.contact.person.key == "petrov-ivan");
  CHECK(first.contact.channel == "email");
  CHECK(first.contact.reminders);
  // Same e-mail, same name: the same person, now with a phone too.
  director.phone = "+7 916 123-45-67";
  director.roles = std::vector<std::string>{"owner", "director"};
  const auto second = add_contact(store, test::tester(), "sber", director);
  CHECK_FALSE(second.person_created);
  CHECK(second.contact.person.id == first.contact.person.id);
  CHECK(second.other_clients == std::vector<std::string>{"romashka"});
  CHECK(second.contact.roles == std::vector<std::string>{"director", "owner"});
  CHECK(client_contacts(store, "romashka").front().person.phone == "+79161234567");
  CHECK(load_contacts(store).size() == 2);

  // Same e-mail, another name: refused, pointing at the person.
  ContactFields other;
  other.name = "Сидоров Пётр";
  other.email = "petrov@romashka.ru";
  other.roles = std::vector<std::string>{"accountant"};
  CHECK_ERROR(add_contact(store, test::tester(), "romashka", other), ErrorKind::conflict,
              "petrov@romashka.ru belongs to person 'petrov-ivan' (Петров Иван), not Сидоров Пётр");
  // Already a contact.
  ContactFields again;
  again.person = "petrov-ivan";
  again.roles = std::vector<std::string>{"director"};
  CHECK_ERROR(add_contact(store, test::tester(), "romashka", again), ErrorKind::conflict,
              "person 'petrov-ivan' is already a contact of client 'romashka'");
  // A namesake without a shared channel is another person.
  ContactFields namesake;
  namesake.name = "Петров Иван";
  namesake.telegram = "@petrov_ivan2";
  namesake.roles = std::vector<std::string>{"hr"};
  CHECK(add_contact(store, test::tester(), "romashka", namesake).contact.person.key ==
        "petrov-ivan-2");
  // No channel: no reminders.
  ContactFields silent;
  silent.name = "Кузнецова Анна";
  silent.roles = std::vector<std::string>{"chief-accountant"};
  const auto quiet = add_contact(store, test::tester(), "romashka", silent);
  CHECK_FALSE(quiet.contact.reminders);
  CHECK(quiet.contact.channel.empty());
  silent.reminders = true;
  silent.name = "Кузнецов Олег";
  CHECK_ERROR(add_contact(store, test::tester(), "romashka", silent), ErrorKind::invalid,
              "cannot receive reminders");
  ContactFields bad_role;
  bad_role.name = "Смирнов";
  bad_role.roles = std::vector<std::string>{"directr"};
  CHECK_ERROR(add_contact(store, test::tester(), "romashka", bad_role), ErrorKind::invalid,
              "unknown contact role 'directr'");
  ContactFields telegram_channel;
  telegram_channel.person = "petrov-ivan";
  telegram_channel.roles = std::vector<std::string>{"director"};
  telegram_channel.channel = "telegram";
  add_org(store, "vasilek", "7736050003");
  CHECK_ERROR(add_contact(store, test::tester(), "vasilek", telegram_channel), ErrorKind::invalid,
              "person 'petrov-ivan' has no telegram to prefer");
}

TEST_CASE("editing and removing contacts") {
  Store store = with_clients();
  ContactFields director;
  director.name = "Петров Иван";
  director.email = "petrov@romashka.ru";
  director.phone = "+79161234567";
  director.roles = std::vector<std::string>{"director"};
  add_contact(store, test::tester(), "romashka", director);
  ContactFields link;
  link.person = "petrov-ivan";
  link.roles = std::vector<std::string>{"director"};
  link.channel = "phone";
  add_contact(store, test::tester(), "sber", link);

  ContactFields edit;
  edit.telegram = "@petrov_ivan";
  edit.channel = "telegram";
  edit.reminders = false;
  const Contact c = edit_contact(store, test::tester(), "romashka", "petrov-ivan", edit);
  CHECK(c.person.telegram == "@petrov_ivan");
  CHECK(c.channel == "telegram");
  CHECK_FALSE(c.reminders);
  // The person's channels are shared: sber sees the Telegram too.
  CHECK(client_contacts(store, "sber").front().person.telegram == "@petrov_ivan");
  // Clearing the phone that sber prefers is refused.
  ContactFields clear_phone;
  clear_phone.phone = "";
  CHECK_ERROR(edit_contact(store, test::tester(), "romashka", "petrov-ivan", clear_phone),
              ErrorKind::conflict, "person 'petrov-ivan' prefers phone for client 'sber'");
  const Contact removed = remove_contact(store, test::tester(), "sber", "petrov-ivan");
  CHECK(removed.client == "sber");
  CHECK(client_contacts(store, "sber").empty());
  CHECK_ERROR(remove_contact(store, test::tester(), "sber", "petrov-ivan"), ErrorKind::not_found,
              "person 'petrov-ivan' is not a contact of client 'sber'");
  CHECK_ERROR(edit_contact(store, test::tester(), "romashka", "petrov", edit), ErrorKind::not_found,
              "no person 'petrov'");
  // The person stays, and can come back.
  CHECK(add_contact(store, test::tester(), "sber", link).contact.person.key == "petrov-ivan");
  const auto log = query_audit(store, {});
  CHECK(log.back().action == "contact-add");
}
