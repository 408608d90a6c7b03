#include "client/register.hpp"

#include "client/reference.hpp"
#include "staff/staff.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

/// The items of `items` (ordered by their `client` slug) that belong to `slug`.
template <typename T>
std::vector<T> of_client(const std::vector<T>& items, const std::string& slug) {
  const auto [first, last] =
      std::equal_range(items.begin(), items.end(), slug, [](const auto& a, const auto& b) {
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, T>)
          return a.client < b;
        else
          return a < b.client;
      });
  return {first, last};
}

bool contains_folded(const std::string& haystack, const std::string& folded_needle) {
  return fold_case(haystack).find(folded_needle) != std::string::npos;
}

} // namespace

std::vector<Contact> ClientRegister::contacts_of(const Client& client) const {
  return of_client(contacts, client.slug);
}

std::vector<Subscription> ClientRegister::subscriptions_of(const Client& client) const {
  return of_client(subscriptions, client.slug);
}

ClientRegister load_register(const Store& store, bool include_archived) {
  return ClientRegister{
      load_clients(store, include_archived), load_work_groups(store, include_archived),
      load_contacts(store, include_archived), load_subscriptions(store, include_archived)};
}

ClientRegister load_client_register(const Store& store, std::string_view slug) {
  Client client = get_client(store, slug);
  ClientRegister reg;
  reg.work_groups = WorkGroups(work_group_history(store, slug));
  reg.contacts = client_contacts(store, slug);
  reg.subscriptions = client_subscriptions(store, slug);
  reg.clients.push_back(std::move(client));
  return reg;
}

std::vector<ClientListing> list_clients(const Store& store, const ClientFilter& filter,
                                        Date as_of) {
  if (filter.status)
    require_client_status(*filter.status);
  if (filter.country)
    require_country(*filter.country);
  std::optional<std::string> regime;
  if (filter.regime) {
    // A code of the filtered country, or of any country ("patent" is in both).
    std::optional<Error> failure;
    for (const auto& country : filter.country ? std::vector<std::string>{*filter.country}
                                              : std::vector<std::string>{"ru", "kz"}) {
      try {
        regime = std::string(require_tax_regime(country, *filter.regime).code);
        break;
      } catch (const Error& e) {
        if (!failure)
          failure = e;
      }
    }
    if (!regime)
      throw *failure;
  }
  if (filter.manager)
    get_staff(store, *filter.manager);
  const std::string tag = filter.tag ? fold_case(trim(*filter.tag)) : "";
  const std::string text = filter.text ? fold_case(trim(*filter.text)) : "";

  const WorkGroups work_groups = load_work_groups(store, filter.include_archived);
  std::vector<ClientListing> listings;
  for (auto& client : load_clients(store, filter.include_archived)) {
    if (filter.status && client.status_at(as_of).status != *filter.status)
      continue;
    if (filter.country && client.country != *filter.country)
      continue;
    if (regime && client.facts.value_at("regime", as_of) != std::optional<FactValue>(*regime))
      continue;
    if (filter.manager) {
      const std::string* manager = work_groups.holder(client.id, "manager", as_of);
      if (manager == nullptr || *manager != *filter.manager)
        continue;
    }
    if (filter.tag && std::find(client.tags.begin(), client.tags.end(), tag) == client.tags.end())
      continue;
    if (filter.text && !contains_folded(client.slug, text) && !contains_folded(client.name, text) &&
        !contains_folded(client.short_name, text) && client.inn.find(text) == std::string::npos)
      continue;
    auto roles = work_groups.on(client.id, as_of);
    listings.push_back({std::move(client), std::move(roles)});
  }
  return listings;
}

Json client_details_json(const ClientRegister& reg, const Client& client, Date as_of,
                         const date::time_zone* zone) {
  Json json = client_to_json(client, as_of, zone);
  json["work_group"] = work_group_to_json(reg.work_groups.on(client.id, as_of));
  json["status_history"] = status_history_json(client);
  json["fact_history"] = fact_history_json(client.facts);
  json["work_group_history"] = json_array(reg.work_groups.history(client.id), assignment_to_json);
  json["contacts"] = json_array(reg.contacts_of(client), contact_to_json);
  json["subscriptions"] = json_array(reg.subscriptions_of(client), subscription_to_json);
  return json;
}

} // namespace acctcore
