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

/// Creates `path` holding `bytes`, all or nothing, never replacing a file: the bytes go to an
/// anonymous file in the target's directory (O_TMPFILE), synced, and only then linked under its
/// name, so that even a process killed half-way leaves nothing behind. (On a file system without
/// O_TMPFILE, a temporary name beside `path` is used instead.) Returns 0, or the errno of what
/// failed: EEXIST when `path` exists, ENOSPC when the disk is full, ...
[[nodiscard]] int write_new_file(const std::filesystem::path& path, std::string_view bytes,
                                 mode_t mode) noexcept;

/// True when `path` is a directory; false when nothing is there or it is something else.
/// Throws Error(io) when it cannot be looked at (a parent directory without permission): a
/// folder acct cannot read is never taken for a missing one.
bool is_existing_directory(const std::filesystem::path& path);

/// The regular files named `*EXTENSION` (".toml") directly in the directory `dir`, sorted.
/// Throws Error(io) when `dir` cannot be read.
std::vector<std::filesystem::path> files_in_directory(const std::filesystem::path& dir,
                                                      std::string_view extension);

/// The *.toml files of one kind of template under `path`, sorted: `path` itself when it is a
/// file in a folder named `folder` ("reminders", "indicators"), the files of `path` when it is
/// such a folder, or of its `folder` subfolder when it is a templates directory; none
/// otherwise. Throws Error(io) when a folder on the way cannot be read.
std::vector<std::filesystem::path> template_files(const std::filesystem::path& path,
                                                  std::string_view folder);

/// The whole file as bytes. Throws Error: not_found when it does not exist, io when it cannot be
/// read (a directory, no permission).
std::string read_file(const std::filesystem::path& path);

} // namespace acctcore
