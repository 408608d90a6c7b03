#include "client/client.hpp"

#include "client/identifiers.hpp"
#include "client/reference.hpp"
#include "config/config.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/ident.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace acctcore {

namespace {

constexpr const char* k_select =
    "SELECT id, slug, name, short_name, form, country, inn, kpp, ogrn, region, timezone, "
    "contract_start, contract_end, fee_minor, fee_currency, notes, created_at, archived_at "
    "FROM client";

Client read_client(Statement& row) {
  Client c;
  c.id = row.column(0).as_int64();
  c.slug = row.column(1).as_text();
  c.name = row.column(2).as_text();
  c.short_name = column_text(row.column(3));
  c.form = row.column(4).as_text();
  c.country = row.column(5).as_text();
  c.inn = row.column(6).as_text();
  c.kpp = column_text(row.column(7));
  c.ogrn = column_text(row.column(8));
  c.region = column_text(row.column(9));
  c.timezone = row.column(10).as_text();
  c.contract_start = column_date(row.column(11)).value_or(Date{});
  c.contract_end = column_date(row.column(12));
  if (!row.column(13).is_null())
    c.fee = Money{row.column(13).as_int64(), row.column(14).as_text()};
  c.notes = column_text(row.column(15));
  c.created_at = column_timestamp(row.column(16)).value_or(Timestamp{});
  c.archived_at = column_timestamp(row.column(17));
  return c;
}

std::optional<FactValue> read_fact_value(const std::string& kind, const Column& value) {
  if (kind == "bool")
    return FactValue{value.as_int64() != 0};
  if (kind == "int")
    return FactValue{value.as_int64()};
  if (kind == "string")
    return FactValue{value.as_text()};
  return std::nullopt;
}

/// Clients matching `where` (bound to `param` when given), with statuses, facts and tags: one
/// query per table, whatever the number of clients.
std::vector<Client> load(const Store& store, const std::string& where,
                         const std::optional<std::string>& param) {
  Statement query(store, std::string(k_select) + where + " ORDER BY slug");
  if (param)
    query.bind(1, *param);
  std::vector<Client> clients;
  std::unordered_map<std::int64_t, size_t> index;
  while (query.step()) {
    index.emplace(query.column(0).as_int64(), clients.size());
    clients.push_back(read_client(query));
  }
  if (clients.empty())
    return clients;
  // One client: ask for its rows only; many: read every row once and drop the others.
  const std::string filter =
      clients.size() == 1 ? fmt::format(" WHERE client_id = {}", clients.front().id) : "";
  const auto each = [&](const std::string& sql, auto&& read) {
    Statement rows(store, sql);
    while (rows.step()) {
      const auto it = index.find(rows.column(0).as_int64());
      if (it != index.end())
        read(clients[it->second], rows);
    }
  };
  each("SELECT client_id, status, valid_from FROM client_status" + filter +
           " ORDER BY client_id, valid_from, id",
       [](Client& c, Statement& row) {
         c.statuses.push_back(
             {row.column(1).as_text(), column_date(row.column(2)).value_or(Date{})});
       });
  each("SELECT client_id, tag FROM client_tag" + filter + " ORDER BY client_id, tag",
       [](Client& c, Statement& row) { c.tags.push_back(row.column(1).as_text()); });
  std::vector<std::vector<FactRecord>> facts(clients.size());
  each("SELECT client_id, key, valid_from, kind, value FROM client_fact" + filter,
       [&](Client& c, Statement& row) {
         facts[index.at(c.id)].push_back({row.column(1).as_text(),
                                          column_date(row.column(2)).value_or(Date{}),
                                          read_fact_value(row.column(3).as_text(), row.column(4))});
       });
  for (size_t i = 0; i < clients.size(); ++i) {
    if (clients[i].statuses.empty()) // every write adds one; only a hand-edited file lacks it
      throw Error(ErrorKind::incompatible,
                  trf("client '{}' has no status history", clients[i].slug),
                  tr("run 'acct db check', and restore from a backup if it reports problems"));
    clients[i].facts = FactTimeline(std::move(facts[i]));
  }
  return clients;
}

/// Enough of a client to name it in a conflict, without loading its history.
struct ClientKey {
  std::string slug;
  std::string name;
  bool archived;
};

std::optional<ClientKey> find_key(const Store& store, const char* where,
                                  const std::vector<std::string>& params) {
  Statement query(store,
                  std::string("SELECT slug, name, archived_at IS NOT NULL FROM client ") + where);
  for (size_t i = 0; i < params.size(); ++i)
    query.bind(static_cast<int>(i + 1), params[i]);
  if (!query.step())
    return std::nullopt;
  return ClientKey{query.column(0).as_text(), query.column(1).as_text(),
                   query.column(2).as_int() != 0};
}

std::optional<Client> find_client(const Store& store, std::string_view slug) {
  auto clients = load(store, " WHERE slug = ?", std::string(slug));
  if (clients.empty())
    return std::nullopt;
  return std::move(clients.front());
}

Json date_json(const std::optional<Date>& day) {
  return day ? Json(format_date(*day)) : Json(nullptr);
}

std::string require_tag(std::string_view text) {
  const std::string tag = fold_case(trim(text));
  if (tag.empty() || !is_valid_utf8(tag) || display_width(tag) > 40 ||
      tag.find_first_of(" \t\n\r,;") != std::string::npos || has_control_chars(tag))
    throw Error(ErrorKind::invalid,
                trf("invalid tag '{}': a tag is one word of at most 40 characters", text),
                tr("e.g. vip, spb, холдинг-север"));
  return tag;
}

std::string require_region(std::string_view text) {
  const std::string region(trim(text));
  if (region.size() != 2 || region[0] < '0' || region[0] > '9' || region[1] < '0' ||
      region[1] > '9' || region == "00")
    throw Error(ErrorKind::invalid,
                trf("invalid region '{}': give the two-digit region code, e.g. 77 for "
                    "Moscow, 78 for St Petersburg, 75 for Almaty",
                    text));
  return region;
}

std::string require_notes(std::string_view text) {
  const std::string_view notes = trim(text);
  if (!is_valid_utf8(notes))
    throw Error(ErrorKind::invalid, tr("the notes are not valid UTF-8"));
  if (has_control_chars(notes))
    throw Error(ErrorKind::invalid, tr("the notes must not contain control characters"));
  if (display_width(notes) > 4000)
    throw Error(ErrorKind::invalid, tr("the notes are longer than 4000 characters"));
  return std::string(notes);
}

void sort_tags(std::vector<std::string>& tags) {
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
}

/// Applies `f` to `c`, validating every value. `adding` allows the country to be set.
void apply_fields(Client& c, const ClientFields& f, const ClientDefaults& defaults, bool adding) {
  if (f.name)
    c.name = require_single_line("name", *f.name, 300);
  if (f.short_name)
    c.short_name =
        trim(*f.short_name).empty() ? "" : require_single_line("short name", *f.short_name, 100);
  if (adding) {
    c.country =
        f.country && !trim(*f.country).empty() ? std::string(trim(*f.country)) : defaults.country;
    require_country(c.country);
  }
  if (f.form)
    c.form = std::string(require_legal_form(c.country, *f.form).code);
  if (f.form || f.inn || f.kpp || f.ogrn) {
    TaxIds ids{f.inn.value_or(c.inn), f.kpp.value_or(c.kpp), f.ogrn.value_or(c.ogrn)};
    ids = require_tax_ids(c.legal_form(), ids);
    c.inn = ids.inn;
    c.kpp = ids.kpp;
    c.ogrn = ids.ogrn;
  }
  if (f.region)
    c.region = trim(*f.region).empty() ? "" : require_region(*f.region);
  else if (adding && c.country == "ru")
    c.region = c.inn.substr(0, 2); // the ИНН starts with the region of the tax office
  if (f.timezone && !trim(*f.timezone).empty()) {
    c.timezone = std::string(trim(*f.timezone));
    require_time_zone_name(c.timezone);
  } else if (f.timezone || adding) {
    c.timezone = defaults.timezone_for(c.country);
  }
  if (f.contract_start)
    c.contract_start = require_date(trim(*f.contract_start),
                                    // TRANSLATORS: ends "invalid date '...' for {}".
                                    tr("the contract start"));
  if (f.contract_end)
    c.contract_end =
        trim(*f.contract_end).empty()
            ? std::nullopt
            : std::optional(require_date(trim(*f.contract_end),
                                         // TRANSLATORS: ends "invalid date '...' for {}".
                                         tr("the contract end")));
  if (c.contract_end && *c.contract_end < c.contract_start)
    throw Error(ErrorKind::invalid,
                trf("the contract end {} is before its start {}", format_date(*c.contract_end),
                    format_date(c.contract_start)));
  if (f.fee)
    c.fee = trim(*f.fee).empty() ? std::nullopt
                                 : std::optional(parse_money(*f.fee, defaults.currency,
                                                             // TRANSLATORS: ends "invalid amount
                                                             // '...' for {}".
                                                             tr("the fee")));
  if (f.notes)
    c.notes = require_notes(*f.notes);
  if (f.tags) {
    c.tags.clear();
    for (const auto& tag : *f.tags)
      c.tags.push_back(require_tag(tag));
  }
  for (const auto& tag : f.add_tags)
    c.tags.push_back(require_tag(tag));
  for (const auto& text : f.remove_tags) {
    const std::string tag = require_tag(text);
    if (std::find(c.tags.begin(), c.tags.end(), tag) == c.tags.end())
      throw Error(ErrorKind::invalid, trf("client '{}' has no tag '{}'", c.slug, tag));
    c.tags.erase(std::remove(c.tags.begin(), c.tags.end(), tag), c.tags.end());
  }
  sort_tags(c.tags);
}

/// Inserts or updates a client's row; its id.
std::int64_t write_client(Store& store, const Client& c, bool insert) {
  Statement statement(
      store,
      insert ? "INSERT INTO client (slug, name, short_name, form, country, inn, kpp, ogrn, region, "
               "timezone, contract_start, contract_end, fee_minor, fee_currency, notes, "
               "created_at, archived_at) VALUES (:slug, :name, :short, :form, :country, :inn, "
               ":kpp, :ogrn, :region, :timezone, :start, :end, :fee, :currency, :notes, "
               ":created, :archived) RETURNING id"
             : "UPDATE client SET name = :name, short_name = :short, form = :form, inn = :inn, "
               "kpp = :kpp, ogrn = :ogrn, region = :region, timezone = :timezone, "
               "contract_start = :start, contract_end = :end, fee_minor = :fee, "
               "fee_currency = :currency, notes = :notes, archived_at = :archived "
               "WHERE slug = :slug");
  statement.bind(":slug", c.slug);
  statement.bind(":name", c.name);
  bind_text_or_null(statement, ":short", c.short_name);
  statement.bind(":form", c.form);
  if (insert) {
    statement.bind(":country", c.country);
    statement.bind(":created", format_timestamp_utc(c.created_at));
  }
  statement.bind(":inn", c.inn);
  bind_text_or_null(statement, ":kpp", c.kpp);
  bind_text_or_null(statement, ":ogrn", c.ogrn);
  bind_text_or_null(statement, ":region", c.region);
  statement.bind(":timezone", c.timezone);
  statement.bind(":start", format_date(c.contract_start));
  bind_date_or_null(statement, ":end", c.contract_end);
  if (c.fee) {
    statement.bind(":fee", static_cast<std::int64_t>(c.fee->minor));
    statement.bind(":currency", c.fee->currency);
  } else {
    statement.bind(":fee");
    statement.bind(":currency");
  }
  bind_text_or_null(statement, ":notes", c.notes);
  bind_timestamp_or_null(statement, ":archived", c.archived_at);
  if (insert)
    return insert_returning_id(statement);
  statement.exec();
  return c.id;
}

void write_tags(Store& store, std::int64_t client_id, const std::vector<std::string>& tags,
                bool replace) {
  if (replace) {
    Statement clear(store, "DELETE FROM client_tag WHERE client_id = ?");
    clear.bind(1, client_id);
    clear.exec();
  }
  if (tags.empty())
    return;
  Statement add(store, "INSERT INTO client_tag (client_id, tag) VALUES (?, ?)");
  for (const auto& tag : tags) {
    add.bind(1, client_id);
    add.bind(2, tag);
    add.exec();
    add.reset();
  }
}

void insert_status(Store& store, const Actor& actor, std::int64_t client_id,
                   const StatusChange& change) {
  Statement insert(store, "INSERT INTO client_status (client_id, status, valid_from, "
                          "recorded_at) VALUES (?, ?, ?, ?)");
  insert.bind(1, client_id);
  insert.bind(2, change.status);
  insert.bind(3, format_date(change.from));
  insert.bind(4, format_timestamp_utc(actor.at));
  insert.exec();
}

void write_fact(Statement& upsert, const Actor& actor, std::int64_t client_id,
                const FactRecord& record);

/// Writes fact records of one client with one prepared statement (an import writes thousands).
void write_facts(Store& store, const Actor& actor, std::int64_t client_id,
                 const std::vector<FactRecord>& records) {
  if (records.empty())
    return;
  Statement upsert(
      store, "INSERT INTO client_fact (client_id, key, valid_from, kind, value, recorded_at) "
             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (client_id, key, valid_from) DO UPDATE SET "
             "kind = excluded.kind, value = excluded.value, recorded_at = excluded.recorded_at");
  for (const auto& record : records) {
    upsert.reset();
    write_fact(upsert, actor, client_id, record);
  }
}

void write_fact(Statement& upsert, const Actor& actor, std::int64_t client_id,
                const FactRecord& record) {
  upsert.bind(1, client_id);
  upsert.bind(2, record.key);
  upsert.bind(3, format_date(record.from));
  if (!record.value) {
    upsert.bind(4, "none");
    upsert.bind(5);
  } else if (const auto* flag = std::get_if<bool>(&*record.value)) {
    upsert.bind(4, "bool");
    upsert.bind(5, static_cast<std::int64_t>(*flag ? 1 : 0));
  } else if (const auto* number = std::get_if<std::int64_t>(&*record.value)) {
    upsert.bind(4, "int");
    upsert.bind(5, *number);
  } else {
    upsert.bind(4, "string");
    upsert.bind(5, std::get<std::string>(*record.value));
  }
  upsert.bind(6, format_timestamp_utc(actor.at));
  upsert.exec();
}

/// Facts "KEY=VALUE" parsed and checked against the client's history; only those that change
/// what is in force on `from` are returned.
std::vector<FactRecord> plan_facts(const Client& c, const std::vector<std::string>& assignments,
                                   Date from) {
  std::vector<FactRecord> records;
  for (const auto& text : assignments) {
    FactRecord record = parse_fact_assignment(text, from, c.fact_context());
    if (std::any_of(records.begin(), records.end(),
                    [&](const FactRecord& r) { return r.key == record.key; }))
      throw Error(ErrorKind::invalid, trf("fact '{}' is given twice", record.key));
    records.push_back(std::move(record));
  }
  std::vector<FactRecord> changes;
  for (auto& record : records) {
    if (c.facts.value_at(record.key, from) == record.value)
      continue; // already in force: nothing to record, whatever comes later
    // The client's history may be recorded before the contract (a client taken over mid-year
    // owes last year's reports): a value dated before the key's earliest record extends its
    // history backwards. Inside the recorded history a change would rewrite it.
    std::optional<Date> earliest;
    for (const auto& r : c.facts.records())
      if (r.key == record.key && (!earliest || r.from < *earliest))
        earliest = r.from;
    if (const auto latest = c.facts.latest_change(record.key);
        latest && from < *latest && !(earliest && from < *earliest))
      throw Error(ErrorKind::conflict,
                  trf("fact '{}' of client '{}' changed on {}; a value from {} would "
                      "rewrite history",
                      record.key, c.slug, format_date(*latest), format_date(from)),
                  trf("record changes in date order; to correct the latest one, date it "
                      "--from {}",
                      format_date(*latest)));
    changes.push_back(std::move(record));
  }
  return changes;
}

void record_fact_changes(Store& store, const Actor& actor, Client& c,
                         const std::vector<FactRecord>& changes, Date from,
                         std::vector<FieldChange>& report) {
  if (changes.empty())
    return;
  ChangeSet audit;
  audit.set("valid_from", format_date(from));
  std::vector<FactRecord> records = c.facts.records();
  write_facts(store, actor, c.id, changes);
  for (const auto& record : changes) {
    const auto before = c.facts.value_at(record.key, from);
    audit.compare(record.key, fact_value_to_json(before), fact_value_to_json(record.value));
    report.push_back({record.key, fact_value_to_json(before), fact_value_to_json(record.value)});
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [&](const FactRecord& r) {
                                   return r.key == record.key && r.from == record.from;
                                 }),
                  records.end());
    records.push_back(record);
  }
  c.facts = FactTimeline(std::move(records));
  record_audit(store, actor, "client", c.slug, "set", audit);
}

