// A task's due revision (schemas/0006): how many times its due date changed, counted by a
// trigger for every writer, and counted from the audit log for tasks moved before the migration.
#include "calendars.hpp"
#include "client/client.hpp"
#include "store/migrations.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "task/workflow.hpp"
#include "template/loader.hpp"
#include "test_store.hpp"

using namespace acctcore;
using acctcore::test::day;

namespace {

const Date k_today = day("2026-04-20");

/// The client vektor with two manual tasks due on 2026-04-27.
void two_tasks(Store& store) {
  ClientFields f;
  f.name = "ООО «Вектор»";
  f.form = "ooo";
  f.inn = "7728012340";
  add_client(store, test::tester(), "vektor", f, {}, day("2026-04-01"), ClientDefaults{});
  NewTask t;
  t.client = "vektor";
  t.title = "Сверка";
  t.due = day("2026-04-27");
  for (int i = 0; i < 2; ++i)
    add_task(store, test::tester(), ServiceSet{}, test::bundled_calendars(), t, k_today);
}

void edit_due(Store& store, std::int64_t id, const char* due) {
  TaskEdit edit;
  edit.due = day(due);
  edit_task(store, test::tester(), id, edit, k_today);
}

} // namespace

TEST_CASE("due revision: every change of the date counts, whoever writes it") {
  Store store = test::open_test_store();
  two_tasks(store);
  CHECK(get_task(store, 1).due_revision == 0);
  TaskEdit title;
  title.title = "Сверка с поставщиком"; // not the date
  edit_task(store, test::tester(), 1, title, k_today);
  CHECK(get_task(store, 1).due_revision == 0);
  edit_due(store, 1, "2026-04-28");
  CHECK(get_task(store, 1).due_revision == 1);
  edit_due(store, 1, "2026-04-28"); // the same date: no change
  CHECK(get_task(store, 1).due_revision == 1);
  edit_due(store, 1, "2026-04-27"); // back to the first date is still a change
  CHECK(get_task(store, 1).due_revision == 2);
  store.exec("UPDATE task SET due = '2026-04-29' WHERE id = 1");  // any writer
  store.exec("UPDATE task SET status = 'accepted' WHERE id = 1"); // not the date
  CHECK(get_task(store, 1).due_revision == 3);
  CHECK(get_task(store, 2).due_revision == 0);
}

TEST_CASE("due revision: tasks moved before migration 6 are counted from the audit log") {
  test::TempDir dir;
  const auto path = dir / "acct.db";
  StoreOptions options;
  options.now = test::instant("2026-04-20T06:00:00Z");
  {
    Store store = Store::create(path, options);
    two_tasks(store);
    edit_due(store, 1, "2026-04-28");
    edit_due(store, 1, "2026-04-30");
    TaskEdit title;
    title.title = "Другая сверка";
    edit_task(store, test::tester(), 2, title, k_today);
    // Back to schema version 5, as a database of the previous acct was.
    store.exec("DROP TRIGGER task_due_revision");
    store.exec("ALTER TABLE task DROP COLUMN due_revision");
    store.exec("DROP INDEX task_by_client"); // migration 7
    store.exec("DROP TABLE figures_row");    // migration 8
    store.exec("DROP TABLE figures_sheet");
    store.exec("DROP TABLE staff_absence"); // migration 10
    for (const char* table :
         {"client_note", "client_charge", "notification_attempt", "notification_delivery",
          "notification", "task_amount", "task_filing"}) // migration 9
      store.exec(std::string("DROP TABLE ") + table);
    store.exec("ALTER TABLE task DROP COLUMN corrects");
    store.exec("DELETE FROM schema_migrations WHERE version >= 6");
    store.exec("PRAGMA user_version = 5");
  }
  // Rewinding to version 5 undoes migrations 6 to 10; a later one would have to be undone too.
  REQUIRE_MESSAGE(latest_schema_version() == 10,
                  "this test rewinds the schema to version 5 (undoing 6 to 10); undo the new "
                  "migration above as well, or remove the test once the upgrade from 5 no "
                  "longer matters");
  Store store = Store::open(path, options);
  CHECK(store.migrations_applied() == 5);
  CHECK(get_task(store, 1).due_revision == 2);
  CHECK(get_task(store, 2).due_revision == 0);
  edit_due(store, 1, "2026-05-04");
  CHECK(get_task(store, 1).due_revision == 3);
}
