#pragma once

// A private temporary directory for targets whose parser reads files from a directory (the
// loaders with layers): created once per fuzzing process, removed at its exit.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

namespace acctfuzz {

class Scratch {
public:
  /// A new directory with an empty subdirectory `sub` (where the files go).
  explicit Scratch(const std::string& sub) {
    std::string pattern = (std::filesystem::temp_directory_path() / "acct-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
      std::abort();
    m_root = pattern;
    m_dir = m_root / sub;
    std::filesystem::create_directories(m_dir);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  ~Scratch() {
    std::error_code ec;
    std::filesystem::remove_all(m_root, ec);
  }

  /// The directory holding the subdirectory (a templates directory).
  const std::filesystem::path& root() const noexcept { return m_root; }
  /// The subdirectory.
  const std::filesystem::path& dir() const noexcept { return m_dir; }

  void write(const std::string& name, std::string_view text) const {
    std::ofstream out(m_dir / name, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out)
      std::abort();
  }

private:
  std::filesystem::path m_root;
  std::filesystem::path m_dir;
};

} // namespace acctfuzz
