// Filings: the rule of answers, a correction task's deadline, recording submissions and
// answers on a real (in-memory) database, `task list --filing-status`, and a day's receipts
// loaded all or nothing.
#include "calendars.hpp"
#include "deadline/rule.hpp"
#include "fixture.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "task/filing.hpp"
#include "task/receipts.hpp"
#include "template/loader.hpp"

#include <fmt/format.h>

using namespace acctcore;
using acctcore::test::day;

namespace {

using A = FilingAnswer;

/// The id of vektor's task `code` for `period`.
std::int64_t task_of(const Store& store, const char* code, const char* period) {
  Statement q(store, "SELECT id FROM task WHERE code = ? AND period = ?");
  q.bind(1, code);
  q.bind(2, period);
  if (!q.step()) {
    Statement all(store, "SELECT code, period FROM task ORDER BY id");
    std::string list;
    while (all.step())
      list += all.column(0).as_text() + " " + all.column(1).as_text() + "\n";
    FAIL(list);
  }
  return q.column(0).as_int64();
}

ErrorKind kind_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("no error thrown");
  return ErrorKind::internal;
}

const FilingSpec& rsv_filing() {
  const Service* service = test::bundled_services().find("ru-statutory");
  REQUIRE(service != nullptr);
  const TaskSpec* spec = service->spec(TaskOrigin::obligation, "ru.rsv");
  REQUIRE(spec != nullptr);
  REQUIRE(spec->filing);
  return *spec->filing;
}

} // namespace

TEST_CASE("answers only move forward: a rejection after an acceptance is refused") {
  CHECK(answer_step(std::nullopt, A::accepted) == AnswerStep::record);
  CHECK(answer_step(std::nullopt, A::accepted_with_notice) == AnswerStep::record);
  CHECK(answer_step(std::nullopt, A::rejected) == AnswerStep::record);
  CHECK(answer_step(A::accepted, A::accepted) == AnswerStep::same);
  CHECK(answer_step(A::accepted, A::accepted_with_notice) == AnswerStep::record);
  CHECK(answer_step(A::accepted, A::rejected) == AnswerStep::after_acceptance);
  CHECK(answer_step(A::accepted_with_notice, A::rejected) == AnswerStep::after_acceptance);
  CHECK(answer_step(A::accepted_with_notice, A::accepted) == AnswerStep::notice_withdrawn);
  CHECK(answer_step(A::accepted_with_notice, A::accepted_with_notice) == AnswerStep::same);
  CHECK(answer_step(A::rejected, A::accepted) == AnswerStep::after_rejection);
  CHECK(answer_step(A::rejected, A::accepted_with_notice) == AnswerStep::after_rejection);
  CHECK(answer_step(A::rejected, A::rejected) == AnswerStep::same);
}

TEST_CASE("names of answers and statuses read back") {
  for (const auto& name : filing_answer_names())
    CHECK(filing_answer_name(*parse_filing_answer(name)) == name);
  for (const auto& name : filing_status_names())
    CHECK(filing_status_name(*parse_filing_status(name)) == name);
  CHECK_FALSE(parse_filing_answer("filed"));
  CHECK_FALSE(parse_filing_status("Accepted"));
}

TEST_CASE("a correction task's deadline") {
  WorkDays days(test::bundled_calendars().get("ru"), Coverage::provisional);
  SUBCASE("without a rule: the next working day") {
    // Friday 5 June 2026 -> Monday 8 June.
    CHECK(correction_due(nullptr, day("2026-06-05"), days).due == day("2026-06-08"));
    // Wednesday 10 June -> Thursday 11 June (12 June, Russia Day, is not reached).
    CHECK(correction_due(nullptr, day("2026-06-10"), days).due == day("2026-06-11"));
    // Thursday 11 June -> Monday 15 June: Friday 12 June is Russia Day.
    CHECK(correction_due(nullptr, day("2026-06-11"), days).due == day("2026-06-15"));
  }
  SUBCASE("РСВ: five working days after the notice (НК РФ ст. 431 п. 7)") {
    const FilingSpec& spec = rsv_filing();
    REQUIRE(spec.correction);
    // Monday 1 June -> 2, 3, 4, 5, 8 June.
    CHECK(correction_due(&spec, day("2026-06-01"), days).due == day("2026-06-08"));
    // Monday 8 June -> 9, 10, 11, 15, 16 June (12 June is a holiday).
    CHECK(correction_due(&spec, day("2026-06-08"), days).due == day("2026-06-16"));
  }
}

