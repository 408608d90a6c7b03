// The task table's one writer: new tasks one by one and many to a statement (ids back in the
// rows' order whatever order the database returns them in), the generator's update and cancel,
// the workflow's changes, and dependencies.

#include "client/client.hpp"
#include "fixture.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "task/task.hpp"
#include "task/writer.hpp"
#include "test_store.hpp"

#include <fmt/format.h>

using namespace acctcore;
using acctcore::test::day;
using acctcore::test::instant;

namespace {

Store one_client(std::int64_t& client_id) {
  Store store = test::open_test_store();
  ClientFields f;
  f.name = "ООО «Вектор»";
  f.form = "ooo";
  f.inn = "7728012340";
  client_id = add_client(store, test::tester(), "vektor", f, {"regime=osno"}, day("2026-01-01"),
                         ClientDefaults{})
                  .id;
  return store;
}

std::string text_of(const Store& store, const std::string& sql) {
  return query_text(store, sql);
}

} // namespace

TEST_CASE("task writer: new tasks many to a statement, ids in the rows' order") {
  std::int64_t client = 0;
  Store store = one_client(client);
  TaskWriter writer(store, instant("2026-01-01T09:00:00Z"));
  // More than two statements' worth, the last one partial.
  const std::size_t n = TaskWriter::k_rows_per_insert * 2 + 5;
  std::vector<std::string> periods, titles;
  for (std::size_t i = 0; i < n; ++i) {
    // Periods written out of order, so that ids follow the rows, not the key.
    periods.push_back(fmt::format("2026-{:02}", 12 - (i % 12)));
    titles.push_back(fmt::format("Задача {}", i));
  }
  std::vector<NewTaskRow> rows(n);
  for (std::size_t i = 0; i < n; ++i) {
    NewTaskRow& r = rows[i];
    r.client_id = client;
    r.origin = TaskOrigin::obligation;
    r.service = "ru-statutory";
    r.code = "ru.test";
    r.period = periods[i];
    r.instalment = static_cast<int>(i / 12) + 1;
    r.title = titles[i];
    r.due = "2026-04-27";
    r.role = "accountant";
    r.client_action = ClientAction::sign;
    r.category = TaskCategory::communication;
    r.estimate_minutes = 30;
  }
  const auto ids = writer.insert(rows);
  REQUIRE(ids.size() == n);
  for (std::size_t i = 0; i < n; ++i) {
    CAPTURE(i);
    const TaskRecord t = get_task(store, ids[i]);
    CHECK(t.title == titles[i]);
    CHECK(t.period == periods[i]);
    CHECK(t.client_action == "sign");
    CHECK(t.estimate_minutes == 30);
    CHECK(t.status == TaskStatus::new_);
  }
  CHECK(text_of(store, fmt::format("SELECT created_at FROM task WHERE id = {}", ids[0])) ==
        "2026-01-01T09:00:00Z");
  // Two rows with the same key in one statement: refused, nothing half-known.
  std::vector<NewTaskRow> twins(2, rows[0]);
  twins[0].period = "2027-01";
  twins[1].period = "2027-01";
  CHECK_THROWS_AS(writer.insert(twins), Error);
}

TEST_CASE("task writer: a task by hand, the generator's update and cancel, workflow changes") {
  std::int64_t client = 0;
  Store store = one_client(client);
  TaskWriter writer(store, instant("2026-01-01T09:00:00Z"));
  NewTaskRow manual;
  manual.client_id = client;
  manual.code = "manual";
  manual.title = "Созвон с директором";
  manual.description = "о сроках";
  manual.due = "2026-01-15";
  manual.request = true;
  const std::int64_t id = writer.insert(manual);
  TaskRecord t = get_task(store, id);
  CHECK(t.origin == TaskOrigin::manual);
  CHECK(t.service.empty());
  CHECK(t.description == "о сроках");
  CHECK(t.request);
  CHECK_FALSE(t.planned);

  TaskWriter later(store, instant("2026-01-02T10:00:00Z"));
  later.cancel_generated(id);
  CHECK(get_task(store, id).status == TaskStatus::cancelled);
  later.regenerate(id, "Созвон", day("2026-01-20"), day("2026-01-19"), true);
  t = get_task(store, id);
  CHECK(t.status == TaskStatus::new_);
  CHECK(t.title == "Созвон");
  CHECK(t.due == day("2026-01-20"));
  CHECK(t.planned == day("2026-01-19"));
  CHECK(t.provisional);
  CHECK(text_of(store, fmt::format("SELECT updated_at FROM task WHERE id = {}", id)) ==
        "2026-01-02T10:00:00Z");

  TaskChange change;
  change.set(TaskColumn::status, std::string("waiting-client"))
      .set(TaskColumn::waiting_for, std::string("подпись"))
      .set(TaskColumn::waiting_since, std::string("2026-01-02"));
  later.update(id, change);
  t = get_task(store, id);
  CHECK(t.status == TaskStatus::waiting_client);
  CHECK(t.waiting_for == "подпись");
  TaskChange back;
  back.set(TaskColumn::status, std::string("accepted")).clear(TaskColumn::waiting_for);
  later.update(id, back);
  t = get_task(store, id);
  CHECK(t.status == TaskStatus::accepted);
  CHECK(t.waiting_for.empty());

  const std::int64_t other = writer.insert(manual);
  writer.link(other, id);
  writer.link(other, id); // once only
  CHECK(query_int64(store, "SELECT count(*) FROM task_dependency") == 1);
}
