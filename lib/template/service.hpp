#pragma once

// Service templates: what a firm does for its clients, as TOML files kept in git
// (docs/templates.md). A service has recurring obligations, one-off programmes of steps, and
// triggers that create tasks when an event is recorded for a client.

#include "deadline/period.hpp"
#include "deadline/rule.hpp"
#include "template/condition.hpp"
#include "vocab/task.hpp"
#include "words/words.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// Which periods of a kind an obligation exists for: every one (index 0) or one per year
/// ("Q1", "H1", "9M" for cumulative reporting periods).
struct PeriodSelector {
  PeriodKind kind = PeriodKind::month;
  int index = 0;

  bool selects(const Period& period) const noexcept {
    return period.kind == kind && (index == 0 || period.index == index);
  }
};

/// A task title with {placeholders}, compiled once (docs/templates.md#titles).
class TitlePattern {
public:
  enum class Field : std::uint8_t {
    literal,
    period,
    period_full,
    period_id,
    year,
    instalment,
    client,
    start,
    event_date,
    event_until,
    note,
  };
  struct Piece {
    Field field = Field::literal;
    std::string text; ///< the literal text
  };

  TitlePattern() = default;
  explicit TitlePattern(std::vector<Piece> pieces) : m_pieces(std::move(pieces)) {}
  const std::vector<Piece>& pieces() const noexcept { return m_pieces; }
  /// True when the pattern uses `field`.
  bool uses(Field field) const noexcept;

private:
  std::vector<Piece> m_pieces;
};

/// What the placeholders of a title stand for, in one task.
struct TitleValues {
  std::optional<Period> period;
  std::string instalment; ///< "1/3", or empty
  std::string client;     ///< the client's short name
  std::optional<Date> start;
  std::optional<Date> event_date;
  std::optional<Date> event_until;
  std::string note;
  /// The language the service's titles are written in: periods and dates in its words.
  ClientLanguage language = ClientLanguage::ru;
};

/// The title with its placeholders filled in (periods in the title's language: «I квартал 2026»).
std::string render_title(const TitlePattern& pattern, const TitleValues& values);

/// The name of a placeholder ("period").
std::string_view title_field_name(TitlePattern::Field field) noexcept;

/// A deadline (or none) for the clients and periods a condition selects: the УСН declaration
/// of an ИП is due a month later than an organisation's; a year notice only some clients file.
struct DeadlineVariant {
  Condition when;                       ///< which clients (always, when not given)
  std::vector<PeriodSelector> periods;  ///< which periods (every one, when empty)
  bool skip = false;                    ///< no task at all
  std::optional<DeadlineRule> deadline; ///< instead of the spec's deadline (when not skipped)
  int line = 0;
};

/// An obligation that exists in a month because others fall due in it: the ЕНП payment on the
/// 28th exists when some amount's date is the 28th of that month (docs/templates.md#collects).
struct Collects {
  std::vector<std::string> codes; ///< obligations of the same service it gathers
  int day = 28;                   ///< the day of the month their unshifted dates must fall on
  Condition every_period_when;    ///< the client needs it every period anyway (payroll); never
                                  ///< when not given
  bool has_every_period_when = false;
};

/// A task whose result is filed with an authority (a declaration, a calculation, a notice):
/// what the e-reporting operator calls its form, and how a rejected filing is corrected
/// (docs/templates.md#filing).
struct FilingSpec {
  std::string form;      ///< the form's code in operators' exports (КНД "1151100"), or empty
  std::string authority; ///< who receives it: "ФНС", "СФР", "КГД", or empty
  /// The correction task's deadline, counted from the day of the rejection (anchor = event);
  /// when not given: the next working day (docs/clientside.md#corrections).
  std::optional<DeadlineRule> correction;
  int line = 0;
};

/// A task that asks the client to pay: how the payment is named to the client, and whether the
/// КБК and ОКТМО of a payment order apply (they do not for the ЕНП, a single payment to the
/// single tax account).
struct PaymentSpec {
  std::string label;       ///< "ЕНП", "СФР": what the client pays, in the client's words
  bool requisites = false; ///< an amount may (and should) carry a КБК and an ОКТМО
  int line = 0;
};

