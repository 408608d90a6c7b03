#pragma once

// Turnover-balance sheets stored per client and month (schemas/0008_figures.sql): importing one
// replaces the month's sheet and is audited; reports read a client's months back.

#include "figures/report.hpp"
#include "figures/turnover.hpp"
#include "util/clock.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class Store;

/// A stored sheet without its rows.
struct SheetRecord {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string client; ///< slug
  Period month;
  std::string file;   ///< the file's name as imported
  std::string sha256; ///< of the file's bytes
  std::string organisation, title, sheet;
  int rows = 0;
  TurnoverAmounts totals;
  Timestamp imported_at{};
  std::string imported_by;
};

/// What storing a sheet did.
struct SaveResult {
  SheetRecord record;
  std::optional<SheetRecord> replaced; ///< the month's sheet before, when there was one
};

/// Stores sheets in the current write transaction, keeping its statements prepared between
/// sheets (a year of sheets for thousands of clients is one transaction).
class SheetWriter {
public:
  explicit SheetWriter(Store& store);
  SheetWriter(const SheetWriter&) = delete;
  SheetWriter& operator=(const SheetWriter&) = delete;
  ~SheetWriter();

  /// Stores `balance` as the client's sheet for `month`, replacing the one stored before (its
  /// rows are deleted, its record updated), and audits it: entity "figures", key
  /// "SLUG/2026-03", action "import" or "replace", with the file, checksum, rows and totals.
  SaveResult save(const Actor& actor, std::int64_t client_id, std::string_view slug,
                  const Period& month, const TurnoverBalance& balance, std::string_view file,
                  std::string_view sha256);

private:
  struct Statements;
  Store& m_store;
  std::unique_ptr<Statements> m_statements;
};

/// The client's sheet for `month`, or nullopt.
std::optional<SheetRecord> find_sheet(const Store& store, std::int64_t client_id,
                                      const Period& month);

/// A stored sheet's rows, in the order of the file.
std::vector<TurnoverRow> sheet_rows(const Store& store, std::int64_t sheet_id);

/// The client's sheets of the months `from` to `to` (inclusive) with their rows, for a report,
/// in two queries.
std::vector<MonthSheet> load_month_sheets(const Store& store, std::int64_t client_id,
                                          const Period& from, const Period& to);

/// Every stored sheet, or one client's (client_id != 0), by client slug then month.
std::vector<SheetRecord> list_sheets(const Store& store, std::int64_t client_id = 0);

/// Clients that have at least one stored sheet, by slug: (id, slug).
std::vector<std::pair<std::int64_t, std::string>> clients_with_sheets(const Store& store);

/// The documented JSON form of a record (docs/json.md).
Json sheet_record_json(const SheetRecord& record);

/// The six amounts as {"opening_debit": minor, ...}.
Json turnover_amounts_json(const TurnoverAmounts& amounts);

} // namespace acctcore
