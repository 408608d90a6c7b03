#include "deadline/rule_toml.hpp"

#include "util/i18n.hpp"
#include "util/text.hpp"
#include "util/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr std::string_view k_rule_keys[] = {"anchor",       "day",   "months_after", "days",
                                            "working_days", "shift", "overrides",    "basis"};
constexpr std::string_view k_override_keys[] = {
    "periods",      "end_months", "anchor_days",  "skip",  "day",
    "months_after", "days",       "working_days", "shift", "basis"};

/// Reads rules, reporting through TomlProblems.
class Reader {
public:
  explicit Reader(TomlProblems& problems) : m_problems(problems) {}

  void problem(const toml::source_region& where, std::string message) {
    m_problems.at(where, std::move(message));
  }

  std::size_t count() const { return m_problems.count(); }

  std::optional<int> integer(const toml::node& node, std::string_view key, int min, int max) {
    return m_problems.integer(node, key, min, max);
  }

  /// The formula fields of `table` over `base` (inherited where not named).
  DateFormula formula(const toml::table& table, const DateFormula* base, std::string_view where) {
    DateFormula f = base != nullptr ? *base : DateFormula{};
    const toml::node* day = table.get("day");
    const toml::node* months = table.get("months_after");
    const toml::node* days = table.get("days");
    const toml::node* working = table.get("working_days");
    const int forms = (day != nullptr || months != nullptr ? 1 : 0) + (days != nullptr ? 1 : 0) +
                      (working != nullptr ? 1 : 0);
    if (forms > 1)
      problem(table.source(), trf("{} mixes 'day'/'months_after', 'days' and "
                                  "'working_days': use one of them",
                                  where));
    if (forms == 0 && base == nullptr)
      problem(table.source(),
              trf("{} needs a date: 'day' (with 'months_after'), 'days' or 'working_days'", where));
    if (day != nullptr || months != nullptr) {
      const bool inherit = base != nullptr && base->form == DateFormula::Form::month_day;
      if (f.form != DateFormula::Form::month_day)
        f.shift = Shift::next;
      f.form = DateFormula::Form::month_day;
      if (day != nullptr) {
        if (const auto* text = day->as_string()) {
          if (text->get() == "last")
            f.day = 0;
          else
            problem(day->source(),
                    trf("impossible day \"{}\": use 1 to 31 or \"last\"", text->get()));
        } else if (const auto* number = day->as_integer()) {
          if (number->get() < 1 || number->get() > 31)
            problem(day->source(),
                    trf("impossible day {}: use 1 to 31 or \"last\"", number->get()));
          else
            f.day = static_cast<int>(number->get());
        } else {
          problem(day->source(), tr("'day' must be 1 to 31 or \"last\""));
        }
      } else if (!inherit) {
        problem(table.source(), trf("{} has 'months_after' but no 'day'", where));
      }
      if (months != nullptr) {
        f.months_after.clear();
        if (const auto* list = months->as_array()) {
          if (list->empty() || list->size() > 12)
            problem(months->source(), tr("'months_after' lists 1 to 12 instalments"));
          for (const auto& item : *list)
            if (auto m = integer(item, "months_after", 0, 24))
              f.months_after.push_back(*m);
        } else if (auto m = integer(*months, "months_after", 0, 24)) {
          f.months_after.push_back(*m);
        }
        if (f.months_after.empty())
          f.months_after.push_back(0);
      } else if (!inherit) {
        f.months_after = {0};
      }
    } else if (days != nullptr) {
      if (f.form != DateFormula::Form::calendar_days)
        f.shift = Shift::next;
      f.form = DateFormula::Form::calendar_days;
      f.count = integer(*days, "days", -3660, 3660).value_or(0);
    } else if (working != nullptr) {
      f.form = DateFormula::Form::working_days;
      f.shift = Shift::none;
      f.count = integer(*working, "working_days", -366, 366).value_or(0);
    }
    if (const toml::node* shift = table.get("shift")) {
      const auto* text = shift->as_string();
      if (text != nullptr && text->get() == "next")
        f.shift = Shift::next;
      else if (text != nullptr && text->get() == "previous")
        f.shift = Shift::previous;
      else if (text != nullptr && text->get() == "none")
        f.shift = Shift::none;
      else
        problem(shift->source(), tr("'shift' must be \"next\", \"previous\" or \"none\""));
    }
    return f;
  }

  std::string string(const toml::table& table, std::string_view key) {
    return m_problems.string(table, key, "a deadline rule").value_or("");
  }

