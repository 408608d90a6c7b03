#include "audit/audit.hpp"
#include "client/client.hpp"
#include "client/register.hpp"
#include "helpers.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "test_store.hpp"

#include <fmt/format.h>

using namespace acctcore;
using test::day;

namespace {

ClientFields organisation(const char* name, const char* inn) {
  ClientFields f;
  f.name = name;
  f.form = "ooo";
  f.inn = inn;
  return f;
}

ClientDefaults defaults() {
  return ClientDefaults{"ru", "Europe/Moscow", "RUB"};
}

int rows(const Store& store, const char* table) {
  Statement count(store, std::string("SELECT count(*) FROM ") + table);
  count.step();
  return count.column(0).as_int();
}

} // namespace

TEST_CASE("adding a client stores the record, its first status and its facts") {
  Store store = test::open_test_store();
  ClientFields f = organisation("  ПАО Сбербанк ", "7707 083 893");
  f.form = "ПАО";
  f.kpp = "773601001";
  f.ogrn = "1027700132195";
  f.fee = "15 000";
  f.tags = std::vector<std::string>{"VIP", "bank", "vip"};
  const Client c =
      add_client(store, test::tester(), "sber", f, {"regime=osno", "employer=120", "vat=true"},
                 day("2026-01-01"), defaults());
  CHECK(c.name == "ПАО Сбербанк");
  CHECK(c.form == "pao");
  CHECK(c.inn == "7707083893");
  CHECK(c.region == "77"); // from the ИНН
  CHECK(c.timezone == "Europe/Moscow");
  CHECK(c.contract_start == day("2026-01-01"));
  CHECK(c.fee == Money{1500000, "RUB"});
  CHECK(c.tags == std::vector<std::string>{"bank", "vip"});
  CHECK(c.latest_status().status == "active");

  const Client loaded = get_client(store, "sber");
  CHECK(loaded.id == c.id);
  CHECK(loaded.kpp == "773601001");
  CHECK(loaded.statuses.size() == 1);
  CHECK(loaded.facts.facts_at(day("2026-01-01")).size() == 3);
  CHECK(loaded.facts.value_at("employer", day("2026-06-01")) == FactValue{std::int64_t{120}});
  CHECK(loaded.facts.facts_at(day("2025-12-31")).empty());

  const auto log = query_audit(store, {});
  REQUIRE(log.size() == 1);
  CHECK(log[0].entity == "client");
  CHECK(log[0].entity_key == "sber");
  CHECK(log[0].action == "create");
}

TEST_CASE("a client switching regime on 2027-01-01") {
  Store store = test::open_test_store();
  add_client(store, test::tester(), "romashka", organisation("ООО «Ромашка»", "7736207543"),
             {"regime=usn-income"}, day("2026-01-01"), defaults());
  const auto update =
      set_facts(store, test::tester(), "romashka", {"regime=osno"}, day("2027-01-01"));
  REQUIRE(update.facts.size() == 1);
  CHECK(update.facts[0].field == "regime");
  CHECK(update.facts[0].from == "usn-income");
  CHECK(update.facts[0].to == "osno");
  const Client c = get_client(store, "romashka");
  CHECK(c.facts.facts_at(day("2026-12-31")).at("regime") == FactValue{std::string("usn-income")});
  CHECK(c.facts.facts_at(day("2027-01-01")).at("regime") == FactValue{std::string("osno")});
  // Last year's facts are untouched by the change.
  CHECK(c.facts.value_at("regime", day("2026-03-31")) == FactValue{std::string("usn-income")});
  const auto log = query_audit(store, {});
  CHECK(log.back().action == "set");
}

