#include "helpers.hpp"
#include "util/file.hpp"

#include <sys/stat.h>

using namespace acctcore;

TEST_CASE("write_file_atomically replaces the file whole and leaves no temporary") {
  test::TempDir dir;
  const auto path = dir / "sub/dir/out.txt";
  write_file_atomically(path, "first", 0600);
  CHECK(test::read_file(path) == "first");
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  write_file_atomically(path, "second, longer", 0600);
  CHECK(test::read_file(path) == "second, longer");
  size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir / "sub/dir"))
    ++files;
  CHECK(files == 1);
}

TEST_CASE("write_file_atomically fails with an io error where it cannot write") {
  test::TempDir dir;
  test::write_file(dir / "file", "x");
  CHECK_ERROR(write_file_atomically(dir / "file/inside.txt", "y", 0644), ErrorKind::io,
              "cannot create directory");
  CHECK(test::read_file(dir / "file") == "x");
}

TEST_CASE("write_new_file creates the file whole, never replaces one, and leaves no temporary") {
  test::TempDir dir;
  const auto path = dir / "backup.db";
  const std::string bytes(300000, 'b');
  REQUIRE(write_new_file(path, bytes, 0600) == 0);
  CHECK(test::read_file(path) == bytes);
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK(write_new_file(path, "other", 0600) == EEXIST);
  CHECK(test::read_file(path) == bytes);
  CHECK(write_new_file(dir / "missing/backup.db", "x", 0600) == ENOENT);
  CHECK(write_new_file(path / "inside", "x", 0600) == ENOTDIR);
  size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
    ++files;
  CHECK(files == 1);
}

TEST_CASE("FileGuard removes its file unless released") {
  test::TempDir dir;
  test::write_file(dir / "a", "a");
  test::write_file(dir / "b", "b");
  {
    FileGuard remove(dir / "a");
    FileGuard keep(dir / "b");
    keep.release();
  }
  CHECK_FALSE(std::filesystem::exists(dir / "a"));
  CHECK(std::filesystem::exists(dir / "b"));
}

TEST_CASE("read_file reads bytes as they are, and says why it cannot") {
  test::TempDir dir;
  const std::string bytes = std::string("\xEF\xBB\xBF"
                                        "a;b\r\n") +
                            std::string(70000, 'x');
  test::write_file(dir / "in.csv", bytes);
  CHECK(read_file(dir / "in.csv") == bytes);
  CHECK_ERROR(read_file(dir / "missing.csv"), ErrorKind::not_found,
              "cannot read '" + (dir / "missing.csv").string() + "': No such file or directory");
  CHECK_ERROR(read_file(dir.path()), ErrorKind::io, "Is a directory");
}
