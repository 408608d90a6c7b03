// Work changing hands: absences and their covers (the effective assignee), a person leaving
// with a hand-over, a work group changing, and assigning many tasks at once.
#include "calendars.hpp"
#include "client/client.hpp"
#include "client/work_group.hpp"
#include "staff/absence.hpp"
#include "staff/staff.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "task/handover.hpp"
#include "task/workflow.hpp"
#include "template/loader.hpp"
#include "test_store.hpp"

using namespace acctcore;
using acctcore::test::day;

namespace {

const Date k_today = day("2026-04-20");

const ServiceSet& no_services() {
  static const ServiceSet set;
  return set;
}

void add_person(Store& store, const char* handle, std::vector<std::string> roles) {
  StaffChanges c;
  c.name = handle;
  c.roles = std::move(roles);
  add_staff(store, test::tester(), handle, c, "RUB");
}

/// ivanova and petrova (accountants), sokolov (chief accountant), ghost (archived); vektor
/// with ivanova as accountant and sokolov as chief accountant since 2026-04-01.
Store firm() {
  Store store = test::open_test_store();
  add_person(store, "ivanova", {"accountant"});
  add_person(store, "petrova", {"accountant"});
  add_person(store, "sokolov", {"chief-accountant"});
  add_person(store, "ghost", {"accountant"});
  archive_staff(store, test::tester(), "ghost");
  ClientFields f;
  f.name = "ООО «Вектор»";
  f.form = "ooo";
  f.inn = "7728012340";
  add_client(store, test::tester(), "vektor", f, {"regime=osno"}, day("2026-04-01"),
             ClientDefaults{});
  assign_work_group(store, test::tester(), "vektor",
                    {{"accountant", "ivanova"}, {"chief-accountant", "sokolov"}},
                    day("2026-04-01"));
  return store;
}

/// A task of vektor's accountant due on `due`, reviewed by the chief accountant.
std::int64_t task(Store& store, const char* due, const char* title = "Сверка") {
  NewTask t;
  t.client = "vektor";
  t.title = title;
  t.due = day(due);
  t.reviewer = "sokolov";
  return add_task(store, test::tester(), no_services(), test::bundled_calendars(), t, k_today).id;
}

NewAbsence away(const char* who, const char* from, const char* to, const char* cover) {
  return NewAbsence{who, day(from), day(to), cover, ""};
}

void accept(Store& store, std::int64_t id) {
  TransitionRequest r;
  r.action = TaskAction::accept;
  r.ids = {id};
  transition_tasks(store, test::tester(), no_services(), r, k_today);
}

std::vector<std::int64_t> ids_of(const std::vector<TaskRecord>& tasks) {
  std::vector<std::int64_t> ids;
  for (const auto& t : tasks)
    ids.push_back(t.id);
  return ids;
}

} // namespace

TEST_CASE("absences: who stands in on a day") {
  Absences absences(
      {Absence{1, "ivanova", day("2026-05-04"), day("2026-05-08"), "petrova", "", {}, {}},
       Absence{2, "sokolov", day("2026-05-01"), day("2026-05-01"), "", "", {}, {}}});
  const std::string ivanova = "ivanova", sokolov = "sokolov", petrova = "petrova";
  CHECK(absences.stand_in(ivanova, day("2026-05-03")) == "ivanova"); // the day before
  CHECK(absences.stand_in(ivanova, day("2026-05-04")) == "petrova"); // first day
  CHECK(absences.stand_in(ivanova, day("2026-05-08")) == "petrova"); // last day
  CHECK(absences.stand_in(ivanova, day("2026-05-09")) == "ivanova"); // back
  // Away without a cover: the work stays theirs (the firm digest flags it).
  CHECK(absences.stand_in(sokolov, day("2026-05-01")) == "sokolov");
  CHECK(absences.away(sokolov, day("2026-05-01")) != nullptr);
  CHECK(absences.away(petrova, day("2026-05-05")) == nullptr);
}

