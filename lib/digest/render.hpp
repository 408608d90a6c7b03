#pragma once

// Digests as people and programs read them: plain text (mail bodies, messengers), Markdown and
// one self-contained HTML file of the document model (lib/digest/document.hpp), and JSON and CSV
// of the collected digest (docs/digests.md). One file per format.

#include "digest/document.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

enum class DigestFormat : std::uint8_t { text, md, html, json, csv, ics };

std::optional<DigestFormat> parse_digest_format(std::string_view name) noexcept;
std::string_view digest_format_name(DigestFormat format) noexcept;
std::vector<std::string> digest_format_names();

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

} // namespace acctcore