TEST_CASE("filing and answering a task, audited, and the rules refuse what does not follow") {
  Store store = test::vektor_firm();
  const auto& services = test::bundled_services();
  const auto& calendars = test::bundled_calendars();
  const Date today = day("2026-05-20");
  const std::int64_t rsv = task_of(store, "ru.pers", "2026-04");
  const auto answer = [&](A a, const char* on, std::string reason = {}) {
    return answer_filing(store, test::tester(), services, calendars,
                         NewAnswer{rsv, a, day(on), "", reason}, today);
  };

  CHECK(is_filing_task(get_task(store, rsv), services));
  CHECK_FALSE(
      is_filing_task(get_task(store, task_of(store, "ru.enp.payment", "2026-04")), services));
  // An answer for a task that was never filed.
  CHECK(kind_of([&] { answer(A::accepted, "2026-05-20"); }) == ErrorKind::conflict);
  // A filing in the future; a task that is not filed with anyone.
  CHECK(kind_of([&] {
          file_task(store, test::tester(), services,
                    NewFiling{rsv, day("2026-05-21"), "", "", std::nullopt}, today);
        }) == ErrorKind::invalid);
  CHECK(kind_of([&] {
          file_task(store, test::tester(), services,
                    NewFiling{task_of(store, "ru.enp.payment", "2026-04"), day("2026-05-20"), "",
                              "", std::nullopt},
                    today);
        }) == ErrorKind::invalid);

  auto filed = file_task(store, test::tester(), services,
                         NewFiling{rsv, day("2026-05-15"), "kontur", "0001", std::nullopt}, today);
  CHECK(filed.changed);
  CHECK(filed.filing.status() == FilingStatus::filed);
  CHECK(get_task(store, rsv).filing == "filed");
  // The same submission again changes nothing; a corrected receipt number is recorded.
  CHECK_FALSE(file_task(store, test::tester(), services,
                        NewFiling{rsv, day("2026-05-15"), "kontur", "0001", std::nullopt}, today)
                  .changed);
  CHECK(file_task(store, test::tester(), services,
                  NewFiling{rsv, day("2026-05-15"), "kontur", "0002", std::nullopt}, today)
            .filing.receipt == "0002");

  // An answer before the filing, after today, a rejection without its reason.
  CHECK(kind_of([&] { answer(A::accepted, "2026-05-14"); }) == ErrorKind::invalid);
  CHECK(kind_of([&] { answer(A::accepted, "2026-05-21"); }) == ErrorKind::invalid);
  CHECK(kind_of([&] { answer(A::rejected, "2026-05-18"); }) == ErrorKind::invalid);

  const auto accepted = answer(A::accepted, "2026-05-18");
  CHECK(accepted.changed);
  CHECK(get_task(store, rsv).filing == "accepted");
  CHECK_FALSE(answer(A::accepted, "2026-05-18").changed);
  CHECK(kind_of([&] { answer(A::accepted, "2026-05-19"); }) == ErrorKind::conflict);
  CHECK(kind_of([&] { answer(A::rejected, "2026-05-19", "ошибка"); }) == ErrorKind::conflict);
  // The submission of an answered filing stays as it was.
  CHECK(kind_of([&] {
          file_task(store, test::tester(), services,
                    NewFiling{rsv, day("2026-05-15"), "kontur", "0003", std::nullopt}, today);
        }) == ErrorKind::conflict);
  CHECK(answer(A::accepted_with_notice, "2026-05-20", "уточнить СНИЛС").filing.status() ==
        FilingStatus::accepted_with_notice);
  CHECK(kind_of([&] { answer(A::accepted, "2026-05-20"); }) == ErrorKind::conflict);

  Statement audit(store, "SELECT action FROM audit_log WHERE entity = 'task' AND "
                         "entity_key = ? ORDER BY id");
  audit.bind(1, std::to_string(rsv));
  std::vector<std::string> actions;
  while (audit.step())
    actions.push_back(audit.column(0).as_text());
  CHECK(std::count(actions.begin(), actions.end(), "file") == 2);
  CHECK(std::count(actions.begin(), actions.end(), "answer") == 2);
}

