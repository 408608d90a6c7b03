#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace acctcore {

/// Incremental SHA-256 (FIPS 180-4), written from the standard: acct's dependency set has no
/// crypto library, and a checksum of files (attachments, exports, backups) is all it needs.
/// Feed bytes with update() in pieces of any size, then take hex_digest() once.
class Sha256 {
public:
  Sha256() noexcept;

  /// Adds bytes to the message. Throws Error(internal) after hex_digest().
  void update(std::string_view data);
  void update(const void* data, size_t size);

  /// Finishes the hash and returns it as 64 lower-case hex digits. Calling it again returns the
  /// same digest; the object takes no more data after it.
  std::string hex_digest();

private:
  void compress(const unsigned char* block) noexcept;

  std::array<std::uint32_t, 8> m_state;
  std::array<unsigned char, 64> m_block{}; ///< the partial block not yet compressed
  size_t m_block_size = 0;                 ///< bytes used in m_block
  std::uint64_t m_message_size = 0;        ///< bytes fed so far
  std::string m_digest;                    ///< set once finished
};

/// SHA-256 of `data` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

/// SHA-256 of the file at `path`, read in 64 KiB chunks (never whole into memory), as 64
/// lower-case hex digits; its size in bytes goes to `size_out` unless that is null. Throws
/// Error: not_found "no such file: PATH" when it does not exist, io when it cannot be opened or
/// read (a directory, no permission).
std::string sha256_file_hex(const std::string& path, std::int64_t* size_out);

} // namespace acctcore
