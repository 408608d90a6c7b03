#pragma once

// Helpers shared by cmd/client.cpp and cmd/client_links.cpp.

#include "client/client.hpp"
#include "client/contacts.hpp"
#include "context.hpp"
#include "registry.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcli {

/// Defaults for new clients from the firm's config.
inline acctcore::ClientDefaults client_defaults(Context& ctx) {
  const auto& firm = ctx.config().firm;
  return acctcore::ClientDefaults{firm.country, firm.timezone, firm.currency};
}

/// The date typed for `what`, or today when nothing was typed.
inline acctcore::Date date_or_today(Context& ctx, const std::string& text, const char* what) {
  return text.empty() ? ctx.clock().today : acctcore::require_date(text, what);
}

/// "email (ivan@example.ru)": the preferred channel and its address.
inline std::string contact_channel_text(const acctcore::Contact& contact) {
  if (contact.channel.empty())
    return "";
  const auto& p = contact.person;
  const std::string& address = contact.channel == "email"   ? p.email
                               : contact.channel == "phone" ? p.phone
                                                            : p.telegram;
  return fmt::format("{} {}", contact.channel, address);
}

/// The columns of a contact in tables, and its row.
inline const std::vector<std::string> k_contact_headers = {"PERSON", "NAME", "ROLES", "CHANNEL",
                                                           "REMINDERS"};
inline std::vector<std::string> contact_row(const acctcore::Contact& c) {
  return {c.person.key, c.person.name, acctcore::join(c.roles, ","), contact_channel_text(c),
          c.reminders ? "yes" : "no"};
}

/// "payroll-runs=2 bank=sber": a subscription's parameters.
inline std::string params_text(const acctcore::Json& params) {
  std::string out;
  for (const auto& [key, value] : params.items())
    out += (out.empty() ? "" : " ") + key + "=" + json_value_text(value);
  return out;
}

/// acct client contact ..., assign, subscribe, unsubscribe (cmd/client_links.cpp).
void register_client_links(Registry& registry, CLI::App* client);

} // namespace acctcli
