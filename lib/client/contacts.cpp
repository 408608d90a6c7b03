#include "client/contacts.hpp"

#include "audit/audit.hpp"
#include "client/client.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/contact.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"
#include "util/translit.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr const char* k_person_columns = "p.id, p.key, p.name, p.email, p.phone, p.telegram";

Person read_person(Statement& row, int first) {
  return Person{row.column(first).as_int64(),       row.column(first + 1).as_text(),
                row.column(first + 2).as_text(),    column_text(row.column(first + 3)),
                column_text(row.column(first + 4)), column_text(row.column(first + 5))};
}

size_t contact_role_rank(std::string_view role) {
  return static_cast<size_t>(
      std::find(std::begin(k_contact_roles), std::end(k_contact_roles), role) -
      std::begin(k_contact_roles));
}

std::vector<std::string> require_contact_roles(const std::vector<std::string>& roles) {
  const std::vector<std::string> known(std::begin(k_contact_roles), std::end(k_contact_roles));
  std::vector<std::string> out;
  for (const auto& typed : roles) {
    const std::string role(trim(typed));
    if (contact_role_rank(role) == known.size()) {
      throw Error(ErrorKind::invalid, trf("unknown contact role '{}'", role),
                  did_you_mean(role, known, trf("roles: {}", quoted_list(known))));
    }
    out.push_back(role);
  }
  std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
    return contact_role_rank(a) < contact_role_rank(b);
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.empty())
    throw Error(ErrorKind::invalid, tr("a contact needs at least one role"),
                trf("roles: {}", quoted_list(known)));
  return out;
}

/// The person's address for a channel, or "".
const std::string& address(const Person& p, std::string_view channel) {
  static const std::string none;
  if (channel == "email")
    return p.email;
  if (channel == "phone")
    return p.phone;
  if (channel == "telegram")
    return p.telegram;
  return none;
}

std::vector<Contact> query_contacts(const Store& store, const std::string& where,
                                    const std::vector<std::int64_t>& params) {
  Statement query(store, std::string("SELECT l.id, l.client_id, c.slug, ") + k_person_columns +
                             ", l.roles, l.channel, l.reminders FROM client_contact "
                             "l JOIN client c ON c.id = l.client_id JOIN person p ON "
                             "p.id = l.person_id WHERE l.removed_at IS NULL" +
                             where + " ORDER BY c.slug, p.key");
  for (size_t i = 0; i < params.size(); ++i)
    query.bind(static_cast<int>(i + 1), params[i]);
  std::vector<Contact> contacts;
  while (query.step()) {
    Contact contact;
    contact.id = query.column(0).as_int64();
    contact.client_id = query.column(1).as_int64();
    contact.client = query.column(2).as_text();
    contact.person = read_person(query, 3);
    contact.roles = Json::parse(query.column(9).as_text()).get<std::vector<std::string>>();
    contact.channel = column_text(query.column(10));
    contact.reminders = query.column(11).as_int() != 0;
    contacts.push_back(std::move(contact));
  }
  return contacts;
}

std::optional<Person> find_person(const Store& store, const char* column,
                                  const std::string& value) {
  // E-mail addresses are matched ignoring case: people type them both ways.
  const bool email = column == std::string_view("email");
  Statement query(store, email ? fmt::format("SELECT {} FROM person p WHERE lower(p.{}) = lower(?)",
                                             k_person_columns, column)
                               : fmt::format("SELECT {} FROM person p WHERE p.{} = ?",
                                             k_person_columns, column));
  query.bind(1, value);
  if (!query.step())
    return std::nullopt;
  return read_person(query, 0);
}

Person get_person(const Store& store, std::string_view key) {
  if (auto person = find_person(store, "key", std::string(key)))
    return *person;
  throw not_found_error(store, "person", key, "person", "key",
                        tr("see 'acct client contact list'"));
}

/// The channels typed in `fields`, normalised; an empty string clears.
void apply_channels(Person& p, const ContactFields& fields) {
  if (fields.name)
    p.name = require_single_line("name", *fields.name, 200);
  apply_contact_value(p.email, fields.email, normalize_email);
  apply_contact_value(p.phone, fields.phone, normalize_phone);
  apply_contact_value(p.telegram, fields.telegram, normalize_telegram);
}

