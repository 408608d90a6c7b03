// Reminders: the policy format and its errors, the exact moments of the example policy
// on the 2026 calendar (May holidays included), and the schedule kept in sync with tasks on a
// real (in-memory) database.
#include "calendars.hpp"
#include "client/client.hpp"
#include "client/contacts.hpp"
#include "client/subscriptions.hpp"
#include "client/work_group.hpp"
#include "fixture.hpp"
#include "plan/generate.hpp"
#include "remind/delivery.hpp"
#include "remind/message.hpp"
#include "remind/reminder.hpp"
#include "staff/staff.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "template/loader.hpp"

#include <date/tz.h>
#include <fmt/format.h>

using namespace acctcore;
using acctcore::test::day;
using acctcore::test::instant;

namespace {

const ServiceSet& services() {
  return test::bundled_services();
}

const ReminderSet& bundled_reminders() {
  static const ReminderSet set = [] {
    const std::filesystem::path dirs[] = {test::source_dir() / "templates"};
    return load_reminders(dirs);
  }();
  return set;
}

/// Parses a reminders file; returns the problems' messages with line numbers.
std::vector<std::string> problems_of(const std::string& text) {
  std::vector<ReminderPolicy> policies;
  std::vector<MessageTemplate> messages;
  std::vector<Diagnostic> problems;
  parse_reminder_file("p.toml", text, policies, messages, problems);
  std::vector<std::string> out;
  for (const auto& p : problems)
    out.push_back(p.to_string());
  return out;
}

bool mentions(const std::vector<std::string>& lines, std::string_view part) {
  for (const auto& line : lines)
    if (line.find(part) != std::string::npos)
      return true;
  return false;
}

struct Moment {
  std::string rule, recipient;
  int occurrence;
  std::string utc, local, moved;
};

/// The schedule of the named bundled policy for one task, recipients in `zone`.
std::vector<Moment> schedule(const ReminderPolicy& policy, Date due, std::optional<Date> planned,
                             ClientAction action, const char* zone = "Europe/Moscow",
                             WorkingHours hours = {}) {
  WorkDays calendar(test::ru_calendar(), Coverage::strict);
  std::vector<ScheduledReminder> out;
  const auto resolve = [&](const Recipient& to, Date) {
    return std::vector<ReminderTarget>{{to.to_string(), zone, date::locate_zone(zone)}};
  };
  schedule_task(policy, {due, planned, action}, calendar, hours, resolve, out);
  std::vector<Moment> moments;
  for (const auto& r : out)
    moments.push_back({r.rule, r.recipient, r.occurrence, format_timestamp_utc(r.at),
                       format_local_moment(r.local), r.local.moved});
  return moments;
}

std::string describe(const std::vector<Moment>& moments) {
  std::string text;
  for (const auto& m : moments)
    text += fmt::format("{} {} #{} {} ({}) {}\n", m.rule, m.recipient, m.occurrence, m.local, m.utc,
                        m.moved);
  return text;
}

ReminderPolicy one_rule_policy(const std::string& rule_toml) {
  std::vector<ReminderPolicy> policies;
  std::vector<MessageTemplate> messages;
  std::vector<Diagnostic> problems;
  parse_reminder_file("p.toml", "[[policy]]\nname = \"p\"\n[[policy.rule]]\n" + rule_toml, policies,
                      messages, problems);
  REQUIRE(problems.empty());
  REQUIRE(policies.size() == 1);
  return policies.front();
}

} // namespace

TEST_CASE("remind: the bundled policies and messages load") {
  const auto& set = bundled_reminders();
  REQUIRE(set.policy("default") != nullptr);
  REQUIRE(set.policy("strict") != nullptr);
  for (const char* name : {"staff", "overdue", "client"})
    CHECK(set.message(name) != nullptr);
  CHECK(set.policy("default")->rules.size() == 5);
  CHECK(check_policy_references(set, services().all(), "default").empty());
  CHECK(check_policy_references(set, services().all(), "nosuch").size() == 1);
}

