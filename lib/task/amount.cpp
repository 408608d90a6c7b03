#include "task/amount.hpp"

#include "audit/audit.hpp"
#include "client/client.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "task/writer.hpp"
#include "template/loader.hpp"
#include "util/enum_names.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

namespace {

constexpr std::string_view k_source_names[] = {"entered", "imported"};

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

} // namespace

std::string_view amount_source_name(AmountSource source) noexcept {
  return enum_name(k_source_names, source);
}

std::optional<AmountSource> parse_amount_source(std::string_view name) noexcept {
  return enum_from_name<AmountSource>(k_source_names, name);
}

std::optional<TaskAmount> get_amount(const Store& store, std::int64_t task_id) {
  Statement q(store, "SELECT amount_minor, currency, kbk, oktmo, source, basis, recorded_at, "
                     "recorded_by, label FROM task_amount WHERE task_id = ?");
  q.bind(1, task_id);
  if (!q.step())
    return std::nullopt;
  TaskAmount a;
  a.task_id = task_id;
  a.money = {q.column(0).as_int64(), q.column(1).as_text()};
  a.kbk = column_text(q.column(2));
  a.oktmo = column_text(q.column(3));
  a.source = parse_amount_source(column_view(q.column(4))).value_or(AmountSource::entered);
  a.basis = q.column(5).as_text();
  a.recorded_at = column_timestamp(q.column(6)).value_or(Timestamp{});
  a.recorded_by = q.column(7).as_text();
  a.label = q.column(8).as_text();
  return a;
}

Json amount_to_json(const TaskAmount& a, const date::time_zone* zone) {
  return Json{
      {"task_id", a.task_id},           {"amount", money_to_json(a.money)},
      {"kbk", json_or_null(a.kbk)},     {"oktmo", json_or_null(a.oktmo)},
      {"label", json_or_null(a.label)}, {"source", std::string(amount_source_name(a.source))},
      {"basis", json_or_null(a.basis)}, {"recorded_at", format_timestamp(a.recorded_at, zone)},
      {"recorded_by", a.recorded_by}};
}

std::string check_requisites(std::string_view country, std::string_view kbk,
                             std::string_view oktmo) {
  if (country == "kz") {
    if (!kbk.empty() && (kbk.size() != 6 || !all_digits(kbk)))
      return trf("КБК '{}' is not 6 digits, as Kazakhstan's budget codes are", kbk);
    if (!oktmo.empty())
      return tr("ОКТМО is a Russian code: a payment in Kazakhstan has none");
    return {};
  }
  if (!kbk.empty() && (kbk.size() != 20 || !all_digits(kbk)))
    return trf("КБК '{}' is not 20 digits", kbk);
  if (!oktmo.empty() && ((oktmo.size() != 8 && oktmo.size() != 11) || !all_digits(oktmo)))
    return trf("ОКТМО '{}' is not 8 or 11 digits", oktmo);
  return {};
}

const PaymentSpec* payment_spec(const TaskRecord& task, const ServiceSet& services) {
  if (task.service.empty())
    return nullptr;
  const Service* service = services.find(task.service);
  const TaskSpec* spec = service == nullptr ? nullptr : service->spec(task.origin, task.code);
  return spec != nullptr && spec->payment ? &*spec->payment : nullptr;
}

bool is_payment_task(const TaskRecord& task) {
  return task.client_action == "pay" || task.origin == TaskOrigin::manual;
}