/// The earliest date something of the client is recorded from, which the contract start may
/// not pass: its first fact and its first subscription.
std::optional<Date> earliest_dated_record(const Store& store, const Client& c) {
  std::optional<Date> earliest = c.facts.first_change();
  Statement query(store, "SELECT min(valid_from) FROM client_subscription WHERE client_id = ?");
  query.bind(1, c.id);
  if (query.step())
    if (const auto first = column_date(query.column(0)); first && (!earliest || *first < *earliest))
      earliest = first;
  return earliest;
}

} // namespace

const StatusChange& Client::status_at(Date day) const {
  const StatusChange* in_force = &statuses.front();
  for (const auto& change : statuses)
    if (change.from <= day)
      in_force = &change;
  return *in_force;
}

const LegalForm& Client::legal_form() const {
  if (const auto* form_info = find_legal_form(country, form))
    return *form_info;
  throw Error(ErrorKind::internal,
              trf("client '{}' has an unknown form '{}' for '{}'", slug, form, country));
}

std::string Client::currency() const {
  return fee ? fee->currency : default_currency(country);
}

FactContext Client::fact_context() const {
  const LegalForm& form_info = legal_form();
  return FactContext{country, form_info.individual, form_info.code, std::nullopt};
}

std::string ClientDefaults::timezone_for(std::string_view for_country) const {
  return for_country == country ? timezone : default_timezone(for_country);
}

