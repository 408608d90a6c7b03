// Turnover-balance sheets and indicators (lib/figures): account codes, amounts, recognising the
// table, checking it, indicators from TOML, computing and comparing them, the remarks.
#include "figures/account.hpp"
#include "figures/amount.hpp"
#include "figures/render.hpp"
#include "figures/report.hpp"
#include "figures/turnover.hpp"
#include "helpers.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

using namespace acctcore;

namespace {

std::string key_of(const char* code) {
  const auto parsed = parse_account_code(code);
  return parsed ? parsed->key : "?";
}

/// The header rows of a 1С sheet as a spreadsheet re-saves them (';', merged cells empty).
const std::string k_head = "ООО \"Ромашка\"\n"
                           "Оборотно-сальдовая ведомость за Март 2026 г.\n"
                           "Выводимые данные: БУ (данные бухгалтерского учета)\n"
                           "\n"
                           "Счет;;Сальдо на начало периода;;Обороты за период;;Сальдо на конец "
                           "периода;\n"
                           "Код;Наименование;Дебет;Кредит;Дебет;Кредит;Дебет;Кредит\n";

TurnoverBalance read_csv(const std::string& body, const std::string& head = k_head) {
  return read_turnover_balance(head + body, "osv.csv");
}

std::string error_of(const std::string& body, const std::string& head = k_head) {
  try {
    read_csv(body, head);
  } catch (const Error& e) {
    std::string text = e.what();
    for (const auto& d : e.details())
      text += "\n" + d;
    return text;
  }
  return "no error";
}

const TurnoverRow* row_of(const TurnoverBalance& b, const char* code) {
  for (const auto& row : b.rows)
    if (row.account.text == code)
      return &row;
  return nullptr;
}

} // namespace

TEST_CASE("account codes: balance, subaccounts, letters, off-balance") {
  CHECK(key_of("01") == "01");
  CHECK(key_of(" 60.01 ") == "60.1");
  CHECK(key_of("90.1") == key_of("90.01"));
  CHECK(key_of("10.10") != key_of("10.1"));
  CHECK(key_of("68.04.1") == "68.4.1");
  CHECK(key_of("76.АВ") == "76.АВ");
  CHECK(key_of("60.00") == "60.0");
  CHECK_FALSE(parse_account_code("60.01")->off_balance);
  CHECK(parse_account_code("001")->off_balance);
  CHECK(parse_account_code("МЦ.04")->off_balance);
  CHECK(parse_account_code("ГТД")->off_balance);
  for (const char* bad : {"", "6", "1234", "6O.01x", "60..1", "60,01", "60.", ".60", "60.0001",
                          "a1", "мц.04", "60.01.1.1.1", "60-1", "60 01"})
    CHECK_MESSAGE(!parse_account_code(bad), bad);
  CHECK(is_subaccount_of("60.1.2", "60"));
  CHECK(is_subaccount_of("60.1", "60"));
  CHECK_FALSE(is_subaccount_of("601", "60"));
  CHECK_FALSE(is_subaccount_of("60", "60"));
  CHECK(parent_account("68.4.1") == "68.4");
  CHECK(parent_account("68") == "");
}

TEST_CASE("amounts of numeric cells, exactly: no floating point, half away from zero") {
  CHECK(decimal_to_minor("1234.56") == 123456);
  CHECK(decimal_to_minor("1234.5599999999999") == 123456);
  CHECK(decimal_to_minor("0.1") == 10);
  CHECK(decimal_to_minor("-0.5") == -50);
  CHECK(decimal_to_minor("1.2345E+7") == 1234500000);
  CHECK(decimal_to_minor("12345E-2") == 12345);
  CHECK(decimal_to_minor("0.005") == 1);
  CHECK(decimal_to_minor("-0.005") == -1);
  CHECK(decimal_to_minor("0.0049") == 0);
  CHECK(decimal_to_minor("1E-3") == 0);
  CHECK(decimal_to_minor("10000000000000") == 1000000000000000);
  CHECK_FALSE(decimal_to_minor("10000000000000.01"));
  CHECK_FALSE(decimal_to_minor("-10000000000000.01"));
  CHECK_FALSE(decimal_to_minor("1e999"));
  CHECK_FALSE(decimal_to_minor(""));
  CHECK_FALSE(decimal_to_minor("."));
  CHECK_FALSE(decimal_to_minor("12a"));
  CHECK_FALSE(decimal_to_minor("1E"));
}