AmountResult set_amount(Store& store, const Actor& actor, const ServiceSet& services,
                        const NewAmount& in) {
  const TaskRecord task = get_task(store, in.task);
  if (task.status == TaskStatus::cancelled)
    throw Error(ErrorKind::conflict, trf("#{} is cancelled: there is nothing to pay", task.id));
  if (!is_payment_task(task))
    throw Error(ErrorKind::invalid,
                trf("#{} is not a payment task: the client does not pay anything for it", task.id),
                tr("amounts are recorded on tasks whose client action is 'pay'"));
  const Client client = get_client(store, task.client);
  const std::string currency = client.currency();
  const Money money = parse_money(in.amount, currency, tr("the amount"));
  if (money.currency != currency)
    throw Error(ErrorKind::invalid,
                // TRANSLATORS: the amount as typed, its currency, the client, its currency.
                trf("the amount '{}' is in {}, but {} pays in {}", in.amount, money.currency,
                    client.slug, currency),
                tr("give the amount in the client's currency"));
  const std::string kbk(trim(in.kbk));
  const std::string oktmo(trim(in.oktmo));
  const PaymentSpec* spec = payment_spec(task, services);
  if (spec != nullptr && !spec->requisites && (!kbk.empty() || !oktmo.empty()))
    throw Error(ErrorKind::invalid,
                trf("КБК and ОКТМО do not apply to #{}: it is paid as {}", task.id, spec->label),
                tr("record the amount alone"));
  if (spec != nullptr && spec->requisites && kbk.empty())
    throw Error(
        ErrorKind::invalid,
        trf("#{} is paid by a payment order of its own ({}): give its --kbk", task.id, spec->label),
        client.country == "ru" ? tr("and its --oktmo") : std::string());
  if (spec != nullptr && spec->requisites && client.country == "ru" && oktmo.empty())
    throw Error(ErrorKind::invalid,
                trf("#{} is paid by a payment order of its own ({}): give its --oktmo", task.id,
                    spec->label));
  if (auto why = check_requisites(client.country, kbk, oktmo); !why.empty())
    throw Error(ErrorKind::invalid, why);

  TaskAmount next;
  next.task_id = task.id;
  next.money = money;
  next.kbk = kbk;
  next.oktmo = oktmo;
  next.label = spec != nullptr ? spec->label : std::string();
  next.source = in.source;
  next.basis = std::string(trim(in.basis));
  next.recorded_at = actor.at;
  next.recorded_by = actor.user;
  const auto before = get_amount(store, task.id);
  if (before && before->money == next.money && before->kbk == next.kbk &&
      before->oktmo == next.oktmo && before->label == next.label && before->source == next.source &&
      before->basis == next.basis)
    return {*before, false, before};
  Statement write(store,
                  "INSERT INTO task_amount (task_id, amount_minor, currency, kbk, oktmo, label, "
                  "source, basis, recorded_at, recorded_by) VALUES (:task, :minor, :currency, "
                  ":kbk, :oktmo, :label, :source, :basis, :now, :user) ON CONFLICT (task_id) "
                  "DO UPDATE SET amount_minor = excluded.amount_minor, "
                  "currency = excluded.currency, kbk = excluded.kbk, oktmo = excluded.oktmo, "
                  "label = excluded.label, source = excluded.source, "
                  "basis = excluded.basis, recorded_at = excluded.recorded_at, "
                  "recorded_by = excluded.recorded_by");
  write.bind(":task", task.id);
  write.bind(":minor", money.minor);
  write.bind(":currency", money.currency);
  bind_text_or_null(write, ":kbk", kbk);
  bind_text_or_null(write, ":oktmo", oktmo);
  write.bind(":label", next.label);
  write.bind(":source", std::string(amount_source_name(next.source)));
  write.bind(":basis", next.basis);
  write.bind(":now", format_timestamp_utc(actor.at));
  write.bind(":user", actor.user);
  write.exec();
  TaskWriter(store, actor.at).touch(task.id);
  ChangeSet changes;
  changes.compare("amount", before ? money_to_json(before->money) : Json(), money_to_json(money));
  changes.compare("kbk", before ? json_or_null(before->kbk) : Json(), json_or_null(kbk));
  changes.compare("oktmo", before ? json_or_null(before->oktmo) : Json(), json_or_null(oktmo));
  changes.compare("source", before ? Json(std::string(amount_source_name(before->source))) : Json(),
                  std::string(amount_source_name(next.source)));
  changes.compare("basis", before ? json_or_null(before->basis) : Json(), json_or_null(next.basis));
  record_audit(store, actor, "task", std::to_string(task.id), "amount", changes);
  return {next, true, before};
}

std::string payment_line(Date due, const Money& money, std::string_view label, std::string_view kbk,
                         std::string_view oktmo) {
  std::string text =
      fmt::format("до {} уплатить {}", format_date_ru(due), format_money_for_client(money));
  if (!label.empty())
    text += fmt::format(" — {}", label);
  if (!kbk.empty())
    text += fmt::format("{} КБК {}", label.empty() ? " —" : ",", kbk);
  if (!oktmo.empty())
    text += fmt::format(", ОКТМО {}", oktmo);
  return text;
}

std::string payment_line(const TaskRecord& task, const TaskAmount& amount) {
  return payment_line(task.due, amount.money, amount.label.empty() ? task.title : amount.label,
                      amount.kbk, amount.oktmo);
}

} // namespace acctcore
