#include "audit/audit.hpp"
#include "client/import.hpp"
#include "client/work_group.hpp"
#include "helpers.hpp"
#include "staff/staff.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "test_store.hpp"

using namespace acctcore;
using test::day;

namespace {

ImportOptions options(const char* map = "") {
  ImportOptions o;
  o.file_name = "clients.csv";
  o.column_map = map;
  o.from = day("2026-04-20");
  return o;
}

/// What Excel in a Russian locale writes: a BOM, ';' and CRLF.
const std::string k_excel =
    "\xEF\xBB\xBF"
    "Наименование;ИНН;КПП;Система налогообложения;Сотрудники;НДС;Дата договора;Примечание\r\n"
    "ООО «Ромашка»;7736207543;770401001;УСН доходы;да;нет;01.01.2026;\r\n"
    "ПАО Сбербанк;7707083893;773601001;ОСНО;120;20%;;\"Крупный клиент;\r\nзвонить до 10\"\r\n"
    "ИП Иванов Иван;771372793813;;Патент;нет;нет;;\r\n";

int rows(const Store& store, const char* table) {
  Statement count(store, std::string("SELECT count(*) FROM ") + table);
  count.step();
  return count.column(0).as_int();
}

ImportReport run(Store& store, const std::string& text, const ImportOptions& o) {
  WriteTransaction tx(store);
  auto report = import_clients(store, test::tester(), text, o);
  tx.commit();
  return report;
}

} // namespace

TEST_CASE("importing what Excel writes: slugs from names, forms from name prefixes") {
  Store store = test::open_test_store();
  const std::string text = k_excel; // its date is in the Russian format, 01.01.2026
  const ImportReport report = run(store, text, options());
  CHECK(report.bom);
  CHECK(report.separator == ';');
  CHECK(report.count(ImportAction::create) == 3);
  const auto clients = load_clients(store, false);
  REQUIRE(clients.size() == 3);
  CHECK(clients[0].slug == "ivanov-ivan");
  CHECK(clients[0].form == "ip");
  CHECK(clients[0].facts.value_at("regime", day("2026-04-20")) == FactValue{std::string("patent")});
  CHECK(clients[1].slug == "romashka");
  CHECK(clients[1].contract_start == day("2026-01-01"));
  CHECK(clients[1].facts.value_at("employer", day("2026-01-01")) == FactValue{true});
  CHECK(clients[2].slug == "sberbank");
  CHECK(clients[2].form == "pao");
  CHECK(clients[2].contract_start == day("2026-04-20")); // no date: --from
  CHECK(clients[2].notes == "Крупный клиент;\nзвонить до 10");
  CHECK(clients[2].facts.value_at("vat", day("2026-04-20")) == FactValue{std::int64_t{20}});

  // Again: nothing changes, nothing is written.
  const auto audit_before = query_audit(store, {}).size();
  const ImportReport again = run(store, text, options());
  CHECK(again.count(ImportAction::unchanged) == 3);
  CHECK(again.count(ImportAction::create) == 0);
  CHECK(query_audit(store, {}).size() == audit_before);

  // A changed cell updates that client only, dated --from.
  std::string changed = text;
  changed.replace(changed.find("УСН доходы"), std::string("УСН доходы").size(), "ОСНО");
  ImportOptions next_year = options();
  next_year.from = day("2027-01-01");
  const ImportReport update = run(store, changed, next_year);
  CHECK(update.count(ImportAction::update) == 1);
  CHECK(update.rows[0].changes.front().field == "regime");
  const Client romashka = get_client(store, "romashka");
  CHECK(romashka.facts.value_at("regime", day("2026-12-31")) ==
        FactValue{std::string("usn-income")});
  CHECK(romashka.facts.value_at("regime", day("2027-01-01")) == FactValue{std::string("osno")});
}

TEST_CASE("a client whose contract starts after --from imports again unchanged") {
  Store store = test::open_test_store();
  const std::string text = "name;inn;regime;contract_start\nООО «Ромашка»;7736207543;osno;"
                           "01.12.2026\n";
  CHECK(run(store, text, options()).count(ImportAction::create) == 1);
  const Client c = get_client(store, "romashka");
  CHECK(c.facts.value_at("regime", day("2026-12-01")) == FactValue{std::string("osno")});
  CHECK_FALSE(c.facts.value_at("regime", day("2026-11-30")).has_value());
  CHECK(run(store, text, options()).count(ImportAction::unchanged) == 1);
  // A changed cell is dated by the contract start, not by --from before it.
  std::string changed = text;
  changed.replace(changed.find("osno"), 4, "usn-income");
  const ImportReport update = run(store, changed, options());
  CHECK(update.count(ImportAction::update) == 1);
  CHECK(get_client(store, "romashka").facts.records().size() == 1);
}