TEST_CASE("remind: bad policies are reported at their line") {
  const std::string head = "[[policy]]\nname = \"p\"\n[[policy.rule]]\nid = \"a\"\n";
  CHECK(mentions(problems_of(head + "to = \"boss\"\nworking_days = -1\ntime = \"09:00\"\n"),
                 "p.toml:5:6: unknown recipient 'boss'"));
  CHECK(
      mentions(problems_of(head + "to = \"client:directr\"\nworking_days = -1\ntime = \"09:00\"\n"),
               "did you mean 'client:director'"));
  CHECK(mentions(problems_of(head + "to = \"assignee\"\nworking_days = -1\ntime = \"9:00\"\n"),
                 "p.toml:7:8: time of day '9:00' does not parse"));
  CHECK(mentions(problems_of(head + "to = \"assignee\"\nworking_days = -1\ntime = \"24:00\"\n"),
                 "does not parse"));
  CHECK(mentions(problems_of(head + "to = \"assignee\"\ntime = \"09:00\"\n"),
                 "needs 'working_days' or 'calendar_days'"));
  CHECK(mentions(problems_of(head + "to = \"assignee\"\nworking_days = -1\ncalendar_days = 1\n"
                                    "time = \"09:00\"\n"),
                 "gives both"));
  CHECK(mentions(problems_of(head + "to = \"assignee\"\nworking_days = -1\ntime = \"09:00\"\n"
                                    "repeat = { times = 2 }\n"),
                 "only reminders after the date repeat"));
  CHECK(mentions(problems_of(head + "to = \"assignee\"\nworking_days = 1\ntime = \"09:00\"\n"
                                    "client_action = \"sing\"\n"),
                 "unknown client action 'sing'"));
  CHECK(mentions(problems_of(head + "to = \"assignee\"\nworking_days = 1\ntime = \"09:00\"\n" +
                             "[[policy.rule]]\nid = \"a\"\nto = \"reviewer\"\nworking_days = 1\n"
                             "time = \"09:00\"\n"),
                 "rule 'a' is already defined"));
  CHECK(mentions(problems_of("[[policy]]\nname = \"none\"\n"), "not 'none'"));
  CHECK(mentions(problems_of("[message.x]\nsubject = \"{titel}\"\nbody = \"\"\n"),
                 "unknown placeholder '{titel}'"));
  CHECK(mentions(problems_of("[message.x]\nsubject = \"x\"\n"), "has no 'body'"));
  CHECK(mentions(problems_of("[[policy]]\nname = \"p\"\ncolour = 1\n"), "unknown key 'colour'"));
  CHECK(problems_of(head + "to = \"client:director\"\nworking_days = 0\ntime = \"16:30\"\n"
                           "client_action = [\"sign\"]\n")
            .empty());
}

TEST_CASE("remind: a policy naming an undefined message is refused when loading") {
  const test::TempDir temp;
  const auto& dir = temp.path();
  std::filesystem::create_directories(dir / "reminders");
  test::write_file(dir / "reminders" / "a.toml",
                   "[[policy]]\nname = \"p\"\n[[policy.rule]]\nid = \"a\"\nto = \"assignee\"\n"
                   "working_days = -1\ntime = \"09:00\"\nmessage = \"zz\"\n");
  const std::filesystem::path dirs[] = {dir};
  try {
    load_reminders(dirs);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("uses message 'zz', which is not defined") !=
          std::string::npos);
  }
}

TEST_CASE("remind: the issue's example policy on a 2026 task due right after the May holidays") {
  // 2026: 1-3 May and 9-11 May are days off; 8 May is a short working day. A declaration the
  // director signs, due Tuesday 12 May, planned two working days earlier (Thursday 7 May).
  const auto moments = schedule(*bundled_reminders().policy("default"), day("2026-05-12"),
                                day("2026-05-07"), ClientAction::sign);
  INFO(describe(moments));
  REQUIRE(moments.size() == 5);
  // Assignee: 5 and 2 working days before the planned date, 09:00 Moscow (06:00 UTC).
  CHECK(moments[0].rule == "default/assignee-5");
  CHECK(moments[0].local == "2026-04-29 09:00");
  CHECK(moments[0].utc == "2026-04-29T06:00:00Z");
  CHECK(moments[1].rule == "default/assignee-2");
  CHECK(moments[1].local == "2026-05-05 09:00");
  CHECK(moments[1].utc == "2026-05-05T06:00:00Z");
  // The director: 3 working days before the due date and on the day, 16:30.
  CHECK(moments[2].rule == "default/director-3");
  CHECK(moments[2].recipient == "client:director");
  CHECK(moments[2].local == "2026-05-06 16:30");
  CHECK(moments[2].utc == "2026-05-06T13:30:00Z");
  CHECK(moments[3].rule == "default/director-0");
  CHECK(moments[3].local == "2026-05-12 16:30");
  CHECK(moments[3].utc == "2026-05-12T13:30:00Z");
  // The manager, 1 working day after the deadline.
  CHECK(moments[4].rule == "default/manager-overdue");
  CHECK(moments[4].recipient == "manager");
  CHECK(moments[4].local == "2026-05-13 09:00");
  CHECK(moments[4].utc == "2026-05-13T06:00:00Z");
  for (const auto& m : moments)
    CHECK(m.moved.empty());
}

