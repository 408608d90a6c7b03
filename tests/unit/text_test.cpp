#include "helpers.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

using namespace acctcore;

TEST_CASE("UTF-8 validation rejects malformed sequences") {
  CHECK(is_valid_utf8("Иванова Мария"));
  CHECK(is_valid_utf8("Қазақ 日本 🙂"));
  CHECK(is_valid_utf8(""));
  CHECK_FALSE(is_valid_utf8("\xff"));
  CHECK_FALSE(is_valid_utf8("\xd0"));                     // truncated two-byte sequence
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));                 // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));             // UTF-16 surrogate
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));         // above U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xcf\xf0\xe8\xe2\xe5\xf2")); // "Привет" in Windows-1251
}

TEST_CASE("display width counts columns, not bytes") {
  CHECK(display_width("Привет") == 6);
  CHECK(display_width("Қазақ") == 5);
  CHECK(display_width("日本語") == 6);
  CHECK(display_width("e\xcc\x81") == 1); // e + combining acute
  CHECK(pad_right("Ёж", 4) == "Ёж  ");
  CHECK(pad_left("12", 4) == "  12");
  CHECK(truncate_to_width("Бухгалтерия", 6) == "Бухга…");
  CHECK(truncate_to_width("Бух", 6) == "Бух");
}

TEST_CASE("small string helpers") {
  CHECK(trim("  a b \t\n") == "a b");
  CHECK(to_lower_ascii("IvanOVA Ж") == "ivanova Ж");
  CHECK(split("a;;b", ';') == std::vector<std::string>{"a", "", "b"});
  CHECK(split("", ',') == std::vector<std::string>{""});
  const std::vector<std::string> parts{"x", "y", "z"};
  CHECK(join(parts, ", ") == "x, y, z");
  CHECK(quoted_list(parts) == "'x', 'y' or 'z'");
  CHECK(has_control_chars("a\x01"));
  CHECK_FALSE(has_control_chars("a\tb\nc"));
}

TEST_CASE("did-you-mean suggestions only for likely typos") {
  CHECK(edit_distance("staff", "stafff") == 1);
  CHECK(edit_distance("", "abc") == 3);
  const std::vector<std::string> roles{"manager", "accountant", "chief-accountant", "payroll"};
  CHECK(closest_match("acountant", roles) == "accountant");
  CHECK(closest_match("payrol", roles) == "payroll");
  CHECK(closest_match("zzzzzz", roles).empty());
  CHECK(closest_match("manager", roles).empty()); // an exact match is not a suggestion
}

TEST_CASE("tables line up Cyrillic by display width") {
  Table table({"HANDLE", "NAME", "H"});
  table.align(2, Align::right);
  table.add_row({"ivanova", "Иванова Мария", "40"});
  table.add_row({"li", "Ли", "7.5"});
  CHECK(table.render() == "HANDLE   NAME             H\n"
                          "ivanova  Иванова Мария   40\n"
                          "li       Ли             7.5\n");
  CHECK_THROWS_AS(table.add_row({"a", "b", "c", "d"}), Error);
}

TEST_CASE("the last left-aligned column has no trailing spaces") {
  Table table({"A", "B"});
  table.add_row({"x", ""});
  table.add_row({"yyy", "Ж"});
  CHECK(table.render() == "A    B\nx\nyyy  Ж\n");
}

TEST_CASE("render_fields aligns labels and skips empty values") {
  CHECK(render_fields({{"name", "Иванова"}, {"email", ""}, {"capacity", "40"}}) ==
        "name:     Иванова\ncapacity: 40\n");
  CHECK(render_fields({{"note", "line one\nline two"}}) == "note: line one\n      line two\n");
}

TEST_CASE("single-line values: trimmed, or refused saying why") {
  CHECK(require_single_line("name", "  Иванова ") == "Иванова");
  CHECK_ERROR(require_single_line("name", " "), ErrorKind::invalid, "the name must not be empty");
  CHECK_ERROR(require_single_line("short name", "a\nb"), ErrorKind::invalid,
              "the short name must be one line without control characters");
  CHECK_ERROR(require_single_line("name", "\xff"), ErrorKind::invalid, "not valid UTF-8");
  CHECK_ERROR(require_single_line("name", std::string(11, 'x'), 10), ErrorKind::invalid,
              "the name is longer than 10 characters");
  CHECK(invalid_utf8_offset("ab\xff") == 2);
  CHECK(invalid_utf8_offset("Жук") == std::string_view::npos);
}
