#include "firm/firm.hpp"

#include "audit/audit.hpp"
#include "client/facts.hpp"
#include "client/reference.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/ident.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

namespace acctcore {

namespace {

// ---------------------------------------------------------------- export

/// A nullable text column as JSON: its text, or null.
Json text_or_null(const Column& column) {
  return column.is_null() ? Json(nullptr) : Json(column.as_text());
}

/// Two nullable columns (amount in minor units, currency) as the money object, or null.
Json money_or_null(const Column& minor, const Column& currency) {
  if (minor.is_null())
    return Json(nullptr);
  return Json{{"amount_minor", minor.as_int64()}, {"currency", currency.as_text()}};
}

/// A stored JSON text (contact roles, subscription params) as the value it holds.
Json stored_json(const Column& column) {
  return Json::parse(column.as_text());
}

Json fact_value_json(const std::string& kind, const Column& value) {
  if (kind == "bool")
    return Json(value.as_int64() != 0);
  if (kind == "int")
    return Json(value.as_int64());
  if (kind == "string")
    return Json(value.as_text());
  return Json(nullptr);
}

/// Runs `sql` (first column: a client id) and appends `row(statement)` to that client's list
/// `key`, in the statement's order.
void add_client_rows(const Store& store, std::unordered_map<std::int64_t, Json>& clients,
                     const char* key, const std::string& sql,
                     const std::function<Json(const Statement&)>& row) {
  Statement query(store, sql);
  while (query.step()) {
    const auto found = clients.find(query.column(0).as_int64());
    if (found != clients.end())
      found->second[key].push_back(row(query));
  }
}

Json export_staff(const Store& store) {
  std::map<std::int64_t, Json> by_id;
  Json staff = Json::array();
  Statement query(store, "SELECT id, handle, name, email, phone, telegram, timezone, "
                         "capacity_minutes, rate_minor, rate_currency, created_at, archived_at "
                         "FROM staff ORDER BY handle");
  std::vector<std::int64_t> order;
  while (query.step()) {
    const std::int64_t id = query.column(0).as_int64();
    order.push_back(id);
    by_id[id] = Json{{"handle", query.column(1).as_text()},
                     {"name", query.column(2).as_text()},
                     {"email", text_or_null(query.column(3))},
                     {"phone", text_or_null(query.column(4))},
                     {"telegram", text_or_null(query.column(5))},
                     {"timezone", text_or_null(query.column(6))},
                     {"capacity_minutes", query.column(7).as_int64()},
                     {"rate", money_or_null(query.column(8), query.column(9))},
                     {"roles", Json::array()},
                     {"created_at", query.column(10).as_text()},
                     {"archived_at", text_or_null(query.column(11))}};
  }
  Statement roles(store, "SELECT staff_id, role FROM staff_role ORDER BY staff_id, role");
  while (roles.step()) {
    const auto found = by_id.find(roles.column(0).as_int64());
    if (found != by_id.end())
      found->second["roles"].push_back(roles.column(1).as_text());
  }
  for (const auto id : order)
    staff.push_back(std::move(by_id[id]));
  return staff;
}

Json export_persons(const Store& store) {
  Json persons = Json::array();
  Statement query(store, "SELECT key, name, email, phone, telegram, created_at FROM person "
                         "ORDER BY key");
  while (query.step())
    persons.push_back(Json{{"key", query.column(0).as_text()},
                           {"name", query.column(1).as_text()},
                           {"email", text_or_null(query.column(2))},
                           {"phone", text_or_null(query.column(3))},
                           {"telegram", text_or_null(query.column(4))},
                           {"created_at", query.column(5).as_text()}});
  return persons;
}

Json export_clients(const Store& store) {
  std::unordered_map<std::int64_t, Json> by_id;
  std::vector<std::int64_t> order;
  Statement query(store,
                  "SELECT id, slug, name, short_name, form, country, inn, kpp, ogrn, region, "
                  "timezone, contract_start, contract_end, fee_minor, fee_currency, notes, "
                  "created_at, archived_at FROM client ORDER BY slug");
  while (query.step()) {
    const std::int64_t id = query.column(0).as_int64();
    order.push_back(id);
    by_id[id] = Json{{"slug", query.column(1).as_text()},
                     {"name", query.column(2).as_text()},
                     {"short_name", text_or_null(query.column(3))},
                     {"form", query.column(4).as_text()},
                     {"country", query.column(5).as_text()},
                     {"inn", query.column(6).as_text()},
                     {"kpp", text_or_null(query.column(7))},
                     {"ogrn", text_or_null(query.column(8))},
                     {"region", text_or_null(query.column(9))},
                     {"timezone", query.column(10).as_text()},
                     {"contract_start", query.column(11).as_text()},
                     {"contract_end", text_or_null(query.column(12))},
                     {"fee", money_or_null(query.column(13), query.column(14))},
                     {"notes", text_or_null(query.column(15))},
                     {"tags", Json::array()},
                     {"created_at", query.column(16).as_text()},
                     {"archived_at", text_or_null(query.column(17))},
                     {"statuses", Json::array()},
                     {"facts", Json::array()},
                     {"contacts", Json::array()},
                     {"work_group", Json::array()},
                     {"subscriptions", Json::array()},
                     {"events", Json::array()}};
  }
  add_client_rows(store, by_id, "tags", "SELECT client_id, tag FROM client_tag ORDER BY 1, 2",
                  [](const Statement& row) { return Json(row.column(1).as_text()); });
  // Ties on a day are decided by the later row, so the rows keep their recorded order.
  add_client_rows(store, by_id, "statuses",
                  "SELECT client_id, status, valid_from, recorded_at FROM client_status "
                  "ORDER BY client_id, valid_from, id",
                  [](const Statement& row) {
                    return Json{{"status", row.column(1).as_text()},
                                {"from", row.column(2).as_text()},
                                {"recorded_at", row.column(3).as_text()}};
                  });
  add_client_rows(store, by_id, "facts",
                  "SELECT client_id, key, valid_from, kind, value, recorded_at FROM client_fact "
                  "ORDER BY client_id, key, valid_from",
                  [](const Statement& row) {
                    return Json{{"key", row.column(1).as_text()},
                                {"from", row.column(2).as_text()},
                                {"value", fact_value_json(row.column(3).as_text(), row.column(4))},
                                {"recorded_at", row.column(5).as_text()}};
                  });
  add_client_rows(store, by_id, "contacts",
                  "SELECT c.client_id, p.key, c.roles, c.channel, c.reminders, c.added_at, "
                  "c.removed_at FROM client_contact c JOIN person p ON p.id = c.person_id "
                  "ORDER BY c.client_id, c.id",
                  [](const Statement& row) {
                    return Json{{"person", row.column(1).as_text()},
                                {"roles", stored_json(row.column(2))},
                                {"channel", text_or_null(row.column(3))},
                                {"reminders", row.column(4).as_int64() != 0},
                                {"added_at", row.column(5).as_text()},
                                {"removed_at", text_or_null(row.column(6))}};
                  });
  add_client_rows(store, by_id, "work_group",
                  "SELECT a.client_id, a.role, s.handle, a.valid_from, a.valid_to, "
                  "a.recorded_at FROM client_assignment a JOIN staff s ON s.id = a.staff_id "
                  "ORDER BY a.client_id, a.role, a.valid_from, a.id",
                  [](const Statement& row) {
                    return Json{{"role", row.column(1).as_text()},
                                {"staff", row.column(2).as_text()},
                                {"from", row.column(3).as_text()},
                                {"to", text_or_null(row.column(4))},
                                {"recorded_at", row.column(5).as_text()}};
                  });
  add_client_rows(store, by_id, "subscriptions",
                  "SELECT client_id, service, valid_from, valid_to, params, recorded_at "
                  "FROM client_subscription ORDER BY client_id, service, valid_from, id",
                  [](const Statement& row) {
                    return Json{{"service", row.column(1).as_text()},
                                {"from", row.column(2).as_text()},
                                {"to", text_or_null(row.column(3))},
                                {"params", stored_json(row.column(4))},
                                {"recorded_at", row.column(5).as_text()}};
                  });
  add_client_rows(store, by_id, "events",
                  "SELECT client_id, kind, date, until, note, created_at, removed_at FROM event "
                  "ORDER BY client_id, id",
                  [](const Statement& row) {
                    return Json{{"kind", row.column(1).as_text()},
                                {"date", row.column(2).as_text()},
                                {"until", text_or_null(row.column(3))},
                                {"note", row.column(4).as_text()},
                                {"created_at", row.column(5).as_text()},
                                {"removed_at", text_or_null(row.column(6))}};
                  });
  Json clients = Json::array();
  for (const auto id : order)
    clients.push_back(std::move(by_id[id]));
  return clients;
}

// ---------------------------------------------------------------- import

[[noreturn]] void invalid_at(const std::string& path, const std::string& problem) {
  throw Error(ErrorKind::invalid, trf("firm document: {}: {}", path, problem),
              tr("fix the document, or export it again with 'acct export firm'"));
}

/// Runs a validator of the domain (which throws Error(invalid) with its own words) and names
/// the JSON path of the value it refused.
template <typename Check>
void checked_at(const std::string& path, Check&& check) {
  try {
    check();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::invalid && e.kind() != ErrorKind::not_found)
      throw;
    invalid_at(path, e.what());
  }
}

/// One JSON object of the document, read field by field with the path of each.
class Fields {
public:
  Fields(const Json& value, std::string path, std::initializer_list<const char*> known)
      : m_value(value), m_path(std::move(path)) {
    if (!m_value.is_object())
      invalid_at(m_path, tr("expected an object"));
    for (const auto& item : m_value.items()) {
      if (std::none_of(known.begin(), known.end(),
                       [&](const char* name) { return item.key() == name; }))
        invalid_at(at(item.key().c_str()), tr("unknown field"));
    }
  }

