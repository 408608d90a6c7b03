#pragma once

// Importing turnover-balance sheets (docs/commands/figures.md): one file for a client and a
// month, or a list of them in one transaction, all or nothing.

#include "figures/indicators.hpp"
#include "figures/store.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// One file to import.
struct SheetImport {
  std::int64_t client_id = 0;
  std::string client; ///< slug
  Period month;
  std::filesystem::path path;
  std::string country = "ru"; ///< the client's, for the indicators checked
  int list_line = 0;          ///< its line in an import list, for messages; 0 for none
};

/// What importing one file did, or in a dry run would do.
struct ImportedSheet {
  SheetImport what;
  SheetRecord record;                  ///< as stored (id 0 in a dry run)
  std::optional<SheetRecord> replaced; ///< the month's sheet before
  /// Indicators of the client's chart the sheet cannot give, with the account it shows
  /// without subaccounts: ("revenue", "90").
  std::vector<std::pair<std::string, std::string>> unavailable;
};

/// Reads `what.path`, recognises and checks the sheet, checks its period against the month,
/// and stores it through `writer` (unless `writer` is null: a dry run). Throws Error; a list
/// line, when there is one, is named in the message.
ImportedSheet import_sheet(SheetWriter* writer, const Actor& actor, const SheetImport& what,
                           const FiguresTemplates& templates);

/// A line of an import list: client, period, file.
struct ImportListLine {
  int line = 0;
  std::string client;
  std::string period;
  std::string file; ///< relative to the list's folder unless absolute
};

/// Reads an import list: CSV or TSV with a header naming the columns client (or клиент),
/// period (период) and file (файл), in any order. Error(invalid) for a missing column or an
/// empty cell, naming the line.
std::vector<ImportListLine> parse_import_list(std::string_view text, const std::string& file);

} // namespace acctcore