TEST_CASE("remind: the director is reminded only when the client must act") {
  const auto moments = schedule(*bundled_reminders().policy("default"), day("2026-05-12"),
                                day("2026-05-07"), ClientAction::none);
  CHECK(moments.size() == 3);
  for (const auto& m : moments)
    CHECK(m.recipient != "client:director");
}

TEST_CASE("remind: times are the recipient's local time, stored in UTC") {
  const auto moments = schedule(*bundled_reminders().policy("default"), day("2026-05-12"),
                                day("2026-05-07"), ClientAction::none, "Asia/Yekaterinburg");
  REQUIRE(!moments.empty());
  CHECK(moments[0].local == "2026-04-29 09:00");
  CHECK(moments[0].utc == "2026-04-29T04:00:00Z"); // UTC+5
}

TEST_CASE("remind: a day off or a night moves the reminder earlier, never later") {
  // 1 calendar day before Monday 4 May is Sunday 3 May (off, like 1-2 May): Thursday 30 April.
  auto p = one_rule_policy("id = \"a\"\nto = \"assignee\"\ncalendar_days = -1\ntime = \"10:00\"\n");
  auto m = schedule(p, day("2026-05-04"), std::nullopt, ClientAction::none);
  REQUIRE(m.size() == 1);
  CHECK(m[0].local == "2026-04-30 10:00");
  CHECK(m[0].moved == "day-off");
  // After working hours: back to their end on the same day.
  p = one_rule_policy("id = \"a\"\nto = \"assignee\"\nworking_days = 0\ntime = \"22:30\"\n");
  m = schedule(p, day("2026-05-12"), std::nullopt, ClientAction::none);
  CHECK(m[0].local == "2026-05-12 18:00");
  CHECK(m[0].moved == "night");
  // Before them: the end of the previous day, here over the May holidays to Friday 8 May.
  p = one_rule_policy("id = \"a\"\nto = \"assignee\"\nworking_days = 0\ntime = \"06:00\"\n");
  m = schedule(p, day("2026-05-12"), std::nullopt, ClientAction::none);
  CHECK(m[0].local == "2026-05-08 18:00");
  CHECK(m[0].moved == "night,day-off");
  // Working hours come from the config.
  m = schedule(p, day("2026-05-12"), std::nullopt, ClientAction::none, "Europe/Moscow",
               WorkingHours{5 * 60, 20 * 60});
  CHECK(m[0].local == "2026-05-12 06:00");
  CHECK(m[0].moved.empty());
}

TEST_CASE("remind: an overdue task is reminded again, then escalated") {
  const auto moments = schedule(*bundled_reminders().policy("strict"), day("2026-05-12"),
                                day("2026-05-07"), ClientAction::none);
  INFO(describe(moments));
  std::vector<Moment> overdue;
  for (const auto& m : moments)
    if (m.rule == "strict/assignee-overdue")
      overdue.push_back(m);
  REQUIRE(overdue.size() == 4);
  CHECK(overdue[0].local == "2026-05-13 09:00");
  CHECK(overdue[1].local == "2026-05-15 09:00");
  CHECK(overdue[2].local == "2026-05-19 09:00");
  CHECK(overdue[3].recipient == "manager");
  CHECK(overdue[3].occurrence == 4);
  CHECK(overdue[3].local == "2026-05-21 09:00");
}

TEST_CASE("remind: messages in Russian from the task") {
  MessageFields f;
  f.title = "Декларация по УСН за 2025 год";
  f.due = day("2026-04-27");
  f.action = ClientAction::sign;
  f.client_name = "ООО «Ромашка»";
  CHECK(render_message("Напоминание: до {due} нужно {action}: {title_lower}", f) ==
        "Напоминание: до 27.04.2026 нужно подписать: декларация по УСН за 2025 год");
  f.provisional = true;
  CHECK(render_message("{due}{provisional}", f) == "27.04.2026 (срок предварительный)");
}