  std::string at(const char* key) const { return m_path + "." + key; }

  const Json* find(const char* key) const {
    const auto found = m_value.find(key);
    return found == m_value.end() || found->is_null() ? nullptr : &*found;
  }

  const Json& required(const char* key) const {
    const auto found = m_value.find(key);
    if (found == m_value.end() || found->is_null())
      invalid_at(at(key), tr("missing"));
    return *found;
  }

  std::string text(const char* key) const {
    const Json& value = required(key);
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
      invalid_at(at(key), tr("expected a non-empty string"));
    return value.get<std::string>();
  }

  /// A string, or nullopt for null or a missing field.
  std::optional<std::string> optional_text(const char* key) const {
    const Json* value = find(key);
    if (value == nullptr)
      return std::nullopt;
    if (!value->is_string())
      invalid_at(at(key), tr("expected a string or null"));
    return value->get<std::string>();
  }

  std::string day(const char* key) const { return checked_day(key, text(key)); }

  std::optional<std::string> optional_day(const char* key) const {
    const auto value = optional_text(key);
    return value ? std::optional(checked_day(key, *value)) : std::nullopt;
  }

  std::string timestamp(const char* key) const { return checked_timestamp(key, text(key)); }

  std::optional<std::string> optional_timestamp(const char* key) const {
    const auto value = optional_text(key);
    return value ? std::optional(checked_timestamp(key, *value)) : std::nullopt;
  }

