#pragma once

// The months of the indicator reports in Russian, the language these reports are written in:
// «март 2026», as titles say it after «за».

#include "deadline/period.hpp"
#include "words/words.hpp"

#include <string>

namespace acctcore {

inline std::string period_title_ru(const Period& period) {
  return client_words(ClientLanguage::ru).period(period);
}

} // namespace acctcore