namespace {

const Date k_today = day("2026-04-20");

Store firm() {
  return test::vektor_firm();
}

SyncResult sync(Store& store, const char* now = "2026-04-20T06:00:00Z", bool check = true) {
  ReminderInputs in;
  in.reminders = []() -> const ReminderSet& { return bundled_reminders(); };
  in.services = []() -> const ServiceSet& { return services(); };
  in.calendars = []() -> const CalendarSet& { return test::bundled_calendars(); };
  in.firm_zone = "Europe/Moscow";
  in.clock = {k_today, instant(now)};
  in.check_policies = check;
  return sync_reminders(store, in);
}

int count(const Store& store, const std::string& where) {
  Statement q(store, "SELECT count(*) FROM reminder WHERE " + where);
  q.step();
  return q.column(0).as_int();
}

std::int64_t task_with(const Store& store, const std::string& where) {
  Statement q(store, "SELECT id FROM task WHERE " + where + " ORDER BY due, id");
  REQUIRE(q.step());
  return q.column(0).as_int64();
}

} // namespace

TEST_CASE("remind: the schedule is materialised once and kept in sync with its tasks") {
  Store store = firm();
  const auto first = sync(store);
  CHECK(first.created > 0);
  CHECK(count(store, "state = 'pending'") == first.created);
  // Nothing is scheduled for tasks due beyond the horizon (today + 45 days).
  CHECK(count(store, "task_id IN (SELECT id FROM task WHERE due > '2026-06-04')") == 0);
  // Nothing in the past: today's 06:00 UTC is the earliest moment.
  CHECK(count(store, "fire_at < '2026-04-20T06:00:00Z'") == 0);

  SUBCASE("re-running creates no duplicates") {
    const auto again = sync(store);
    CHECK(again.created == 0);
    CHECK(again.moved == 0);
    // Forcing every task through the queue changes nothing either.
    store.exec("INSERT INTO reminder_stale SELECT id FROM task");
    const auto forced = sync(store);
    CHECK(forced.created == 0);
    CHECK(forced.moved == 0);
    CHECK(forced.cancelled == 0);
  }
  SUBCASE("a task done or cancelled loses its pending reminders; reopened, gets them back") {
    const auto id = task_with(store, "code = 'ru.ndfl.payment-5'");
    const int before = count(store, fmt::format("task_id = {} AND state = 'pending'", id));
    REQUIRE(before > 0);
    store.exec(fmt::format("UPDATE task SET status = 'done' WHERE id = {}", id));
    const auto done = sync(store, "2026-04-20T06:00:00Z", false);
    CHECK(done.cancelled == before);
    CHECK(count(store, fmt::format("task_id = {} AND state = 'pending'", id)) == 0);
    store.exec(fmt::format("UPDATE task SET status = 'accepted' WHERE id = {}", id));
    const auto reopened = sync(store);
    CHECK(reopened.revived == before);
    CHECK(count(store, fmt::format("task_id = {} AND state = 'pending'", id)) == before);
  }
  SUBCASE("a status change that keeps the task open queues nothing") {
    const auto id = task_with(store, "code = 'ru.ndfl.payment-5'");
    store.exec(fmt::format("UPDATE task SET status = 'accepted' WHERE id = {}", id));
    CHECK(!reminders_need_sync(store, k_today, 45));
  }
  SUBCASE("a moved due date moves the pending reminders, keeping their keys") {
    const auto id = task_with(store, "code = 'ru.ndfl.payment-5'");
    const int before = count(store, fmt::format("task_id = {}", id));
    store.exec(fmt::format(
        "UPDATE task SET due = '2026-04-30', planned = '2026-04-28' WHERE id = {}", id));
    const auto moved = sync(store);
    CHECK(moved.moved > 0);
    CHECK(moved.created == 0);
    CHECK(count(store, fmt::format("task_id = {}", id)) == before);
    CHECK(count(store, fmt::format("task_id = {} AND rule = 'default/manager-overdue' AND "
                                   "fire_at = '2026-05-04T06:00:00Z'",
                                   id)) == 1);
  }
  SUBCASE("a sent reminder whose date moves later is sent again") {
    const auto id = task_with(store, "code = 'ru.ndfl.payment-5'");
    store.exec(fmt::format("UPDATE reminder SET state = 'sent' WHERE task_id = {} AND "
                           "rule = 'default/assignee-2'",
                           id));
    store.exec(fmt::format(
        "UPDATE task SET due = '2026-05-12', planned = '2026-05-07' WHERE id = {}", id));
    const auto moved = sync(store);
    CHECK(moved.revived == 1);
    CHECK(count(store, fmt::format("task_id = {} AND rule = 'default/assignee-2' AND "
                                   "state = 'pending' AND fire_at = '2026-05-05T06:00:00Z'",
                                   id)) == 1);
  }
  SUBCASE("removing the client's director cancels the director's reminders") {
    const int director = count(store, "recipient LIKE 'person:%' AND state = 'pending'");
    REQUIRE(director > 0);
    remove_contact(store, test::tester(), "vektor", "belov-igor");
    const auto r = sync(store);
    CHECK(r.cancelled == director);
  }
  SUBCASE("archiving the client cancels its reminders; restoring it brings them back") {
    const int pending = count(store, "state = 'pending'");
    REQUIRE(pending > 0);
    archive_client(store, test::tester(), "vektor");
    CHECK(sync(store, "2026-04-20T06:00:00Z", false).cancelled == pending);
    restore_client(store, test::tester(), "vektor");
    CHECK(sync(store, "2026-04-20T06:00:00Z", false).revived == pending);
  }
  SUBCASE("the horizon rolls forward as days pass") {
    const int before = count(store, "1 = 1");
    ReminderInputs in;
    in.reminders = []() -> const ReminderSet& { return bundled_reminders(); };
    in.services = []() -> const ServiceSet& { return services(); };
    in.calendars = []() -> const CalendarSet& { return test::bundled_calendars(); };
    in.firm_zone = "Europe/Moscow";
    in.clock = {day("2026-05-20"), instant("2026-05-20T06:00:00Z")};
    CHECK(reminders_need_sync(store, in.clock.today, 45));
    const auto later = sync_reminders(store, in);
    CHECK(later.created > 0);
    CHECK(count(store, "1 = 1") == before + later.created);
  }
  SUBCASE("a shorter horizon drops far tasks' reminders, and they come back as days pass") {
    ReminderInputs in;
    in.reminders = []() -> const ReminderSet& { return bundled_reminders(); };
    in.services = []() -> const ServiceSet& { return services(); };
    in.calendars = []() -> const CalendarSet& { return test::bundled_calendars(); };
    in.firm_zone = "Europe/Moscow";
    in.settings.horizon_days = 10;
    in.clock = {day("2026-04-20"), instant("2026-04-20T06:00:00Z")};
    sync_reminders(store, in);
    const auto far = "state = 'pending' AND task_id IN (SELECT id FROM task WHERE due > "
                     "'2026-04-30')";
    CHECK(count(store, far) == 0);
    in.clock = {day("2026-04-27"), instant("2026-04-27T06:00:00Z")};
    in.check_policies = false; // what a write command does
    REQUIRE(reminders_need_sync(store, in.clock.today, 10));
    CHECK(sync_reminders(store, in).revived > 0); // cancelled when the horizon shrank
    CHECK(count(store, "state = 'pending' AND task_id IN (SELECT id FROM task WHERE due > "
                       "'2026-04-30' AND due <= '2026-05-07')") > 0);
  }
}