TEST_CASE("a dry run reports and changes nothing") {
  Store store = test::open_test_store();
  const std::string text = k_excel;
  ImportOptions o = options();
  o.dry_run = true;
  const ImportReport report = run(store, text, o);
  CHECK(report.count(ImportAction::create) == 3);
  CHECK(rows(store, "client") == 0);
  CHECK(rows(store, "audit_log") == 0);
}

TEST_CASE("bad rows: every one reported by line, nothing imported") {
  Store store = test::open_test_store();
  const std::string text = "name;inn;form;regime\n"
                           "ООО «Ромашка»;7736207543;ooo;osno\n"
                           "ООО «Плохой ИНН»;7736207544;ooo;osno\n"
                           "\"ООО «Многострочный»\n(второй адрес)\";7707083893;ooo;usn\n"
                           "ИП Петров;7736050003;ip;patent\n"
                           "Без формы;7728168971;;osno\n"
                           "ООО «Дубль»;7736207543;ooo;osno\n"
                           ";;;\n"
                           "ООО «Лишнее»;7736050003;ooo;osno;extra\n";
  try {
    run(store, text, options());
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::invalid);
    CHECK(std::string(e.what()) == "cannot import 'clients.csv': 6 bad rows; nothing was imported");
    REQUIRE(e.details().size() == 6);
    CHECK(e.details()[0] ==
          "line 3: invalid ИНН '7736207544': the control digit (10th) does not match: the first 9 "
          "digits give 3");
    // A quoted line break counts: the row after it starts on line 6.
    CHECK(e.details()[1] == "line 4: the name must be one line without control characters");
    CHECK(e.details()[2].find("line 6: ИНН '7736050003' has 10 digits") == 0);
    CHECK(e.details()[3].find("line 7: no legal form: the row has no 'form' and the name 'Без "
                              "формы' does not start with one") == 0);
    CHECK(e.details()[4] == "line 8: ИНН 7736207543 is also on line 2");
    CHECK(e.details()[5].find("line 10: 5 fields, but the header has 4") == 0);
  }
  CHECK(rows(store, "client") == 0);
  CHECK(rows(store, "audit_log") == 0);
}

TEST_CASE("the header: known names in any case, --map, and clear errors") {
  CHECK(import_field_for_header("  ИНН ") == "inn");
  CHECK(import_field_for_header("наименование") == "name");
  CHECK(import_field_for_header("Система  налогообложения") == "regime");
  CHECK(import_field_for_header("profit_advances") == "profit-advances");
  CHECK(import_field_for_header("x-kkt") == "x-kkt");
  CHECK_FALSE(import_field_for_header("Телефон").has_value());

  Store store = test::open_test_store();
  const std::string text = "Клиент;Tax number;Телефон;№\nООО «Ромашка»;7736207543;+7 900;1\n";
  CHECK_ERROR(run(store, text, options()), ErrorKind::invalid,
              "'clients.csv' has columns acct does not know: 'Tax number', 'Телефон'");
  CHECK(run(store, text, options("Tax number=inn,Телефон=")).count(ImportAction::create) == 1);
  CHECK_ERROR(run(store, text, options("Tax number=tin")), ErrorKind::usage,
              "unknown field 'tin' in --map");
  CHECK_ERROR(run(store, "Клиент;КПП\nООО «Ромашка»;770401001\n", options()), ErrorKind::invalid,
              "'clients.csv' has no 'inn' column");
  CHECK_ERROR(run(store, "ИНН;inn;name\n1;2;3\n", options()), ErrorKind::invalid,
              "columns 'ИНН' and 'inn' of 'clients.csv' are both 'inn'");
  // Commas in a file read with ';': the header names the other separator.
  ImportOptions semicolon = options();
  semicolon.separator = ';';
  try {
    run(store, "name,inn,form\nООО «Ромашка»,7736207543,ooo\n", semicolon);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          "the header of 'clients.csv' does not split into known columns with ';'");
    CHECK(e.hint() == "the file seems to use ',': run with --separator ','");
  }
  CHECK_ERROR(run(store, "", options()), ErrorKind::invalid, "'clients.csv' is empty");
}

