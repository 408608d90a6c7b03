#pragma once

// What every libFuzzer target shares (tests/fuzz/README.md). A target feeds its input to one
// parser of outside input and lets only acctcore::Error escape the parser: that is how acct
// refuses bad input. Anything else (another exception, a sanitizer report, a broken property
// checked with require()) is a crash that libFuzzer saves.

#include "util/error.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

/// The entry point libFuzzer calls with each input (the replay driver of the test build calls it
/// as acct_fuzz_NAME: tests/fuzz/CMakeLists.txt).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace acctfuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Stops the run with a message when a property of the parser does not hold.
inline void require(bool holds, const char* property) {
  if (!holds) {
    std::fprintf(stderr, "property does not hold: %s\n", property);
    std::abort();
  }
}

/// An error acct prints is one line: no line break in its message, hint or details (a line
/// break from the input would let a file forge further lines of output).
inline void check_error(const acctcore::Error& error) {
  const auto one_line = [](const std::string& s) {
    return s.find_first_of("\r\n") == std::string::npos;
  };
  require(one_line(error.what()), "an error message is one line");
  require(one_line(error.hint()), "an error hint is one line");
  for (const auto& detail : error.details())
    require(one_line(detail), "an error detail is one line");
  require(error.kind() != acctcore::ErrorKind::internal, "bad input is never an internal error");
}

/// Runs `parse`; an acctcore::Error is the expected way to refuse input and is checked, anything
/// else escapes and crashes the run.
template <class F>
void refusing(F&& parse) {
  try {
    parse();
  } catch (const acctcore::Error& error) {
    check_error(error);
  }
}

} // namespace acctfuzz