TEST_CASE("remind: claims are exclusive, failures back off, then give up") {
  Store store = firm();
  sync(store);
  const auto now = instant("2026-04-23T12:00:00Z");
  const auto lease = now + std::chrono::minutes{1};
  const auto a = claim_reminders(store, now, "host:1", lease, 2, {});
  REQUIRE(a.size() == 2);
  const auto b = claim_reminders(store, now, "host:2", lease, 0, {});
  for (auto id : a)
    CHECK(std::find(b.begin(), b.end(), id) == b.end());
  // A claimant that is gone leaves its claims to the next run.
  const auto c = claim_reminders(store, now, "host:3", lease, 0,
                                 [](std::string_view owner) { return owner == "host:1"; });
  CHECK(c.size() == 2);
  AttemptOutcome fail;
  fail.error = "exit status 1";
  fail.exit_code = 1;
  CHECK(finish_reminder(store, c[0], "host:1", now, fail, 3) == FinishResult::lost);
  CHECK(finish_reminder(store, c[0], "host:3", now, fail, 3) == FinishResult::retry);
  CHECK(count(store, fmt::format("id = {} AND state = 'pending' AND attempts = 1 AND "
                                 "retry_at = '2026-04-23T12:05:00Z'",
                                 c[0])) == 1);
  AttemptOutcome ok;
  ok.ok = true;
  CHECK(finish_reminder(store, c[1], "host:3", now, ok, 3) == FinishResult::sent);
  CHECK(count(store, fmt::format("id = {} AND state = 'sent'", c[1])) == 1);
  // Not claimable before its retry time.
  const auto none = claim_reminders(store, now + std::chrono::minutes{4}, "host:4", lease, 0, {});
  CHECK(std::find(none.begin(), none.end(), c[0]) == none.end());
  const auto later = now + std::chrono::hours{1};
  for (int attempt = 2; attempt <= 3; ++attempt) {
    const auto ids = claim_reminders(store, later + std::chrono::hours{attempt}, "host:5",
                                     later + std::chrono::hours{9}, 0, {});
    REQUIRE(std::find(ids.begin(), ids.end(), c[0]) != ids.end());
    const auto result = finish_reminder(store, c[0], "host:5", later, fail, 3);
    CHECK(result == (attempt == 3 ? FinishResult::failed : FinishResult::retry));
    release_reminders(store, ids, "host:5", later);
  }
  CHECK(count(store, fmt::format("id = {} AND state = 'failed' AND attempts = 3", c[0])) == 1);
  CHECK(retry_backoff(1) == std::chrono::minutes{5});
  CHECK(retry_backoff(2) == std::chrono::minutes{10});
  CHECK(retry_backoff(20) == std::chrono::hours{6});
}

