#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// One record of a CSV file: its fields and the line it starts on.
struct CsvRecord {
  int line = 0; ///< 1-based line of the file where the record starts
  std::vector<std::string> fields;

  /// True when every field is empty or blank (a spreadsheet's empty row).
  bool blank() const noexcept;
};

/// A CSV file as read: the separator used and every record, the header first.
struct CsvTable {
  char separator = ',';
  bool bom = false; ///< the file started with a UTF-8 byte order mark (Excel's "CSV UTF-8")
  std::vector<CsvRecord> records;
};

/// The separators acct reads and detects: ';' (Excel in Russian locales), ',' and tab.
inline constexpr char k_csv_separators[] = {';', ',', '\t'};

/// The separator the first record uses most, outside quotes: ';', ',' or tab (';' wins ties,
/// as Russian Excel writes it); ',' when the first record has none of them.
char detect_csv_separator(std::string_view text) noexcept;

/// "';'", "','" or "tab", for messages.
std::string separator_name(char separator);

/// Reads CSV as spreadsheets write it (RFC 4180): an optional UTF-8 BOM, `separator` (0 to
/// detect it), fields in double quotes with doubled quotes and line breaks inside, CRLF, LF or
/// CR line ends (a CRLF inside a quoted field becomes LF), empty lines skipped. Throws
/// Error(invalid) "FILE:LINE[:COLUMN]: ..." for invalid UTF-8 (with a hint about Windows-1251),
/// a quoted field that is never closed, or text after a closing quote.
CsvTable parse_csv(std::string_view text, std::string_view file_name, char separator = 0);

/// A header as files are matched by it: case-folded, trimmed, inner runs of spaces collapsed
/// ("  Дата  отправки " and "дата отправки" are the same column).
std::string csv_header_key(std::string_view header);

/// `value` as a CSV field: quoted when it holds the separator, a quote, a line break, or
/// leading or trailing spaces; quotes doubled.
std::string csv_field(std::string_view value, char separator);

/// One record: the fields joined by `separator`, ending in `newline`.
std::string csv_record(const std::vector<std::string>& fields, char separator,
                       std::string_view newline = "\r\n");

} // namespace acctcore
