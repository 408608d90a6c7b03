#include "task/charge.hpp"

#include "audit/audit.hpp"
#include "client/client.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "task/task.hpp"
#include "util/csv.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <map>

namespace acctcore {

namespace {

constexpr const char* k_charge_select =
    "SELECT g.id, g.client_id, c.slug, g.description, g.amount_minor, g.currency, g.day, "
    "g.task_id, g.created_at, g.author, g.voided_at, g.voided_by, g.void_reason "
    "FROM client_charge g JOIN client c ON c.id = g.client_id";

Charge read_charge(Statement& q) {
  Charge g;
  int i = 0;
  g.id = q.column(i++).as_int64();
  g.client_id = q.column(i++).as_int64();
  g.client = q.column(i++).as_text();
  g.description = q.column(i++).as_text();
  g.money.minor = q.column(i++).as_int64();
  g.money.currency = q.column(i++).as_text();
  g.day = column_date(q.column(i++)).value_or(Date{});
  if (const auto c = q.column(i++); !c.is_null())
    g.task_id = c.as_int64();
  g.created_at = column_timestamp(q.column(i++)).value_or(Timestamp{});
  g.author = q.column(i++).as_text();
  g.voided_at = column_timestamp(q.column(i++));
  g.voided_by = column_text(q.column(i++));
  g.void_reason = column_text(q.column(i++));
  return g;
}

Charge get_charge(const Store& store, std::int64_t id) {
  Statement q(store, std::string(k_charge_select) + " WHERE g.id = ?");
  q.bind(1, id);
  if (!q.step())
    throw Error(ErrorKind::not_found, trf("no charge #{}", id),
                tr("see 'acct client charges' for the ids"));
  return read_charge(q);
}

} // namespace

Charge add_charge(Store& store, const Actor& actor, const NewCharge& in) {
  const Client client = get_client(store, in.client);
  if (client.archived())
    throw Error(ErrorKind::conflict,
                trf("client '{}' is archived: no service is charged to it", client.slug),
                trf("restore it first with 'acct client restore {}'", client.slug));
  const std::string description(trim(in.description));
  if (description.empty())
    throw Error(ErrorKind::invalid, tr("say what the service is: the description is empty"));
  const std::string currency = client.currency();
  const Money money = parse_money(in.amount, currency, "--amount");
  if (money.currency != currency)
    throw Error(ErrorKind::invalid,
                trf("the amount '{}' is in {}, but {} pays in {}", in.amount, money.currency,
                    client.slug, currency),
                tr("give the amount in the client's currency"));
  if (money.minor == 0)
    throw Error(ErrorKind::invalid, tr("a charge of zero is not a charge: give --amount"));
  if (in.task) {
    const TaskRecord task = get_task(store, *in.task);
    if (task.client_id != client.id)
      throw Error(ErrorKind::invalid,
                  trf("#{} is a task of {}, not of {}", task.id, task.client, client.slug));
  }
  Statement insert(store, "INSERT INTO client_charge (client_id, description, amount_minor, "
                          "currency, day, task_id, created_at, author) VALUES "
                          "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  insert.bind(1, client.id);
  insert.bind(2, description);
  insert.bind(3, money.minor);
  insert.bind(4, money.currency);
  insert.bind(5, format_date(in.day));
  if (in.task)
    insert.bind(6, *in.task);
  else
    insert.bind(6);
  insert.bind(7, format_timestamp_utc(actor.at));
  insert.bind(8, actor.user);
  const std::int64_t id = insert_returning_id(insert);
  ChangeSet changes;
  changes.set("charge", id);
  changes.set("description", description);
  changes.set("amount", money_to_json(money));
  changes.set("date", format_date(in.day));
  if (in.task)
    changes.set("task", *in.task);
  record_audit(store, actor, "client", client.slug, "charge", changes);
  return get_charge(store, id);
}

Charge void_charge(Store& store, const Actor& actor, std::int64_t id, const std::string& reason) {
  const Charge charge = get_charge(store, id);
  if (charge.voided())
    throw Error(ErrorKind::conflict, trf("charge #{} was voided on {} already", id,
                                         format_date(date::floor<date::days>(*charge.voided_at))));
  const std::string why(trim(reason));
  if (why.empty())
    throw Error(ErrorKind::invalid, tr("say why the charge is voided: --reason TEXT"));
  Statement update(store, "UPDATE client_charge SET voided_at = ?, voided_by = ?, "
                          "void_reason = ? WHERE id = ?");
  update.bind(1, format_timestamp_utc(actor.at));
  update.bind(2, actor.user);
  update.bind(3, why);
  update.bind(4, id);
  update.exec();
  ChangeSet changes;
  changes.set("charge", id);
  changes.set("reason", why);
  record_audit(store, actor, "client", charge.client, "void-charge", changes);
  return get_charge(store, id);
}

std::vector<Charge> list_charges(const Store& store, const ChargeFilter& f) {
  std::string sql = std::string(k_charge_select) + " WHERE 1 = 1";
  std::optional<std::int64_t> client;
  if (f.client) {
    client = get_client(store, *f.client).id;
    sql += " AND g.client_id = :client";
  }
  if (f.from)
    sql += " AND g.day >= :from";
  if (f.to)
    sql += " AND g.day <= :to";
  if (!f.voided)
    sql += " AND g.voided_at IS NULL";
  sql += " ORDER BY g.day, g.id";
  Statement q(store, sql);
  if (client)
    q.bind(":client", *client);
  if (f.from)
    q.bind(":from", format_date(*f.from));
  if (f.to)
    q.bind(":to", format_date(*f.to));
  std::vector<Charge> charges;
  while (q.step())
    charges.push_back(read_charge(q));
  return charges;
}

Json charge_to_json(const Charge& g, const date::time_zone* zone) {
  return Json{
      {"id", g.id},
      {"client", g.client},
      {"description", g.description},
      {"amount", money_to_json(g.money)},
      {"date", format_date(g.day)},
      {"task_id", g.task_id ? Json(*g.task_id) : Json(nullptr)},
      {"created_at", format_timestamp(g.created_at, zone)},
      {"author", g.author},
      {"voided", g.voided()},
      {"voided_at", g.voided_at ? Json(format_timestamp(*g.voided_at, zone)) : Json(nullptr)},
      {"voided_by", json_or_null(g.voided_by)},
      {"void_reason", json_or_null(g.void_reason)}};
}

std::string charges_csv(const Store& store, const std::vector<Charge>& charges, bool excel) {
  const char separator = excel ? ';' : ',';
  const std::string_view newline = excel ? "\r\n" : "\n";
  std::map<std::int64_t, std::pair<std::string, std::string>> clients; // id -> name, inn
  {
    Statement q(store, "SELECT id, name, inn FROM client");
    while (q.step())
      clients[q.column(0).as_int64()] = {q.column(1).as_text(), q.column(2).as_text()};
  }
  std::string text = excel ? "\xEF\xBB\xBF" : "";
  text += csv_record(
      {"client", "name", "inn", "date", "description", "amount", "currency", "task", "charge"},
      separator, newline);
  for (const Charge& g : charges) {
    std::string amount = format_amount(g.money.minor);
    if (excel)
      std::replace(amount.begin(), amount.end(), '.', ',');
    const auto& [name, inn] = clients[g.client_id];
    text += csv_record({g.client, name, inn, format_date(g.day), g.description, amount,
                        g.money.currency, g.task_id ? std::to_string(*g.task_id) : "",
                        std::to_string(g.id)},
                       separator, newline);
  }
  return text;
}

std::vector<std::pair<std::string, Money>> charge_totals(const Store& store, Date from, Date to) {
  Statement q(store, "SELECT c.slug, g.currency, sum(g.amount_minor) FROM client_charge g "
                     "JOIN client c ON c.id = g.client_id WHERE g.day >= ? AND g.day <= ? "
                     "AND g.voided_at IS NULL GROUP BY c.slug, g.currency "
                     "ORDER BY c.slug, g.currency");
  q.bind(1, format_date(from));
  q.bind(2, format_date(to));
  std::vector<std::pair<std::string, Money>> totals;
  while (q.step())
    totals.emplace_back(q.column(0).as_text(),
                        Money{q.column(2).as_int64(), q.column(1).as_text()});
  return totals;
}

} // namespace acctcore