TEST_CASE("remind: deliveries carry the recipient's addresses and the rendered message") {
  Store store = firm();
  sync(store);
  const auto rows = list_reminders(store, {});
  std::vector<std::int64_t> ids;
  for (const auto& r : rows)
    if (r.recipient.starts_with("person:"))
      ids.push_back(r.id);
  REQUIRE(!ids.empty());
  FirmConfig firm_config;
  firm_config.name = "ООО «Демо»";
  const auto d = load_deliveries(store, {ids.front()}, bundled_reminders(), firm_config);
  REQUIRE(d.size() == 1);
  CHECK(d[0].recipient_name == "Белов Игорь");
  CHECK(d[0].email == "belov@example.ru");
  CHECK(d[0].channel == "email");
  CHECK(d[0].subject.starts_with("Напоминание: до "));
  CHECK(d[0].body.find("Белов Игорь, добрый день!") != std::string::npos);
  CHECK(d[0].body.find("Иванова Мария, ivanova@example.ru") != std::string::npos);
  CHECK(d[0].row.delivery_key().starts_with(fmt::format("acct-reminder-{}-", d[0].row.task_id)));
}

TEST_CASE("remind: a delivery line has the list's fields in their order, then the delivery's") {
  Store store = firm();
  sync(store);
  const auto rows = list_reminders(store, {});
  REQUIRE(!rows.empty());
  FirmConfig firm_config;
  const auto d = load_deliveries(store, {rows.front().id}, bundled_reminders(), firm_config);
  REQUIRE(d.size() == 1);
  std::string line;
  append_delivery_json(line, d[0]);
  REQUIRE(line.ends_with("}\n"));
  CHECK(line.find('\n') == line.size() - 1);
  const Json parsed = Json::parse(line);
  Json expected = reminder_to_json(d[0].row);
  expected["channel"] = d[0].channel;
  expected["task_key"] = d[0].task_key;
  expected["attempt"] = d[0].attempt;
  expected["to"] = Json{{"name", d[0].recipient_name},
                        {"email", d[0].email},
                        {"telegram", d[0].telegram},
                        {"phone", d[0].phone}};
  expected["subject"] = d[0].subject;
  expected["body"] = d[0].body;
  CHECK(parsed.dump() == expected.dump()); // same keys, same order, same values
}

// -- delivery: the loop of `remind run` with a fake sender ------------------------------------

namespace {

/// A run whose clock the test moves: `at` is now.
struct FakeRun {
  Timestamp at = instant("2026-04-23T12:00:00Z");
  DeliveryRun run;