bool ClientFields::empty() const noexcept {
  return !name && !short_name && !form && !country && !inn && !kpp && !ogrn && !region &&
         !timezone && !contract_start && !contract_end && !fee && !notes && !status && !tags &&
         add_tags.empty() && remove_tags.empty();
}

Client add_client(Store& store, const Actor& actor, std::string_view slug,
                  const ClientFields& fields, const std::vector<std::string>& facts, Date from,
                  const ClientDefaults& defaults) {
  require_identifier("slug", slug);
  if (!fields.name)
    throw Error(ErrorKind::invalid, tr("a new client needs a name (--name)"));
  if (!fields.form)
    throw Error(ErrorKind::invalid, tr("a new client needs a legal form (--form)"));
  if (!fields.inn || trim(*fields.inn).empty())
    throw Error(ErrorKind::invalid, tr("a new client needs its ИНН or БИН/ИИН (--inn)"));
  if (const auto existing = find_key(store, "WHERE slug = ?", {std::string(slug)}))
    throw Error(ErrorKind::conflict,
                existing->archived ? trf("client '{}' already exists (archived)", slug)
                                   : trf("client '{}' already exists", slug),
                existing->archived ? trf("bring it back with 'acct client restore {}'", slug)
                                   : trf("change it with 'acct client edit {}'", slug));
  Client c;
  c.slug = std::string(slug);
  c.created_at = actor.at;
  c.contract_start = from;
  apply_fields(c, fields, defaults, true);
  if (const auto existing = find_key(store, "WHERE country = ? AND inn = ?", {c.country, c.inn}))
    throw Error(ErrorKind::conflict,
                existing->archived
                    // TRANSLATORS: a tax id label (ИНН, БИН/ИИН), the tax id, then the slug and
                    // name of the client that has it.
                    ? trf("{} {} is already client '{}' ({}), archived", tax_id_label(c.country),
                          c.inn, existing->slug, existing->name)
                    // TRANSLATORS: a tax id label (ИНН, БИН/ИИН), the tax id, then the slug and
                    // name of the client that has it.
                    : trf("{} {} is already client '{}' ({})", tax_id_label(c.country), c.inn,
                          existing->slug, existing->name),
                existing->archived
                    ? trf("bring it back with 'acct client restore {}'", existing->slug)
                    : trf("see 'acct client show {}'", existing->slug));
  const std::string status = fields.status ? std::string(trim(*fields.status)) : "active";
  require_client_status(status);
  c.statuses.push_back({status, from});
  const auto fact_records = plan_facts(c, facts, from);

  c.id = write_client(store, c, true);
  write_tags(store, c.id, c.tags, false);
  insert_status(store, actor, c.id, c.statuses.front());
  write_facts(store, actor, c.id, fact_records);
  c.facts = FactTimeline(fact_records);

  ChangeSet audit;
  audit.set_fields(client_audit_fields(c));
  audit.set("status", status);
  audit.set("valid_from", format_date(from));
  for (const auto& record : fact_records)
    audit.set(record.key, fact_value_to_json(record.value));
  record_audit(store, actor, "client", c.slug, "create", audit);
  return c;
}

