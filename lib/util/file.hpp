#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace acctcore {

/// Removes a file when the scope ends, unless release() was called: for files a command
/// creates and must not leave half-written when it fails.
class FileGuard {
public:
  explicit FileGuard(std::filesystem::path path) : m_path(std::move(path)) {}
  FileGuard(const FileGuard&) = delete;
  FileGuard& operator=(const FileGuard&) = delete;
  ~FileGuard();

  /// Keeps the file.
  void release() noexcept { m_armed = false; }

private:
  std::filesystem::path m_path;
  bool m_armed = true;
};

/// Writes `text` to `path` all or nothing: into a temporary file beside it (created with
/// `mode`), then renamed over it. Missing parent directories are created. Throws Error(io).
void write_file_atomically(const std::filesystem::path& path, std::string_view text, mode_t mode);

/// The *.toml files of one kind of template under `path`, sorted: `path` itself when it is a
/// file in a folder named `folder` ("reminders", "indicators"), the files of `path` when it is
/// such a folder, or of its `folder` subfolder when it is a templates directory; none
/// otherwise.
std::vector<std::filesystem::path> template_files(const std::filesystem::path& path,
                                                  std::string_view folder);

/// The whole file as bytes. Throws Error: not_found when it does not exist, io when it cannot be
/// read (a directory, no permission).
std::string read_file(const std::filesystem::path& path);

} // namespace acctcore
