#include "audit/audit.hpp"
#include "client/client.hpp"
#include "event/event.hpp"
#include "firm/firm.hpp"
#include "fixture.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "test_store.hpp"

using namespace acctcore;
using test::day;
using test::tester;

namespace {

/// The fixture's firm with what a plain client export loses: a future-dated fact, a cleared
/// one, an archived staff member, an event removed by mistake and one that stands.
Json rich_firm_document() {
  Store store = test::vektor_firm();
  set_facts(store, tester("2026-04-21T09:00:00Z"), "vektor", {"employer=7"}, day("2026-07-01"));
  set_facts(store, tester("2026-04-21T09:00:00Z"), "vektor", {"vat="}, day("2026-10-01"));
  StaffChanges former;
  former.name = "Петрова Анна";
  former.roles = std::vector<std::string>{"payroll"};
  add_staff(store, tester(), "petrova", former, "RUB");
  archive_staff(store, tester("2026-04-22T10:00:00Z"), "petrova");
  const std::string kinds[] = {"hire"};
  add_event(store, tester(), {"vektor", "hire", day("2026-05-04"), std::nullopt, "Сидоров"}, kinds);
  const Event mistaken =
      add_event(store, tester(), {"vektor", "hire", day("2026-05-05"), std::nullopt, ""}, kinds);
  remove_event(store, tester(), mistaken.id);
  return export_firm(store);
}

/// Imports `document` into a new store and gives what the import raised, or "" when it worked,
/// checking that a refused import left nothing behind.
std::string import_error(const Json& document, ErrorKind expected) {
  Store store = test::open_test_store();
  try {
    WriteTransaction transaction(store);
    import_firm(store, tester(), document);
    transaction.commit();
  } catch (const Error& e) {
    CHECK(e.kind() == expected);
    CHECK(query_int64(store, "SELECT count(*) FROM staff") == 0);
    CHECK(query_int64(store, "SELECT count(*) FROM client") == 0);
    CHECK(query_int64(store, "SELECT count(*) FROM audit_log") == 0);
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("a firm document holds the whole register, sorted and without ids") {
  const Json document = rich_firm_document();
  CHECK(document["format"] == "acct-firm");
  CHECK(document["version"] == 1);
  REQUIRE(document["staff"].size() == 2);
  CHECK(document["staff"][0]["handle"] == "ivanova");
  CHECK(document["staff"][1]["archived_at"] == "2026-04-22T10:00:00Z");
  const Json& vektor = document["clients"][0];
  CHECK(vektor.find("id") == vektor.end());
  Json vat = Json::array();
  for (const auto& fact : vektor["facts"])
    if (fact["key"] == "vat")
      vat.push_back(fact);
  REQUIRE(vat.size() == 2);
  CHECK(vat[0]["value"] == true);
  CHECK(vat[1]["from"] == "2026-10-01");
  CHECK(vat[1]["value"].is_null()); // cleared, from a day still to come
  CHECK(vektor["work_group"].size() == 5);
  CHECK(vektor["subscriptions"][0]["service"] == "ru-statutory");
  CHECK(vektor["contacts"][0]["person"] == document["persons"][0]["key"]);
  REQUIRE(vektor["events"].size() == 2);
  CHECK(vektor["events"][1]["removed_at"].is_string());
}

TEST_CASE("a firm imported into an empty database exports byte for byte the same") {
  const Json original = rich_firm_document();
  Store store = test::open_test_store();
  FirmImportCounts counts;
  {
    WriteTransaction transaction(store);
    counts = import_firm(store, tester("2026-05-01T08:00:00Z"), original);
    transaction.commit();
  }
  CHECK(counts.staff == 2);
  CHECK(counts.clients == 1);
  CHECK(counts.events == 2);
  CHECK(dump_json(export_firm(store)) == dump_json(original));
  CHECK(get_client(store, "vektor").facts.value_at("employer", day("2026-07-01")) ==
        std::optional<FactValue>(std::int64_t{7}));
  const auto log = query_audit(store, {});
  REQUIRE(log.size() == 1); // one import, not a record per row
  CHECK(log[0].entity == "firm");
  CHECK(log[0].action == "import");
}

TEST_CASE("a firm import refuses a database that already holds a register") {
  const Json document = rich_firm_document();
  Store store = test::open_test_store();
  StaffChanges someone;
  someone.name = "Смирнов";
  someone.roles = std::vector<std::string>{"accountant"};
  add_staff(store, tester(), "smirnov", someone, "RUB");
  const std::int64_t audit_before = query_int64(store, "SELECT count(*) FROM audit_log");
  try {
    WriteTransaction transaction(store);
    import_firm(store, tester(), document);
    FAIL("the import went through");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::conflict);
    CHECK(std::string(e.what()).find("1 staff member(s)") != std::string::npos);
  }
  CHECK(query_int64(store, "SELECT count(*) FROM staff") == 1);
  CHECK(query_int64(store, "SELECT count(*) FROM client") == 0);
  CHECK(query_int64(store, "SELECT count(*) FROM audit_log") == audit_before);
}

TEST_CASE("a firm import refuses another format and a newer version") {
  Json document = rich_firm_document();
  document["version"] = k_firm_version + 1;
  CHECK(import_error(document, ErrorKind::incompatible) ==
        "the firm document has version 2; this acct reads up to version 1");
  document["version"] = k_firm_version;
  document["format"] = "acct-clients";
  CHECK(import_error(document, ErrorKind::incompatible).find("not an acct firm document") == 0);
  CHECK(import_error(Json::array(), ErrorKind::incompatible).find("not an acct firm document") ==
        0);
  document["format"] = "acct-firm";
  document["version"] = "1";
  CHECK(import_error(document, ErrorKind::invalid) ==
        "firm document: $.version: expected a positive integer");
}

TEST_CASE("a firm import names the JSON path of the first problem and writes nothing") {
  const Json good = rich_firm_document();
  Json bad = good;
  bad["clients"][0]["facts"][1]["from"] = "2026-13-01";
  CHECK(import_error(bad, ErrorKind::invalid) ==
        "firm document: $.clients[0].facts[1].from: '2026-13-01' is not a date YYYY-MM-DD");
  bad = good;
  bad["clients"][0]["work_group"][0]["staff"] = "nobody";
  CHECK(import_error(bad, ErrorKind::invalid) ==
        "firm document: $.clients[0].work_group[0].staff: no staff member 'nobody' in $.staff");
  bad = good;
  bad["clients"][0]["contacts"][0]["person"] = "nobody";
  CHECK(import_error(bad, ErrorKind::invalid).find("$.clients[0].contacts[0].person") !=
        std::string::npos);
  bad = good;
  bad["staff"][1]["handle"] = "ivanova";
  CHECK(import_error(bad, ErrorKind::invalid) ==
        "firm document: $.staff[1].handle: 'ivanova' appears twice");
  bad = good;
  bad["clients"][0]["colour"] = "red";
  CHECK(import_error(bad, ErrorKind::invalid) ==
        "firm document: $.clients[0].colour: unknown field");
  bad = good;
  bad["clients"][0]["statuses"] = Json::array();
  CHECK(import_error(bad, ErrorKind::invalid) ==
        "firm document: $.clients[0].statuses: a client needs at least one status");
  bad = good;
  bad["clients"][0]["facts"][0]["value"] = 1.5;
  CHECK(import_error(bad, ErrorKind::invalid).find("$.clients[0].facts[0].value") !=
        std::string::npos);
  bad = good;
  bad["clients"][0]["country"] = "de";
  CHECK(import_error(bad, ErrorKind::invalid).find("$.clients[0].country") != std::string::npos);
}

TEST_CASE("a firm document that is not JSON is refused with where it broke") {
  CHECK_THROWS_WITH_AS(parse_firm_document("{\"format\": "),
                       doctest::Contains("firm document is not JSON"), Error);
}