ClientUpdate update_client(Store& store, const Actor& actor, const Client& before,
                           const ClientFields& fields, const std::vector<std::string>& facts,
                           Date from, const ClientDefaults& defaults) {
  if (before.archived())
    throw Error(ErrorKind::conflict, trf("client '{}' is archived", before.slug),
                trf("bring it back first with 'acct client restore {}'", before.slug));
  if (fields.country && trim(*fields.country) != before.country)
    throw Error(
        ErrorKind::invalid,
        trf("the country of client '{}' cannot change (it is '{}')", before.slug, before.country),
        tr("a client in another country is a new client: add it with its own slug"));
  ClientUpdate update{before, {}, {}};
  Client& c = update.client;
  apply_fields(c, fields, defaults, false);
  // A new form must still fit the regimes already recorded (a patent is for individuals only).
  if (c.form != before.form)
    for (const auto& record : c.facts.records())
      if (record.key == "regime" && record.value) {
        FactContext context = c.fact_context();
        context.from = record.from;
        parse_fact_value("regime", format_fact_value(record.value), context);
      }
  if (c.contract_start != before.contract_start)
    if (const auto earliest = earliest_dated_record(store, c);
        earliest && *earliest < c.contract_start)
      throw Error(ErrorKind::conflict,
                  trf("client '{}' has facts or subscriptions from {}, before the new "
                      "contract start {}",
                      c.slug, format_date(*earliest), format_date(c.contract_start)));

  // The status: a move the lifecycle allows, not dated before the latest one.
  std::optional<StatusChange> new_status;
  if (fields.status) {
    const std::string status(trim(*fields.status));
    require_client_status(status);
    const StatusChange& latest = c.latest_status();
    if (status != latest.status) {
      const auto allowed = next_statuses(latest.status);
      if (std::find(allowed.begin(), allowed.end(), status) == allowed.end())
        throw Error(
            ErrorKind::conflict,
            trf("client '{}' is '{}'; it cannot become '{}'", c.slug, latest.status, status),
            trf("from '{}' it can become {}", latest.status, quoted_list(allowed)));
      if (from < latest.from)
        throw Error(ErrorKind::conflict,
                    trf("client '{}' became '{}' on {}; a status change dated {} would "
                        "rewrite history",
                        c.slug, latest.status, format_date(latest.from), format_date(from)),
                    trf("date it {} or later", format_date(latest.from)));
      new_status = StatusChange{status, from};
    }
  }
  const auto fact_changes = plan_facts(c, facts, from);

  ChangeSet changes;
  changes.compare_fields(client_audit_fields(before), client_audit_fields(c));
  if (!changes.empty()) {
    write_client(store, c, false);
    if (c.tags != before.tags)
      write_tags(store, c.id, c.tags, true);
    record_audit(store, actor, "client", c.slug, "update", changes);
    update.fields = changes.changes();
  }
  if (new_status) {
    insert_status(store, actor, c.id, *new_status);
    ChangeSet audit;
    audit.compare("status", c.latest_status().status, new_status->status);
    audit.set("valid_from", format_date(new_status->from));
    record_audit(store, actor, "client", c.slug, "status", audit);
    update.fields.push_back({"status", c.latest_status().status, new_status->status});
    c.statuses.push_back(*new_status);
  }
  record_fact_changes(store, actor, c, fact_changes, from, update.facts);
  return update;
}