TEST_CASE("absences: bad input is refused with nothing recorded") {
  Store store = firm();
  CHECK_ERROR(add_absence(store, test::tester(), away("ivanova", "2026-05-08", "2026-05-04", "")),
              ErrorKind::invalid, "ends (2026-05-04) before it starts (2026-05-08)");
  CHECK_ERROR(
      add_absence(store, test::tester(), away("ivanova", "2026-05-04", "2026-05-08", "ivanova")),
      ErrorKind::invalid, "cannot cover their own absence");
  CHECK_ERROR(
      add_absence(store, test::tester(), away("ivanova", "2026-05-04", "2026-05-08", "ghost")),
      ErrorKind::conflict, "'ghost' is archived");
  CHECK_ERROR(
      add_absence(store, test::tester(), away("ivanova", "2026-05-04", "2026-05-08", "nobody")),
      ErrorKind::not_found, "nobody");
  CHECK_ERROR(add_absence(store, test::tester(), away("ghost", "2026-05-04", "2026-05-08", "")),
              ErrorKind::conflict, "'ghost' is archived");
  CHECK(list_absences(store, std::nullopt, std::nullopt).empty());

  add_absence(store, test::tester(), away("ivanova", "2026-05-04", "2026-05-08", "petrova"));
  CHECK_ERROR(add_absence(store, test::tester(), away("ivanova", "2026-05-08", "2026-05-10", "")),
              ErrorKind::conflict, "already away from 2026-05-04 to 2026-05-08");
  // Whoever covers someone cannot be away then.
  CHECK_ERROR(
      add_absence(store, test::tester(), away("petrova", "2026-05-01", "2026-05-04", "sokolov")),
      ErrorKind::conflict, "'petrova' covers 'ivanova' from 2026-05-04 to 2026-05-08");
  CHECK(list_absences(store, std::nullopt, std::nullopt).size() == 1);
}

TEST_CASE("absences: tasks due while away are the cover's, and come back") {
  Store store = firm();
  const auto before = task(store, "2026-05-01");
  const auto inside = task(store, "2026-05-05");
  const auto after = task(store, "2026-05-12");
  const auto absence =
      add_absence(store, test::tester(), away("ivanova", "2026-05-04", "2026-05-08", "petrova"));

  const auto covered = get_task(store, inside);
  CHECK(covered.assignee == "ivanova"); // nothing rewritten
  CHECK(covered.cover == "petrova");
  CHECK(covered.holder() == "petrova");
  CHECK(get_task(store, before).cover.empty());
  CHECK(get_task(store, after).holder() == "ivanova");

  CHECK(ids_of(agenda_tasks(store, "petrova", 30, k_today)) == std::vector{inside});
  CHECK(ids_of(agenda_tasks(store, "ivanova", 30, k_today)) == std::vector{before, after});
  TaskFilter held;
  held.holder = "petrova";
  CHECK(count_tasks(store, held, k_today) == 1);

  cancel_absence(store, test::tester(), absence.id);
  CHECK(get_task(store, inside).holder() == "ivanova");
  CHECK(agenda_tasks(store, "petrova", 30, k_today).empty());
  CHECK_ERROR(cancel_absence(store, test::tester(), absence.id), ErrorKind::conflict,
              "already cancelled");

  // Away without a cover: still hers, flagged.
  add_absence(store, test::tester(), away("ivanova", "2026-05-04", "2026-05-08", ""));
  const auto uncovered = get_task(store, inside);
  CHECK(uncovered.holder() == "ivanova");
  CHECK(uncovered.assignee_away);
  CHECK_FALSE(get_task(store, after).assignee_away);
}

TEST_CASE("hand-over: refused while holding work, all of it moved with a successor") {
  Store store = firm();
  const auto open = task(store, "2026-05-05");
  const auto started = task(store, "2026-05-06");
  accept(store, started);
  add_absence(store, test::tester(), away("sokolov", "2026-06-01", "2026-06-05", "ivanova"));

  CHECK_ERROR(archive_handing_over(store, test::tester(), "ivanova", std::nullopt, k_today),
              ErrorKind::conflict,
              "holds open work: 2 task(s), 0 review(s), 1 work-group role(s), 1 absence(s)");
  CHECK_ERROR(archive_handing_over(store, test::tester(), "ivanova", "ivanova", k_today),
              ErrorKind::invalid, "to themselves");
  CHECK_ERROR(archive_handing_over(store, test::tester(), "ivanova", "ghost", k_today),
              ErrorKind::conflict, "'ghost' is archived");
  CHECK_ERROR(archive_handing_over(store, test::tester(), "ivanova", "nobody", k_today),
              ErrorKind::not_found, "nobody");
  // A successor without a role she would take: refused as a whole.
  CHECK_ERROR(archive_handing_over(store, test::tester(), "ivanova", "sokolov", k_today),
              ErrorKind::invalid, "does not have the role 'accountant'");
  CHECK_FALSE(get_staff(store, "ivanova").archived());
  CHECK(get_task(store, open).assignee == "ivanova");

  const auto held = archive_handing_over(store, test::tester(), "ivanova", "petrova", k_today);
  CHECK(held.tasks.size() == 2);
  CHECK(get_staff(store, "ivanova").archived());
  CHECK(get_task(store, open).assignee == "petrova");
  CHECK(get_task(store, started).assignee == "petrova"); // started ones too: she has left
  CHECK(role_holder(store, "vektor", "accountant", k_today) == "petrova");
  CHECK(role_holder(store, "vektor", "accountant", day("2026-04-19")) == "ivanova"); // history
  CHECK(list_absences(store, "sokolov", std::nullopt).front().cover == "petrova");
  CHECK(staff_holdings(store, "ivanova", k_today).empty());
}