TEST_CASE("amounts written as text: spaces, commas, the minus sign") {
  CHECK(parse_text_amount("1 234 567,89").minor == 123456789);
  CHECK(parse_text_amount("1\u00A0234\u00A0567,89").minor == 123456789);
  CHECK(parse_text_amount("87\u202F513,60").minor == 8751360);
  CHECK(parse_text_amount("87\u2009513,6").minor == 8751360);
  CHECK(parse_text_amount("1234.5").minor == 123450);
  CHECK(parse_text_amount("-500").minor == -50000);
  CHECK(parse_text_amount("\u2212500,00").minor == -50000);
  CHECK(parse_text_amount("").minor == 0);
  CHECK(parse_text_amount("  ").minor == 0);
  CHECK(parse_text_amount("87 513,\n60").minor == 8751360);
  for (const char* bad : {"1.234.567,89", "(87 513,60)", "-", "нет", "***", "1,2,3", "12,", ",5"})
    CHECK_MESSAGE(!parse_text_amount(bad).minor, bad);
  CHECK(parse_text_amount("12,345").problem == "more than two digits after the decimal separator");
}

TEST_CASE("a 1С sheet re-saved as CSV: title, organisation, rows, names, totals") {
  const auto b = read_csv("01;Основные средства;1 000,00;;;;1 000,00;\n"
                          "60;Расчеты с поставщиками;;1 000,00;200,00;;;800,00\n"
                          "60.01;Расчеты с поставщиками;;1 000,00;200,00;;;800,00\n"
                          "51;Расчетные счета;;;;200,00;;200,00\n"
                          "Итого;;1 000,00;1 000,00;200,00;200,00;1 000,00;1 000,00\n"
                          "это;после;итогов\n");
  CHECK(b.organisation == "ООО \"Ромашка\"");
  CHECK(b.title == "Оборотно-сальдовая ведомость за Март 2026 г.");
  REQUIRE(b.period);
  CHECK(b.period->text == "Март 2026 г.");
  CHECK(*b.period->from == test::day("2026-03-01"));
  CHECK(*b.period->to == test::day("2026-03-31"));
  REQUIRE(b.rows.size() == 4);
  CHECK(b.rows[1].account.text == "60");
  CHECK(b.rows[1].name == "Расчеты с поставщиками");
  CHECK(b.rows[1].source_row == 8);
  CHECK(b.rows[3].amounts.turnover_credit == 20000);
  // Totals are of the accounts without a parent row: 60.01 is inside 60.
  CHECK(b.totals.closing_debit == 100000);
  CHECK(b.totals.closing_credit == 100000);
  CHECK(b.totals_row == 11);
}

TEST_CASE("the header in one row, «Сальдо на <date>» told apart by position, no title") {
  const auto b = read_turnover_balance(
      "Счет\tСальдо на 01.03.2026 Дт\tСальдо на 01.03.2026 Кт\tОбороты Дт\tОбороты Кт\t"
      "Сальдо на 31.03.2026 Дт\tСальдо на 31.03.2026 Кт\n"
      "50\t100\t\t50\t\t150\t\n"
      "80\t\t100\t\t\t\t100\n"
      "51\t\t\t\t50\t\t50\n",
      "flat.tsv");
  CHECK_FALSE(b.period);
  REQUIRE(b.rows.size() == 3);
  CHECK(b.rows[0].amounts.opening_debit == 10000);
  CHECK(b.rows[0].amounts.closing_debit == 15000);
  CHECK(b.totals_row == 0);
}

TEST_CASE("code and name in one cell, and the «Показатели» column: only БУ rows count") {
  const std::string head = "Оборотно-сальдовая ведомость за 01.03.2026 - 31.03.2026\n"
                           "Счет, Наименование счета;Показатели;Сальдо на начало периода;;"
                           "Обороты за период;;Сальдо на конец периода;\n"
                           ";БУ;Дебет;Кредит;Дебет;Кредит;Дебет;Кредит\n";
  const auto b = read_csv("62.01, Расчеты с покупателями;БУ;500,00;;;;500,00;\n"
                          ";НУ;999,00;;;;999,00;\n"
                          ";Вал.;7,00;;;;7,00;\n"
                          "80, Уставный капитал;БУ;;500,00;;;;500,00\n"
                          "Итого;;500,00;500,00;;;500,00;500,00\n",
                          head);
  REQUIRE(b.rows.size() == 2);
  CHECK(b.rows[0].account.text == "62.01");
  CHECK(b.rows[0].name == "Расчеты с покупателями");
  CHECK(b.rows[0].amounts.opening_debit == 50000);
  REQUIRE(b.period);
  CHECK(*b.period->from == test::day("2026-03-01"));
}