TEST_CASE("setting facts: unchanged values are not recorded, history is never rewritten") {
  Store store = test::open_test_store();
  add_client(store, test::tester(), "romashka", organisation("ООО «Ромашка»", "7736207543"),
             {"regime=usn-income", "vat=false"}, day("2026-01-01"), defaults());
  const int before = rows(store, "client_fact");
  CHECK_FALSE(set_facts(store, test::tester(), "romashka", {"vat=false", "regime=УСН доходы"},
                        day("2026-06-01"))
                  .changed());
  CHECK(rows(store, "client_fact") == before);

  set_facts(store, test::tester(), "romashka", {"employer=true"}, day("2026-05-01"));
  set_facts(store, test::tester(), "romashka", {"employer=5"}, day("2026-07-01"));
  // Inside the key's recorded history, before its latest change: refused (it would rewrite what
  // came after).
  CHECK_ERROR(set_facts(store, test::tester(), "romashka", {"employer=false"}, day("2026-06-01")),
              ErrorKind::conflict,
              "fact 'employer' of client 'romashka' changed on 2026-07-01; a value from "
              "2026-06-01 would rewrite history");
  // Before the key's earliest record: its history extends backwards.
  CHECK(set_facts(store, test::tester(), "romashka", {"employer=false"}, day("2026-04-01"))
            .changed());
  // Another key may be dated earlier too.
  CHECK(
      set_facts(store, test::tester(), "romashka", {"property=true"}, day("2026-04-01")).changed());
  // On the latest change's own day: a correction, in place.
  set_facts(store, test::tester(), "romashka", {"employer=7"}, day("2026-07-01"));
  Client c = get_client(store, "romashka");
  CHECK(c.facts.value_at("employer", day("2026-04-15")) == FactValue{false});
  CHECK(c.facts.value_at("employer", day("2026-05-01")) == FactValue{true});
  CHECK(c.facts.value_at("employer", day("2026-07-01")) == FactValue{std::int64_t{7}});
  CHECK(c.facts.records().size() == 6);
  // Before the contract start: the client's own history (a client taken over mid-year).
  CHECK(set_facts(store, test::tester(), "romashka", {"land=true"}, day("2025-12-31")).changed());
  CHECK(get_client(store, "romashka").facts.value_at("land", day("2025-12-31")) == FactValue{true});
  // Clearing a fact.
  set_facts(store, test::tester(), "romashka", {"property="}, day("2026-10-01"));
  c = get_client(store, "romashka");
  CHECK_FALSE(c.facts.value_at("property", day("2026-10-01")).has_value());
  CHECK(c.facts.value_at("property", day("2026-09-30")) == FactValue{true});
  // A key twice, an unknown key, a bad value: nothing written.
  const int now = rows(store, "client_fact");
  CHECK_ERROR(
      set_facts(store, test::tester(), "romashka", {"land=true", "land=false"}, day("2026-11-01")),
      ErrorKind::invalid, "fact 'land' is given twice");
  CHECK_ERROR(
      set_facts(store, test::tester(), "romashka", {"land=true", "regim=osno"}, day("2026-11-01")),
      ErrorKind::invalid, "unknown fact 'regim'");
  CHECK_ERROR(
      set_facts(store, test::tester(), "romashka", {"land=true", "vat=maybe"}, day("2026-11-01")),
      ErrorKind::invalid, "invalid value 'maybe' for fact 'vat'");
  CHECK(rows(store, "client_fact") == now);
}