TEST_CASE("hand-over: reviews move, and someone holding nothing leaves at once") {
  Store store = firm();
  const auto id = task(store, "2026-05-05");
  add_person(store, "orlov", {"chief-accountant"});
  archive_handing_over(store, test::tester(), "sokolov", "orlov", k_today);
  CHECK(get_task(store, id).reviewer == "orlov");
  CHECK(role_holder(store, "vektor", "chief-accountant", k_today) == "orlov");
  add_person(store, "idle", {"lawyer"});
  archive_handing_over(store, test::tester(), "idle", std::nullopt, k_today);
  CHECK(get_staff(store, "idle").archived());
}

TEST_CASE("work-group change: tasks not started follow, started ones are conflicts") {
  Store store = firm();
  const auto earlier = task(store, "2026-04-30");
  const auto waiting = task(store, "2026-05-05");
  const auto started = task(store, "2026-05-06");
  accept(store, started);
  const auto changes = assign_work_group(store, test::tester(), "vektor",
                                         {{"accountant", "petrova"}}, day("2026-05-01"));
  REQUIRE(changes.size() == 1);

  const auto preview =
      follow_work_group(store, test::tester(), "vektor", changes, day("2026-05-01"), false);
  CHECK(preview.moved.size() == 1);
  CHECK(get_task(store, waiting).assignee == "ivanova"); // a preview changes nothing

  const auto followed =
      follow_work_group(store, test::tester(), "vektor", changes, day("2026-05-01"), true);
  REQUIRE(followed.moved.size() == 1);
  CHECK(followed.moved.front().task.id == waiting);
  REQUIRE(followed.conflicts.size() == 1);
  CHECK(followed.conflicts.front().task.id == started);
  CHECK(followed.conflicts.front().field == "assignee");
  CHECK(get_task(store, waiting).assignee == "petrova");
  CHECK(get_task(store, started).assignee == "ivanova");
  CHECK(get_task(store, earlier).assignee == "ivanova"); // due before the change

  // The reviewer role likewise: a task not in review gets the new reviewer (manual tasks name
  // no reviewer role: give these the template's).
  Statement(store, "UPDATE task SET reviewer_role = 'chief-accountant'").exec();
  add_person(store, "orlov", {"chief-accountant"});
  const auto reviewer_change = assign_work_group(
      store, test::tester(), "vektor", {{"chief-accountant", "orlov"}}, day("2026-05-01"));
  const auto reviews =
      follow_work_group(store, test::tester(), "vektor", reviewer_change, day("2026-05-01"), true);
  CHECK(reviews.moved.size() == 2);
  CHECK(reviews.conflicts.empty());
  CHECK(get_task(store, started).reviewer == "orlov");
}

TEST_CASE("assign_tasks: many ids, all or none") {
  Store store = firm();
  const auto a = task(store, "2026-05-05");
  const auto b = task(store, "2026-05-06");
  CHECK_ERROR(assign_tasks(store, test::tester(), {a, 999, b}, "petrova", std::nullopt),
              ErrorKind::not_found, "1 of 3 task id(s) do not exist; nothing changed");
  CHECK(get_task(store, a).assignee == "ivanova");
  const auto assigned = assign_tasks(store, test::tester(), {a, b, a}, "petrova", std::nullopt);
  CHECK(assigned.size() == 2);
  CHECK(get_task(store, b).assignee == "petrova");
  // Only the reviewer.
  assign_tasks(store, test::tester(), {a}, std::nullopt, std::string("-"));
  CHECK(get_task(store, a).reviewer.empty());
  CHECK(get_task(store, a).assignee == "petrova");
}
