// Digests: what each section holds on a small firm, the Russian wording people read, and the
// renderers' escaping. The words themselves: words_test.cpp.

#include "calendars.hpp"
#include "digest/digest.hpp"
#include "digest/render.hpp"
#include "fixture.hpp"
#include "task/task.hpp"
#include "task/workflow.hpp"

#include <fmt/format.h>

using namespace acctcore;
using acctcore::test::day;

namespace {

FirmConfig branded() {
  FirmConfig firm;
  firm.name = "ООО «Демо»";
  firm.phone = "+74951000000";
  firm.email = "office@demo.ru";
  firm.accent_color = "#0a7d55";
  return firm;
}

bool contains(const std::vector<DigestTask>& tasks, std::int64_t id) {
  return std::any_of(tasks.begin(), tasks.end(), [&](const DigestTask& t) { return t.id == id; });
}

} // namespace

TEST_CASE("digest: the window is 1 to 366 days") {
  CHECK_NOTHROW(require_digest_days(1));
  CHECK_NOTHROW(require_digest_days(366));
  for (int bad : {0, -5, 367, 100000})
    CHECK_THROWS_AS(require_digest_days(bad), Error);
}

TEST_CASE("digest: format names") {
  CHECK(parse_digest_format("md") == DigestFormat::md);
  CHECK(!parse_digest_format("pdf"));
}

TEST_CASE("digest: a client's sections hold the right tasks") {
  Store store = test::vektor_firm();
  const Date today = test::k_fixture_today;
  const auto d = client_digest(store, branded(), "vektor", today, 15);
  CHECK(d.header.until == day("2026-05-05"));
  CHECK(d.client_name == "ООО «Вектор»");
  REQUIRE(!d.upcoming.empty());
  for (const auto& t : d.upcoming) {
    CHECK(t.due >= today);
    CHECK(t.due <= d.header.until);
    CHECK(t.days_overdue == 0);
  }
  for (const auto& t : d.overdue) {
    CHECK(t.due < today);
    CHECK(t.days_overdue == (today - t.due).count());
  }
  // What the client must do: every task with a client action, by the date they must act.
  REQUIRE(!d.from_client.empty());
  for (size_t i = 0; i < d.from_client.size(); ++i) {
    CHECK(d.from_client[i].action != ClientAction::none);
    if (i > 0)
      CHECK(d.from_client[i - 1].client_deadline() <= d.from_client[i].client_deadline());
  }
  // ivanova holds every role: one person in the team, all roles named.
  REQUIRE(d.team.size() == 1);
  CHECK(d.team[0].name == "Иванова Мария");
  CHECK(d.team[0].role_title.starts_with("Менеджер, главный бухгалтер"));
  CHECK(d.completed.empty());
  CHECK_THROWS_AS(client_digest(store, branded(), "nosuch", today, 15), Error);

  // A task waited for is needed from the client even without an action; one done within the
  // window is reported, one done before it is not.
  const auto plain = std::find_if(d.upcoming.begin(), d.upcoming.end(), [](const DigestTask& t) {
    return t.action == ClientAction::none;
  });
  REQUIRE(plain != d.upcoming.end());
  REQUIRE(d.upcoming.size() >= 3);
  const auto waited = plain->id;
  const auto done = d.upcoming.back().id;
  const auto old = d.upcoming[d.upcoming.size() - 2].id;
  store.exec(fmt::format("UPDATE task SET status = 'waiting-client', waiting_for = "
                         "'выписка' WHERE id = {}",
                         waited));
  store.exec(
      fmt::format("UPDATE task SET status = 'done', done_at = '2026-04-18' WHERE id = {}", done));
  store.exec(
      fmt::format("UPDATE task SET status = 'done', done_at = '2026-03-01' WHERE id = {}", old));
  const auto after = client_digest(store, branded(), "vektor", today, 15);
  CHECK(contains(after.from_client, waited));
  CHECK(contains(after.completed, done));
  CHECK(!contains(after.completed, old));
  CHECK(!contains(after.upcoming, done));
  const std::string text = render_text(client_document(after));
  CHECK(text.find("ждём: выписка") != std::string::npos);
  CHECK(text.find("Сделано за 15 дней\n  18.04.2026, сб  ") != std::string::npos);
}

TEST_CASE("digest: a person's agenda puts the longest overdue first and lists reviews") {
  Store store = test::vektor_firm();
  const Date today = test::k_fixture_today;
  const auto d = staff_digest(store, branded(), "ivanova", today, 7);
  for (size_t i = 1; i < d.overdue.size(); ++i)
    CHECK(d.overdue[i - 1].days_overdue >= d.overdue[i].days_overdue);
  int minutes = 0;
  for (const auto* list : {&d.overdue, &d.upcoming})
    for (const auto& t : *list)
      minutes += t.estimate_minutes;
  CHECK(d.estimate_minutes == minutes);
  CHECK(d.to_review.empty());
  CHECK_THROWS_AS(staff_digest(store, branded(), "nobody", today, 7), Error);
}

TEST_CASE("digest: the firm's load counts each estimate once, in its week") {
  Store store = test::vektor_firm();
  const Date today = test::k_fixture_today;
  FirmDigestOptions options;
  options.days = 14;
  options.calendar_days = 300;
  const auto d = firm_digest(store, branded(), test::bundled_calendars(), today, options);
  int planned = 0;
  for (const auto& l : d.load) {
    CHECK(iso_weekday(l.week) == 1);
    CHECK(l.handle == "ivanova");
    planned += l.minutes;
  }
  TaskFilter open;
  open.to = d.header.until;
  int expected = 0;
  for (const auto& t : list_tasks(store, open, today))
    expected += t.estimate_minutes;
  CHECK(planned == expected);
  CHECK(d.load.size() == 3); // the weeks of 20.04, 27.04 and 04.05
  int overdue = 0;
  for (const auto& c : d.overdue_by_client)
    overdue += c.count;
  CHECK(overdue == static_cast<int>(d.overdue.size()));
  // 2027 is in the bundled ru calendar only provisionally: flagged within 300 days.
  REQUIRE(!d.calendars.empty());
  CHECK(d.calendars[0].calendar == "ru");
  CHECK(d.calendars[0].year == 2027);
}

TEST_CASE("digest: HTML escapes what people typed and keeps to one file") {
  Document doc;
  doc.firm = "ООО «Рога & Копыта» <script>alert(1)</script>";
  doc.title = "Title \"quoted\"";
  doc.accent_color = "red;}</style><script>";
  DocSection s;
  s.title = "Раздел";
  s.lines.push_back({day("2026-04-20"), "<b>жирный</b>", "a & b", true});
  doc.sections.push_back(s);
  const std::string html = render_html(doc);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;b&gt;жирный&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("Рога &amp; Копыта") != std::string::npos);
  CHECK(html.find("--accent: #1f6feb") != std::string::npos); // a bad colour is not used
  CHECK(html.find("<time datetime=\"2026-04-20\">20.04.2026, пн</time>") != std::string::npos);
  const std::string md = render_markdown(doc);
  CHECK(md.find("\\<b\\>жирный\\</b\\>") != std::string::npos);
}
