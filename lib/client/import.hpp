#pragma once

// Client lists as firms keep them in spreadsheets: CSV import (all or nothing, idempotent by
// slug or ИНН) and export (in the same columns, so that a re-import changes nothing).

#include "audit/audit.hpp"
#include "client/client.hpp"
#include "util/clock.hpp"
#include "util/progress.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class Store;

/// The fields a CSV column can hold, in export order; a column may also be a firm-defined fact
/// ("x-..."). Keep the header names in import.cpp and docs/clients.md in sync.
inline constexpr std::string_view k_import_fields[] = {
    "slug",      "name",           "short_name",      "form",          "inn",
    "kpp",       "ogrn",           "country",         "region",        "timezone",
    "status",    "contract_start", "contract_end",    "fee",           "tags",
    "notes",     "regime",         "employer",        "vat",           "vat-exempt",
    "vat-agent", "property",       "transport",       "land",          "water-tax",
    "trade-fee", "tourist-tax",    "profit-advances", "property-base", "rosstat"};

/// The field a column header names: a field name, or one of its Russian or English headers
/// ("ИНН", "Наименование", "Система налогообложения"), in any case; nullopt when unknown.
std::optional<std::string> import_field_for_header(std::string_view header);

/// How to import.
struct ImportOptions {
  std::string file_name;  ///< for messages
  std::string column_map; ///< "Header=field,...": a header to a field; "Header=" skips a column
  char separator = 0;     ///< ';', ',' or '\t'; 0 detects it
  bool dry_run = false;   ///< report what would change, change nothing
  Date from{};            ///< date of fact and status changes of existing clients (their
                          ///< contract start when that is later), and the contract start of
                          ///< new clients without one
  ClientDefaults defaults;
  Progress* progress = nullptr; ///< told of each row, when someone shows it
};

/// What happened to one row.
enum class ImportAction { create, update, unchanged };

/// One data row's outcome.
struct ImportRow {
  int line = 0;
  std::string slug;
  std::string name;
  ImportAction action = ImportAction::unchanged;
  std::vector<FieldChange> changes; ///< for updates: record fields, status and facts
};

/// What an import did (or, in a dry run, would do), row by row.
struct ImportReport {
  char separator = ','; ///< as detected or given
  bool bom = false;
  bool dry_run = false;
  std::vector<ImportRow> rows; ///< data rows in file order; blank rows are not counted

  /// The number of rows with this outcome.
  size_t count(ImportAction action) const noexcept;
};

/// Imports clients from CSV `text`. Each row is matched by its slug, else by its ИНН/БИН:
/// a new client is added (its slug made from its short name when there is no slug column), an
/// existing one is updated with the row's non-empty cells (facts and status from
/// options.from). All or nothing: a bad header throws at once; bad rows are all collected and
/// thrown as one Error(invalid) whose details are "line N: reason", and nothing is written. A
/// dry run does the same work and rolls it back. Must run inside a write transaction.
ImportReport import_clients(Store& store, const Actor& actor, std::string_view text,
                            const ImportOptions& options);

/// The clients as CSV in k_import_fields columns (plus the firm-defined facts in use): the
/// facts in force on `as_of` and the latest status, so that importing the file again changes
/// nothing. `excel`: a UTF-8 BOM, ';' and CRLF, as Excel in a Russian locale reads it;
/// otherwise ',' and LF.
std::string export_clients_csv(const std::vector<Client>& clients, Date as_of, bool excel);

} // namespace acctcore
