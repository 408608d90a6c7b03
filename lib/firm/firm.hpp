#pragma once

// The whole register of a firm as one JSON document (docs/firm-document.md): staff, persons,
// clients with their full dated history, contacts, work groups, subscriptions and events.
// Tasks, reminders, generation runs, figures and the audit log are not part of it: tasks come
// back from `generate`, the rest is the database's own history.

#include "util/clock.hpp"
#include "util/json.hpp"

#include <cstddef>
#include <string_view>

namespace acctcore {

class Store;

/// The document's `format` name and the newest `version` this acct writes and reads.
inline constexpr std::string_view k_firm_format = "acct-firm";
inline constexpr int k_firm_version = 1;

/// The register of `store` as a firm document: every list sorted, no ids, no time of export,
/// so that two exports of the same database are byte for byte the same.
Json export_firm(const Store& store);

/// How many rows an import wrote.
struct FirmImportCounts {
  std::size_t staff = 0;
  std::size_t persons = 0;
  std::size_t clients = 0;
  std::size_t facts = 0;
  std::size_t contacts = 0;
  std::size_t assignments = 0;
  std::size_t subscriptions = 0;
  std::size_t events = 0;
};

/// Reads a firm document's text; Error(invalid) with line and column when it is not JSON.
Json parse_firm_document(std::string_view text);

/// Loads `document` into `store`, which must hold no staff, client or person
/// (Error(conflict) otherwise), and records one audit entry. Call inside a WriteTransaction.
/// Throws Error(incompatible) for another format or a newer version, Error(invalid) naming the
/// JSON path (`$.clients[2].facts[0].from`) of the first problem.
FirmImportCounts import_firm(Store& store, const Actor& actor, const Json& document);

/// The counts as JSON: {"staff": 3, "persons": 2, ...}.
Json firm_import_counts_to_json(const FirmImportCounts& counts);

} // namespace acctcore
