#pragma once

// Account codes of a chart of accounts as 1С writes them: "01", "60.01", "68.04.1", "76.АВ",
// off-balance "001" and "МЦ.04". Codes are compared by a key in which a numeric subaccount
// segment has no leading zeros, so that 1С's "90.01" and the Order's "90.1" are one account.

#include <optional>
#include <string>
#include <string_view>

namespace acctcore {

/// A parsed account code.
struct AccountCode {
  std::string text;         ///< as written: "60.01"
  std::string key;          ///< for comparing: "60.1"
  bool off_balance = false; ///< a three-digit ("001") or lettered ("МЦ.04") account

  friend bool operator==(const AccountCode& a, const AccountCode& b) noexcept {
    return a.key == b.key;
  }
};

/// Parses a code: segments separated by '.', the first two digits (a balance account), three
/// digits or up to four capital letters with digits (off-balance), the others one to three
/// digits or capital letters; at most four segments. Surrounding spaces are ignored. nullopt
/// when it does not parse.
std::optional<AccountCode> parse_account_code(std::string_view text);

/// True when the account `key` is a subaccount of `ancestor` at any depth ("60.1.2" of "60").
bool is_subaccount_of(std::string_view key, std::string_view ancestor) noexcept;

/// The key of the account one level up ("60.1" -> "60"), or "" for a top-level account.
std::string_view parent_account(std::string_view key) noexcept;

} // namespace acctcore
