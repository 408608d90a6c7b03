#include "helpers.hpp"
#include "util/sha256.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

using namespace acctcore;

// Expected digests: the FIPS 180-2 / NIST CAVS examples, and for the padding edges digests
// computed with coreutils' sha256sum, never with this code.

TEST_CASE("sha256 matches the FIPS 180 examples") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqkl"
            "mnopqrlmnopqrsmnopqrstnopqrstu") ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST_CASE("sha256 of one million 'a' fed in uneven chunks") {
  const std::string million(1'000'000, 'a');
  Sha256 hash;
  // Chunk sizes that straddle the 64-byte block in every way: smaller, equal, larger, several.
  constexpr size_t k_sizes[] = {1, 63, 64, 65, 0, 127, 3, 1000, 55, 4096, 9};
  size_t done = 0;
  for (size_t i = 0; done < million.size(); ++i) {
    const size_t size = std::min(k_sizes[i % std::size(k_sizes)], million.size() - done);
    if (i % 2 == 0)
      hash.update(std::string_view(million).substr(done, size));
    else
      hash.update(million.data() + done, size);
    done += size;
  }
  CHECK(hash.hex_digest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 pads messages of every length around the block edge") {
  const std::pair<size_t, const char*> cases[] = {
      {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"},
      {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
      {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
      {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
      {128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"},
  };
  for (const auto& [length, digest] : cases) {
    CAPTURE(length);
    CHECK(sha256_hex(std::string(length, 'a')) == digest);
  }
}

TEST_CASE("sha256 hex_digest finishes the hash and can be asked again") {
  Sha256 hash;
  hash.update("ab");
  hash.update("c");
  const std::string digest = hash.hex_digest();
  CHECK(digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hash.hex_digest() == digest);
  CHECK_ERROR(hash.update("d"), ErrorKind::internal, "update after hex_digest");
}

TEST_CASE("sha256 of a file is streamed and reports the size") {
  test::TempDir dir;
  test::write_file(dir / "million", std::string(1'000'000, 'a'));
  std::int64_t size = -1;
  CHECK(sha256_file_hex((dir / "million").string(), &size) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  CHECK(size == 1'000'000);

  // Bytes of every value, more than two 64 KiB chunks and not a multiple of one.
  std::string bytes;
  for (size_t i = 0; i < 200'000; ++i)
    bytes += static_cast<char>(i * 7 % 251);
  test::write_file(dir / "bytes.bin", bytes);
  CHECK(sha256_file_hex((dir / "bytes.bin").string(), &size) ==
        "ff41b7e9cc397e9de1484b9ba8bd73b47c1bdfbc363d738bde401789cca5ef56");
  CHECK(size == 200'000);

  test::write_file(dir / "empty", "");
  CHECK(sha256_file_hex((dir / "empty").string(), nullptr) ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("sha256 of a missing file is not_found and of a directory is io") {
  test::TempDir dir;
  const std::string missing = (dir / "missing.pdf").string();
  std::int64_t size = -1;
  CHECK_ERROR(sha256_file_hex(missing, &size), ErrorKind::not_found, "no such file: " + missing);
  CHECK(size == -1);
  CHECK_ERROR(sha256_file_hex(dir.path().string(), nullptr), ErrorKind::io, "cannot read");
}
