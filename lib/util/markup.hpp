#pragma once

#include <string>
#include <string_view>

namespace acctcore {

/// `text` safe inside HTML element content and double- or single-quoted attribute values:
/// & < > " ' replaced by their character references.
std::string html_escape(std::string_view text);

/// `text` shown literally in Markdown: the characters that start emphasis, code, links,
/// headings, HTML and table cells are escaped with a backslash.
std::string markdown_escape(std::string_view text);

} // namespace acctcore