  explicit FakeRun(std::string claimant, int max_attempts = 3) {
    run.claimant = std::move(claimant);
    run.now = [this] { return at; };
    run.abandoned = [](std::string_view) { return false; };
    run.timeout_seconds = 30;
    run.max_attempts = max_attempts;
  }
};

std::vector<ReminderRow> reminders_in(const Store& store, ReminderState state) {
  ReminderFilter filter;
  filter.states = {state};
  return list_reminders(store, filter);
}

std::vector<std::int64_t> due_ids(const Store& store, Timestamp at) {
  ReminderFilter filter;
  filter.due_at = at;
  std::vector<std::int64_t> ids;
  for (const auto& r : list_reminders(store, filter))
    ids.push_back(r.id);
  return ids;
}

AttemptOutcome sent_ok() {
  AttemptOutcome ok;
  ok.ok = true;
  return ok;
}

/// The firm the delivery readers name (a reader keeps a reference: never a temporary).
const FirmConfig k_firm{};

AttemptOutcome exit_1() {
  AttemptOutcome fail;
  fail.exit_code = 1;
  fail.error = "exit status 1";
  return fail;
}

} // namespace

TEST_CASE("remind delivery: a run sends each due reminder once, and counts") {
  Store store = firm();
  sync(store);
  FakeRun a("host:1");
  const auto due = due_ids(store, a.at);
  REQUIRE(due.size() >= 2);
  const DeliveryReader reader(store, bundled_reminders(), k_firm);
  std::vector<std::int64_t> sent;
  std::vector<std::string> lines;
  const auto counts =
      deliver_reminders(store, reader, a.run, [&](const Delivery& d, const std::string& line) {
        sent.push_back(d.row.id);
        lines.push_back(line);
        CHECK(d.attempt == 1);
        return sent_ok();
      });
  CHECK(counts.sent == static_cast<int>(due.size()));
  CHECK(counts.retry + counts.failed + counts.lost == 0);
  std::sort(sent.begin(), sent.end());
  auto expected = due;
  std::sort(expected.begin(), expected.end());
  CHECK(sent == expected);
  for (const auto& line : lines) // what a hook reads: one JSON line
    CHECK(Json::parse(line).contains("subject"));
  CHECK(reminders_in(store, ReminderState::sent).size() == due.size());
  // Nothing is due any more: a second run sends nothing.
  const auto again = deliver_reminders(store, reader, a.run, [&](const Delivery&, const auto&) {
    FAIL("sent twice");
    return sent_ok();
  });
  CHECK(again.sent + again.retry + again.failed + again.lost == 0);
}

TEST_CASE("remind delivery: --limit sends at most that many, and progress counts them") {
  Store store = firm();
  sync(store);
  FakeRun a("host:1");
  a.run.limit = 1;
  const DeliveryReader reader(store, bundled_reminders(), k_firm);
  std::vector<std::int64_t> reported;
  Progress progress([&](const ProgressState& s) { reported.push_back(s.done); }, 1);
  const auto counts = deliver_reminders(
      store, reader, a.run, [](const Delivery&, const std::string&) { return sent_ok(); }, {},
      &progress);
  CHECK(counts.sent == 1);
  CHECK(reminders_in(store, ReminderState::sent).size() == 1);
  CHECK(reported == std::vector<std::int64_t>{0, 1});
}