TEST_CASE("merged header cells of an XLSX grid are read as the whole range") {
  Grid grid;
  grid.file = "osv.xlsx";
  grid.sheet = "TDSheet";
  const auto text = [](std::initializer_list<const char*> cells) {
    std::vector<GridCell> out;
    for (const char* c : cells)
      out.push_back({c, false});
    return out;
  };
  grid.rows = {
      {1, text({"Оборотно-сальдовая ведомость за Март 2026 г."})},
      // The group headings sit in C3, E3, G3 (merged over two columns each); "Счет"
      // is merged over A3:B3 and the code and name are under it.
      {3, text({"Счет", "", "Сальдо на начало периода", "", "Обороты за период", "",
                "Сальдо на конец периода", ""})},
      {4, text({"Код", "Наименование", "Дебет", "Кредит", "Дебет", "Кредит", "Дебет", "Кредит"})},
      {5, {{"50", false}, {"Касса", false}, {"100.5", true}, {}, {}, {}, {"100.5", true}, {}}},
      {6, {{"80", false}, {}, {}, {"100.5", true}, {}, {}, {}, {"100.5", true}}},
      {7,
       {{"Итого", false},
        {},
        {"100.50", true},
        {"100.5", true},
        {},
        {},
        {"100.5", true},
        {"100.5", true}}}};
  grid.merged = {{3, 3, 0, 1}, {3, 3, 2, 3}, {3, 3, 4, 5}, {3, 3, 6, 7}};
  const auto b = recognise_turnover_balance(std::span<const Grid>(&grid, 1), "osv.xlsx");
  CHECK(b.sheet == "TDSheet");
  REQUIRE(b.rows.size() == 2);
  CHECK(b.rows[0].amounts.opening_debit == 10050);
  CHECK(b.rows[0].name == "Касса");
}

TEST_CASE("cells that are not amounts or codes: each named by row and column") {
  const auto text = error_of("01;ОС;1 000,00;;;;1 000,00;\n"
                             "6O.01;Ошибка;;;;;;\n"
                             "80;Капитал;;(1 000,00);;;;1 000,00\n");
  CHECK(text.find("invalid turnover-balance sheet: 2 problems") == 0);
  CHECK(text.find("osv.csv: row 8, column A: '6O.01' is not an account code") != std::string::npos);
  CHECK(text.find("osv.csv: row 9, column D: '(1 000,00)' is not an amount (expected digits, "
                  "spaces and one decimal comma or point)") != std::string::npos);
}

TEST_CASE("totals that do not balance are refused, naming the totals row") {
  CHECK(error_of("01;ОС;1 000,00;;;;1 000,00;\n"
                 "80;Капитал;;999,00;;;;999,00\n"
                 "Итого;;1 000,00;999,00;;;1 000,00;999,00\n") ==
        "invalid turnover-balance sheet: 2 problems\n"
        "osv.csv: row 9: debit and credit totals do not balance: opening debit 1000.00, opening "
        "credit 999.00\n"
        "osv.csv: row 9: debit and credit totals do not balance: closing debit 1000.00, closing "
        "credit 999.00");
  // Without an «Итого» row the accounts' own sums must balance.
  CHECK(error_of("01;ОС;;;5,00;;5,00;\n")
            .find("debit and credit totals do not balance: "
                  "turnover debit 5.00, turnover credit 0.00") != std::string::npos);
}

TEST_CASE("an «Итого» row that is not the sum of the accounts is refused") {
  CHECK(error_of("01;ОС;1 000,00;;;;1 000,00;\n"
                 "80;Капитал;;1 000,00;;;;1 000,00\n"
                 "Итого;;2 000,00;2 000,00;;;1 000,00;1 000,00\n") ==
        "invalid turnover-balance sheet: osv.csv: row 9: the «Итого» row says opening debit "
        "2000.00, but the accounts above add up to 1000.00");
}