ClientUpdate edit_client(Store& store, const Actor& actor, std::string_view slug,
                         const ClientFields& fields, Date status_from,
                         const ClientDefaults& defaults) {
  return update_client(store, actor, get_client(store, slug), fields, {}, status_from, defaults);
}

ClientUpdate set_facts(Store& store, const Actor& actor, std::string_view slug,
                       const std::vector<std::string>& facts, Date from) {
  return update_client(store, actor, get_client(store, slug), {}, facts, from, {});
}

Client archive_client(Store& store, const Actor& actor, std::string_view slug) {
  Client c = get_client(store, slug);
  if (c.archived())
    throw Error(ErrorKind::conflict, trf("client '{}' is already archived", slug));
  c.archived_at = actor.at;
  write_client(store, c, false);
  ChangeSet audit;
  audit.compare("archived_at", Json(), format_timestamp_utc(*c.archived_at));
  record_audit(store, actor, "client", c.slug, "archive", audit);
  return c;
}

Client restore_client(Store& store, const Actor& actor, std::string_view slug) {
  Client c = get_client(store, slug);
  if (!c.archived())
    throw Error(ErrorKind::conflict, trf("client '{}' is not archived", slug));
  ChangeSet audit;
  audit.compare("archived_at", format_timestamp_utc(*c.archived_at), Json());
  c.archived_at.reset();
  write_client(store, c, false);
  record_audit(store, actor, "client", c.slug, "restore", audit);
  return c;
}

