// iCalendar output: TEXT escaping, folding at 75 octets on UTF-8 boundaries, CRLF, stable UIDs,
// SEQUENCE from the due date's revisions, and the task calendar on a real (in-memory) database.
#include "calendars.hpp"
#include "client/client.hpp"
#include "ics/ics.hpp"
#include "ics/task_calendar.hpp"
#include "staff/staff.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "task/workflow.hpp"
#include "template/loader.hpp"
#include "test_store.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

using namespace acctcore;
using acctcore::test::day;
using acctcore::test::instant;

namespace {

/// The physical lines of an iCalendar stream, CRLF removed; fails on a bare LF or CR.
std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = text.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    lines.push_back(text.substr(at, end - at));
    CHECK(lines.back().find('\n') == std::string::npos);
    CHECK(lines.back().find('\r') == std::string::npos);
    at = end + 2;
  }
  return lines;
}

/// `line` folded and unfolded again, checking every physical line on the way.
std::string fold_and_check(const std::string& line, bool utf8 = true) {
  std::string out;
  append_ics_line(out, line);
  const auto lines = physical_lines(out);
  std::string unfolded;
  for (size_t i = 0; i < lines.size(); ++i) {
    CHECK(lines[i].size() <= 75);
    if (utf8)
      CHECK(is_valid_utf8(lines[i]));
    if (i == 0) {
      unfolded = lines[i];
    } else {
      REQUIRE(lines[i].starts_with(' '));
      CHECK(lines[i].size() > 1);
      unfolded += lines[i].substr(1);
    }
  }
  return unfolded;
}

} // namespace

TEST_CASE("ics: TEXT values escape backslash, semicolon, comma and line breaks") {
  CHECK(escape_ics_text("plain text") == "plain text");
  CHECK(escape_ics_text(R"(a\b;c,d)") == R"(a\\b\;c\,d)");
  CHECK(escape_ics_text("one\ntwo\r\nthree\rfour") == R"(one\ntwo\nthree\nfour)");
  CHECK(escape_ics_text("tab\tkept, bell\a and nul dropped") ==
        "tab\tkept\\, bell and nul dropped");
  CHECK(escape_ics_text("ООО «Вектор»; ИП Ким, Алматы") == "ООО «Вектор»\\; ИП Ким\\, Алматы");
  CHECK(escape_ics_text(":colons: stay") == ":colons: stay"); // only in names and parameters
}

TEST_CASE("ics: a line of 75 octets stays whole and one more is folded") {
  const std::string exact = "SUMMARY:" + std::string(67, 'x');
  REQUIRE(exact.size() == 75);
  std::string out;
  append_ics_line(out, exact);
  CHECK(out == exact + "\r\n");
  out.clear();
  append_ics_line(out, exact + "y");
  CHECK(out == exact + "\r\n y\r\n");
}

TEST_CASE("ics: folding never splits a UTF-8 sequence") {
  // "SUMMARY:" is 8 octets and Cyrillic letters 2 each: octet 75 is the middle of a letter, so
  // the first line ends one octet early.
  std::string cyrillic = "SUMMARY:";
  for (int i = 0; i < 100; ++i)
    cyrillic += "Ж";
  std::string out;
  append_ics_line(out, cyrillic);
  CHECK(out.substr(0, out.find("\r\n")).size() == 74);
  CHECK(fold_and_check(cyrillic) == cyrillic);
  // Shifted by one octet, the letter ends exactly at 75.
  CHECK(fold_and_check("SUMMARY:x" + cyrillic.substr(8)) == "SUMMARY:x" + cyrillic.substr(8));
  out.clear();
  append_ics_line(out, "SUMMARY:x" + cyrillic.substr(8));
  CHECK(out.substr(0, out.find("\r\n")).size() == 75);
  // Three- and four-octet sequences at every offset.
  for (int shift = 0; shift < 4; ++shift) {
    std::string mixed = "DESCRIPTION:" + std::string(static_cast<size_t>(shift), '.');
    for (int i = 0; i < 60; ++i)
      mixed += i % 3 == 0 ? "—" : (i % 3 == 1 ? "😀" : "Щ");
    CHECK(fold_and_check(mixed) == mixed);
  }
  // Text that is not UTF-8 at all still ends (cut at the limit).
  CHECK(fold_and_check("X:" + std::string(200, '\x80'), false).size() == 202);
}

