#pragma once

// The catalogues, one per file of this folder; only words.cpp lists them.

#include "words/words.hpp"

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace acctcore {

/// Russian (ru.cpp).
const Catalogue& russian_catalogue() noexcept;

using PhraseEntry = std::pair<Phrase, std::string_view>;

/// The phrases of a catalogue by Phrase, from a list written in any order. Evaluated at compile
/// time, where a phrase given twice, or an empty one, stops the build; a missing one stops it
/// through a static_assert of has_every_phrase.
template <std::size_t N>
constexpr std::array<std::string_view, k_phrase_count>
phrase_table(const PhraseEntry (&entries)[N]) {
  std::array<std::string_view, k_phrase_count> table{};
  for (const auto& entry : entries) {
    auto& slot = table[static_cast<std::size_t>(entry.first)];
    if (!slot.empty() || entry.second.empty())
      throw "a phrase is given twice, or empty"; // a compile-time error in a constant
    slot = entry.second;
  }
  return table;
}

/// True when every phrase has a text.
constexpr bool has_every_phrase(const std::array<std::string_view, k_phrase_count>& table) {
  for (const auto& text : table)
    if (text.empty())
      return false;
  return true;
}

} // namespace acctcore
