#pragma once

// Shared helpers for the unit tests.
#include "util/clock.hpp"
#include "util/date.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace acctcore::test {

/// A fresh directory removed at the end of the test.
class TempDir {
public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "acct-unit-XXXXXX").string();
    m_path = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }
  const std::filesystem::path& path() const { return m_path; }

private:
  std::filesystem::path m_path;
};

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline Date day(const char* iso) {
  return parse_date(iso).value();
}

inline Timestamp instant(const char* iso) {
  return parse_timestamp(iso, nullptr).value();
}

/// The actor used by store tests.
inline Actor tester(const char* at = "2026-04-20T06:00:00Z") {
  return Actor{"tester", instant(at)};
}

/// The source tree, for tests that read bundled data and docs.
inline std::filesystem::path source_dir() {
  return ACCT_SOURCE_DIR;
}

} // namespace acctcore::test

/// Checks that `expr` throws acctcore::Error of `kind` whose message contains `text`.
#define CHECK_ERROR(expr, error_kind, text)                                                        \
  do {                                                                                             \
    try {                                                                                          \
      (void)(expr);                                                                                \
      FAIL_CHECK("expected an error: " << #expr);                                                  \
    } catch (const acctcore::Error& e_) {                                                          \
      CHECK(e_.kind() == (error_kind));                                                            \
      CHECK_MESSAGE(std::string(e_.what()).find(text) != std::string::npos, e_.what());            \
    }                                                                                              \
  } while (false)
