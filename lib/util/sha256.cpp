#include "util/sha256.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace acctcore {

namespace {

// FIPS 180-4, 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first
// 64 primes.
constexpr std::uint32_t k_round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// FIPS 180-4, 5.3.3: the first 32 bits of the fractional parts of the square roots of the first
// 8 primes.
constexpr std::array<std::uint32_t, 8> k_initial_state = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

constexpr size_t k_file_chunk = 64 * 1024;

constexpr std::uint32_t rotr(std::uint32_t x, int n) noexcept {
  return (x >> n) | (x << (32 - n));
}

// FIPS 180-4, 4.1.2.
constexpr std::uint32_t ch(std::uint32_t x, std::uint32_t y, std::uint32_t z) noexcept {
  return (x & y) ^ (~x & z);
}
constexpr std::uint32_t maj(std::uint32_t x, std::uint32_t y, std::uint32_t z) noexcept {
  return (x & y) ^ (x & z) ^ (y & z);
}
constexpr std::uint32_t big_sigma0(std::uint32_t x) noexcept {
  return rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22);
}
constexpr std::uint32_t big_sigma1(std::uint32_t x) noexcept {
  return rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25);
}
constexpr std::uint32_t small_sigma0(std::uint32_t x) noexcept {
  return rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3);
}
constexpr std::uint32_t small_sigma1(std::uint32_t x) noexcept {
  return rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10);
}

} // namespace

Sha256::Sha256() noexcept : m_state(k_initial_state) {}

void Sha256::update(std::string_view data) {
  update(data.data(), data.size());
}

void Sha256::update(const void* data, size_t size) {
  if (!m_digest.empty())
    throw Error(ErrorKind::internal, "sha256: update after hex_digest");
  const auto* bytes = static_cast<const unsigned char*>(data);
  m_message_size += size;
  // Top up a partial block first, then compress whole blocks straight from the input.
  if (m_block_size > 0) {
    const size_t take = std::min(size, m_block.size() - m_block_size);
    std::memcpy(m_block.data() + m_block_size, bytes, take);
    m_block_size += take;
    bytes += take;
    size -= take;
    if (m_block_size < m_block.size())
      return;
    compress(m_block.data());
    m_block_size = 0;
  }
  for (; size >= m_block.size(); bytes += m_block.size(), size -= m_block.size())
    compress(bytes);
  if (size > 0)
    std::memcpy(m_block.data(), bytes, size);
  m_block_size = size;
}

std::string Sha256::hex_digest() {
  if (!m_digest.empty())
    return m_digest;
  // FIPS 180-4, 5.1.1: a 1 bit, zeros up to 56 bytes mod 64, the length in bits big-endian.
  const std::uint64_t bits = m_message_size * 8;
  m_block[m_block_size++] = 0x80;
  if (m_block_size > 56) {
    std::memset(m_block.data() + m_block_size, 0, m_block.size() - m_block_size);
    compress(m_block.data());
    m_block_size = 0;
  }
  std::memset(m_block.data() + m_block_size, 0, 56 - m_block_size);
  for (int i = 0; i < 8; ++i)
    m_block[56 + static_cast<size_t>(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
  compress(m_block.data());
  m_block_size = 0;
  m_digest.reserve(64);
  for (const std::uint32_t word : m_state)
    m_digest += fmt::format("{:08x}", word);
  return m_digest;
}

void Sha256::compress(const unsigned char* block) noexcept {
  // FIPS 180-4, 6.2.2.
  std::uint32_t w[64];
  for (size_t t = 0; t < 16; ++t)
    w[t] = (std::uint32_t{block[4 * t]} << 24) | (std::uint32_t{block[4 * t + 1]} << 16) |
           (std::uint32_t{block[4 * t + 2]} << 8) | std::uint32_t{block[4 * t + 3]};
  for (size_t t = 16; t < 64; ++t)
    w[t] = small_sigma1(w[t - 2]) + w[t - 7] + small_sigma0(w[t - 15]) + w[t - 16];
  std::uint32_t a = m_state[0], b = m_state[1], c = m_state[2], d = m_state[3];
  std::uint32_t e = m_state[4], f = m_state[5], g = m_state[6], h = m_state[7];
  for (size_t t = 0; t < 64; ++t) {
    const std::uint32_t t1 = h + big_sigma1(e) + ch(e, f, g) + k_round_constants[t] + w[t];
    const std::uint32_t t2 = big_sigma0(a) + maj(a, b, c);
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  m_state[0] += a;
  m_state[1] += b;
  m_state[2] += c;
  m_state[3] += d;
  m_state[4] += e;
  m_state[5] += f;
  m_state[6] += g;
  m_state[7] += h;
}

std::string sha256_hex(std::string_view data) {
  Sha256 hash;
  hash.update(data);
  return hash.hex_digest();
}

std::string sha256_file_hex(const std::string& path, std::int64_t* size_out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    if (err == ENOENT)
      throw Error(ErrorKind::not_found, trf("no such file: {}", path));
    throw Error(ErrorKind::io, trf("cannot read '{}': {}", path, std::strerror(err)));
  }
  Sha256 hash;
  std::int64_t size = 0;
  std::vector<char> buffer(k_file_chunk);
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0) {
      const int err = errno;
      if (err == EINTR)
        continue;
      ::close(fd);
      throw Error(ErrorKind::io, trf("cannot read '{}': {}", path, std::strerror(err)));
    }
    if (n == 0)
      break;
    hash.update(buffer.data(), static_cast<size_t>(n));
    size += n;
  }
  ::close(fd);
  if (size_out != nullptr)
    *size_out = size;
  return hash.hex_digest();
}

} // namespace acctcore
