#pragma once

// Digests as people and programs read them: plain text (mail bodies, messengers), Markdown,
// one self-contained HTML file, JSON and CSV (docs/digests.md). Text, Markdown and HTML share
// one document model, so the three say the same thing.

#include "digest/digest.hpp"
#include "util/json.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

enum class DigestFormat : std::uint8_t { text, md, html, json, csv, ics };

std::optional<DigestFormat> parse_digest_format(std::string_view name) noexcept;
std::string_view digest_format_name(DigestFormat format) noexcept;
std::vector<std::string> digest_format_names();

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
};

struct Document {
  std::string firm;
  std::string title;
  std::string subtitle;
  std::vector<DocSection> sections;
  std::string footer;
  std::string accent_color = "#1f6feb";
};

Document client_document(const ClientDigest& digest);
Document staff_document(const StaffDigest& digest);
Document firm_document(const FirmDigest& digest);

std::string render_text(const Document& doc);
std::string render_markdown(const Document& doc);
/// One file: inline CSS, no external requests, printable; the chart as inline SVG.
std::string render_html(const Document& doc);

Json client_digest_to_json(const ClientDigest& digest);
Json staff_digest_to_json(const StaffDigest& digest);
Json firm_digest_to_json(const FirmDigest& digest);

/// One record per task (firm: tasks, load and overhead lines), with a `section` column.
std::string client_digest_csv(const ClientDigest& digest);
std::string staff_digest_csv(const StaffDigest& digest);
std::string firm_digest_csv(const FirmDigest& digest);

/// «12,5 ч»: minutes as hours with a decimal comma.
std::string format_hours_ru(int minutes);

} // namespace acctcore