TEST_CASE("ics: a calendar is CRLF throughout, with the required properties") {
  IcsCalendar c;
  c.name = "ООО «Демо» — Вектор";
  IcsEvent e;
  e.uid = ics_uid("vektor/ru-statutory/ru.vat.declaration/2026-Q1");
  e.stamp = instant("2026-04-20T06:00:00Z");
  e.created = instant("2026-04-01T10:00:00Z");
  e.last_modified = instant("2026-04-02T11:30:15Z");
  e.sequence = 2;
  e.day = day("2026-04-27");
  e.summary = "Вектор: Декларация по НДС, I квартал";
  e.description = "Срок: 27.04.2026\nПодписать";
  e.status = "CONFIRMED";
  e.categories = {"Вектор", "a,b"};
  e.alarms.push_back({instant("2026-04-22T13:30:00Z"), "Напоминание"});
  c.events.push_back(e);
  const std::string text = render_ics(c);
  const auto lines = physical_lines(text);
  const std::vector<std::string> expected = {
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//acct//acct export ics//RU",
      "CALSCALE:GREGORIAN",
      "X-WR-CALNAME:ООО «Демо» — Вектор",
      "BEGIN:VEVENT",
      "UID:vektor/ru-statutory/ru.vat.declaration/2026-Q1@acct",
      "DTSTAMP:20260420T060000Z",
      "CREATED:20260401T100000Z",
      "LAST-MODIFIED:20260402T113015Z",
      "SEQUENCE:2",
      "DTSTART;VALUE=DATE:20260427",
      "DTEND;VALUE=DATE:20260428",
      "SUMMARY:Вектор: Декларация по НДС\\, I квартал",
      "DESCRIPTION:Срок: 27.04.2026\\nПодписать",
      "STATUS:CONFIRMED",
      "TRANSP:TRANSPARENT",
      "CATEGORIES:Вектор,a\\,b",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:Напоминание",
      "TRIGGER;VALUE=DATE-TIME:20260422T133000Z",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
  };
  CHECK(lines == expected);
  // DTEND is the next day across a month and a year end.
  c.events[0].day = day("2026-12-31");
  CHECK(render_ics(c).find("DTEND;VALUE=DATE:20270101\r\n") != std::string::npos);
}

TEST_CASE("ics: the UID is the task key, stable and unique, with nothing to escape") {
  const std::string key = "vektor/ru-statutory/ru.vat.declaration/2026-Q1";
  CHECK(ics_uid(key) == "vektor/ru-statutory/ru.vat.declaration/2026-Q1@acct");
  CHECK(ics_uid(key) == ics_uid(std::string(key)));
  CHECK(ics_uid("vektor/manual/42") == "vektor/manual/42@acct");
  CHECK(ics_uid("a,b;c d%") == "a%2Cb%3Bc%20d%25@acct");
  CHECK(ics_uid("a%2Cb") != ics_uid("a,b")); // '%' is encoded too
  CHECK(ics_uid("ж") == "%D0%B6@acct");
  TaskRecord t;
  t.client = "vektor";
  t.origin = TaskOrigin::obligation;
  t.service = "ru-statutory";
  t.code = "ru.vat.declaration";
  t.period = "2026-Q1";
  t.due = day("2026-04-27");
  TaskEventContext context;
  const auto first = task_event(t, context);
  t.due = day("2026-04-28");
  t.title = "renamed";
  t.id = 99;
  CHECK(task_event(t, context).uid == first.uid); // the key, not the id, date or title
  t.instalment = 2;
  CHECK(task_event(t, context).uid == "vektor/ru-statutory/ru.vat.declaration/2026-Q1/2@acct");
}