  std::int64_t integer(const char* key) const {
    const Json& value = required(key);
    if (!value.is_number_integer())
      invalid_at(at(key), tr("expected an integer"));
    return value.get<std::int64_t>();
  }

  bool flag(const char* key) const {
    const Json& value = required(key);
    if (!value.is_boolean())
      invalid_at(at(key), tr("expected true or false"));
    return value.get<bool>();
  }

  /// An array (an absent or null field is an empty one).
  const Json& list(const char* key) const {
    static const Json empty = Json::array();
    const Json* value = find(key);
    if (value == nullptr)
      return empty;
    if (!value->is_array())
      invalid_at(at(key), tr("expected an array"));
    return *value;
  }

  /// The money object {"amount_minor", "currency"}, or nullopt for null.
  std::optional<std::pair<std::int64_t, std::string>> money(const char* key) const {
    const Json* value = find(key);
    if (value == nullptr)
      return std::nullopt;
    const Fields money(*value, at(key), {"amount_minor", "currency"});
    const std::int64_t minor = money.integer("amount_minor");
    if (minor < 0)
      invalid_at(money.at("amount_minor"), tr("expected zero or more"));
    const std::string currency = money.text("currency");
    if (currency.size() != 3 ||
        !std::all_of(currency.begin(), currency.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      invalid_at(money.at("currency"), tr("expected a currency code of three capital letters"));
    return std::pair(minor, currency);
  }

private:
  std::string checked_day(const char* key, const std::string& text) const {
    const auto parsed = parse_date(text);
    if (!parsed || format_date(*parsed) != text)
      invalid_at(at(key), trf("'{}' is not a date YYYY-MM-DD", text));
    return text;
  }

  std::string checked_timestamp(const char* key, const std::string& text) const {
    const auto parsed = parse_timestamp(text, nullptr);
    if (!parsed || format_timestamp_utc(*parsed) != text)
      invalid_at(at(key), trf("'{}' is not a UTC time YYYY-MM-DDTHH:MM:SSZ", text));
    return text;
  }

  const Json& m_value;
  std::string m_path;
};

std::string item_path(const std::string& list, size_t index) {
  return fmt::format("{}[{}]", list, index);
}

void bind_optional(Statement& statement, int index, const std::optional<std::string>& value) {
  if (value)
    statement.bind(index, *value);
  else
    statement.bind(index);
}

void bind_money(Statement& statement, int index,
                const std::optional<std::pair<std::int64_t, std::string>>& money) {
  if (money) {
    statement.bind(index, money->first);
    statement.bind(index + 1, money->second);
  } else {
    statement.bind(index);
    statement.bind(index + 1);
  }
}

/// `to` is not before `from` (both 'YYYY-MM-DD', so text order is date order).
void require_order(const Fields& fields, const char* from_key, const std::string& from,
                   const char* to_key, const std::optional<std::string>& to) {
  if (to && *to < from)
    invalid_at(fields.at(to_key), trf("{} is before {} {}", *to, from_key, from));
}

class Importer {
public:
  explicit Importer(Store& store) : m_store(store) {}

  FirmImportCounts run(const Fields& document) {
    import_staff(document.list("staff"), document.at("staff"));
    import_persons(document.list("persons"), document.at("persons"));
    import_clients(document.list("clients"), document.at("clients"));
    return m_counts;
  }

private:
  void import_staff(const Json& list, const std::string& path) {
    Statement insert(m_store,
                     "INSERT INTO staff (handle, name, email, phone, telegram, timezone, "
                     "capacity_minutes, rate_minor, rate_currency, created_at, archived_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    Statement add_role(m_store, "INSERT INTO staff_role (staff_id, role) VALUES (?, ?)");
    for (size_t i = 0; i < list.size(); ++i) {
      const Fields f(list[i], item_path(path, i),
                     {"handle", "name", "email", "phone", "telegram", "timezone",
                      "capacity_minutes", "rate", "roles", "created_at", "archived_at"});
      const std::string handle = f.text("handle");
      checked_at(f.at("handle"), [&] { require_identifier("handle", handle); });
      if (m_staff.count(handle) != 0)
        invalid_at(f.at("handle"), trf("'{}' appears twice", handle));
      const auto zone = f.optional_text("timezone");
      if (zone)
        checked_at(f.at("timezone"), [&] { require_time_zone_name(*zone); });
      const std::int64_t capacity = f.integer("capacity_minutes");
      if (capacity < 0)
        invalid_at(f.at("capacity_minutes"), tr("expected zero or more"));
      insert.bind(1, handle);
      insert.bind(2, f.text("name"));
      bind_optional(insert, 3, f.optional_text("email"));
      bind_optional(insert, 4, f.optional_text("phone"));
      bind_optional(insert, 5, f.optional_text("telegram"));
      bind_optional(insert, 6, zone);
      insert.bind(7, capacity);
      bind_money(insert, 8, f.money("rate"));
      insert.bind(10, f.timestamp("created_at"));
      bind_optional(insert, 11, f.optional_timestamp("archived_at"));
      const std::int64_t id = insert_returning_id(insert);
      m_staff[handle] = id;
      const Json& roles = f.list("roles");
      std::set<std::string> seen;
      for (size_t r = 0; r < roles.size(); ++r) {
        const std::string role_path = item_path(f.at("roles"), r);
        if (!roles[r].is_string())
          invalid_at(role_path, tr("expected a string"));
        const std::string role = roles[r].get<std::string>();
        checked_at(role_path, [&] { require_staff_role(role); });
        if (!seen.insert(role).second)
          invalid_at(role_path, trf("'{}' appears twice", role));
        add_role.bind(1, id);
        add_role.bind(2, role);
        add_role.exec();
        add_role.reset();
      }
      ++m_counts.staff;
    }
  }

  void import_persons(const Json& list, const std::string& path) {
    Statement insert(m_store, "INSERT INTO person (key, name, email, phone, telegram, "
                              "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    for (size_t i = 0; i < list.size(); ++i) {
      const Fields f(list[i], item_path(path, i),
                     {"key", "name", "email", "phone", "telegram", "created_at"});
      const std::string key = f.text("key");
      if (m_persons.count(key) != 0)
        invalid_at(f.at("key"), trf("'{}' appears twice", key));
      insert.bind(1, key);
      insert.bind(2, f.text("name"));
      bind_optional(insert, 3, f.optional_text("email"));
      bind_optional(insert, 4, f.optional_text("phone"));
      bind_optional(insert, 5, f.optional_text("telegram"));
      insert.bind(6, f.timestamp("created_at"));
      m_persons[key] = insert_returning_id(insert);
      ++m_counts.persons;
    }
  }

  void import_clients(const Json& list, const std::string& path) {
    Statement insert(
        m_store, "INSERT INTO client (slug, name, short_name, form, country, inn, kpp, ogrn, "
                 "region, timezone, contract_start, contract_end, fee_minor, fee_currency, notes, "
                 "created_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?) RETURNING id");
    std::set<std::string> slugs;
    std::set<std::pair<std::string, std::string>> tax_ids;
    for (size_t i = 0; i < list.size(); ++i) {
      const Fields f(
          list[i], item_path(path, i),
          {"slug",  "name",     "short_name", "form",          "country",        "inn",
           "kpp",   "ogrn",     "region",     "timezone",      "contract_start", "contract_end",
           "fee",   "notes",    "tags",       "created_at",    "archived_at",    "statuses",
           "facts", "contacts", "work_group", "subscriptions", "events"});
      const std::string slug = f.text("slug");
      checked_at(f.at("slug"), [&] { require_identifier("slug", slug); });
      if (!slugs.insert(slug).second)
        invalid_at(f.at("slug"), trf("'{}' appears twice", slug));
      const std::string country = f.text("country");
      checked_at(f.at("country"), [&] { require_country(country); });
      const std::string form = f.text("form");
      checked_at(f.at("form"), [&] { require_legal_form(country, form); });
      const std::string inn = f.text("inn");
      if (!tax_ids.emplace(country, inn).second)
        invalid_at(f.at("inn"), trf("'{}' appears twice", inn));
      const std::string zone = f.text("timezone");
      checked_at(f.at("timezone"), [&] { require_time_zone_name(zone); });
      const std::string start = f.day("contract_start");
      const auto end = f.optional_day("contract_end");
      require_order(f, "contract_start", start, "contract_end", end);
      insert.bind(1, slug);
      insert.bind(2, f.text("name"));
      bind_optional(insert, 3, f.optional_text("short_name"));
      insert.bind(4, form);
      insert.bind(5, country);
      insert.bind(6, inn);
      bind_optional(insert, 7, f.optional_text("kpp"));
      bind_optional(insert, 8, f.optional_text("ogrn"));
      bind_optional(insert, 9, f.optional_text("region"));
      insert.bind(10, zone);
      insert.bind(11, start);
      bind_optional(insert, 12, end);
      bind_money(insert, 13, f.money("fee"));
      bind_optional(insert, 15, f.optional_text("notes"));
      insert.bind(16, f.timestamp("created_at"));
      bind_optional(insert, 17, f.optional_timestamp("archived_at"));
      const std::int64_t id = insert_returning_id(insert);
      import_tags(id, f);
      import_statuses(id, f);
      import_facts(id, f);
      import_contacts(id, f);
      import_work_group(id, f);
      import_subscriptions(id, f);
      import_events(id, f);
      ++m_counts.clients;
    }
  }

  void import_tags(std::int64_t client, const Fields& f) {
    Statement insert(m_store, "INSERT INTO client_tag (client_id, tag) VALUES (?, ?)");
    const Json& tags = f.list("tags");
    std::set<std::string> seen;
    for (size_t i = 0; i < tags.size(); ++i) {
      const std::string tag_path = item_path(f.at("tags"), i);
      if (!tags[i].is_string() || tags[i].get_ref<const std::string&>().empty())
        invalid_at(tag_path, tr("expected a non-empty string"));
      if (!seen.insert(tags[i].get<std::string>()).second)
        invalid_at(tag_path, trf("'{}' appears twice", tags[i].get<std::string>()));
      insert.bind(1, client);
      insert.bind(2, tags[i].get<std::string>());
      insert.exec();
      insert.reset();
    }
  }

  void import_statuses(std::int64_t client, const Fields& f) {
    Statement insert(m_store, "INSERT INTO client_status (client_id, status, valid_from, "
                              "recorded_at) VALUES (?, ?, ?, ?)");
    const Json& list = f.list("statuses");
    if (list.empty())
      invalid_at(f.at("statuses"), tr("a client needs at least one status"));
    std::string previous;
    for (size_t i = 0; i < list.size(); ++i) {
      const Fields s(list[i], item_path(f.at("statuses"), i), {"status", "from", "recorded_at"});
      const std::string status = s.text("status");
      checked_at(s.at("status"), [&] { require_client_status(status); });
      const std::string from = s.day("from");
      if (from < previous)
        invalid_at(s.at("from"), tr("statuses must be in date order"));
      previous = from;
      insert.bind(1, client);
      insert.bind(2, status);
      insert.bind(3, from);
      insert.bind(4, s.timestamp("recorded_at"));
      insert.exec();
      insert.reset();
    }
  }

  void import_facts(std::int64_t client, const Fields& f) {
    Statement insert(m_store, "INSERT INTO client_fact (client_id, key, valid_from, kind, value, "
                              "recorded_at) VALUES (?, ?, ?, ?, ?, ?)");
    const Json& list = f.list("facts");
    std::set<std::pair<std::string, std::string>> seen;
    for (size_t i = 0; i < list.size(); ++i) {
      const Fields fact(list[i], item_path(f.at("facts"), i),
                        {"key", "from", "value", "recorded_at"});
      const std::string key = fact.text("key");
      checked_at(fact.at("key"), [&] { require_fact_key(key); });
      const std::string from = fact.day("from");
      if (!seen.emplace(key, from).second)
        invalid_at(fact.at("from"), trf("fact '{}' has two values from {}", key, from));
      insert.bind(1, client);
      insert.bind(2, key);
      insert.bind(3, from);
      const Json* value = fact.find("value");
      if (value == nullptr) {
        insert.bind(4, "none");
        insert.bind(5);
      } else if (value->is_boolean()) {
        insert.bind(4, "bool");
        insert.bind(5, static_cast<std::int64_t>(value->get<bool>() ? 1 : 0));
      } else if (value->is_number_integer()) {
        insert.bind(4, "int");
        insert.bind(5, value->get<std::int64_t>());
      } else if (value->is_string()) {
        insert.bind(4, "string");
        insert.bind(5, value->get<std::string>());
      } else {
        invalid_at(fact.at("value"), tr("expected true, false, an integer, a string or null"));
      }
      insert.bind(6, fact.timestamp("recorded_at"));
      insert.exec();
      insert.reset();
      ++m_counts.facts;
    }
  }

  void import_contacts(std::int64_t client, const Fields& f) {
    Statement insert(m_store,
                     "INSERT INTO client_contact (client_id, person_id, roles, channel, reminders, "
                     "added_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const Json& list = f.list("contacts");
    std::set<std::string> current;
    for (size_t i = 0; i < list.size(); ++i) {
      const Fields c(list[i], item_path(f.at("contacts"), i),
                     {"person", "roles", "channel", "reminders", "added_at", "removed_at"});
      const std::string person = c.text("person");
      const auto found = m_persons.find(person);
      if (found == m_persons.end())
        invalid_at(c.at("person"), trf("no person '{}' in $.persons", person));
      const Json& roles = c.list("roles");
      for (size_t r = 0; r < roles.size(); ++r)
        if (!roles[r].is_string())
          invalid_at(item_path(c.at("roles"), r), tr("expected a string"));
      const auto channel = c.optional_text("channel");
      if (channel && *channel != "email" && *channel != "phone" && *channel != "telegram")
        invalid_at(c.at("channel"), tr("expected email, phone, telegram or null"));
      const auto removed = c.optional_timestamp("removed_at");
      if (!removed && !current.insert(person).second)
        invalid_at(c.at("person"), trf("'{}' is a current contact twice", person));
      insert.bind(1, client);
      insert.bind(2, found->second);
      insert.bind(3, roles.dump());
      bind_optional(insert, 4, channel);
      insert.bind(5, static_cast<std::int64_t>(c.flag("reminders") ? 1 : 0));
      insert.bind(6, c.timestamp("added_at"));
      bind_optional(insert, 7, removed);
      insert.exec();
      insert.reset();
      ++m_counts.contacts;
    }
  }

  void import_work_group(std::int64_t client, const Fields& f) {
    Statement insert(m_store,
                     "INSERT INTO client_assignment (client_id, role, staff_id, valid_from, "
                     "valid_to, recorded_at) VALUES (?, ?, ?, ?, ?, ?)");
    const Json& list = f.list("work_group");
    std::set<std::string> open;
    for (size_t i = 0; i < list.size(); ++i) {
      const Fields a(list[i], item_path(f.at("work_group"), i),
                     {"role", "staff", "from", "to", "recorded_at"});
      const std::string role = a.text("role");
      checked_at(a.at("role"), [&] { require_staff_role(role); });
      const std::string handle = a.text("staff");
      const auto found = m_staff.find(handle);
      if (found == m_staff.end())
        invalid_at(a.at("staff"), trf("no staff member '{}' in $.staff", handle));
      const std::string from = a.day("from");
      const auto to = a.optional_day("to");
      require_order(a, "from", from, "to", to);
      if (!to && !open.insert(role).second)
        invalid_at(a.at("to"), trf("role '{}' has two open-ended holders", role));
      insert.bind(1, client);
      insert.bind(2, role);
      insert.bind(3, found->second);
      insert.bind(4, from);
      bind_optional(insert, 5, to);
      insert.bind(6, a.timestamp("recorded_at"));
      insert.exec();
      insert.reset();
      ++m_counts.assignments;
    }
  }

  void import_subscriptions(std::int64_t client, const Fields& f) {
    Statement insert(m_store,
                     "INSERT INTO client_subscription (client_id, service, valid_from, valid_to, "
                     "params, recorded_at) VALUES (?, ?, ?, ?, ?, ?)");
    const Json& list = f.list("subscriptions");
    std::set<std::string> open;
    for (size_t i = 0; i < list.size(); ++i) {
      const Fields s(list[i], item_path(f.at("subscriptions"), i),
                     {"service", "from", "to", "params", "recorded_at"});
      const std::string service = s.text("service");
      const std::string from = s.day("from");
      const auto to = s.optional_day("to");
      require_order(s, "from", from, "to", to);
      if (!to && !open.insert(service).second)
        invalid_at(s.at("to"), trf("service '{}' has two open-ended subscriptions", service));
      const Json* params = s.find("params");
      if (params != nullptr && !params->is_object())
        invalid_at(s.at("params"), tr("expected an object"));
      insert.bind(1, client);
      insert.bind(2, service);
      insert.bind(3, from);
      bind_optional(insert, 4, to);
      insert.bind(5, params == nullptr ? std::string("{}") : params->dump());
      insert.bind(6, s.timestamp("recorded_at"));
      insert.exec();
      insert.reset();
      ++m_counts.subscriptions;
    }
  }

  void import_events(std::int64_t client, const Fields& f) {
    Statement insert(m_store, "INSERT INTO event (client_id, kind, date, until, note, created_at, "
                              "removed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const Json& list = f.list("events");
    for (size_t i = 0; i < list.size(); ++i) {
      const Fields e(list[i], item_path(f.at("events"), i),
                     {"kind", "date", "until", "note", "created_at", "removed_at"});
      const std::string kind = e.text("kind");
      const std::string day = e.day("date");
      const auto until = e.optional_day("until");
      require_order(e, "date", day, "until", until);
      insert.bind(1, client);
      insert.bind(2, kind);
      insert.bind(3, day);
      bind_optional(insert, 4, until);
      insert.bind(5, e.optional_text("note").value_or(""));
      insert.bind(6, e.timestamp("created_at"));
      bind_optional(insert, 7, e.optional_timestamp("removed_at"));
      insert.exec();
      insert.reset();
      ++m_counts.events;
    }
  }

  Store& m_store;
  FirmImportCounts m_counts;
  std::map<std::string, std::int64_t> m_staff;
  std::map<std::string, std::int64_t> m_persons;
};

/// Refuses a database that already holds a register: an import never merges.
void require_empty_register(const Store& store) {
  const std::int64_t staff = query_int64(store, "SELECT count(*) FROM staff");
  const std::int64_t clients = query_int64(store, "SELECT count(*) FROM client");
  const std::int64_t persons = query_int64(store, "SELECT count(*) FROM person");
  if (staff + clients + persons > 0)
    throw Error(ErrorKind::conflict,
                trf("{} is not empty: it holds {} staff member(s), {} client(s) and {} "
                    "person(s)",
                    store.name(), staff, clients, persons),
                tr("import a firm into a new database: 'acct --db NEW init', then "
                   "'acct --db NEW import firm FILE'"));
}

} // namespace

Json export_firm(const Store& store) {
  ReadTransaction transaction(store);
  Json document{{"format", k_firm_format}, {"version", k_firm_version}};
  document["staff"] = export_staff(store);
  document["persons"] = export_persons(store);
  document["clients"] = export_clients(store);
  return document;
}

Json parse_firm_document(std::string_view text) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    // nlohmann's message starts with its own tag, "[json.exception.parse_error.101] ".
    std::string_view what = e.what();
    if (const auto end = what.find("] "); what.substr(0, 1) == "[" && end != what.npos)
      what.remove_prefix(end + 2);
    throw Error(ErrorKind::invalid, trf("firm document is not JSON: {}", what),
                tr("give the file 'acct export firm' wrote"));
  }
}

FirmImportCounts import_firm(Store& store, const Actor& actor, const Json& document) {
  const std::string root = "$";
  if (!document.is_object())
    throw Error(ErrorKind::incompatible, tr("not an acct firm document: expected a JSON object"),
                tr("give the file 'acct export firm' wrote"));
  const auto format = document.find("format");
  if (format == document.end() || !format->is_string() || *format != k_firm_format)
    throw Error(ErrorKind::incompatible,
                trf("not an acct firm document: $.format is not \"{}\"", k_firm_format),
                tr("give the file 'acct export firm' wrote"));
  const auto version = document.find("version");
  if (version == document.end() || !version->is_number_integer() ||
      version->get<std::int64_t>() < 1)
    invalid_at("$.version", tr("expected a positive integer"));
  if (version->get<std::int64_t>() > k_firm_version)
    throw Error(ErrorKind::incompatible,
                trf("the firm document has version {}; this acct reads up to version {}",
                    version->get<std::int64_t>(), k_firm_version),
                tr("import it with a newer acct"));
  const Fields fields(document, root, {"format", "version", "staff", "persons", "clients"});
  require_empty_register(store);
  Importer importer(store);
  const FirmImportCounts counts = importer.run(fields);
  ChangeSet changes;
  changes.set_fields(firm_import_counts_to_json(counts));
  record_audit(store, actor, "firm", k_firm_format, "import", changes);
  return counts;
}

Json firm_import_counts_to_json(const FirmImportCounts& counts) {
  return Json{{"staff", counts.staff},
              {"persons", counts.persons},
              {"clients", counts.clients},
              {"facts", counts.facts},
              {"contacts", counts.contacts},
              {"work_group", counts.assignments},
              {"subscriptions", counts.subscriptions},
              {"events", counts.events}};
}

} // namespace acctcore
