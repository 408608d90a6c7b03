#include "store/share.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace acctcore {

namespace {

std::string quoted(const std::filesystem::path& path) {
  return "'" + path.string() + "'";
}

/// The group's id, once it is known to exist and to have the caller as a member.
gid_t member_group(const std::string& group) {
  std::vector<char> buffer(16384);
  struct group entry {};
  struct group* found = nullptr;
  if (::getgrnam_r(group.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 ||
      found == nullptr)
    throw Error(ErrorKind::invalid, trf("no group '{}' on this system", group),
                tr("create it first: sudo groupadd GROUP; sudo usermod -aG GROUP USER"));
  const gid_t gid = found->gr_gid;
  if (::geteuid() == 0 || ::getegid() == gid)
    return gid;
  std::vector<gid_t> groups(static_cast<size_t>(std::max(::getgroups(0, nullptr), 0)));
  const int n = ::getgroups(static_cast<int>(groups.size()), groups.data());
  if (n < 0 || std::find(groups.begin(), groups.begin() + n, gid) == groups.begin() + n)
    throw Error(ErrorKind::denied, trf("you are not in group '{}'", group),
                tr("a member of the group shares the database: sudo usermod -aG GROUP USER, "
                   "then log in again"));
  return gid;
}

/// chown to the group, then chmod (chown clears the setgid bit).
void give_to_group(const std::filesystem::path& path, gid_t gid, mode_t mode) {
  if (::chown(path.c_str(), static_cast<uid_t>(-1), gid) != 0 || ::chmod(path.c_str(), mode) != 0)
    throw Error(ErrorKind::io,
                trf("cannot share {} with the group: {}", quoted(path), std::strerror(errno)));
}

std::filesystem::path directory_of(const std::filesystem::path& database) {
  return database.parent_path().empty() ? std::filesystem::path(".") : database.parent_path();
}

} // namespace

void prepare_shared_directory(const std::filesystem::path& database, const std::string& group) {
  const gid_t gid = member_group(group);
  std::filesystem::path current;
  for (const auto& part : database.parent_path()) {
    current /= part;
    if (::mkdir(current.c_str(), 0700) == 0)
      give_to_group(current, gid, 02770);
    else if (errno != EEXIST)
      throw Error(ErrorKind::io,
                  trf("cannot create directory {}: {}", quoted(current), std::strerror(errno)));
  }
}

void share_database(const std::filesystem::path& database, const std::string& group) {
  const gid_t gid = member_group(group);
  const auto directory = directory_of(database);
  struct stat st {};
  if (::stat(directory.c_str(), &st) != 0)
    throw Error(ErrorKind::io,
                trf("cannot share {} with the group: {}", quoted(directory), std::strerror(errno)));
  if (st.st_uid == ::geteuid())
    give_to_group(directory, gid, (st.st_mode & 07777) | 02070);
  else if (st.st_gid != gid || (st.st_mode & 02070) != 02070)
    throw Error(ErrorKind::conflict,
                trf("the directory {} is not shared with group '{}', and it is not yours",
                    quoted(directory), group),
                tr("its owner can run: chgrp GROUP DIR && chmod g+rwxs DIR"));
  // SQLite gives -wal and -shm the database file's mode; the setgid directory, its group.
  for (const char* suffix : {"", "-wal", "-shm"}) {
    const std::filesystem::path file = database.string() + suffix;
    if (::access(file.c_str(), F_OK) == 0)
      give_to_group(file, gid, 0660);
  }
}

} // namespace acctcore
