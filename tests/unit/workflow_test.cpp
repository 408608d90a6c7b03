// The task workflow: the status machine transition by transition, and each rule of working a
// task on a real (in-memory) database built by the migrations.
#include "calendars.hpp"
#include "client/client.hpp"
#include "client/subscriptions.hpp"
#include "client/work_group.hpp"
#include "plan/generate.hpp"
#include "staff/staff.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "task/report.hpp"
#include "task/workflow.hpp"
#include "template/loader.hpp"
#include "test_store.hpp"

#include <fmt/format.h>

#include <map>

using namespace acctcore;
using acctcore::test::day;

namespace {

using S = TaskStatus;
using A = TaskAction;

const ServiceSet& services() {
  static const ServiceSet set = [] {
    const std::filesystem::path dirs[] = {test::source_dir() / "templates"};
    return load_services(dirs, default_template_rules(test::bundled_calendars()));
  }();
  return set;
}

const Date k_today = day("2026-04-20"); // a Monday

constexpr S k_statuses[] = {S::new_, S::accepted, S::in_review, S::waiting_client,
                            S::done, S::rejected, S::cancelled};
constexpr A k_actions[] = {A::accept, A::reject, A::review, A::wait, A::done, A::reopen, A::cancel};

/// A firm: ivanova (accountant, 1500/h), sokolov (chief accountant, no rate), and "vektor"
/// (fee 45,000 a month) subscribed to the given services from 2026-04-01, tasks generated.
Store firm(std::vector<std::string> subscriptions) {
  Store store = test::open_test_store();
  StaffChanges accountant;
  accountant.name = "Иванова Мария";
  accountant.roles = std::vector<std::string>{"accountant", "payroll", "manager", "operator"};
  accountant.rate = "1500";
  add_staff(store, test::tester(), "ivanova", accountant, "RUB");
  StaffChanges chief;
  chief.name = "Соколов Андрей";
  chief.roles = std::vector<std::string>{"chief-accountant"};
  add_staff(store, test::tester(), "sokolov", chief, "RUB");
  ClientFields f;
  f.name = "ООО «Вектор»";
  f.form = "ooo";
  f.inn = "7728012340";
  f.fee = "45000";
  add_client(store, test::tester(), "vektor", f, {"regime=osno", "vat=true", "employer=5"},
             day("2026-04-01"), ClientDefaults{});
  assign_work_group(store, test::tester(), "vektor",
                    {{"accountant", "ivanova"},
                     {"payroll", "ivanova"},
                     {"manager", "ivanova"},
                     {"operator", "ivanova"},
                     {"chief-accountant", "sokolov"}},
                    day("2026-04-01"));
  for (const auto& service : subscriptions)
    subscribe(store, test::tester(), "vektor", service, {}, day("2026-04-01"));
  GenerateOptions o;
  o.today = k_today;
  o.since = day("2026-04-01");
  o.through = day("2026-07-31");
  auto plan = plan_generation(store, services(), test::bundled_calendars(), o);
  apply_generation(store, test::tester(), *plan);
  return store;
}

std::int64_t manual(Store& store, const char* title = "Сверка с контрагентом") {
  NewTask t;
  t.client = "vektor";
  t.title = title;
  t.due = day("2026-04-24");
  return add_task(store, test::tester(), services(), test::bundled_calendars(), t, k_today).id;
}

std::int64_t task_where(const Store& store, const std::string& condition) {
  Statement q(store, "SELECT id FROM task WHERE " + condition + " ORDER BY id");
  REQUIRE(q.step());
  return q.column(0).as_int64();
}

std::vector<Transition> move(Store& store, A action, std::vector<std::int64_t> ids,
                             std::string reason = {}, bool force = false) {
  TransitionRequest r;
  r.action = action;
  r.ids = std::move(ids);
  r.reason = std::move(reason);
  r.force = force;
  return transition_tasks(store, test::tester(), services(), r, k_today);
}

/// Puts a manual task into `status` through the machine itself.
void bring_to(Store& store, std::int64_t id, S status) {
  switch (status) {
  case S::new_:
    return;
  case S::accepted:
    move(store, A::accept, {id});
    return;
  case S::in_review:
    move(store, A::accept, {id});
    move(store, A::review, {id});
    return;
  case S::waiting_client:
    move(store, A::accept, {id});
    move(store, A::wait, {id}, "подпись директора");
    return;
  case S::done:
    move(store, A::accept, {id});
    move(store, A::done, {id});
    return;
  case S::rejected:
    move(store, A::reject, {id}, "не наш клиент");
    return;
  case S::cancelled:
    move(store, A::cancel, {id});
    return;
  }
}

} // namespace

