#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace acctcore {

/// Validates an e-mail address (one '@', a dotted domain) and returns it trimmed with the domain
/// lowercased. Throws Error(invalid) saying what is wrong.
std::string normalize_email(std::string_view text);

/// Validates a phone number and returns it as "+" and 10 to 15 digits. Spaces, dashes, dots and
/// brackets are dropped; a Russian "8 (916) ..." trunk prefix becomes "+7". Throws Error(invalid).
std::string normalize_phone(std::string_view text);

/// Validates a Telegram username ("@name", "name" or "https://t.me/name"; 5 to 32 latin letters,
/// digits and '_') and returns it as "@name". Throws Error(invalid).
std::string normalize_telegram(std::string_view text);

/// Applies a typed e-mail, phone or Telegram to `target` with `normalize` (one of the above):
/// unset leaves it alone, blank clears it.
void apply_contact_value(std::string& target, const std::optional<std::string>& typed,
                         std::string (*normalize)(std::string_view));

} // namespace acctcore