TEST_CASE("bad clients are refused and nothing is written") {
  Store store = test::open_test_store();
  add_client(store, test::tester(), "sber", organisation("ПАО Сбербанк", "7707083893"), {},
             day("2026-01-01"), defaults());
  const auto add = [&](const char* slug, const ClientFields& f,
                       std::vector<std::string> facts = {}) {
    return add_client(store, test::tester(), slug, f, facts, day("2026-01-01"), defaults());
  };
  CHECK_ERROR(add("sber", organisation("Другой", "7736207543")), ErrorKind::conflict,
              "client 'sber' already exists");
  CHECK_ERROR(add("sber2", organisation("Сбер ещё раз", "7707083893")), ErrorKind::conflict,
              "ИНН 7707083893 is already client 'sber' (ПАО Сбербанк)");
  CHECK_ERROR(add("Romashka", organisation("Ромашка", "7736207543")), ErrorKind::invalid,
              "invalid slug 'Romashka'");
  CHECK_ERROR(add("romashka", organisation("Ромашка", "7736207544")), ErrorKind::invalid,
              "invalid ИНН '7736207544': the control digit (10th) does not match");
  ClientFields ip = organisation("ИП Иванов", "7736207543");
  ip.form = "ip";
  CHECK_ERROR(add("ivanov", ip), ErrorKind::invalid, "ИНН '7736207543' has 10 digits");
  ip.inn = "771372793813";
  ip.kpp = "773601001";
  CHECK_ERROR(add("ivanov", ip), ErrorKind::invalid, "form 'ip' (ИП) has no КПП");
  ClientFields bad_form = organisation("Ромашка", "7736207543");
  bad_form.form = "llc";
  try {
    add("romashka", bad_form);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "unknown legal form 'llc' for country 'ru'");
    CHECK(e.hint() == "forms: 'ooo', 'ao', 'pao', 'ip', 'kfh', 'nko', 'tsn' or 'gup'");
  }
  try {
    add("romashka", organisation("Ромашка", "7736207543"), {"regime=usn"});
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "unknown regime 'usn' for country 'ru'");
    CHECK(e.hint() == "did you mean 'usn-income' or 'usn-income-expense'? regimes: 'osno', "
                      "'usn-income', 'usn-income-expense', 'patent', 'ausn', 'eshn' or 'npd'");
  }
  ClientFields bad_fee = organisation("Ромашка", "7736207543");
  bad_fee.fee = "дорого";
  CHECK_ERROR(add("romashka", bad_fee), ErrorKind::invalid, "invalid amount 'дорого' for the fee");
  ClientFields bad_zone = organisation("Ромашка", "7736207543");
  bad_zone.timezone = "Europe/Moskva";
  CHECK_ERROR(add("romashka", bad_zone), ErrorKind::invalid, "unknown time zone 'Europe/Moskva'");
  ClientFields bad_region = organisation("Ромашка", "7736207543");
  bad_region.region = "777";
  CHECK_ERROR(add("romashka", bad_region), ErrorKind::invalid, "invalid region '777'");
  CHECK(rows(store, "client") == 1);
  CHECK(rows(store, "client_status") == 1);
  CHECK(query_audit(store, {}).size() == 1);
}

TEST_CASE("a Kazakh client gets its country's zone unless the firm is there too") {
  Store store = test::open_test_store();
  ClientFields f;
  f.name = "АО «Kaspi Bank»";
  f.form = "АО";
  f.inn = "971240001315";
  f.country = "kz";
  const Client kaspi = add_client(store, test::tester(), "kaspi", f, {"regime=general", "vat=12"},
                                  day("2026-01-01"), defaults());
  CHECK(kaspi.country == "kz");
  CHECK(kaspi.form == "ao");
  CHECK(kaspi.timezone == "Asia/Almaty");
  CHECK(kaspi.region.empty());
  CHECK(kaspi.facts.value_at("vat", day("2026-01-01")) == FactValue{std::int64_t{12}});
  f.country = "de";
  CHECK_ERROR(add_client(store, test::tester(), "x", f, {}, day("2026-01-01"), defaults()),
              ErrorKind::invalid, "unknown country 'de'");
}

TEST_CASE("status lifecycle with dates, history kept") {
  Store store = test::open_test_store();
  ClientFields f = organisation("ООО «Ромашка»", "7736207543");
  f.status = "prospect";
  add_client(store, test::tester(), "romashka", f, {}, day("2026-01-01"), defaults());
  ClientFields to = {};
  to.status = "onboarding";
  edit_client(store, test::tester(), "romashka", to, day("2026-02-01"), defaults());
  to.status = "active";
  edit_client(store, test::tester(), "romashka", to, day("2026-03-01"), defaults());
  to.status = "prospect";
  try {
    edit_client(store, test::tester(), "romashka", to, day("2026-04-01"), defaults());
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::conflict);
    CHECK(std::string(e.what()) == "client 'romashka' is 'active'; it cannot become 'prospect'");
    CHECK(e.hint() == "from 'active' it can become 'paused' or 'offboarded'");
  }
  to.status = "paused";
  CHECK_ERROR(edit_client(store, test::tester(), "romashka", to, day("2026-02-15"), defaults()),
              ErrorKind::conflict,
              "became 'active' on 2026-03-01; a status change dated "
              "2026-02-15 would rewrite history");
  to.status = "sleeping";
  CHECK_ERROR(edit_client(store, test::tester(), "romashka", to, day("2026-05-01"), defaults()),
              ErrorKind::invalid, "unknown status 'sleeping'");
  const Client c = get_client(store, "romashka");
  REQUIRE(c.statuses.size() == 3);
  CHECK(c.status_at(day("2025-12-01")).status == "prospect"); // before anything: the first
  CHECK(c.status_at(day("2026-02-28")).status == "onboarding");
  CHECK(c.status_at(day("2026-03-01")).status == "active");
  CHECK(c.status_at(day("2026-03-01")).from == day("2026-03-01"));
}

