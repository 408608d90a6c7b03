#include "helpers.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

using namespace acctcore;

TEST_CASE("every exit code is documented in docs/exit-codes.md") {
  const std::string doc = test::read_file(test::source_dir() / "docs" / "exit-codes.md");
  REQUIRE_FALSE(doc.empty());
  for (const ErrorKind kind : k_error_kinds) {
    const std::string row = fmt::format("| {} | `{}` |", exit_code(kind), error_kind_name(kind));
    CHECK_MESSAGE(doc.find(row) != std::string::npos, "missing row: " << row);
  }
}

TEST_CASE("diagnostics print where the problem is") {
  CHECK(Diagnostic{"a.toml", 3, 7, "unknown key 'x'"}.to_string() == "a.toml:3:7: unknown key 'x'");
  CHECK(Diagnostic{"a.toml", 3, 0, "m"}.to_string() == "a.toml:3: m");
  CHECK(Diagnostic{"", 12, 0, "m"}.to_string() == "line 12: m");
  CHECK(Diagnostic{"", 0, 0, "m"}.to_string() == "m");
}

TEST_CASE("several diagnostics become one error with details") {
  try {
    throw_diagnostics(ErrorKind::invalid, "invalid config",
                      {{"c.toml", 1, 1, "first"}, {"c.toml", 2, 1, "second"}});
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "invalid config: 2 problems");
    CHECK(e.details() == std::vector<std::string>{"c.toml:1:1: first", "c.toml:2:1: second"});
  }
  try {
    throw_diagnostics(ErrorKind::invalid, "invalid config", {{"c.toml", 1, 1, "only"}});
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "invalid config: c.toml:1:1: only");
    CHECK(e.details().empty());
  }
}

TEST_CASE("an error quoting outside input stays one line") {
  // Found by fuzzing (tests/fuzz/regressions/money): a carriage return in an amount made the
  // message print a line of its own; a terminal escape could colour or hide the output.
  const Error error(ErrorKind::invalid, "invalid amount '\rm1-i'", "a\nb",
                    {"x\x1b[2Jy", "tab\tok"});
  CHECK(std::string(error.what()) == "invalid amount '\\rm1-i'");
  CHECK(error.hint() == "a\\nb");
  CHECK(error.details() == std::vector<std::string>{"x\\x1b[2Jy", "tab\tok"});
  CHECK(std::string(Error(ErrorKind::invalid, "кириллица € ok").what()) == "кириллица € ok");
}
