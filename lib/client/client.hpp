#pragma once

// The client register: the client record, its status history and its effective-dated facts.
// Contacts, work groups and subscriptions live beside it (contacts.hpp, work_group.hpp,
// subscriptions.hpp); CSV import and export in import.hpp.

#include "audit/audit.hpp"
#include "client/facts.hpp"
#include "util/clock.hpp"
#include "util/json.hpp"
#include "util/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class Store;
struct LegalForm;

/// One change of a client's status: from `from` on, the client is `status`.
struct StatusChange {
  std::string status; ///< one of k_client_statuses
  Date from;
};

/// A client of the firm, with its whole history of statuses and facts.
struct Client {
  std::int64_t id = 0;
  std::string slug;       ///< stable id used in scripts
  std::string name;       ///< legal name: "ООО «Ромашка»"
  std::string short_name; ///< for tables and digests: "Ромашка", or empty
  std::string form;       ///< legal form code: "ooo", "ip", "too" (reference.hpp)
  std::string country;    ///< "ru" or "kz"
  std::string inn;        ///< ИНН (ru) or БИН/ИИН (kz)
  std::string kpp;        ///< or empty
  std::string ogrn;       ///< ОГРН or ОГРНИП, or empty
  std::string region;     ///< two-digit region code, or empty
  std::string timezone;   ///< IANA zone: reminders go out in it
  Date contract_start{};
  std::optional<Date> contract_end;
  std::optional<Money> fee; ///< monthly
  std::vector<std::string> tags;
  std::string notes;
  std::vector<StatusChange> statuses; ///< oldest first; never empty
  FactTimeline facts;
  Timestamp created_at{};
  std::optional<Timestamp> archived_at;

  bool archived() const noexcept { return archived_at.has_value(); }
  /// The short name, else the legal name.
  const std::string& display_name() const noexcept {
    return short_name.empty() ? name : short_name;
  }
  /// The status on `day`: the latest change on or before it, else the first one recorded.
  const StatusChange& status_at(Date day) const;
  /// The latest status change, whatever its date.
  const StatusChange& latest_status() const { return statuses.back(); }
  /// Its legal form (reference.hpp).
  const LegalForm& legal_form() const;
  /// What its facts are checked against.
  FactContext fact_context() const;
  /// The currency it is billed and pays taxes in: its fee's, else its country's (RUB, KZT).
  std::string currency() const;
};

/// Defaults for new clients, from the firm's config.
struct ClientDefaults {
  std::string country = "ru";             ///< when --country is not given
  std::string timezone = "Europe/Moscow"; ///< the firm's zone: clients of its country get it
  std::string currency = "RUB";           ///< of fees typed without one

  /// The zone a new client of `country` gets: the firm's for its own country, else the
  /// country's capital's.
  std::string timezone_for(std::string_view country) const;
};

/// Fields as the user typed them; unset members are left alone; for optional fields an empty
/// string clears the value.
struct ClientFields {
  std::optional<std::string> name;
  std::optional<std::string> short_name;
  std::optional<std::string> form;
  std::optional<std::string> country; ///< only when adding: a client's country never changes
  std::optional<std::string> inn;
  std::optional<std::string> kpp;
  std::optional<std::string> ogrn;
  std::optional<std::string> region;
  std::optional<std::string> timezone;
  std::optional<std::string> contract_start;
  std::optional<std::string> contract_end;
  std::optional<std::string> fee;
  std::optional<std::string> notes;
  std::optional<std::string> status;
  std::optional<std::vector<std::string>> tags; ///< replaces all tags
  std::vector<std::string> add_tags;
  std::vector<std::string> remove_tags;

  /// True when no field is set.
  bool empty() const noexcept;
};

/// Adds a client. `fields` must have name, form and inn; `facts` are "KEY=VALUE" recorded from
/// `from`, which is also the first status's date and the contract start unless the fields give
/// one (facts may not be dated before it). The status defaults to "active". Throws Error:
/// invalid (any value), conflict (the slug or the ИНН exists, naming the client).
Client add_client(Store& store, const Actor& actor, std::string_view slug,
                  const ClientFields& fields, const std::vector<std::string>& facts, Date from,
                  const ClientDefaults& defaults);

/// What an update changed, for reports; empty when nothing did.
struct ClientUpdate {
  Client client;                   ///< as it is now
  std::vector<FieldChange> fields; ///< record fields and status
  std::vector<FieldChange> facts;  ///< facts, "regime": from -> to
  bool changed() const noexcept { return !fields.empty() || !facts.empty(); }
};

/// Changes a loaded, non-archived client: its fields; its status from `from` (moves allowed by
/// next_statuses, not dated before the latest status change); and the facts "KEY=VALUE" from
/// `from` (see set_facts). Records only what really changes, each kind in its own audit record.
ClientUpdate update_client(Store& store, const Actor& actor, const Client& before,
                           const ClientFields& fields, const std::vector<std::string>& facts,
                           Date from, const ClientDefaults& defaults);

/// update_client on the client `slug`, for its fields and status. Throws Error(not_found).
ClientUpdate edit_client(Store& store, const Actor& actor, std::string_view slug,
                         const ClientFields& fields, Date status_from,
                         const ClientDefaults& defaults);

/// Records facts "KEY=VALUE" (an empty value clears) of client `slug` from `from`. A value
/// equal to the one in force on `from` is not recorded again. `from` may be before the contract
/// start (the client's own history); a value dated before the key's earliest record extends its
/// history backwards. Throws Error: invalid (a key or value), conflict when `from` is inside the
/// key's recorded history, before its latest change (that would rewrite history; a change on the
/// same day replaces it).
ClientUpdate set_facts(Store& store, const Actor& actor, std::string_view slug,
                       const std::vector<std::string>& facts, Date from);

/// Archives a client: hidden from lists, profiles and new work; its history stays.
Client archive_client(Store& store, const Actor& actor, std::string_view slug);

/// Brings an archived client back.
Client restore_client(Store& store, const Actor& actor, std::string_view slug);

/// One client, archived or not; Error(not_found) with a "did you mean" hint otherwise.
Client get_client(const Store& store, std::string_view slug);

/// Like get_client, but Error(conflict) for an archived client: for commands that change it.
Client get_active_client(const Store& store, std::string_view slug);

/// Every client ordered by slug, each with its statuses and fact timeline, in four queries.
std::vector<Client> load_clients(const Store& store, bool include_archived);

/// The generator's input: every non-archived client with its full history (load_clients).
std::vector<Client> load_client_profiles(const Store& store);

/// The client with ИНН/БИН `inn` in `country`, archived or not, or nullopt.
std::optional<Client> find_client_by_inn(const Store& store, std::string_view country,
                                         std::string_view inn);

/// The documented JSON form (docs/json.md), with the status and the facts in force on `as_of`.
Json client_to_json(const Client& client, Date as_of, const date::time_zone* zone);

/// [{"status", "from"}], oldest first.
Json status_history_json(const Client& client);

/// [{"key", "from", "value"}] by key, then date; value null where a fact was cleared.
Json fact_history_json(const FactTimeline& facts);

/// The record as the audit log stores it: every field but the id, statuses and facts.
Json client_audit_fields(const Client& client);

} // namespace acctcore