TEST_CASE("ics: a task's event says what is due, by whom, and what the client must do") {
  TaskRecord t;
  t.id = 8;
  t.client = "vektor";
  t.origin = TaskOrigin::obligation;
  t.service = "ru-statutory";
  t.code = "ru.ndfl.6ndfl";
  t.period = "2026-Q1";
  t.title = "6-НДФЛ за I квартал 2026";
  t.due = day("2026-04-27");
  t.planned = day("2026-04-23");
  t.status = TaskStatus::accepted;
  t.client_action = "sign";
  t.due_revision = 3;
  TaskEventContext context;
  context.client_name = "Вектор";
  context.assignee_name = "Иванова Мария";
  context.assignee_contact = "+79161234567, ivanova@demo.ru";
  context.stamp = instant("2026-04-20T06:00:00Z");
  context.today = day("2026-04-20");
  const auto e = task_event(t, context);
  CHECK(e.summary == "Вектор: 6-НДФЛ за I квартал 2026");
  CHECK(e.sequence == 3);
  CHECK(e.status == "CONFIRMED");
  CHECK(e.categories == std::vector<std::string>{"Вектор"});
  CHECK(e.description == "Клиент: Вектор\n"
                         "Период: I квартал 2026\n"
                         "Срок: 27.04.2026\n"
                         "Плановая дата: 23.04.2026\n"
                         "Статус: в работе\n"
                         "Исполнитель: Иванова Мария (+79161234567, ivanova@demo.ru)\n"
                         "Нужно от клиента: подписать\n"
                         "Задача 8: acct task show 8");
  t.provisional = true;
  t.status = TaskStatus::waiting_client;
  t.waiting_for = "подписанный акт";
  context.today = day("2026-04-28");
  context.assignee_name.clear();
  const auto late = task_event(t, context);
  CHECK(late.status == "TENTATIVE");
  CHECK(late.description.find("Срок: 27.04.2026 (предварительный) — просрочено\n") !=
        std::string::npos);
  CHECK(late.description.find("Исполнитель: не назначен\n") != std::string::npos);
  CHECK(late.description.find("Ждём от клиента: подписанный акт\n") != std::string::npos);
  CHECK(late.description.find("Статус: ждём клиента\n") != std::string::npos);
  context.for_client = true; // no commands for the client, and the client's words
  const auto theirs = task_event(t, context);
  CHECK(theirs.description.ends_with("\nНомер задачи: 8"));
  CHECK(theirs.description.find("Статус: ждём от вас\n") != std::string::npos);
  // A task the assignee rejected is still the firm's work to the client, as in the digest.
  t.status = TaskStatus::rejected;
  CHECK(task_event(t, context).description.find("Статус: в работе\n") != std::string::npos);
  context.for_client = false;
  CHECK(task_event(t, context).description.find("Статус: отклонена\n") != std::string::npos);
}

namespace {

const Date k_today = day("2026-04-20");

/// Two staff members and the client vektor with two manual tasks: #1 for ivanova, due in a
/// week, reviewed by kim; #2 for kim, due in 40 days.
Store small_firm() {
  Store store = test::open_test_store();
  StaffChanges ivanova;
  ivanova.name = "Иванова Мария";
  ivanova.roles = std::vector<std::string>{"accountant"};
  ivanova.email = "ivanova@demo.ru";
  add_staff(store, test::tester(), "ivanova", ivanova, "RUB");
  StaffChanges kim;
  kim.name = "Ким Алина";
  kim.roles = std::vector<std::string>{"chief-accountant"};
  add_staff(store, test::tester(), "kim", kim, "RUB");
  ClientFields f;
  f.name = "ООО «Вектор»";
  f.short_name = "Вектор";
  f.form = "ooo";
  f.inn = "7728012340";
  add_client(store, test::tester(), "vektor", f, {}, day("2026-04-01"), ClientDefaults{});
  const ServiceSet no_services;
  NewTask a;
  a.client = "vektor";
  a.title = "Сверка с контрагентом";
  a.due = day("2026-04-27");
  a.assignee = "ivanova";
  a.reviewer = "kim";
  add_task(store, test::tester(), no_services, test::bundled_calendars(), a, k_today);
  NewTask b = a;
  b.title = "Инвентаризация";
  b.due = day("2026-05-30");
  b.assignee = "kim";
  b.reviewer.reset();
  add_task(store, test::tester(), no_services, test::bundled_calendars(), b, k_today);
  return store;
}

void add_reminder(Store& store, std::int64_t task, const char* recipient, const char* fire_at,
                  const char* state = "pending") {
  static int occurrence = 0;
  Statement q(store, "INSERT INTO reminder (task_id, rule, recipient, occurrence, fire_at, "
                     "local_at, timezone, message, state, created_at, updated_at) "
                     "VALUES (?, 'test/rule', ?, ?, ?, '', 'UTC', 'staff', ?, '', '')");
  q.bind(1, task);
  q.bind(2, recipient);
  q.bind(3, ++occurrence);
  q.bind(4, fire_at);
  q.bind(5, state);
  q.exec();
}

std::vector<std::string> alarm_times(const IcsEvent& e) {
  std::vector<std::string> out;
  for (const auto& a : e.alarms)
    out.push_back(format_ics_utc(a.at));
  return out;
}

} // namespace

TEST_CASE("ics: SEQUENCE is the task's due revision, the UID stays") {
  Store store = small_firm();
  const Clock clock{k_today, instant("2026-04-20T06:00:00Z")};
  const auto first = task_calendar(store, {}, clock, "").events.at(0);
  CHECK(first.sequence == 0);
  TaskEdit edit;
  edit.due = day("2026-04-28");
  edit_task(store, test::tester(), 1, edit, k_today);
  const auto moved = task_calendar(store, {}, clock, "").events.at(0);
  CHECK(moved.uid == first.uid);
  CHECK(moved.sequence == 1);
  CHECK(moved.day == day("2026-04-28"));
}

