#include "util/file.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
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
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec))
    return path.parent_path().filename() == folder ? std::vector{path}
                                                   : std::vector<std::filesystem::path>{};
  std::filesystem::path dir = path;
  if (std::filesystem::is_directory(path / folder, ec))
    dir = path / folder;
  else if (path.filename() != folder)
    return {};
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".toml" && entry.is_regular_file(ec))
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace acctcore