TEST_CASE("a row whose closing balance does not follow from its turnovers is refused") {
  CHECK(error_of("01;ОС;1 000,00;;100,00;;1 000,00;\n"
                 "80;Капитал;;1 000,00;;100,00;;1 000,00\n")
            .find("osv.csv: row 7: account 01 «ОС»: the closing balance 1000.00 does not follow "
                  "from the opening balance 1000.00 and the turnovers 100.00 (debit) and 0.00 "
                  "(credit), which give 1100.00") != std::string::npos);
}

TEST_CASE("an account twice, and amounts without a code, are refused") {
  const auto text = error_of("01;ОС;1 000,00;;;;1 000,00;\n"
                             "01;ОС;1 000,00;;;;1 000,00;\n"
                             ";;;5,00;;;;5,00\n");
  CHECK(text.find("osv.csv: row 9, column A: amounts without an account code") !=
        std::string::npos);
  CHECK(error_of("01;ОС;1 000,00;;;;1 000,00;\n"
                 "01;ОС;;1 000,00;;;;1 000,00\n")
            .find("account 01 is there twice (rows 7 and 8)") != std::string::npos);
}

TEST_CASE("a sheet of more accounts than any client has is refused, not summed past 64 bits") {
  std::string body;
  for (int i = 0; i <= 5000; ++i)
    body += fmt::format("001.{}.{};x;10 000 000 000 000,00;;;;10 000 000 000 000,00;\n", i / 1000,
                        i % 1000);
  CHECK(error_of(body).find("more than 5000 accounts: not a turnover-balance sheet acct reads") !=
        std::string::npos);
  CHECK(error_of("01;ОС;10 000 000 000 000,01;;;;;\n").find("is not an amount (too large)") !=
        std::string::npos);
}

TEST_CASE("off-balance accounts are kept but left out of the balance") {
  const auto b = read_csv("01;ОС;1 000,00;;;;1 000,00;\n"
                          "80;Капитал;;1 000,00;;;;1 000,00\n"
                          "001;Арендованные ОС;5 000,00;;;;5 000,00;\n"
                          "Итого;;1 000,00;1 000,00;;;1 000,00;1 000,00\n");
  CHECK(b.rows.size() == 3);
  CHECK(row_of(b, "001")->account.off_balance);
}