TEST_CASE("remind delivery: a failed send is retried after a backoff, then given up") {
  Store store = firm();
  sync(store);
  FakeRun a("host:1", 2);
  const auto due = due_ids(store, a.at);
  const DeliveryReader reader(store, bundled_reminders(), k_firm);
  std::vector<FinishResult> notices;
  const auto notice = [&](const Delivery&, const AttemptOutcome& outcome, FinishResult result) {
    CHECK(outcome.error == "exit status 1");
    notices.push_back(result);
  };
  std::vector<int> attempts;
  const auto failing = [&](const Delivery& d, const std::string&) {
    attempts.push_back(d.attempt);
    return exit_1();
  };
  const auto first = deliver_reminders(store, reader, a.run, failing, notice);
  CHECK(first.retry == static_cast<int>(due.size()));
  CHECK(first.sent + first.failed + first.lost == 0);
  CHECK(notices == std::vector<FinishResult>(due.size(), FinishResult::retry));
  // Pending again, with the first backoff: five minutes from the attempt.
  for (const auto& r : reminders_in(store, ReminderState::pending))
    if (std::find(due.begin(), due.end(), r.id) != due.end()) {
      CHECK(r.attempts == 1);
      REQUIRE(r.retry_at);
      CHECK(*r.retry_at == a.at + retry_backoff(1));
      CHECK(r.last_error == "exit status 1");
    }
  // Before the backoff is over, a run finds nothing to send.
  a.at += std::chrono::minutes{4};
  const auto early = deliver_reminders(store, reader, a.run, failing, notice);
  CHECK(early.retry + early.sent + early.failed + early.lost == 0);
  // After it, the second attempt is the last one allowed.
  a.at += std::chrono::minutes{2};
  notices.clear();
  const auto second = deliver_reminders(store, reader, a.run, failing, notice);
  CHECK(second.failed == static_cast<int>(due.size()));
  CHECK(notices == std::vector<FinishResult>(due.size(), FinishResult::failed));
  CHECK(std::count(attempts.begin(), attempts.end(), 2) == static_cast<long>(due.size()));
  const auto failed = reminders_in(store, ReminderState::failed);
  CHECK(failed.size() == due.size());
  for (const auto& r : failed)
    CHECK(r.attempts == 2);
}

TEST_CASE("remind delivery: a claim whose lease ended is taken over and the late finish is lost") {
  Store store = firm();
  sync(store);
  FakeRun a("host:1");
  FakeRun b("host:2");
  const auto due = due_ids(store, a.at);
  const DeliveryReader reader(store, bundled_reminders(), k_firm);
  DeliveryCounts by_b;
  bool hung = false;
  // Run A's first send hangs past its lease (timeout + a minute); meanwhile run B starts, takes
  // A's claim over and sends everything. A's late success is then not A's to record.
  const auto counts_a =
      deliver_reminders(store, reader, a.run, [&](const Delivery&, const std::string&) {
        if (!hung) {
          hung = true;
          b.at = a.at + std::chrono::seconds{a.run.timeout_seconds + 61};
          by_b = deliver_reminders(store, reader, b.run,
                                   [](const Delivery&, const std::string&) { return sent_ok(); });
          a.at = b.at;
        }
        return sent_ok();
      });
  CHECK(by_b.sent == static_cast<int>(due.size()));
  CHECK(counts_a.lost == 1);
  CHECK(counts_a.sent == 0);
  CHECK(reminders_in(store, ReminderState::sent).size() == due.size());
  // Before the lease ends, the claim stays A's: B finds nothing of A's to take.
  Store other = firm();
  sync(other);
  FakeRun c("host:3");
  FakeRun d("host:4");
  const DeliveryReader other_reader(other, bundled_reminders(), k_firm);
  c.run.limit = 1;
  DeliveryCounts by_d;
  deliver_reminders(other, other_reader, c.run, [&](const Delivery& first, const std::string&) {
    d.at = c.at + std::chrono::seconds{c.run.timeout_seconds};
    by_d = deliver_reminders(other, other_reader, d.run,
                             [&](const Delivery& next, const std::string&) {
                               CHECK(next.row.id != first.row.id);
                               return sent_ok();
                             });
    return sent_ok();
  });
  CHECK(by_d.sent == static_cast<int>(due.size()) - 1);
}

TEST_CASE("remind delivery: lines without a hook are marked sent only once written") {
  Store store = firm();
  sync(store);
  FakeRun a("host:1");
  const auto due = due_ids(store, a.at);
  const DeliveryReader reader(store, bundled_reminders(), k_firm);
  std::string written;
  const auto write = [&](std::string_view text) { written += text; };
  // stdout failed (a closed pipe): nothing is marked, nothing counts as an attempt.
  CHECK_THROWS_AS(deliver_as_lines(store, reader, a.run, write, [] { return false; }), Error);
  CHECK(reminders_in(store, ReminderState::sent).empty());
  for (const auto& r : reminders_in(store, ReminderState::pending))
    CHECK(r.attempts == 0);
  written.clear();
  CHECK(deliver_as_lines(store, reader, a.run, write, [] { return true; }) ==
        static_cast<int>(due.size()));
  CHECK(std::count(written.begin(), written.end(), '\n') == static_cast<long>(due.size()));
  CHECK(reminders_in(store, ReminderState::sent).size() == due.size());
}
