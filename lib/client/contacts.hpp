#pragma once

// A client's contacts: people at the client (director, chief accountant, HR, ...) and how to
// reach them. A person is one identity however many clients they are a contact of: a director
// of three companies is one person with three links.

#include "util/clock.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class Store;

/// Roles a contact can have at a client; keep docs/commands/client.md in sync.
inline constexpr std::string_view k_contact_roles[] = {
    "director", "chief-accountant", "accountant", "hr", "owner", "lawyer", "contact"};

/// Channels a contact can prefer, in the order a default is chosen.
inline constexpr std::string_view k_contact_channels[] = {"email", "telegram", "phone"};

/// A person at one or more clients.
struct Person {
  std::int64_t id = 0;
  std::string key;      ///< stable id: a transliteration of the name, "petrov-ivan"
  std::string name;     ///< as people read it
  std::string email;    ///< normalised, or empty
  std::string phone;    ///< "+79161234567", or empty
  std::string telegram; ///< "@name", or empty
};

/// A person as a contact of one client.
struct Contact {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  std::string client; ///< slug
  Person person;
  std::vector<std::string> roles; ///< in k_contact_roles order
  std::string channel;            ///< preferred: "email", "telegram", "phone", or empty
  bool reminders = false;         ///< receives deadline reminders
};

/// Fields as typed; unset members are left alone; for email, phone and telegram an empty
/// string clears the value.
struct ContactFields {
  std::optional<std::string> person; ///< an existing person's key, when adding
  std::optional<std::string> name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::string> telegram;
  std::optional<std::vector<std::string>> roles;
  std::optional<std::string> channel;
  std::optional<bool> reminders;

  /// True when no field is set.
  bool empty() const noexcept;
};

/// What add_contact did.
struct ContactAdded {
  Contact contact;
  bool person_created = false;            ///< false when an existing person was linked
  std::vector<std::string> other_clients; ///< slugs the person is also a contact of
};

/// Adds a contact to client `slug`: the person `fields.person`, or the person with the same
/// e-mail or phone (who must have the same name), or a new person named `fields.name`. Roles
/// are required. The channel defaults to the first of e-mail, Telegram, phone the person has;
/// reminders default to on when there is a channel. Throws Error: invalid, not_found,
/// conflict (already a contact; an e-mail or phone of a person with another name).
ContactAdded add_contact(Store& store, const Actor& actor, std::string_view slug,
                         const ContactFields& fields);

/// Changes a contact: the person's name and channels (for every client they are a contact of)
/// and this client's roles, channel and reminders. Records only what changes.
Contact edit_contact(Store& store, const Actor& actor, std::string_view slug,
                     std::string_view person_key, const ContactFields& fields);

/// Removes the person from the client's contacts (the person and the history stay).
Contact remove_contact(Store& store, const Actor& actor, std::string_view slug,
                       std::string_view person_key);

/// The current contacts of client `slug`, by person key.
std::vector<Contact> client_contacts(const Store& store, std::string_view slug);

/// Every current contact of every non-archived client (or of all clients), by client slug then
/// person key: for reminders and for listing people across clients.
std::vector<Contact> load_contacts(const Store& store, bool include_archived = false);

/// {"client", "person", "name", "roles", "email", "phone", "telegram", "channel",
/// "reminders"}.
Json contact_to_json(const Contact& contact);

} // namespace acctcore
