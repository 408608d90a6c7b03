#pragma once

// Amounts to pay (docs/clientside.md#amounts): what a payment task asks the client to pay, with
// the КБК and ОКТМО where they apply and how the amount was arrived at, and the line clients
// read: «до 28.04.2026 уплатить 125 400,00 ₽ — ЕНП».

#include "task/task.hpp"
#include "util/clock.hpp"
#include "util/json.hpp"
#include "util/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

class ServiceSet;
class Store;
struct PaymentSpec;

/// How an amount was arrived at. Stored by name; keep in sync with docs/clientside.md.
enum class AmountSource : std::uint8_t {
  entered,  ///< typed in by a person
  imported, ///< loaded from a file (an accounting program's export)
};

std::string_view amount_source_name(AmountSource source) noexcept;
std::optional<AmountSource> parse_amount_source(std::string_view name) noexcept;

/// A payment task's amount as stored.
struct TaskAmount {
  std::int64_t task_id = 0;
  Money money;
  std::string kbk;   ///< or empty
  std::string oktmo; ///< or empty
  std::string label; ///< the template's payment label when it was recorded ("ЕНП"), or empty
  AmountSource source = AmountSource::entered;
  std::string basis; ///< how it was arrived at, in words, or empty
  Timestamp recorded_at;
  std::string recorded_by;
};

std::optional<TaskAmount> get_amount(const Store& store, std::int64_t task_id);

/// The documented JSON form (docs/json.md, "amount").
Json amount_to_json(const TaskAmount& amount, const date::time_zone* zone);

/// What a payment's requisites must look like in `country`: a КБК of 20 digits and an ОКТМО of
/// 8 or 11 in Russia; a КБК of 6 digits and no ОКТМО in Kazakhstan. Empty when they are right,
/// else what is wrong (one sentence).
std::string check_requisites(std::string_view country, std::string_view kbk,
                             std::string_view oktmo);

/// The template's payment entry of `task`, or nullptr (manual tasks, entries without one).
const PaymentSpec* payment_spec(const TaskRecord& task, const ServiceSet& services);

/// True when `task` asks the client to pay: its client action is "pay", or it is a manual task.
bool is_payment_task(const TaskRecord& task);

/// An amount to record (`acct task amount`).
struct NewAmount {
  std::int64_t task = 0;
  std::string amount; ///< as typed: "125400", "125 400,00", "125400 RUB"
  std::string kbk;
  std::string oktmo;
  AmountSource source = AmountSource::entered;
  std::string basis;
};

struct AmountResult {
  TaskAmount amount;
  bool changed = false; ///< false: it was recorded so already
  std::optional<TaskAmount> before;
};

/// Records (or changes, audited) a payment task's amount, with the template's payment label. Throws
/// Error: not_found (the task), invalid (a malformed or negative amount, a currency other than the
/// client's, requisites that do not apply or are malformed, missing requisites the template
/// requires, a task that is not a payment task), conflict (a cancelled task).
AmountResult set_amount(Store& store, const Actor& actor, const ServiceSet& services,
                        const NewAmount& amount);

/// What the client is asked to pay, as one line in the client's words: «до 28.04.2026
/// уплатить 125 400,00 ₽ — ЕНП»; the requisites follow the label when given: «—
/// СФР, КБК 79710202000061000160, ОКТМО 45382000». `label` is the template's payment label, or the
/// task's title when it has none.
std::string payment_line(Date due, const Money& money, std::string_view label,
                         std::string_view kbk = {}, std::string_view oktmo = {});

/// payment_line() of a recorded amount of `task`: its label, else the task's title.
std::string payment_line(const TaskRecord& task, const TaskAmount& amount);

} // namespace acctcore
