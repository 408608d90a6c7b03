#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace acctcore {

/// Latin letters for Russian and Kazakh Cyrillic, lowercased, for making identifiers (the table
/// is in docs/clients.md: ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya, й y, ъ ь dropped;
/// Kazakh ә a, ғ g, қ k, ң n, ө o, ұ ү u, һ h, і i). Other characters are kept as they are.
std::string transliterate(std::string_view text);

/// An identifier (util/ident.hpp) made from `text`: transliterated, lowercased, every run of
/// characters other than latin letters and digits turned into one '-', cut at a '-' to at most
/// 40 characters. When it would start with a digit, `fallback` and '-' are put in front; when
/// nothing is left, it is `fallback`. "ООО «1С-Сервис»" -> "ooo-1s-servis".
std::string make_identifier(std::string_view text, std::string_view fallback);

/// `base` if `taken(base)` is false, else the first free of base-2, base-3, ... (shortening
/// `base` so that the result stays a valid identifier).
std::string unique_identifier(const std::string& base,
                              const std::function<bool(const std::string&)>& taken);

} // namespace acctcore
