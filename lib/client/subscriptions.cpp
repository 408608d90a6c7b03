#include "client/subscriptions.hpp"

#include "audit/audit.hpp"
#include "client/client.hpp"
#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/ident.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

namespace {

std::vector<Subscription> query_subscriptions(const Store& store, const std::string& where,
                                              std::optional<std::int64_t> client_id) {
  Statement query(store, "SELECT s.id, s.client_id, c.slug, s.service, s.valid_from, s.valid_to, "
                         "s.params FROM client_subscription s JOIN client c ON c.id = s.client_id" +
                             where + " ORDER BY c.slug, s.service, s.valid_from, s.id");
  if (client_id)
    query.bind(1, *client_id);
  std::vector<Subscription> subscriptions;
  while (query.step())
    subscriptions.push_back(
        {query.column(0).as_int64(), query.column(1).as_int64(), query.column(2).as_text(),
         query.column(3).as_text(),
         DateRange{column_date(query.column(4)).value_or(Date{}), column_date(query.column(5))},
         Json::parse(query.column(6).as_text())});
  return subscriptions;
}

/// The latest period of one service of one client (periods come ordered by date).
std::optional<Subscription> latest_dates(const Store& store, std::int64_t client_id,
                                         std::string_view service) {
  std::optional<Subscription> latest;
  for (auto& s : query_subscriptions(store, " WHERE s.client_id = ?", client_id))
    if (s.service == service)
      latest = std::move(s);
  return latest;
}

Json parse_params(const std::vector<std::string>& params) {
  Json json = Json::object();
  for (const auto& text : params) {
    const size_t eq = text.find('=');
    const std::string key(trim(std::string_view(text).substr(0, eq)));
    if (eq == std::string::npos || !is_valid_identifier(key))
      throw Error(ErrorKind::invalid, trf("invalid parameter '{}'", text),
                  tr("give KEY=VALUE with a key of lowercase latin letters, digits, '.', '_' and "
                     "'-', e.g. payroll-runs=2"));
    if (json.contains(key))
      throw Error(ErrorKind::invalid, trf("parameter '{}' is given twice", key));
    const std::string_view value = trim(std::string_view(text).substr(eq + 1));
    if (!is_valid_utf8(value) || has_control_chars(value))
      throw Error(ErrorKind::invalid,
                  trf("invalid value for parameter '{}': one line of UTF-8 text", key));
    json[key] = std::visit([](const auto& v) { return Json(v); }, parse_untyped_value(value));
  }
  return json;
}

} // namespace

SubscribeResult subscribe(Store& store, const Actor& actor, std::string_view slug,
                          std::string_view service, const std::vector<std::string>& params,
                          Date from) {
  require_identifier("service id", service);
  const Client client = get_active_client(store, slug);
  const Json wanted = parse_params(params);
  if (from < client.contract_start)
    throw Error(ErrorKind::conflict,
                trf("a subscription from {} is before the contract start of client '{}' "
                    "({})",
                    format_date(from), client.slug, format_date(client.contract_start)),
                trf("start it {} or later", format_date(client.contract_start)));
  // TRANSLATORS: the subject of a sentence such as "{} is not in force"; a client slug, then a
  // service id.
  const std::string what = trf("the subscription of client '{}' to '{}'", client.slug, service);
  std::optional<Subscription> latest = latest_dates(store, client.id, service);
  const DatedStep step =
      plan_dated_change(latest ? std::optional(latest->dates) : std::nullopt,
                        latest && !latest->dates.to && latest->params == wanted, from, what);
  if (step == DatedStep::unchanged)
    return {*latest, SubscribeOutcome::unchanged};
  ChangeSet audit;
  audit.set("service", std::string(service));
  audit.set("valid_from", format_date(from));
  if (step == DatedStep::replace) {
    Statement replace(store, "UPDATE client_subscription SET params = ?, recorded_at = ? "
                             "WHERE id = ?");
    replace.bind(1, wanted.dump());
    replace.bind(2, format_timestamp_utc(actor.at));
    replace.bind(3, latest->id);
    replace.exec();
    audit.compare("params", latest->params, wanted);
    record_audit(store, actor, "client", client.slug, "subscribe", audit);
    latest->params = wanted;
    return {*latest, SubscribeOutcome::changed};
  }
  if (step == DatedStep::close_and_insert) {
    Statement close(store, "UPDATE client_subscription SET valid_to = ? WHERE id = ?");
    close.bind(1, format_date(from - date::days{1}));
    close.bind(2, latest->id);
    close.exec();
    audit.compare("params", latest->params, wanted);
  } else {
    audit.set("params", wanted);
  }
  Statement insert(store, "INSERT INTO client_subscription (client_id, service, valid_from, "
                          "params, recorded_at) VALUES (?, ?, ?, ?, ?) RETURNING id");
  insert.bind(1, client.id);
  insert.bind(2, std::string(service));
  insert.bind(3, format_date(from));
  insert.bind(4, wanted.dump());
  insert.bind(5, format_timestamp_utc(actor.at));
  const std::int64_t id = insert_returning_id(insert);
  record_audit(store, actor, "client", client.slug, "subscribe", audit);
  Subscription created{
      id, client.id, client.slug, std::string(service), DateRange{from, std::nullopt}, wanted};
  return {created,
          step == DatedStep::insert ? SubscribeOutcome::created : SubscribeOutcome::changed};
}

Subscription unsubscribe(Store& store, const Actor& actor, std::string_view slug,
                         std::string_view service, Date last_day) {
  const Client client = get_active_client(store, slug);
  std::optional<Subscription> latest = latest_dates(store, client.id, service);
  if (!latest || latest->dates.to)
    throw Error(ErrorKind::conflict,
                trf("client '{}' is not subscribed to '{}'", client.slug, service),
                trf("see 'acct client show {}'", client.slug));
  check_dated_end(latest->dates, last_day,
                  // TRANSLATORS: the subject of a sentence such as "{} is not in force"; a client
                  // slug, then a service id.
                  trf("the subscription of client '{}' to '{}'", client.slug, service));
  Statement close(store, "UPDATE client_subscription SET valid_to = ? WHERE id = ?");
  close.bind(1, format_date(last_day));
  close.bind(2, latest->id);
  close.exec();
  ChangeSet audit;
  audit.set("service", std::string(service));
  audit.set("valid_to", format_date(last_day));
  record_audit(store, actor, "client", client.slug, "unsubscribe", audit);
  latest->dates.to = last_day;
  return *latest;
}

std::vector<Subscription> client_subscriptions(const Store& store, std::string_view slug) {
  const Client client = get_client(store, slug);
  return query_subscriptions(store, " WHERE s.client_id = ?", client.id);
}

std::vector<Subscription> load_subscriptions(const Store& store, bool include_archived) {
  return query_subscriptions(store, include_archived ? "" : " WHERE c.archived_at IS NULL",
                             std::nullopt);
}

Json subscription_to_json(const Subscription& s) {
  return Json{{"service", s.service},
              {"from", format_date(s.dates.from)},
              {"to", s.dates.to ? Json(format_date(*s.dates.to)) : Json()},
              {"params", s.params}};
}

} // namespace acctcore