/// An obligation that exists because a fact changes: the notice of a change of tax regime due
/// before the change, or the notice of a new levy due after it (docs/templates.md#changes). It
/// has one task per change, whose period is the day of the change.
struct ChangeRule {
  std::string fact; ///< the fact whose value changes on that day ("regime")
  Condition from;   ///< holds on the day before the change (always, when not given)
  Condition to;     ///< holds on the day of the change (always, when not given)
  int line = 0;
};

/// What every kind of task a template describes has.
struct TaskSpec {
  std::string code; ///< stable: "ru.vat.declaration"; part of every task's key
  TitlePattern title;
  std::string title_text; ///< as written, for `template show`
  DeadlineRule deadline;
  std::vector<DeadlineVariant> variants; ///< the first that matches replaces `deadline`
  std::optional<DeadlineRule> planned;   ///< the internal date, counted from the due date
  Condition applies_to;                  ///< always true when not given
  std::string role;                      ///< who does it: a work-group role
  std::string reviewer;                  ///< who checks it, or empty
  std::vector<std::string> checklist;
  int estimate_minutes = 0;
  bool requires_file = false;
  std::vector<std::string> links;
  std::string reminders; ///< a reminder policy's name, or empty
  ClientAction client_action = ClientAction::none;
  TaskCategory category = TaskCategory::production;
  std::string description;
  bool provisional = false; ///< its rule is not verified against the law: its tasks are marked
  std::optional<FilingSpec> filing;   ///< a filing task (its answer is recorded)
  std::optional<PaymentSpec> payment; ///< a payment task's naming and requisites
  std::string file;
  int line = 0;
};

/// A recurring obligation: a task per period it applies to; or, with `change`, a task per change
/// of a fact (its deadline then counts from the day of the change).
struct Obligation : TaskSpec {
  std::vector<PeriodSelector> periods; ///< empty for a change obligation
  std::optional<Collects> collects;
  std::optional<ChangeRule> change;
};

/// One step of a programme.
struct ProgrammeStep : TaskSpec {
  std::vector<std::string> after; ///< steps that must be done first (same programme)
};

/// One-off work started by a subscription (onboarding): ordered steps with dependencies.
struct Programme {
  std::string code;
  std::string title;
  std::string description;
  std::vector<ProgrammeStep> steps; ///< in an order where every step comes after its `after`
  std::string file;
  int line = 0;
};

/// Which events of a kind a trigger (or one of its instalments) applies to, by the event's term.
struct TermCondition {
  std::optional<int> at_least_months; ///< the term is this many months or longer
  std::optional<int> under_months;    ///< the term is shorter than this many months

  bool always() const noexcept { return !at_least_months && !under_months; }
  /// True when an event from `start` to `until` (inclusive) qualifies.
  bool holds(Date start, std::optional<Date> until) const noexcept;
};

/// A part of a trigger's work with its own deadline (a patent's 1/3 and 2/3).
struct TriggerInstalment {
  std::string label; ///< "1/3"
  DeadlineRule deadline;
  TermCondition when;
};

/// Tasks created when an event of a kind is recorded for a client (hire -> ЕФС-1).
struct Trigger : TaskSpec {
  std::string event; ///< "hire", "dismissal", "patent", ...
  TermCondition when;
  std::vector<TriggerInstalment> instalments; ///< empty: one task with `deadline`
};

/// A service template.
struct Service {
  std::string id; ///< "ru-statutory": what clients subscribe to
  std::string title;
  std::string version;
  std::string country;  ///< "ru", "kz", or empty for any
  std::string calendar; ///< the calendar its deadlines use (default: the country)
  std::string description;
  bool provisional = false;       ///< every task of it is marked provisional
  int min_lead_working_days = 0;  ///< client requests need this many working days
  std::string lead_time_rule;     ///< the regulation's wording for that
  std::vector<std::string> facts; ///< firm-defined facts its conditions may test ("x-...")
  std::vector<Obligation> obligations;
  std::vector<Programme> programmes;
  std::vector<Trigger> triggers;
  std::string file;
  int line = 0;
  bool bundled = false; ///< shipped with acct (false: the firm's own)

  const Obligation* obligation(std::string_view code) const noexcept;
  /// The entry a stored task of this origin and code comes from, or nullptr when the service no
  /// longer has it (or the task was added by hand).
  const TaskSpec* spec(TaskOrigin origin, std::string_view code) const noexcept;
};

} // namespace acctcore