TEST_CASE("the status machine: every action from every status, allowed or refused") {
  // Written from docs/workflow.md, not from the code: the target, or nothing when refused.
  const std::map<std::pair<S, A>, S> allowed{
      {{S::new_, A::accept}, S::accepted},
      {{S::new_, A::reject}, S::rejected},
      {{S::new_, A::cancel}, S::cancelled},
      {{S::accepted, A::reject}, S::rejected},
      {{S::accepted, A::review}, S::in_review},
      {{S::accepted, A::wait}, S::waiting_client},
      {{S::accepted, A::done}, S::done},
      {{S::accepted, A::cancel}, S::cancelled},
      {{S::in_review, A::reject}, S::accepted},
      {{S::in_review, A::wait}, S::waiting_client},
      {{S::in_review, A::done}, S::done},
      {{S::in_review, A::cancel}, S::cancelled},
      {{S::waiting_client, A::accept}, S::accepted},
      {{S::waiting_client, A::done}, S::done},
      {{S::waiting_client, A::cancel}, S::cancelled},
      {{S::done, A::reopen}, S::accepted},
      {{S::rejected, A::accept}, S::accepted},
      {{S::rejected, A::reopen}, S::new_},
      {{S::rejected, A::cancel}, S::cancelled},
      {{S::cancelled, A::reopen}, S::new_},
  };
  for (S from : k_statuses)
    for (A action : k_actions) {
      CAPTURE(task_status_name(from));
      CAPTURE(task_action_name(action));
      const auto it = allowed.find({from, action});
      const auto target = transition_target(from, action);
      if (it == allowed.end()) {
        CHECK_FALSE(target.has_value());
      } else {
        REQUIRE(target.has_value());
        CHECK(*target == it->second);
      }
    }
}

TEST_CASE("transitions on stored tasks: each allowed one moves, each refused one names the "
          "status and the allowed actions") {
  Store store = firm({});
  for (S from : k_statuses)
    for (A action : k_actions) {
      CAPTURE(task_status_name(from));
      CAPTURE(task_action_name(action));
      const std::int64_t id = manual(store);
      assign_task(store, test::tester(), id, std::nullopt, std::string("sokolov"));
      bring_to(store, id, from);
      REQUIRE(get_task(store, id).status == from);
      const auto target = transition_target(from, action);
      if (target) {
        const auto moved = move(store, action, {id}, "причина");
        REQUIRE(moved.size() == 1);
        CHECK(moved[0].from == from);
        CHECK(get_task(store, id).status == *target);
      } else {
        CHECK_ERROR(move(store, action, {id}, "причина"), ErrorKind::conflict,
                    fmt::format("is {}: '{}' is not allowed", task_status_name(from),
                                task_action_name(action)));
        CHECK(get_task(store, id).status == from);
      }
    }
}

TEST_CASE(
    "reject and wait need a reason, kept as a comment, and wait records what and since when") {
  Store store = firm({});
  const auto id = manual(store);
  CHECK_ERROR(move(store, A::reject, {id}), ErrorKind::invalid, "needs a reason");
  CHECK_ERROR(move(store, A::reject, {id}, "   "), ErrorKind::invalid, "needs a reason");
  move(store, A::accept, {id});
  CHECK_ERROR(move(store, A::wait, {id}), ErrorKind::invalid, "what the client must give");
  move(store, A::wait, {id}, "подписанная декларация");
  const auto t = get_task(store, id);
  CHECK(t.waiting_for == "подписанная декларация");
  CHECK(t.waiting_since == k_today);
  const auto d = get_task_details(store, services(), id);
  REQUIRE(d.comments.size() == 1);
  CHECK(d.comments[0].kind == "wait");
  move(store, A::accept, {id}); // the client answered
  CHECK(get_task(store, id).waiting_for.empty());
  CHECK(get_task(store, id).accepted_at.has_value());
}

