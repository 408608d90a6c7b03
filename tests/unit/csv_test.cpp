#include "helpers.hpp"
#include "util/csv.hpp"

using namespace acctcore;

namespace {

std::vector<std::vector<std::string>> fields_of(const CsvTable& table) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& record : table.records)
    rows.push_back(record.fields);
  return rows;
}

using Rows = std::vector<std::vector<std::string>>;

} // namespace

TEST_CASE("CSV as Excel writes it in a Russian locale: BOM, semicolons, CRLF") {
  const auto table =
      parse_csv("\xEF\xBB\xBFНаименование;ИНН\r\nООО \"Ромашка\";7707083893\r\n", "clients.csv");
  CHECK(table.bom);
  CHECK(table.separator == ';');
  CHECK(fields_of(table) == Rows{{"Наименование", "ИНН"}, {"ООО \"Ромашка\"", "7707083893"}});
  CHECK(table.records[1].line == 2);
}

TEST_CASE("quoted fields keep separators, doubled quotes and line breaks") {
  const auto table = parse_csv("name,notes\r\n\"ООО \"\"Ромашка\"\", Москва\",\"first line\r\n"
                               "second line\"\r\nnext,\"\"\r\n",
                               "f.csv");
  CHECK(table.separator == ',');
  CHECK(fields_of(table) == Rows{{"name", "notes"},
                                 {"ООО \"Ромашка\", Москва", "first line\nsecond line"},
                                 {"next", ""}});
  // The record after a multi-line field starts on the line it is really on.
  CHECK(table.records[1].line == 2);
  CHECK(table.records[2].line == 4);
}

TEST_CASE("line ends: LF, CRLF, lone CR, a missing final one, and empty lines are skipped") {
  CHECK(fields_of(parse_csv("a;b\nc;d", "f")) == Rows{{"a", "b"}, {"c", "d"}});
  CHECK(fields_of(parse_csv("a;b\rc;d\r", "f")) == Rows{{"a", "b"}, {"c", "d"}});
  const auto table = parse_csv("a;b\r\n\r\n\r\nc;d\r\n", "f");
  CHECK(fields_of(table) == Rows{{"a", "b"}, {"c", "d"}});
  CHECK(table.records[1].line == 4);
  CHECK(fields_of(parse_csv("a;;\n", "f")) == Rows{{"a", "", ""}});
  CHECK(parse_csv("", "f").records.empty());
  CHECK(parse_csv("\xEF\xBB\xBF", "f").records.empty());
}

TEST_CASE("a row of empty fields is blank") {
  const auto table = parse_csv("a;b\n;  \n", "f");
  CHECK_FALSE(table.records[0].blank());
  CHECK(table.records[1].blank());
}

TEST_CASE("the separator is the one the header uses most") {
  CHECK(detect_csv_separator("a;b;c\n1,5;2;3") == ';');
  CHECK(detect_csv_separator("a,b,c\n1;2;3") == ',');
  CHECK(detect_csv_separator("a\tb\n") == '\t');
  CHECK(detect_csv_separator("\"a;b\",c\n") == ',');
  CHECK(detect_csv_separator("a;b,c") == ';'); // a tie goes to ';', as Russian Excel writes
  CHECK(detect_csv_separator("single\n") == ',');
  CHECK(parse_csv("a,b\n", "f", ';').records[0].fields == std::vector<std::string>{"a,b"});
}

TEST_CASE("broken CSV is refused with the line, and a hint for Windows-1251") {
  try {
    parse_csv("name;inn\nok;1\n\xcf\xf0\xe8\xe2\xe5\xf2;2\n", "clients.csv");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "clients.csv:3:1: invalid UTF-8");
    CHECK(e.hint().find("iconv -f cp1251") != std::string::npos);
  }
  CHECK_ERROR(parse_csv("a;b\nÄ;x\xff\n", "f.csv"), ErrorKind::invalid, "f.csv:2:4: invalid UTF-8");
  CHECK_ERROR(parse_csv("a;b\n1;\"open\n2;3\n", "f.csv"), ErrorKind::invalid,
              "f.csv:2:3: a quoted field starts here and is never closed");
  CHECK_ERROR(parse_csv("a;b\n\"x\"y;2\n", "f.csv"), ErrorKind::invalid,
              "f.csv:2:4: text after the closing quote of a field (expected ';'");
}

TEST_CASE("writing CSV quotes only what needs it, and reads back the same") {
  CHECK(csv_field("plain", ';') == "plain");
  CHECK(csv_field("a;b", ';') == "\"a;b\"");
  CHECK(csv_field("a;b", ',') == "a;b");
  CHECK(csv_field("ООО \"Ромашка\"", ',') == "\"ООО \"\"Ромашка\"\"\"");
  CHECK(csv_field("two\nlines", ',') == "\"two\nlines\"");
  CHECK(csv_field(" padded", ',') == "\" padded\"");
  const std::vector<std::string> fields = {"a;b", "ООО \"Ромашка\"", "x\ny", "", " s "};
  const std::string line = csv_record(fields, ';');
  CHECK(line.substr(line.size() - 2) == "\r\n");
  CHECK(parse_csv(line, "f").records.front().fields == fields);
}