TEST_CASE("matching by slug, and a slug that disagrees with the ИНН") {
  Store store = test::open_test_store();
  run(store, "slug,name,inn,form\nromashka,ООО «Ромашка»,7736207543,ooo\n", options());
  CHECK(
      run(store, "slug,name,inn,form,fee\nromashka,ООО «Ромашка»,7736207543,ooo,12000\n", options())
          .count(ImportAction::update) == 1);
  CHECK(get_client(store, "romashka").fee == Money{1200000, "RUB"});
  try {
    run(store, "slug,name,inn,form\nromashka,ООО «Ромашка»,7707083893,ooo\n", options());
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.details() == std::vector<std::string>{"line 2: client 'romashka' has ИНН 7736207543, "
                                                  "but this row has 7707083893"});
  }
  try {
    run(store, "slug,name,inn,form\nvasilek,ООО «Ромашка»,7736207543,ooo\n", options());
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.details() ==
          std::vector<std::string>{"line 2: ИНН 7736207543 is already client 'romashka', not "
                                   "'vasilek'"});
  }
  // Derived slugs never collide with existing ones.
  run(store, "name,inn\nООО «Ромашка-2»,7736050003\n", options());
  CHECK(get_client(store, "romashka-2").inn == "7736050003");
  run(store, "name,inn\nООО «Ромашка»,7707083893\n", options());
  CHECK(get_client(store, "romashka-3").inn == "7707083893");
}

TEST_CASE("export writes what import reads: a round trip changes nothing") {
  Store store = test::open_test_store();
  const std::string text = k_excel;
  run(store, text, options());
  {
    WriteTransaction tx(store);
    set_facts(store, test::tester(), "romashka", {"x-kkt=2", "property=true"}, day("2026-02-01"));
    tx.commit();
  }
  const auto clients = load_clients(store, false);
  for (const bool excel : {false, true}) {
    const std::string csv = export_clients_csv(clients, day("2026-04-20"), excel);
    CHECK((csv.substr(0, 3) == "\xEF\xBB\xBF") == excel);
    const ImportReport again = run(store, csv, options());
    CHECK(again.count(ImportAction::unchanged) == 3);
  }
  const std::string csv = export_clients_csv(clients, day("2026-04-20"), false);
  CHECK(csv.substr(0, csv.find('\n')) ==
        "slug,name,short_name,form,inn,kpp,ogrn,country,region,timezone,status,contract_start,"
        "contract_end,fee,tags,notes,regime,employer,vat,vat-exempt,vat-agent,property,transport,"
        "land,water-tax,trade-fee,tourist-tax,profit-advances,property-base,rosstat,x-kkt");
}

TEST_CASE("work-group columns: a staff handle or full name, from the contract start") {
  Store store = test::open_test_store();
  const auto add = [&](const char* handle, const char* name, std::vector<std::string> roles) {
    WriteTransaction tx(store);
    StaffChanges c;
    c.name = name;
    c.roles = std::move(roles);
    add_staff(store, test::tester(), handle, c, "RUB");
    tx.commit();
  };
  add("orlova", "Орлова Светлана", {"manager"});
  add("ivanova", "Иванова Мария", {"accountant", "payroll"});
  add("petrova", "Петрова Анна", {"accountant"});
  const std::string text = "Наименование;ИНН;Дата договора;Менеджер;Бухгалтер\n"
                           "ООО «Ромашка»;7736207543;01.02.2026;orlova;иванова  мария\n";
  CHECK(run(store, text, options()).count(ImportAction::create) == 1);
  CHECK(role_holder(store, "romashka", "manager", day("2026-02-01")) == "orlova");
  CHECK(role_holder(store, "romashka", "accountant", day("2026-02-01")) == "ivanova");
  CHECK_FALSE(role_holder(store, "romashka", "manager", day("2026-01-31")).has_value());
  // The same file again changes nothing.
  CHECK(run(store, text, options()).count(ImportAction::unchanged) == 1);

  // A new accountant is dated --from; the history is kept.
  std::string changed = text;
  changed.replace(changed.find("иванова  мария"), std::string("иванова  мария").size(), "petrova");
  const ImportReport update = run(store, changed, options());
  REQUIRE(update.count(ImportAction::update) == 1);
  CHECK(update.rows[0].changes.back().field == "accountant");
  CHECK(role_holder(store, "romashka", "accountant", day("2026-04-19")) == "ivanova");
  CHECK(role_holder(store, "romashka", "accountant", day("2026-04-20")) == "petrova");

  // Someone the firm does not have, or without the role: the row is refused, nothing changes.
  const auto audit_before = query_audit(store, {}).size();
  for (const char* who : {"Сидоров Пётр", "orlova"}) {
    std::string bad = text;
    bad.replace(bad.find("иванова  мария"), std::string("иванова  мария").size(), who);
    CHECK_THROWS_AS(run(store, bad, options()), Error);
  }
  CHECK(query_audit(store, {}).size() == audit_before);
}