TEST_CASE("editing the record: only real changes are recorded") {
  Store store = test::open_test_store();
  add_client(store, test::tester(), "romashka", organisation("ООО «Ромашка»", "7736207543"),
             {"regime=usn-income"}, day("2026-01-01"), defaults());
  ClientFields f;
  f.short_name = "Ромашка";
  f.fee = "12000";
  f.add_tags = {"spb"};
  f.kpp = "770401001";
  auto update = edit_client(store, test::tester(), "romashka", f, day("2026-04-20"), defaults());
  CHECK(update.fields.size() == 4);
  CHECK_FALSE(
      edit_client(store, test::tester(), "romashka", f, day("2026-04-20"), defaults()).changed());
  ClientFields clear;
  clear.fee = "";
  clear.remove_tags = {"spb"};
  update = edit_client(store, test::tester(), "romashka", clear, day("2026-04-20"), defaults());
  CHECK_FALSE(update.client.fee.has_value());
  CHECK(update.client.tags.empty());
  ClientFields bad;
  bad.remove_tags = {"vip"};
  CHECK_ERROR(edit_client(store, test::tester(), "romashka", bad, day("2026-04-20"), defaults()),
              ErrorKind::invalid, "client 'romashka' has no tag 'vip'");
  // The contract start may not move past recorded facts.
  ClientFields later;
  later.contract_start = "2026-02-01";
  CHECK_ERROR(edit_client(store, test::tester(), "romashka", later, day("2026-04-20"), defaults()),
              ErrorKind::conflict,
              "has facts or subscriptions from 2026-01-01, before the new "
              "contract start 2026-02-01");
  ClientFields end;
  end.contract_end = "2025-12-31";
  CHECK_ERROR(edit_client(store, test::tester(), "romashka", end, day("2026-04-20"), defaults()),
              ErrorKind::invalid, "the contract end 2025-12-31 is before its start 2026-01-01");
  ClientFields country;
  country.country = "kz";
  CHECK_ERROR(
      edit_client(store, test::tester(), "romashka", country, day("2026-04-20"), defaults()),
      ErrorKind::invalid, "the country of client 'romashka' cannot change");
  CHECK_ERROR(edit_client(store, test::tester(), "romashk", f, day("2026-04-20"), defaults()),
              ErrorKind::not_found, "no client 'romashk'");
}

TEST_CASE("a new form must fit the recorded regimes") {
  Store store = test::open_test_store();
  ClientFields ip;
  ip.name = "ИП Иванов";
  ip.form = "ip";
  ip.inn = "771372793813";
  add_client(store, test::tester(), "ivanov", ip, {"regime=patent"}, day("2026-01-01"), defaults());
  ClientFields kfh;
  kfh.form = "kfh";
  CHECK(edit_client(store, test::tester(), "ivanov", kfh, day("2026-04-20"), defaults())
            .client.form == "kfh");
  ClientFields ooo;
  ooo.form = "ooo";
  ooo.inn = "7736207543";
  CHECK_ERROR(edit_client(store, test::tester(), "ivanov", ooo, day("2026-04-20"), defaults()),
              ErrorKind::invalid, "regime 'patent' (ПСН (патент)) is only for individual");
}