TEST_CASE("bulk transitions move all tasks or none, listing every bad id") {
  Store store = firm({});
  const auto a = manual(store);
  const auto b = manual(store);
  CHECK_ERROR(move(store, A::accept, {a, 9999, b, 8888}), ErrorKind::not_found,
              "2 of 4 task id(s) do not exist");
  try {
    move(store, A::accept, {a, 9999, b, 8888});
  } catch (const Error& e) {
    CHECK(e.details() == std::vector<std::string>{"#9999: no such task", "#8888: no such task"});
  }
  move(store, A::accept, {b});
  CHECK_ERROR(move(store, A::accept, {a, b}), ErrorKind::conflict,
              "1 of 2 task(s) cannot take 'accept'");
  CHECK(get_task(store, a).status == S::new_);
}

TEST_CASE("a task whose dependencies are not done is blocked: accept needs --force, audited") {
  Store store = firm({"ru-onboarding"});
  const auto blocked = task_where(store, "id IN (SELECT task_id FROM task_dependency)");
  CHECK(get_task_details(store, services(), blocked).blocked());
  CHECK_ERROR(move(store, A::accept, {blocked}), ErrorKind::conflict, "is blocked");
  move(store, A::accept, {blocked}, {}, true);
  CHECK(get_task(store, blocked).status == S::accepted);
  const auto history =
      query_audit(store, AuditFilter{.entity = "task", .entity_key = std::to_string(blocked)});
  REQUIRE_FALSE(history.empty());
  bool forced = false;
  for (const auto& change : history.back().changes)
    forced = forced || change.field == "forced";
  CHECK(forced);
}