TEST_CASE("what is not a turnover-balance sheet, or not a spreadsheet at all") {
  const auto message = [](std::string_view bytes) {
    try {
      read_turnover_balance(bytes, "x");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::invalid);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message("") == "'x' is not a spreadsheet: the file is empty");
  CHECK(message(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)) ==
        "'x' is an Excel 97-2003 workbook (.xls), which acct does not read");
  CHECK(message(std::string_view("\x89PNG\r\n\x1A\n\0\0\0", 11)) ==
        "'x' is not a spreadsheet: it is neither an XLSX workbook nor text");
  // An empty ZIP archive: a ZIP, but no workbook in it.
  CHECK(message(std::string_view("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22)) ==
        "'x' is a ZIP archive but not an XLSX workbook: it has no part 'xl/workbook.xml'");
  CHECK(message("PK\x03\x04garbage")
            .find("'x' is not a spreadsheet: it looks like a ZIP "
                  "archive but cannot be opened as one") == 0);
  CHECK(message("name;inn\nООО;7707083893\n") ==
        "'x' has no turnover-balance table: no header with «Сальдо на начало периода», «Обороты "
        "за период» and «Сальдо на конец периода», each over «Дебет» and «Кредит»");
  CHECK(message("\xCE\xCE\xCE;\xD1\xF7\xE5\xF2\n").find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("the period of a title, and a sheet for another month refused") {
  CHECK(*parse_title_period("Оборотно-сальдовая ведомость за марта 2026 г.")->from ==
        test::day("2026-03-01"));
  CHECK(*parse_title_period("ОСВ за май 2026 г.")->to == test::day("2026-05-31"));
  CHECK(*parse_title_period("Оборотно-сальдовая ведомость за период с 01.02.2026 по "
                            "28.02.2026")
             ->to == test::day("2026-02-28"));
  const auto quarter = parse_title_period("Оборотно-сальдовая ведомость за 1 квартал 2026 г.");
  REQUIRE(quarter);
  CHECK_FALSE(quarter->from);
  CHECK(quarter->text == "1 квартал 2026 г.");
  CHECK_FALSE(parse_title_period("Оборотно-сальдовая ведомость"));

  const auto b = read_csv("01;ОС;1 000,00;;;;1 000,00;\n80;Капитал;;1 000,00;;;;1 000,00\n");
  check_sheet_period(b, *parse_period("2026-03"));
  try {
    check_sheet_period(b, *parse_period("2026-04"));
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          "'osv.csv' is a sheet for «Март 2026 г.», not for 2026-04 (апрель 2026)");
  }
}

// -- indicators -------------------------------------------------------------------------------

namespace {

/// A templates directory with a chart and an indicators file.
struct Templates {
  test::TempDir dir;
  Templates(const std::string& indicators, const std::string& chart = k_chart) {
    std::filesystem::create_directories(dir / "charts");
    std::filesystem::create_directories(dir / "indicators");
    test::write_file(dir / "charts/t.toml", chart);
    test::write_file(dir / "indicators/t.toml", indicators);
  }
  static inline const std::string k_chart = "[chart]\nid = \"t\"\ncountry = \"ru\"\n"
                                            "[accounts]\n\"50\" = \"Касса\"\n\"51\" = \"Счета\"\n"
                                            "\"60\" = \"Поставщики\"\n\"60.01\" = \"Долг\"\n"
                                            "\"90\" = \"Продажи\"\n\"90.01\" = \"Выручка\"\n"
                                            "\"90.03\" = \"НДС\"\n";
};

std::string lint(const Templates& t) {
  std::vector<std::string> lines;
  const std::filesystem::path paths[] = {t.dir.path()};
  for (const auto& d : lint_figures_paths(paths, t.dir.path() / "none"))
    lines.push_back(d.to_string().substr(t.dir.path().string().size() + 1));
  return join(lines, "\n");
}

const std::string k_cash = "chart = \"t\"\n"
                           "[[indicator]]\nid = \"cash\"\ntitle = \"Деньги\"\nkind = \"closing\"\n"
                           "side = \"debit\"\naccounts = [\"50\", \"51\"]\n";

AccountBalances balances(const std::string& body) {
  return AccountBalances(read_csv(body).rows);
}

} // namespace

TEST_CASE("indicators: the bundled files lint clean") {
  const std::filesystem::path paths[] = {test::source_dir() / "templates"};
  int files = 0;
  const auto problems = lint_figures_paths(paths, test::source_dir() / "templates", &files);
  for (const auto& p : problems)
    FAIL_CHECK(p.to_string());
  CHECK(files == 2);
}

TEST_CASE("indicators: an account no chart has is a lint error at its place") {
  Templates t("chart = \"t\"\n"
              "[[indicator]]\nid = \"cash\"\ntitle = \"Деньги\"\nkind = \"closing\"\n"
              "side = \"debit\"\naccounts = [\"50\", \"52\"]\n");
  CHECK(lint(t) == "indicators/t.toml:7:19: account 52 is not in chart 't' (" +
                       (t.dir / "charts/t.toml").string() + ")");
}

TEST_CASE("indicators: every mistake reported with its place") {
  Templates t("chart = \"t\"\n"
              "[[indicator]]\nid = \"Cash\"\ntitle = \"Деньги\"\nkind = \"balance\"\n"
              "side = \"left\"\naccounts = [\"60\", \"60.01\", \"5x\"]\ncolour = 1\n"
              "[[remark]]\nid = \"r\"\nindicator = \"nope\"\nrise_percent = 10\n"
              "text = \"{valu}\"\n");
  CHECK(lint(t) ==
        "indicators/t.toml:3:6: id 'Cash' must be lowercase letters, digits, '-' or '_'\n"
        "indicators/t.toml:5:8: 'kind' must be 'closing' (the balance at the month's end) or "
        "'turnover' (the month's turnover), not 'balance'\n"
        "indicators/t.toml:6:8: 'side' must be 'debit' or 'credit', not 'left'\n"
        "indicators/t.toml:7:19: account 60.01 is inside 60, which indicator 'Cash' already "
        "counts the same way\n"
        "indicators/t.toml:7:28: '5x' is not an account code (like 60, 60.01 or 76.АВ)\n"
        "indicators/t.toml:8:1: unknown key 'colour' in [[indicator]]\n"
        "indicators/t.toml:9: remark 'r' names indicator 'nope', which chart 't' does not have "
        "(known: Cash)\n"
        "indicators/t.toml:9:1: remark 'r' has a change in percent but no 'compare' "
        "(previous_month or year_ago)\n"
        "indicators/t.toml:13:8: unknown placeholder '{valu}' (known: title, value, base, change, "
        "change_percent, month, base_month, other, other_title)");
}

TEST_CASE("indicators: the firm's file replaces one by id and adds more, and its chart extends") {
  Templates bundled(k_cash);
  test::TempDir firm;
  std::filesystem::create_directories(firm / "indicators");
  std::filesystem::create_directories(firm / "charts");
  test::write_file(firm / "charts/t.toml",
                   "[chart]\nid = \"t\"\n[accounts]\n\"52\" = \"Валюта\"\n");
  test::write_file(firm / "indicators/mine.toml",
                   "chart = \"t\"\n[[indicator]]\nid = \"cash\"\ntitle = \"Деньги и валюта\"\n"
                   "kind = \"closing\"\nside = \"debit\"\naccounts = [\"50\", \"51\", \"52\"]\n"
                   "[[indicator]]\nid = \"revenue\"\ntitle = \"Выручка\"\nkind = \"turnover\"\n"
                   "side = \"credit\"\naccounts = [\"90.01\"]\n"
                   "[[indicator.minus]]\nside = \"debit\"\naccounts = [\"90.03\"]\n");
  const std::filesystem::path dirs[] = {bundled.dir.path(), firm.path()};
  const auto templates = load_figures_templates(dirs);
  const auto indicators = templates.indicators_of("t");
  REQUIRE(indicators.size() == 2);
  CHECK(indicators[0]->title == "Деньги и валюта");
  CHECK(indicators[1]->terms.size() == 2);
  CHECK(indicators[1]->terms[1].sign == -1);
  CHECK(indicators[1]->terms[1].kind == AmountKind::turnover);
  CHECK(templates.chart("t")->find("52") != nullptr);
  CHECK(templates.chart_for_country("ru")->id == "t");
}

TEST_CASE("amounts of an account: its row, else its subaccounts once, else zero or unknown") {
  const auto b = balances("60;Поставщики;;1 000,00;300,00;;300,00;1 000,00\n"
                          "60.01;Долг;;1 000,00;;;;1 000,00\n"
                          "60.02;Авансы;;;300,00;;300,00;\n"
                          "62.01;Покупатели;700,00;;;;700,00;\n"
                          "62.01.1;Рубли;700,00;;;;700,00;\n"
                          "90;Продажи;;;;300,00;;300,00\n"
                          "51;Счета;300,00;;;;300,00;\n");
  const auto closing = [&](const char* account, AccountSide side) {
    return b.amount(key_of(account), AmountKind::closing, side);
  };
  CHECK(closing("60", AccountSide::credit).minor == 100000);
  CHECK(closing("60", AccountSide::debit).minor == 30000);
  // 62 has no row: its subaccount 62.01 counts once, not again with 62.01.1.
  CHECK(closing("62", AccountSide::debit).minor == 70000);
  // Not in the sheet at all: no balance, no turnover.
  CHECK(closing("10", AccountSide::debit).minor == 0);
  // 60 is shown with subaccounts, so a missing 60.03 is zero.
  CHECK(closing("60.03", AccountSide::debit).minor == 0);
  // 90 is shown without subaccounts: its credit turnover cannot be split, its debit is zero.
  const auto revenue = b.amount(key_of("90.01"), AmountKind::turnover, AccountSide::credit);
  CHECK_FALSE(revenue.minor);
  CHECK(revenue.shown_as == "90");
  CHECK(b.amount(key_of("90.03"), AmountKind::turnover, AccountSide::debit).minor == 0);
}

TEST_CASE("report: changes, percents, no data for months never imported, remarks") {
  Templates t(k_cash +
              "[[remark]]\nid = \"up\"\nindicator = \"cash\"\ncompare = \"previous_month\"\n"
              "rise_percent = 30\nalert = true\ntext = \"{title}: +{change_percent} "
              "({change}), {value} против {base} за {base_month}\"\n"
              "[[remark]]\nid = \"year\"\nindicator = \"cash\"\ncompare = \"year_ago\"\n"
              "fall_percent = 10\ntext = \"ниже года\"\n"
              "[[remark]]\nid = \"neg\"\nindicator = \"cash\"\nnegative = true\n"
              "text = \"минус\"\n");
  const std::filesystem::path dirs[] = {t.dir.path()};
  const auto templates = load_figures_templates(dirs);
  const auto month = [](const char* id, const char* amount) {
    return MonthSheet{*parse_period(id),
                      balances(std::string("50;Касса;;;") + amount + ";;" + amount + ";\n" +
                               "80;Капитал;;;;" + amount + ";;" + amount + "\n"),
                      "f",
                      {}};
  };
  const std::vector<MonthSheet> sheets = {
      month("2025-03", "2 000,00"), month("2026-02", "1 000,00"), month("2026-03", "1 300,01")};
  FiguresHeader header;
  const auto report = build_figures_report(header, templates, *templates.chart("t"), sheets,
                                           *parse_period("2026-03"));
  REQUIRE(report.lines.size() == 1);
  const auto& line = report.lines[0];
  CHECK(*line.current.value.minor == 130001);
  CHECK(change_tenths_percent(line.current, line.previous) == 300);
  CHECK(change_ru(line.current, line.previous, "RUB") == "+300,01 ₽ (+30,0 %)");
  CHECK(change_ru(line.current, line.year_ago, "RUB") == "\u2212699,99 ₽ (\u221235,0 %)");
  // No percent of a base at or below zero, nor for a value below zero.
  const auto with = [](std::optional<std::int64_t> minor) {
    MonthValue m;
    m.imported = true;
    m.value.minor = minor;
    return m;
  };
  CHECK_FALSE(change_tenths_percent(with(100), with(-100)));
  CHECK_FALSE(change_tenths_percent(with(100), with(0)));
  CHECK_FALSE(change_tenths_percent(with(-50), with(100)));
  CHECK(change_ru(with(100), with(-100), "RUB") == "+2,00 ₽");
  REQUIRE(line.history.size() == 12);
  CHECK(line.history.front().month.id() == "2025-04");
  CHECK_FALSE(line.history.front().imported);
  CHECK(month_value_ru(line.history.front(), "RUB") == "нет данных");
  // 30,001 % is more than 30 %: the rise fires; a fall of 35 % against a year ago too.
  REQUIRE(report.remarks.size() == 2);
  CHECK(report.remarks[0].text ==
        "Деньги: +30,0 % (300,01 ₽), 1 300,01 ₽ против 1 000,00 ₽ "
        "за февраль 2026");
  CHECK(report.remarks[0].alert);
  CHECK(report.remarks[1].id == "year");

  // A month never imported: no values, no remarks, and said so.
  const auto empty = build_figures_report(header, templates, *templates.chart("t"), sheets,
                                          *parse_period("2026-04"));
  CHECK_FALSE(empty.imported);
  CHECK_FALSE(empty.lines[0].current.known());
  CHECK(empty.remarks.empty());
  CHECK(render_figures_text(empty).find("Данных за апрель 2026 нет: ведомость за этот месяц ещё "
                                        "не загружена.") != std::string::npos);
  CHECK(render_figures_text(empty).find("0,00") == std::string::npos);
  const auto json = figures_report_to_json(empty);
  CHECK(json["indicators"][0]["value_minor"].is_null());
  CHECK(json["indicators"][0]["previous"]["value_minor"] == 130001);
}

TEST_CASE("Russian money and percents") {
  CHECK(format_amount_ru(123456789) == "1 234 567,89");
  CHECK(format_amount_ru(-50) == "\u22120,50");
  CHECK(format_amount_ru(0) == "0,00");
  CHECK(format_amount_ru(100000, "\u00A0") == "1\u00A0000,00");
  CHECK(format_money_ru(150000, "RUB") == "1 500,00 ₽");
  CHECK(format_money_ru(150000, "KZT") == "1 500,00 ₸");
  CHECK(format_percent_ru(352) == "+35,2 %");
  CHECK(format_percent_ru(-5) == "\u22120,5 %");
  CHECK(format_percent_ru(0) == "0,0 %");
  CHECK(format_percent_ru(123400) == "+12 340,0 %");
}