/// Refuses an e-mail, phone or Telegram that belongs to another person.
void check_channels_free(const Store& store, const Person& p) {
  for (const auto& [column, label, value] :
       {std::tuple("email", "e-mail", &p.email), std::tuple("phone", "phone", &p.phone),
        std::tuple("telegram", "Telegram", &p.telegram)}) {
    if (value->empty())
      continue;
    if (const auto other = find_person(store, column, *value); other && other->id != p.id)
      throw Error(ErrorKind::conflict,
                  // TRANSLATORS: a channel (e-mail, phone or Telegram, not translated), its
                  // address, then the key and name of the person who has it.
                  trf("{} {} belongs to person '{}' ({})", label, *value, other->key, other->name),
                  trf("to make them a contact, use --person {}", other->key));
  }
}

bool same_name(std::string_view a, std::string_view b) {
  const auto normal = [](std::string_view s) {
    std::string out;
    for (const auto& word : split(fold_case(trim(s)), ' '))
      if (!word.empty())
        out += (out.empty() ? "" : " ") + word;
    return out;
  };
  return normal(a) == normal(b);
}

void write_person(Store& store, Person& p, const Actor& actor) {
  Statement statement(
      store, p.id == 0 ? "INSERT INTO person (key, name, email, phone, telegram, created_at) "
                         "VALUES (:key, :name, :email, :phone, :telegram, :at) RETURNING id"
                       : "UPDATE person SET name = :name, email = :email, phone = :phone, "
                         "telegram = :telegram WHERE key = :key");
  statement.bind(":key", p.key);
  statement.bind(":name", p.name);
  bind_text_or_null(statement, ":email", p.email);
  bind_text_or_null(statement, ":phone", p.phone);
  bind_text_or_null(statement, ":telegram", p.telegram);
  if (p.id == 0) {
    statement.bind(":at", format_timestamp_utc(actor.at));
    p.id = insert_returning_id(statement);
  } else {
    statement.exec();
  }
}

Json person_audit_fields(const Person& p) {
  return Json{{"name", p.name},
              {"email", json_or_null(p.email)},
              {"phone", json_or_null(p.phone)},
              {"telegram", json_or_null(p.telegram)}};
}

Json link_audit_fields(const Contact& c) {
  return Json{{"person", c.person.key},
              {"roles", c.roles},
              {"channel", json_or_null(c.channel)},
              {"reminders", c.reminders}};
}

/// Applies the link fields and checks the channel against the person's addresses.
void apply_link(Contact& contact, const ContactFields& fields, bool adding) {
  if (fields.roles)
    contact.roles = require_contact_roles(*fields.roles);
  if (fields.channel) {
    const std::string channel(trim(*fields.channel));
    const std::vector<std::string> known(std::begin(k_contact_channels),
                                         std::end(k_contact_channels));
    if (!channel.empty() && std::find(known.begin(), known.end(), channel) == known.end())
      throw Error(ErrorKind::invalid, trf("unknown channel '{}'", channel),
                  trf("channels: {}", quoted_list(known)));
    contact.channel = channel;
  } else if (adding || address(contact.person, contact.channel).empty()) {
    // The first channel the person has, unless one was chosen and still has an address.
    contact.channel.clear();
    for (const auto channel : k_contact_channels)
      if (!address(contact.person, channel).empty()) {
        contact.channel = std::string(channel);
        break;
      }
  }
  if (!contact.channel.empty() && address(contact.person, contact.channel).empty())
    throw Error(ErrorKind::invalid,
                // TRANSLATORS: a person's key, then a channel: e-mail, phone or telegram (not
                // translated).
                trf("person '{}' has no {} to prefer", contact.person.key,
                    contact.channel == "email" ? "e-mail" : contact.channel),
                trf("give it with --{}", contact.channel));
  if (fields.reminders)
    contact.reminders = *fields.reminders;
  else if (adding)
    contact.reminders = !contact.channel.empty();
  if (contact.reminders && contact.channel.empty())
    throw Error(ErrorKind::invalid,
                trf("person '{}' cannot receive reminders: no e-mail, Telegram or phone",
                    contact.person.key),
                tr("give one, or add the contact with --no-reminders"));
}