TEST_CASE("archiving hides a client from profiles and lists, never deletes it") {
  Store store = test::open_test_store();
  add_client(store, test::tester(), "sber", organisation("ПАО Сбербанк", "7707083893"), {},
             day("2026-01-01"), defaults());
  add_client(store, test::tester(), "romashka", organisation("ООО «Ромашка»", "7736207543"), {},
             day("2026-01-01"), defaults());
  archive_client(store, test::tester(), "romashka");
  CHECK(load_client_profiles(store).size() == 1);
  CHECK(load_clients(store, true).size() == 2);
  CHECK(list_clients(store, {}, day("2026-04-20")).size() == 1);
  CHECK_ERROR(archive_client(store, test::tester(), "romashka"), ErrorKind::conflict,
              "already archived");
  CHECK_ERROR(set_facts(store, test::tester(), "romashka", {"vat=true"}, day("2026-04-20")),
              ErrorKind::conflict, "client 'romashka' is archived");
  // The ИНН stays taken while archived.
  CHECK_ERROR(add_client(store, test::tester(), "romashka2",
                         organisation("ООО «Ромашка»", "7736207543"), {}, day("2026-01-01"),
                         defaults()),
              ErrorKind::conflict, "is already client 'romashka' (ООО «Ромашка»), archived");
  restore_client(store, test::tester(), "romashka");
  CHECK(load_client_profiles(store).size() == 2);
}

TEST_CASE("profiles load many clients in a few queries") {
  Store store = test::open_test_store();
  for (int i = 0; i < 50; ++i) {
    // Valid 10-digit ИНН: the first nine digits vary, the tenth is computed.
    std::string inn = fmt::format("77{:07d}", 1000 + i);
    const int weights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    int sum = 0;
    for (int k = 0; k < 9; ++k)
      sum += (inn[static_cast<size_t>(k)] - '0') * weights[k];
    inn += std::to_string(sum % 11 % 10);
    add_client(store, test::tester(), fmt::format("c{:03d}", i),
               organisation(fmt::format("ООО «Клиент {}»", i).c_str(), inn.c_str()),
               {i % 2 == 0 ? "regime=osno" : "regime=usn-income"}, day("2026-01-01"), defaults());
  }
  set_facts(store, test::tester(), "c001", {"regime=osno"}, day("2027-01-01"));
  const auto profiles = load_client_profiles(store);
  REQUIRE(profiles.size() == 50);
  CHECK(profiles[1].slug == "c001");
  CHECK(profiles[1].facts.value_at("regime", day("2026-12-31")) ==
        FactValue{std::string("usn-income")});
  CHECK(profiles[1].facts.value_at("regime", day("2027-01-01")) == FactValue{std::string("osno")});
  CHECK(profiles[2].facts.records().size() == 1);
  CHECK(profiles[49].statuses.size() == 1);
  ClientFilter usn;
  usn.regime = "УСН доходы";
  CHECK(list_clients(store, usn, day("2026-06-01")).size() == 25);
  CHECK(list_clients(store, usn, day("2027-06-01")).size() == 24);
  ClientFilter text;
  text.text = "КЛИЕНТ 4";
  CHECK(list_clients(store, text, day("2026-06-01")).size() == 11); // 4, 40..49
}

TEST_CASE("client JSON has the documented fields") {
  Store store = test::open_test_store();
  const Client c =
      add_client(store, test::tester(), "romashka", organisation("ООО «Ромашка»", "7736207543"),
                 {"regime=osno"}, day("2026-01-01"), defaults());
  const Json j = client_to_json(c, day("2026-04-20"), nullptr);
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items())
    keys.push_back(key);
  CHECK(keys ==
        std::vector<std::string>{
            "slug",     "name",       "short_name", "form",     "country",        "inn",
            "kpp",      "ogrn",       "region",     "timezone", "contract_start", "contract_end",
            "fee",      "tags",       "notes",      "status",   "status_since",   "facts",
            "archived", "created_at", "archived_at"});
  CHECK(j["facts"]["regime"] == "osno");
  CHECK(j["status"] == "active");
}
