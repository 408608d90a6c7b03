#pragma once

// The client register read as a whole: lists with filters, and the full picture of a client
// (record, history, work group, contacts, subscriptions) for `show` and export.

#include "client/client.hpp"
#include "client/contacts.hpp"
#include "client/subscriptions.hpp"
#include "client/work_group.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace acctcore {

/// Clients with everything attached, each list ordered by client slug.
struct ClientRegister {
  std::vector<Client> clients;
  WorkGroups work_groups;
  std::vector<Contact> contacts;
  std::vector<Subscription> subscriptions;

  /// The contacts and subscriptions of one client.
  std::vector<Contact> contacts_of(const Client& client) const;
  std::vector<Subscription> subscriptions_of(const Client& client) const;
};

/// Every client (non-archived unless `include_archived`) with its work group, contacts and
/// subscriptions, in a few queries.
ClientRegister load_register(const Store& store, bool include_archived);

/// One client, archived or not, with the same (Error(not_found) with a hint when unknown).
ClientRegister load_client_register(const Store& store, std::string_view slug);

/// Which clients to list; unset members do not filter.
struct ClientFilter {
  bool include_archived = false;
  std::optional<std::string> status; ///< on the day listed
  std::optional<std::string> regime; ///< in force on the day listed
  std::optional<std::string> country;
  std::optional<std::string> manager; ///< staff handle holding the role on the day listed
  std::optional<std::string> tag;
  std::optional<std::string> text; ///< in the slug, names or ИНН, ignoring case
};

/// A client as a list shows it: with its work group on the day listed.
struct ClientListing {
  Client client;
  std::vector<std::pair<std::string, std::string>> work_group; ///< (role, handle)
};

/// The clients matching `filter` on `as_of`, by slug. Throws Error: invalid for an unknown
/// status, regime, country or tag; not_found for an unknown manager.
std::vector<ClientListing> list_clients(const Store& store, const ClientFilter& filter, Date as_of);

/// client_to_json plus "work_group" (on `as_of`), "status_history", "fact_history",
/// "work_group_history", "contacts" and "subscriptions" (docs/json.md).
Json client_details_json(const ClientRegister& reg, const Client& client, Date as_of,
                         const date::time_zone* zone);

} // namespace acctcore
