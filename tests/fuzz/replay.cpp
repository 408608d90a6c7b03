// Replays inputs through the fuzz targets without libFuzzer: the test build's way of running them
// (compiled by the normal compiler, under the build's sanitizers), so that every seed and every
// input that once crashed a target is checked on each ctest run. Real fuzzing is scripts/fuzz.sh.
//
//     acct_fuzz_replay TARGET PATH...
//
// Each PATH is a file or a directory whose regular files are fed, in name order, one at a time to
// the target's LLVMFuzzerTestOneInput (each target's file is compiled with that function renamed
// to acct_fuzz_TARGET: see CMakeLists.txt). A crash, a sanitizer report or a broken property
// aborts the process, naming the input last started; otherwise it prints how many inputs ran.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#define ACCT_FUZZ_TARGET(name)                                                                     \
  extern "C" int acct_fuzz_##name(const std::uint8_t* data, std::size_t size);
#include "fuzz_targets.inc"
#undef ACCT_FUZZ_TARGET

namespace {

using Target = int (*)(const std::uint8_t*, std::size_t);

struct Entry {
  std::string_view name;
  Target run;
};

#define ACCT_FUZZ_TARGET(name) Entry{#name, acct_fuzz_##name},
constexpr Entry k_targets[] = {
#include "fuzz_targets.inc"
};
#undef ACCT_FUZZ_TARGET

std::vector<std::filesystem::path> inputs_of(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec))
    return {path};
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(path))
    if (entry.is_regular_file())
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

int main(int argc, char** argv) {
  const auto target = std::find_if(std::begin(k_targets), std::end(k_targets),
                                   [&](const Entry& e) { return argc >= 2 && e.name == argv[1]; });
  if (argc < 3 || target == std::end(k_targets)) {
    std::fprintf(stderr, "usage: acct_fuzz_replay TARGET FILE-OR-DIRECTORY...\ntargets:");
    for (const auto& e : k_targets)
      std::fprintf(stderr, " %.*s", static_cast<int>(e.name.size()), e.name.data());
    std::fprintf(stderr, "\n");
    return 2;
  }
  std::size_t count = 0;
  for (int i = 2; i < argc; ++i) {
    for (const auto& file : inputs_of(argv[i])) {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "acct_fuzz_replay: cannot read %s\n", file.c_str());
        return 1;
      }
      // Exactly the input's size, as libFuzzer passes it: a read past the end is caught.
      const std::vector<std::uint8_t> data{std::istreambuf_iterator<char>(in),
                                           std::istreambuf_iterator<char>()};
      // Named first, so that a crash's report follows the name of the input that caused it.
      std::fprintf(stderr, "%s\n", file.c_str());
      target->run(data.data(), data.size());
      ++count;
    }
  }
  std::printf("%s: %zu inputs replayed\n", argv[1], count);
  return 0;
}