Client get_client(const Store& store, std::string_view slug) {
  if (auto client = find_client(store, slug))
    return std::move(*client);
  throw not_found_error(store, "client", slug, "client", "slug",
                        tr("see 'acct client list --all'"));
}

Client get_active_client(const Store& store, std::string_view slug) {
  Client c = get_client(store, slug);
  if (c.archived())
    throw Error(ErrorKind::conflict, trf("client '{}' is archived", slug),
                trf("bring it back first with 'acct client restore {}'", slug));
  return c;
}

std::vector<Client> load_clients(const Store& store, bool include_archived) {
  return load(store, include_archived ? "" : " WHERE archived_at IS NULL", std::nullopt);
}

std::vector<Client> load_client_profiles(const Store& store) {
  return load_clients(store, false);
}

std::optional<Client> find_client_by_inn(const Store& store, std::string_view country,
                                         std::string_view inn) {
  Statement query(store, "SELECT slug FROM client WHERE country = ? AND inn = ?");
  query.bind(1, std::string(country));
  query.bind(2, std::string(inn));
  if (!query.step())
    return std::nullopt;
  return find_client(store, query.column(0).as_text());
}

Json client_audit_fields(const Client& c) {
  return Json{{"name", c.name},
              {"short_name", json_or_null(c.short_name)},
              {"form", c.form},
              {"country", c.country},
              {"inn", c.inn},
              {"kpp", json_or_null(c.kpp)},
              {"ogrn", json_or_null(c.ogrn)},
              {"region", json_or_null(c.region)},
              {"timezone", c.timezone},
              {"contract_start", format_date(c.contract_start)},
              {"contract_end", date_json(c.contract_end)},
              {"fee", money_to_json(c.fee)},
              {"tags", c.tags},
              {"notes", json_or_null(c.notes)}};
}

Json status_history_json(const Client& c) {
  Json history = Json::array();
  for (const auto& change : c.statuses)
    history.push_back({{"status", change.status}, {"from", format_date(change.from)}});
  return history;
}

Json fact_history_json(const FactTimeline& facts) {
  Json history = Json::array();
  for (const auto& record : facts.records())
    history.push_back({{"key", record.key},
                       {"from", format_date(record.from)},
                       {"value", fact_value_to_json(record.value)}});
  return history;
}

Json client_to_json(const Client& c, Date as_of, const date::time_zone* zone) {
  const StatusChange& status = c.status_at(as_of);
  Json json{{"slug", c.slug}};
  json.update(client_audit_fields(c));
  json["status"] = status.status;
  json["status_since"] = format_date(status.from);
  json["facts"] = facts_to_json(c.facts.facts_at(as_of));
  json["archived"] = c.archived();
  json["created_at"] = format_timestamp(c.created_at, zone);
  json["archived_at"] = c.archived_at ? Json(format_timestamp(*c.archived_at, zone)) : Json();
  return json;
}

} // namespace acctcore
