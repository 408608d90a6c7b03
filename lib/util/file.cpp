#include "util/file.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace acctcore {

FileGuard::~FileGuard() {
  if (m_armed)
    ::unlink(m_path.c_str());
}

void write_file_atomically(const std::filesystem::path& path, std::string_view text, mode_t mode) {
  const auto fail = [&](int err) {
    return Error(ErrorKind::io, trf("cannot write '{}': {}", path.string(), std::strerror(err)));
  };
  const auto parent = path.parent_path();
  std::error_code ec;
  if (!parent.empty())
    std::filesystem::create_directories(parent, ec);
  if (ec)
    throw Error(ErrorKind::io,
                trf("cannot create directory '{}': {}", parent.string(), ec.message()));
  std::filesystem::path temp = path;
  temp += fmt::format(".tmp-{}", ::getpid());
  const int fd = ::open(temp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode);
  if (fd < 0)
    throw fail(errno);
  FileGuard guard(temp);
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      throw fail(err);
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0)
    throw fail(errno);
  if (::rename(temp.c_str(), path.c_str()) != 0)
    throw fail(errno);
  guard.release();
}

namespace {

/// Writes all of `bytes` to `fd`; false with errno set when a write fails.
bool write_all(int fd, std::string_view bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

/// Closes a file descriptor when the scope ends.
struct FdCloser {
  int fd;
  ~FdCloser() { ::close(fd); }
};

} // namespace

int write_new_file(const std::filesystem::path& path, std::string_view bytes,
                   mode_t mode) noexcept {
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
  std::string temp;
  if (fd < 0) {
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
      return errno;
    temp = fmt::format("{}.tmp-{}", path.string(), ::getpid());
    fd = ::open(temp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode);
    if (fd < 0)
      return errno;
  }
  FdCloser closer{fd};
  FileGuard guard(temp); // removes the temporary name, if one was used, whatever happens
  if (temp.empty())
    guard.release();
  if (!write_all(fd, bytes) || ::fsync(fd) != 0)
    return errno;
  // linkat with AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH; the /proc path works for anyone.
  const int linked = temp.empty() ? ::linkat(AT_FDCWD, fmt::format("/proc/self/fd/{}", fd).c_str(),
                                             AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW)
                                  : ::link(temp.c_str(), path.c_str());
  if (linked != 0)
    return errno;
  // The new name is durable once the directory is synced.
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return 0;
}

bool is_existing_directory(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR)
      return false;
    throw Error(ErrorKind::io,
                trf("cannot read directory '{}': {}", path.string(), std::strerror(errno)));
  }
  return S_ISDIR(st.st_mode);
}

std::vector<std::filesystem::path> files_in_directory(const std::filesystem::path& dir,
                                                      std::string_view extension) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  std::filesystem::directory_iterator it(dir, ec);
  for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
    if (it->path().extension() == extension && it->is_regular_file(ec))
      files.push_back(it->path());
  if (ec)
    throw Error(ErrorKind::io,
                trf("cannot read directory '{}': {}", dir.string(), std::strerror(ec.value())));
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_file(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    throw Error(err == ENOENT ? ErrorKind::not_found : ErrorKind::io,
                trf("cannot read '{}': {}", path.string(), std::strerror(err)));
  }
  std::string text;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      throw Error(ErrorKind::io, trf("cannot read '{}': {}", path.string(), std::strerror(err)));
    }
    if (n == 0)
      break;
    text.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return text;
}

std::vector<std::filesystem::path> template_files(const std::filesystem::path& path,
                                                  std::string_view folder) {
  if (!is_existing_directory(path))
    return path.parent_path().filename() == folder ? std::vector{path}
                                                   : std::vector<std::filesystem::path>{};
  auto files = files_in_directory(path, ".toml"); // first: a folder acct may not read is named
  if (is_existing_directory(path / folder))
    return files_in_directory(path / folder, ".toml");
  return path.filename() == folder ? files : std::vector<std::filesystem::path>{};
}

} // namespace acctcore