TEST_CASE("done needs every checklist item checked and the required file attached") {
  Store store = firm({"ru-statutory"});
  const auto id = task_where(store, "code = 'ru.vat.declaration'");
  const auto items = get_task_details(store, services(), id).checklist;
  REQUIRE(items.size() >= 2);
  REQUIRE(get_task(store, id).requires_file);
  move(store, A::accept, {id});
  CHECK_ERROR(move(store, A::done, {id}), ErrorKind::conflict,
              fmt::format("{} unchecked checklist item(s)", items.size()));
  for (const auto& item : items)
    check_item(store, test::tester(), services(), id, std::to_string(item.position), true);
  CHECK_ERROR(move(store, A::done, {id}), ErrorKind::conflict, "requires a file");
  test::TempDir dir;
  test::write_file(dir / "nds.xml", "abc");
  CHECK_ERROR(attach_file(store, test::tester(), id, (dir / "missing.xml").string()),
              ErrorKind::not_found, "no such file");
  CHECK_ERROR(attach_file(store, test::tester(), id, dir.path().string()), ErrorKind::invalid,
              "is a directory");
  const auto a = attach_file(store, test::tester(), id, (dir / "nds.xml").string());
  CHECK(a.size == 3);
  CHECK(a.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  move(store, A::done, {id});
  CHECK(get_task(store, id).status == S::done);
  CHECK(get_task(store, id).done_at == k_today);
}

TEST_CASE("checklist items are found by number or by a unique part of their text") {
  Store store = firm({"ru-statutory"});
  const auto id = task_where(store, "code = 'ru.vat.declaration'");
  CHECK(get_task_details(store, services(), id).checklist_from_template);
  const auto item = check_item(store, test::tester(), services(), id, "КОНТРОЛЬНЫЕ", true);
  CHECK(item.checked_at.has_value());
  const auto d = get_task_details(store, services(), id);
  CHECK_FALSE(d.checklist_from_template); // copied: template edits leave it alone now
  CHECK(d.checklist[static_cast<size_t>(item.position - 1)].checked_by == "tester");
  CHECK_ERROR(check_item(store, test::tester(), services(), id, "99", true), ErrorKind::not_found,
              "no checklist item '99'");
  CHECK_ERROR(check_item(store, test::tester(), services(), id, "с", true), ErrorKind::invalid,
              "matches");
  check_item(store, test::tester(), services(), id, std::to_string(item.position), false);
  CHECK_FALSE(get_task_details(store, services(), id)
                  .checklist[static_cast<size_t>(item.position - 1)]
                  .checked_at.has_value());
}

TEST_CASE("manual tasks: assignee from the work group, no past due date without force") {
  Store store = firm({});
  const auto t = get_task(store, manual(store));
  CHECK(t.assignee == "ivanova"); // the client's accountant
  CHECK(t.origin == TaskOrigin::manual);
  CHECK(t.key() == fmt::format("vektor/manual/{}", t.id));
  NewTask late;
  late.client = "vektor";
  late.title = "Забытое";
  late.due = day("2026-04-17");
  CHECK_ERROR(add_task(store, test::tester(), services(), test::bundled_calendars(), late, k_today),
              ErrorKind::invalid, "before today");
  late.force = true;
  CHECK(add_task(store, test::tester(), services(), test::bundled_calendars(), late, k_today).due ==
        day("2026-04-17"));
  NewTask nobody = late;
  nobody.assignee = "petrov";
  CHECK_ERROR(
      add_task(store, test::tester(), services(), test::bundled_calendars(), nobody, k_today),
      ErrorKind::not_found, "petrov");
}

TEST_CASE("a client request inside the service's lead time is refused with the rule and the "
          "earliest date") {
  Store store = firm({"ru-onboarding"});
  const Service& service = services().get("ru-onboarding");
  REQUIRE(service.min_lead_working_days >= 1);
  // Friday 2026-05-08: the next working day is Tuesday 2026-05-12 (11 May is a holiday).
  const Date friday = day("2026-05-08");
  CHECK(earliest_request_date(service, test::bundled_calendars(), friday) ==
        (service.min_lead_working_days == 1 ? day("2026-05-12") : day("2026-05-13")));
  NewTask r;
  r.client = "vektor";
  r.title = "Справка об отсутствии задолженности";
  r.service = "ru-onboarding";
  r.request = true;
  r.due = k_today;
  CHECK_ERROR(add_task(store, test::tester(), services(), test::bundled_calendars(), r, k_today),
              ErrorKind::conflict, "the earliest due date is 2026-04-21");
  r.force = true;
  const auto forced =
      add_task(store, test::tester(), services(), test::bundled_calendars(), r, k_today);
  CHECK(forced.request);
  r.service.reset();
  CHECK_ERROR(add_task(store, test::tester(), services(), test::bundled_calendars(), r, k_today),
              ErrorKind::invalid, "needs the service");
}

TEST_CASE("an accepted task's terms are fixed: edits need force and are audited") {
  Store store = firm({});
  const auto id = manual(store);
  TaskEdit edit;
  edit.due = day("2026-04-30");
  CHECK(edit_task(store, test::tester(), id, edit, k_today).due == day("2026-04-30"));
  move(store, A::accept, {id});
  edit.due = day("2026-05-15");
  CHECK_ERROR(edit_task(store, test::tester(), id, edit, k_today), ErrorKind::conflict,
              "agreed when it was accepted");
  edit.force = true;
  CHECK(edit_task(store, test::tester(), id, edit, k_today).due == day("2026-05-15"));
  const auto history =
      query_audit(store, AuditFilter{.entity = "task", .entity_key = std::to_string(id)});
  CHECK(history.back().action == "edit");
}

TEST_CASE("time is logged in positive durations, never in the future, by a known person") {
  Store store = firm({});
  const auto id = manual(store);
  NewTimeEntry e;
  e.task = id;
  e.duration = "1h30m";
  e.staff = "ivanova";
  CHECK(log_time(store, test::tester(), e, k_today).minutes == 90);
  e.duration = "0";
  CHECK_ERROR(log_time(store, test::tester(), e, k_today), ErrorKind::invalid, "more than zero");
  e.duration = "1x";
  CHECK_ERROR(log_time(store, test::tester(), e, k_today), ErrorKind::invalid, "does not parse");
  e.duration = "45m";
  e.day = day("2026-04-21");
  CHECK_ERROR(log_time(store, test::tester(), e, k_today), ErrorKind::invalid, "in the future");
  e.day.reset();
  e.staff = "petrov";
  CHECK_ERROR(log_time(store, test::tester(), e, k_today), ErrorKind::not_found, "petrov");
  e.task = 9999;
  e.staff = "ivanova";
  CHECK_ERROR(log_time(store, test::tester(), e, k_today), ErrorKind::not_found, "no task #9999");
}

TEST_CASE("the time report: hours, cost at rates, the fee for the period, margin, overhead") {
  Store store = firm({});
  const auto work = manual(store);
  NewTask call;
  call.client = "vektor";
  call.title = "Созвон с директором";
  call.due = k_today;
  call.category = "communication";
  const auto talk =
      add_task(store, test::tester(), services(), test::bundled_calendars(), call, k_today).id;
  for (const auto& [task, duration, staff] :
       {std::tuple{work, "3h", "ivanova"}, std::tuple{talk, "1h", "ivanova"},
        std::tuple{work, "30m", "sokolov"}}) {
    NewTimeEntry e;
    e.task = task;
    e.duration = duration;
    e.staff = staff;
    log_time(store, test::tester(), e, k_today);
  }
  const auto report =
      report_time(store, TimeGrouping::client, day("2026-04-01"), day("2026-04-30"));
  REQUIRE(report.rows.size() == 1);
  const auto& row = report.rows[0];
  CHECK(row.minutes == 270);
  CHECK(row.communication_minutes == 60);
  CHECK(row.overhead_share() == doctest::Approx(60.0 / 270));
  CHECK(row.cost.at("RUB") == 600000); // 4 h at 1,500.00
  CHECK(row.uncosted_minutes == 30);   // sokolov has no rate
  CHECK(row.fee == 4500000);           // April, the whole month of the contract
  CHECK(row.margin() == 3900000);
  const auto by_staff =
      report_time(store, TimeGrouping::staff, day("2026-04-01"), day("2026-04-30"));
  REQUIRE(by_staff.rows.size() == 2);
  CHECK(by_staff.rows[0].key == "ivanova");
  CHECK_FALSE(by_staff.rows[0].fee.has_value());
  CHECK_ERROR(report_time(store, TimeGrouping::client, day("2026-04-30"), day("2026-04-01")),
              ErrorKind::invalid, "before it starts");
}

TEST_CASE("a monthly fee is prorated by days of partial months") {
  CHECK(prorated_fee(3000000, day("2026-04-01"), day("2026-04-30")) == 3000000);
  CHECK(prorated_fee(3000000, day("2026-04-16"), day("2026-04-30")) == 1500000);
  CHECK(prorated_fee(3000000, day("2026-01-01"), day("2026-03-31")) == 9000000);
  CHECK(prorated_fee(3100, day("2026-01-01"), day("2026-01-01")) == 100);
  CHECK(prorated_fee(3000000, day("2026-04-30"), day("2026-04-01")) == 0);
}

TEST_CASE("lists: open work by default, due-within includes overdue, filters combine") {
  Store store = firm({"ru-statutory"});
  TaskFilter f;
  const auto open = list_tasks(store, f, k_today);
  REQUIRE_FALSE(open.empty());
  f.due_within_days = 7;
  const auto week = list_tasks(store, f, k_today);
  for (const auto& t : week)
    CHECK(t.due <= day("2026-04-27"));
  CHECK(week.size() < open.size());
  const auto done = week.front().id;
  move(store, A::accept, {done});
  auto items = get_task_details(store, services(), done).checklist;
  for (const auto& item : items)
    check_item(store, test::tester(), services(), done, std::to_string(item.position), true);
  if (get_task(store, done).requires_file) {
    test::TempDir dir;
    test::write_file(dir / "f.txt", "x");
    attach_file(store, test::tester(), done, (dir / "f.txt").string());
  }
  move(store, A::done, {done});
  CHECK(list_tasks(store, f, k_today).size() == week.size() - 1);
  f.all = true;
  f.due_within_days.reset();
  f.to = day("2026-04-27");
  CHECK(list_tasks(store, f, k_today).size() >= week.size());
  TaskFilter vat;
  vat.code = "ru.vat.*";
  for (const auto& t : list_tasks(store, vat, k_today))
    CHECK(t.code.starts_with("ru.vat."));
  TaskFilter text;
  text.text = "ндс";
  CHECK_FALSE(list_tasks(store, text, k_today).empty());
  TaskFilter nobody;
  nobody.assignee = "petrov";
  CHECK_ERROR(list_tasks(store, nobody, k_today), ErrorKind::not_found, "petrov");
}