/// Inserts or updates a client's link to a person; the link's id.
std::int64_t write_link(Store& store, const Contact& c, const Actor& actor, bool insert) {
  Statement statement(
      store,
      insert ? "INSERT INTO client_contact (client_id, person_id, roles, channel, reminders, "
               "added_at) VALUES (:client, :person, :roles, :channel, :reminders, :at) RETURNING id"
             : "UPDATE client_contact SET roles = :roles, channel = :channel, "
               "reminders = :reminders WHERE id = :id");
  if (insert) {
    statement.bind(":client", c.client_id);
    statement.bind(":person", c.person.id);
    statement.bind(":at", format_timestamp_utc(actor.at));
  } else {
    statement.bind(":id", c.id);
  }
  statement.bind(":roles", Json(c.roles).dump());
  bind_text_or_null(statement, ":channel", c.channel);
  statement.bind(":reminders", c.reminders ? 1 : 0);
  if (insert)
    return insert_returning_id(statement);
  statement.exec();
  return c.id;
}

Contact get_contact(const Store& store, const Client& client, std::string_view person_key) {
  const Person person = get_person(store, person_key);
  auto contacts =
      query_contacts(store, " AND l.client_id = ? AND l.person_id = ?", {client.id, person.id});
  if (contacts.empty())
    throw Error(ErrorKind::not_found,
                trf("person '{}' is not a contact of client '{}'", person.key, client.slug),
                trf("see 'acct client contact list {}'", client.slug));
  return std::move(contacts.front());
}

} // namespace

bool ContactFields::empty() const noexcept {
  return !person && !name && !email && !phone && !telegram && !roles && !channel && !reminders;
}

ContactAdded add_contact(Store& store, const Actor& actor, std::string_view slug,
                         const ContactFields& fields) {
  const Client client = get_active_client(store, slug);
  if (!fields.roles)
    throw Error(ErrorKind::invalid, tr("a contact needs a role (--role)"),
                trf("roles: {}", quoted_list(std::vector<std::string>(std::begin(k_contact_roles),
                                                                      std::end(k_contact_roles)))));
  ContactAdded added;
  Person& person = added.contact.person;
  if (fields.person) {
    person = get_person(store, trim(*fields.person));
  } else {
    if (!fields.name)
      throw Error(ErrorKind::invalid,
                  tr("a new contact needs a name (--name) or a person (--person)"));
    Person typed;
    apply_channels(typed, fields);
    // The same e-mail or phone is the same person, if the name agrees.
    for (const auto& [column, value] :
         {std::pair("email", typed.email), std::pair("phone", typed.phone),
          std::pair("telegram", typed.telegram)}) {
      if (value.empty() || person.id != 0)
        continue;
      if (auto existing = find_person(store, column, value)) {
        if (!same_name(existing->name, typed.name))
          throw Error(ErrorKind::conflict,
                      trf("{} belongs to person '{}' ({}), not {}", value, existing->key,
                          existing->name, typed.name),
                      // TRANSLATORS: a person's key, then a channel: e-mail, phone or telegram
                      // (not translated).
                      trf("to add that person, use --person {}; otherwise give another "
                          "{}",
                          existing->key, column == std::string_view("email") ? "e-mail" : column));
        person = *existing;
      }
    }
    if (person.id == 0) {
      person = typed;
      person.key = unique_identifier(make_identifier(person.name, "p"), [&](const std::string& k) {
        return find_person(store, "key", k).has_value();
      });
      added.person_created = true;
    }
  }
  if (!added.person_created) {
    // An existing person: typed channels may fill what is missing, not contradict it.
    Person merged = person;
    ContactFields channels = fields;
    channels.name.reset();
    apply_channels(merged, channels);
    // E-mail addresses that differ only in case are the same address: keep the stored one.
    if (fold_case(merged.email) == fold_case(person.email))
      merged.email = person.email;
    for (const auto& [label, before, after] :
         {std::tuple("e-mail", person.email, merged.email),
          std::tuple("phone", person.phone, merged.phone),
          std::tuple("Telegram", person.telegram, merged.telegram)})
      if (!before.empty() && before != after)
        throw Error(
            ErrorKind::conflict,
            // TRANSLATORS: a person's key, a channel (e-mail, phone or Telegram, not
            // translated), the stored address, then the one given.
            trf("person '{}' has {} {}, not {}", person.key, label, before, after),
            trf("change it with 'acct client contact edit {} {}'", client.slug, person.key));
    if (merged.email != person.email || merged.phone != person.phone ||
        merged.telegram != person.telegram) {
      check_channels_free(store, merged);
      ChangeSet audit;
      audit.compare_fields(person_audit_fields(person), person_audit_fields(merged));
      write_person(store, merged, actor);
      record_audit(store, actor, "person", merged.key, "update", audit);
      person = merged;
    }
    for (const auto& contact : query_contacts(store, " AND l.person_id = ?", {person.id})) {
      if (contact.client_id == client.id)
        throw Error(
            ErrorKind::conflict,
            trf("person '{}' is already a contact of client '{}'", person.key, client.slug),
            trf("change it with 'acct client contact edit {} {}'", client.slug, person.key));
      added.other_clients.push_back(contact.client);
    }
  } else {
    check_channels_free(store, person);
    write_person(store, person, actor);
    ChangeSet audit;
    audit.set_fields(person_audit_fields(person));
    record_audit(store, actor, "person", person.key, "create", audit);
  }
  Contact& contact = added.contact;
  contact.client_id = client.id;
  contact.client = client.slug;
  apply_link(contact, fields, true);
  contact.id = write_link(store, contact, actor, true);
  ChangeSet audit;
  audit.set_fields(link_audit_fields(contact));
  record_audit(store, actor, "client", client.slug, "contact-add", audit);
  return added;
}

