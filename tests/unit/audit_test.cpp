#include "audit/audit.hpp"
#include "helpers.hpp"
#include "store/store.hpp"
#include "test_store.hpp"

using namespace acctcore;

TEST_CASE("the audit log filters by entity, actor and time, newest N kept in order") {
  Store store = test::open_test_store();
  ChangeSet changes;
  changes.set("name", "A");
  record_audit(store, {"alice", test::instant("2026-04-01T10:00:00Z")}, "staff", "a", "create",
               changes);
  record_audit(store, {"bob", test::instant("2026-04-02T10:00:00Z")}, "staff", "b", "create",
               changes);
  record_audit(store, {"alice", test::instant("2026-04-03T10:00:00Z")}, "client", "x", "create",
               changes);

  CHECK(query_audit(store, {}).size() == 3);
  CHECK(query_audit(store, AuditFilter{.entity = "staff"}).size() == 2);
  CHECK(query_audit(store, AuditFilter{.entity = "staff", .entity_key = "b"}).size() == 1);
  CHECK(query_audit(store, AuditFilter{.actor = "alice"}).size() == 2);
  CHECK(query_audit(store, AuditFilter{.since = test::instant("2026-04-02T00:00:00Z")}).size() ==
        2);
  CHECK(query_audit(store, AuditFilter{.until = test::instant("2026-04-02T00:00:00Z")}).size() ==
        1);
  const auto newest = query_audit(store, AuditFilter{.limit = 2});
  REQUIRE(newest.size() == 2);
  CHECK(newest[0].entity_key == "b");
  CHECK(newest[1].entity_key == "x");
}

TEST_CASE("a change set keeps only real differences") {
  ChangeSet changes;
  changes.compare("name", "A", "A");
  CHECK(changes.empty());
  changes.compare("name", "A", "B");
  changes.compare("rate", nullptr, 5);
  REQUIRE(changes.changes().size() == 2);
  CHECK(changes.changes()[1].from.is_null());
}

TEST_CASE("audit JSON shows time with the zone's offset") {
  AuditRecord record;
  record.id = 7;
  record.at = test::instant("2026-04-20T06:00:00Z");
  record.actor = "tester";
  record.entity = "staff";
  record.entity_key = "ivanova";
  record.action = "update";
  record.changes.push_back({"rate", nullptr, 5});
  const Json j = audit_to_json(record, require_time_zone("Europe/Moscow"));
  CHECK(j.dump() ==
        R"({"id":7,"at":"2026-04-20T09:00:00+03:00","actor":"tester","entity":"staff",)"
        R"("key":"ivanova","action":"update","changes":[{"field":"rate","from":null,"to":5}]})");
}