TEST_CASE("a rejection reopens the work as a correction task, and lists find filings by status") {
  Store store = test::vektor_firm();
  const auto& services = test::bundled_services();
  const auto& calendars = test::bundled_calendars();
  const Date today = day("2026-06-01");
  const std::int64_t vat = task_of(store, "ru.pers", "2026-05");
  file_task(store, test::tester(), services,
            NewFiling{vat, day("2026-05-29"), "", "", std::nullopt}, today);
  const auto rejected =
      answer_filing(store, test::tester(), services, calendars,
                    NewAnswer{vat, A::rejected, day("2026-06-01"), "", "неверный КПП"}, today);
  REQUIRE(rejected.correction);
  const TaskRecord& fix = *rejected.correction;
  CHECK(fix.corrects == vat);
  CHECK(fix.origin == TaskOrigin::manual);
  CHECK(fix.title == "Исправить и сдать повторно: " + get_task(store, vat).title);
  CHECK(fix.description == "неверный КПП");
  CHECK(fix.due == day("2026-06-02")); // no rule in the template: the next working day
  CHECK(fix.assignee == "ivanova");
  CHECK(rejected.filing.correction_id == fix.id);
  CHECK(is_filing_task(fix, services));
  // The rejected filing is redone by the correction, not answered again.
  CHECK(kind_of([&] {
          answer_filing(store, test::tester(), services, calendars,
                        NewAnswer{vat, A::accepted, day("2026-06-01"), "", ""}, today);
        }) == ErrorKind::conflict);

  TaskFilter f;
  f.all = true;
  f.filing_statuses = {"rejected"};
  auto tasks = list_tasks(store, f, today);
  REQUIRE(tasks.size() == 1);
  CHECK(tasks.front().id == vat);
  f.filing_statuses = {"unfiled"};
  f.filing_codes = filing_task_codes(services);
  f.client = "vektor";
  tasks = list_tasks(store, f, today);
  CHECK(std::any_of(tasks.begin(), tasks.end(), [&](const auto& t) { return t.id == fix.id; }));
  CHECK(std::none_of(tasks.begin(), tasks.end(), [&](const auto& t) { return t.id == vat; }));
  CHECK(std::none_of(tasks.begin(), tasks.end(),
                     [](const auto& t) { return t.code == "ru.enp.payment"; }));
  f.filing_statuses = {"filed", "accepted"};
  CHECK(list_tasks(store, f, today).empty());
}

TEST_CASE("receipts: by task key or by ИНН, form and period, all or nothing with line numbers") {
  Store store = test::vektor_firm();
  const auto& services = test::bundled_services();
  const auto& calendars = test::bundled_calendars();
  const Date today = day("2026-06-10");
  const std::int64_t rsv = task_of(store, "ru.pers", "2026-04");
  const std::int64_t vat = task_of(store, "ru.pers", "2026-05");
  ReceiptOptions options;
  options.file_name = "receipts.csv";
  options.channel = "kontur";
  // In a write transaction, as acct runs it: its savepoint needs one on PostgreSQL.
  const auto load = [&](const std::string& text) {
    WriteTransaction tx(store);
    auto report = load_receipts(store, test::tester(), services, calendars, text, options, today);
    tx.commit();
    return report;
  };

  SUBCASE("a bad row: nothing is recorded, every bad line is named") {
    const std::string text = "ИНН;КНД;Период;Статус;Дата;Номер\n"
                             "7728012340;1151162;2026-04;принят;05.06.2026;111\n"
                             "7700000000;1151162;2026-04;принят;05.06.2026;112\n"
                             "7728012340;9999999;2026-04;принят;05.06.2026;113\n"
                             "7728012340;1151162;2026-Q9;принят;05.06.2026;114\n";
    try {
      load(text);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::invalid);
      REQUIRE(e.details().size() == 3);
      CHECK(e.details()[0].starts_with("line 3: "));
      CHECK(e.details()[0].find("7700000000") != std::string::npos);
      CHECK(e.details()[1].starts_with("line 4: "));
      CHECK(e.details()[2].starts_with("line 5: "));
    }
    CHECK_FALSE(get_filing(store, rsv));
  }
  SUBCASE("good rows: filed and answered, a rejection opens its correction") {
    const std::string text =
        fmt::format("task,status,date,number,reason\n"
                    "{},accepted,2026-06-05,0001,\n"
                    "vektor/ru-statutory/ru.pers/2026-05,отклонён,2026-06-05,0002,"
                    "неверный КПП\n",
                    rsv);
    const auto report = load(text);
    REQUIRE(report.rows.size() == 2);
    CHECK(report.count(ReceiptAction::answered) == 2);
    CHECK(get_filing(store, rsv)->answer == A::accepted);
    CHECK(get_filing(store, rsv)->channel == "kontur");
    CHECK(get_filing(store, vat)->answer == A::rejected);
    CHECK(report.rows[1].result.correction);
    // Loading the same file again changes nothing.
    const auto again = load(text);
    CHECK(again.count(ReceiptAction::unchanged) == 2);
  }
  SUBCASE("a dry run records nothing") {
    options.dry_run = true;
    const auto report = load(fmt::format("task;status;date\n{};filed;2026-06-05\n", rsv));
    CHECK(report.count(ReceiptAction::filed) == 1);
    CHECK_FALSE(get_filing(store, rsv));
  }
}