  RuleOverride override_of(const toml::table& table, const DeadlineRule& rule) {
    m_problems.reject_unknown(table, k_override_keys, "a deadline override");
    RuleOverride o;
    if (const toml::node* periods = table.get("periods")) {
      const auto* list = periods->as_array();
      if (list == nullptr)
        problem(periods->source(),
                tr("'periods' must be an array of period kinds, e.g. [\"year\"]"));
      else
        for (const auto& item : *list) {
          const auto* name = item.as_string();
          const auto kind = name != nullptr ? parse_period_kind(name->get()) : std::nullopt;
          if (!kind)
            problem(item.source(), trf("unknown period kind {}: use {}",
                                       name != nullptr ? "'" + name->get() + "'" : "",
                                       quoted_list(period_kind_names())));
          else
            o.kinds.push_back(*kind);
        }
    }
    if (const toml::node* months = table.get("end_months")) {
      const auto* list = months->as_array();
      if (list == nullptr)
        problem(months->source(), tr("'end_months' must be an array of months, e.g. [12]"));
      else
        for (const auto& item : *list)
          if (auto m = integer(item, "end_months", 1, 12))
            o.end_months.push_back(*m);
    }
    if (const toml::node* days = table.get("anchor_days")) {
      const auto* list = days->as_array();
      if (list == nullptr)
        problem(days->source(),
                tr("'anchor_days' must be an array of \"MM-DD\" days, e.g. [\"12-31\"]"));
      else
        for (const auto& item : *list) {
          const auto* text = item.as_string();
          std::optional<Date> day;
          if (text != nullptr && text->get().size() == 5)
            day = parse_date("2024-" + text->get()); // a leap year, so 02-29 is allowed
          if (!day) {
            problem(item.source(), tr("'anchor_days' lists days as \"MM-DD\", e.g. \"12-31\""));
            continue;
          }
          const date::year_month_day ymd{*day};
          o.anchor_days.push_back(date::month_day{ymd.month(), ymd.day()});
        }
    }
    if (!table.contains("periods") && !table.contains("end_months") &&
        !table.contains("anchor_days"))
      problem(table.source(),
              tr("a deadline override needs 'periods', 'end_months' or 'anchor_days' "
                 "to say when it applies"));
    o.skip = m_problems.boolean(table, "skip", "a deadline override").value_or(false);
    o.formula = formula(table, &rule.formula, "a deadline override");
    o.basis = string(table, "basis");
    return o;
  }

  void reject_unknown(const toml::table& table) {
    m_problems.reject_unknown(table, k_rule_keys, "a deadline rule");
  }

private:
  TomlProblems& m_problems;
};

} // namespace

std::optional<DeadlineRule> parse_deadline_rule(const toml::node& node, const std::string& file,
                                                std::vector<Diagnostic>& problems) {
  TomlProblems report(file, problems);
  Reader reader(report);
  const auto* table = node.as_table();
  if (table == nullptr) {
    reader.problem(node.source(),
                   tr("a deadline rule is a table, e.g. { day = 25, months_after = 1 }"));
    return std::nullopt;
  }
  const std::size_t before = reader.count();
  reader.reject_unknown(*table);
  DeadlineRule rule;
  if (const toml::node* anchor = table->get("anchor")) {
    const auto* text = anchor->as_string();
    if (text != nullptr && text->get() == "period_end")
      rule.anchor = Anchor::period_end;
    else if (text != nullptr && text->get() == "period_start")
      rule.anchor = Anchor::period_start;
    else if (text != nullptr && text->get() == "event")
      rule.anchor = Anchor::event;
    else if (text != nullptr && text->get() == "event_end")
      rule.anchor = Anchor::event_end;
    else
      reader.problem(anchor->source(), tr("'anchor' must be \"period_end\", \"period_start\", "
                                          "\"event\" or \"event_end\""));
  }
  rule.formula = reader.formula(*table, nullptr, "a deadline rule");
  rule.basis = reader.string(*table, "basis");
  if (const toml::node* overrides = table->get("overrides")) {
    const auto* list = overrides->as_array();
    if (list == nullptr || !list->is_array_of_tables())
      reader.problem(overrides->source(), tr("'overrides' must be an array of tables"));
    else
      for (const auto& item : *list)
        rule.overrides.push_back(reader.override_of(*item.as_table(), rule));
  }
  if (reader.count() != before)
    return std::nullopt;
  return rule;
}

DeadlineRule parse_deadline_rule_text(std::string_view text, std::string_view origin) {
  const std::string_view trimmed = trim(text);
  // An inline table is parsed as the value of a key, so positions stay on line 1.
  const bool inline_table = !trimmed.empty() && trimmed.front() == '{';
  const std::string document = inline_table ? "rule = " + std::string(trimmed) : std::string(text);
  const int shift = inline_table ? static_cast<int>(std::string_view("rule = ").size()) : 0;
  std::vector<Diagnostic> problems;
  const std::string name(origin);
  std::optional<DeadlineRule> rule;
  if (const auto root = parse_toml(document, name, problems)) {
    const toml::node* node = inline_table ? root->get("rule") : &*root;
    rule = parse_deadline_rule(*node, name, problems);
  }
  if (!problems.empty() || !rule) {
    for (auto& p : problems) {
      if (p.line == 1 && p.column > shift)
        p.column -= shift;
    }
    throw_diagnostics(ErrorKind::invalid, tr("invalid deadline rule"), problems);
  }
  return *rule;
}

} // namespace acctcore