Contact edit_contact(Store& store, const Actor& actor, std::string_view slug,
                     std::string_view person_key, const ContactFields& fields) {
  const Client client = get_active_client(store, slug);
  const Contact before = get_contact(store, client, person_key);
  Contact after = before;
  apply_channels(after.person, fields);
  // Every client the person is a contact of must keep an address for its preferred channel.
  for (const auto& other : query_contacts(store, " AND l.person_id = ?", {before.person.id}))
    if (other.client_id != client.id && !other.channel.empty() &&
        address(after.person, other.channel).empty())
      throw Error(ErrorKind::conflict,
                  trf("person '{}' prefers {} for client '{}'; it cannot be cleared",
                      before.person.key, other.channel, other.client),
                  trf("first change that: 'acct client contact edit {} {} --channel ...'",
                      other.client, before.person.key));
  apply_link(after, fields, false);
  ChangeSet person_changes;
  person_changes.compare_fields(person_audit_fields(before.person),
                                person_audit_fields(after.person));
  if (!person_changes.empty()) {
    check_channels_free(store, after.person);
    write_person(store, after.person, actor);
    record_audit(store, actor, "person", after.person.key, "update", person_changes);
  }
  ChangeSet link_changes;
  link_changes.compare_fields(link_audit_fields(before), link_audit_fields(after));
  if (!link_changes.empty()) {
    write_link(store, after, actor, false);
    ChangeSet audit;
    audit.set("person", after.person.key);
    for (const auto& change : link_changes.changes())
      audit.compare(change.field, change.from, change.to);
    record_audit(store, actor, "client", client.slug, "contact-edit", audit);
  }
  return after;
}

Contact remove_contact(Store& store, const Actor& actor, std::string_view slug,
                       std::string_view person_key) {
  const Client client = get_active_client(store, slug);
  const Contact contact = get_contact(store, client, person_key);
  Statement remove(store, "UPDATE client_contact SET removed_at = ? WHERE id = ?");
  remove.bind(1, format_timestamp_utc(actor.at));
  remove.bind(2, contact.id);
  remove.exec();
  ChangeSet audit;
  audit.compare("person", contact.person.key, Json());
  record_audit(store, actor, "client", client.slug, "contact-remove", audit);
  return contact;
}

std::vector<Contact> client_contacts(const Store& store, std::string_view slug) {
  const Client client = get_client(store, slug);
  return query_contacts(store, " AND l.client_id = ?", {client.id});
}

std::vector<Contact> load_contacts(const Store& store, bool include_archived) {
  return query_contacts(store, include_archived ? "" : " AND c.archived_at IS NULL", {});
}

Json contact_to_json(const Contact& c) {
  return Json{{"client", c.client},
              {"person", c.person.key},
              {"name", c.person.name},
              {"roles", c.roles},
              {"email", json_or_null(c.person.email)},
              {"phone", json_or_null(c.person.phone)},
              {"telegram", json_or_null(c.person.telegram)},
              {"channel", json_or_null(c.channel)},
              {"reminders", c.reminders}};
}

} // namespace acctcore