TEST_CASE("ics: a task calendar picks tasks and alarms by whose it is") {
  Store store = small_firm();
  const Clock clock{k_today, instant("2026-04-20T06:00:00Z")};
  add_reminder(store, 1, "staff:ivanova", "2026-04-22T06:00:00Z");
  add_reminder(store, 1, "staff:kim", "2026-04-22T06:00:00Z"); // the same moment
  add_reminder(store, 1, "person:belov-igor", "2026-04-24T13:30:00Z");
  add_reminder(store, 1, "staff:ivanova", "2026-04-19T06:00:00Z");              // past
  add_reminder(store, 1, "staff:ivanova", "2026-04-23T06:00:00Z", "sent");      // done
  add_reminder(store, 1, "staff:ivanova", "2026-04-23T07:00:00Z", "cancelled"); // not wanted
  add_reminder(store, 2, "staff:kim", "2026-05-25T06:00:00Z");

  TaskCalendarRequest all;
  auto c = task_calendar(store, all, clock, "ООО «Демо»");
  CHECK(c.name == "ООО «Демо»");
  REQUIRE(c.events.size() == 1); // #2 is due after the 30 days
  CHECK(c.events[0].summary == "Вектор: Сверка с контрагентом");
  CHECK(c.events[0].uid == "vektor/manual/1@acct");
  CHECK(c.events[0].stamp == clock.now);
  CHECK(alarm_times(c.events[0]) ==
        std::vector<std::string>{"20260422T060000Z", "20260424T133000Z"}); // one per moment
  CHECK(c.events[0].alarms[0].description ==
        "Напоминание: Вектор: Сверка с контрагентом, срок 27.04.2026");

  all.days = 60;
  c = task_calendar(store, all, clock, "");
  CHECK(c.name == "acct");
  CHECK(c.events.size() == 2);

  TaskCalendarRequest client;
  client.client = "vektor";
  client.days = 60;
  c = task_calendar(store, client, clock, "ООО «Демо»");
  CHECK(c.name == "ООО «Демо» — Вектор");
  REQUIRE(c.events.size() == 2);
  CHECK(alarm_times(c.events[0]) == std::vector<std::string>{"20260424T133000Z"});
  CHECK(c.events[1].alarms.empty());

  TaskCalendarRequest kim;
  kim.staff = "kim";
  c = task_calendar(store, kim, clock, "ООО «Демо»");
  CHECK(c.name == "ООО «Демо» — Ким Алина");
  CHECK(c.events.empty()); // #1 is not in review yet, #2 is too far
  store.exec("UPDATE task SET status = 'in-review' WHERE id = 1");
  kim.days = 60;
  c = task_calendar(store, kim, clock, "ООО «Демо»");
  REQUIRE(c.events.size() == 2);
  CHECK(c.events[0].description.find("Проверяющий: Ким Алина") != std::string::npos);
  CHECK(alarm_times(c.events[0]) == std::vector<std::string>{"20260422T060000Z"});
  CHECK(alarm_times(c.events[1]) == std::vector<std::string>{"20260525T060000Z"});

  // Overdue tasks stay in the calendar, on their date.
  const Clock later{day("2026-05-05"), instant("2026-05-05T06:00:00Z")};
  c = task_calendar(store, TaskCalendarRequest{}, later, "");
  REQUIRE(c.events.size() == 2);
  CHECK(c.events[0].day == day("2026-04-27"));
  CHECK(c.events[0].alarms.empty());
}

TEST_CASE("ics: a task calendar refuses unknown names and a bad horizon") {
  Store store = small_firm();
  const Clock clock{k_today, instant("2026-04-20T06:00:00Z")};
  TaskCalendarRequest r;
  r.client = "nosuch";
  CHECK_ERROR(task_calendar(store, r, clock, ""), ErrorKind::not_found, "nosuch");
  r.client.reset();
  r.staff = "nobody";
  CHECK_ERROR(task_calendar(store, r, clock, ""), ErrorKind::not_found, "nobody");
  r.staff.reset();
  for (int days : {0, -1, k_ics_max_days + 1}) {
    r.days = days;
    CHECK_ERROR(task_calendar(store, r, clock, ""), ErrorKind::invalid, "--days");
  }
  r.days = k_ics_max_days;
  CHECK_NOTHROW(task_calendar(store, r, clock, ""));
  r.client = "vektor";
  r.staff = "kim";
  CHECK_ERROR(task_calendar(store, r, clock, ""), ErrorKind::invalid, "either");
}
