#pragma once

// One document model for the digests people read (docs/digests.md): built here from the
// collected digests in the words of their language (lib/words), and written as text, Markdown
// and HTML by lib/digest/render.hpp, so the three say the same thing.

#include "digest/digest.hpp"
#include "words/words.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acctcore {

/// A line of a digest: a date, what, and a detail.
struct DocLine {
  std::optional<Date> date;
  std::string text;
  std::string detail;
  bool alert = false; ///< overdue, overloaded: shown highlighted
};

struct DocTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> alert; ///< per row
};

/// One week's planned hours against capacity per person, drawn as bars in HTML.
struct DocChart {
  std::string title;
  std::vector<std::string> labels; ///< per bar group: the person
  std::vector<std::string> weeks;  ///< per bar in a group: «20.04»
  std::vector<std::vector<int>> minutes;
  std::vector<int> capacity_minutes; ///< per person
};

struct DocSection {
  std::string title;
  std::string note; ///< a sentence under the title
  std::vector<DocLine> lines;
  std::optional<DocTable> table;
  std::optional<DocChart> chart;
  std::string empty; ///< shown when there are no lines and no table rows

  /// No lines and no table rows: the section shows `empty` instead.
  bool is_empty() const noexcept { return lines.empty() && (!table || table->rows.empty()); }
};

struct Document {
  ClientLanguage language = ClientLanguage::ru; ///< the words of dates and the HTML's lang
  std::string firm;
  std::string title;
  std::string subtitle;
  std::vector<DocSection> sections;
  std::string footer;
  std::string accent_color = "#1f6feb";
};

/// The documents of the three digests, in the words of the digest's language.
Document client_document(const ClientDigest& digest);
Document staff_document(const StaffDigest& digest);
Document firm_document(const FirmDigest& digest);

} // namespace acctcore
