#include "template/loader.hpp"

#include "calendar/loader.hpp"
#include "client/facts.hpp"
#include "client/reference.hpp"
#include "config/config.hpp"
#include "deadline/rule_toml.hpp"
#include "staff/staff.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/ident.hpp"
#include "util/text.hpp"
#include "util/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace acctcore {

namespace {

constexpr std::string_view k_top_keys[] = {"service", "defaults", "obligation", "programme",
                                           "trigger"};
constexpr std::string_view k_service_keys[] = {"id",
                                               "title",
                                               "version",
                                               "country",
                                               "calendar",
                                               "description",
                                               "provisional",
                                               "min_lead_working_days",
                                               "lead_time_rule",
                                               "facts"};
constexpr std::string_view k_default_keys[] = {"role",      "reviewer", "planned",
                                               "reminders", "category", "estimate_hours"};
// Keys every task spec may have.
#define ACCT_SPEC_KEYS                                                                             \
  "code", "title", "deadline", "planned", "applies_to", "role", "reviewer", "checklist",           \
      "estimate_hours", "requires_file", "links", "reminders", "client_action", "category",        \
      "description", "provisional", "filing", "payment"
constexpr std::string_view k_obligation_keys[] = {ACCT_SPEC_KEYS, "periods", "variants", "collects",
                                                  "change"};
constexpr std::string_view k_step_keys[] = {ACCT_SPEC_KEYS, "after"};
constexpr std::string_view k_trigger_keys[] = {ACCT_SPEC_KEYS, "event", "when", "instalments",
                                               "variants"};
#undef ACCT_SPEC_KEYS
constexpr std::string_view k_programme_keys[] = {"code", "title", "description", "step"};
constexpr std::string_view k_instalment_keys[] = {"label", "deadline", "when"};
constexpr std::string_view k_when_keys[] = {"term_months_at_least", "term_months_under"};
constexpr std::string_view k_variant_keys[] = {"when", "periods", "skip", "deadline"};
constexpr std::string_view k_collects_keys[] = {"codes", "day", "every_period_when"};
constexpr std::string_view k_change_keys[] = {"fact", "from", "to"};
constexpr std::string_view k_filing_keys[] = {"form", "authority", "correction"};
constexpr std::string_view k_payment_keys[] = {"label", "requisites"};

/// Where a spec is and which placeholders its title may use: a recurring obligation, a
/// programme step, a trigger, or an obligation that exists per change of a fact.
enum class SpecKind { obligation, step, trigger, change };

/// Defaults from the [defaults] table.
struct Defaults {
  std::string role;
  std::string reviewer;
  std::optional<DeadlineRule> planned;
  std::string reminders;
  TaskCategory category = TaskCategory::production;
  int estimate_minutes = 0;
};

bool is_valid_code(std::string_view code) {
  if (code.empty() || code.size() > 80 || !(code.front() >= 'a' && code.front() <= 'z'))
    return false;
  char previous = ' ';
  for (const char c : code) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool punct = c == '.' || c == '-' || c == '_';
    if (!alnum && !punct)
      return false;
    if (punct && (previous == '.' || previous == '-' || previous == '_'))
      return false;
    previous = c;
  }
  return previous != '.' && previous != '-' && previous != '_';
}

class Parser {
public:
  Parser(const std::string& path, const TemplateRules& rules, std::vector<Diagnostic>& problems)
      : m_path(path), m_rules(rules), m_problems(path, problems), m_raw(problems) {}

  std::optional<Service> parse(const toml::table& root) {
    m_problems.reject_unknown(root, k_top_keys, "a service file");
    const auto* header = root.get_as<toml::table>("service");
    if (header == nullptr) {
      m_problems.at_line(1, tr("a service file needs a [service] table with its id and title"));
      return std::nullopt;
    }
    Service service;
    service.file = m_path;
    service.line = static_cast<int>(header->source().begin.line);
    read_header(*header, service);
    m_declared_facts = service.facts;
    if (const auto* defaults = root.get("defaults")) {
      if (const auto* table = defaults->as_table())
        read_defaults(*table);
      else
        m_problems.at(*defaults, tr("[defaults] must be a table"));
    }
    for_each_table(root, "obligation", [&](const toml::table& t) {
      Obligation o;
      const toml::node* change = t.get("change");
      if (read_spec(t, o, change != nullptr ? SpecKind::change : SpecKind::obligation,
                    k_obligation_keys, "[[obligation]]")) {
        if (change != nullptr) {
          o.change = read_change(*change);
          if (const toml::node* periods = t.get("periods"))
            m_problems.at(*periods, tr("an obligation with 'change' has a task per change, not "
                                       "'periods'"));
          if (const toml::node* collects = t.get("collects"))
            m_problems.at(*collects, tr("an obligation with 'change' cannot collect others"));
        } else if (const toml::node* periods = t.get("periods")) {
          o.periods = read_period_list(*periods);
        } else {
          m_problems.at(t, tr("[[obligation]] needs 'periods', e.g. periods = [\"quarter\"], "
                              "or 'change'"));
        }
        if (const toml::node* collects = t.get("collects"); collects && change == nullptr)
          o.collects = read_collects(*collects);
      }
      service.obligations.push_back(std::move(o));
    });
    for_each_table(root, "programme",
                   [&](const toml::table& t) { service.programmes.push_back(read_programme(t)); });
    for_each_table(root, "trigger",
                   [&](const toml::table& t) { service.triggers.push_back(read_trigger(t)); });
    check_codes(service);
    return service;
  }

private:
  template <typename F>
  void for_each_table(const toml::table& root, std::string_view key, F&& f) {
    const toml::node* node = root.get(key);
    if (node == nullptr)
      return;
    const auto* list = node->as_array();
    if (list == nullptr || !list->is_array_of_tables()) {
      m_problems.at(*node, trf("'{}' entries are written as [[{}]] tables", key, key));
      return;
    }
    for (const auto& item : *list)
      f(*item.as_table());
  }

  void read_header(const toml::table& t, Service& s) {
    m_problems.reject_unknown(t, k_service_keys, "[service]");
    if (auto id = m_problems.string(t, "id", "[service]")) {
      s.id = *id;
      if (!is_valid_identifier(s.id))
        m_problems.at(*t.get("id"), trf("invalid service id '{}': use lowercase latin "
                                        "letters, digits and '-', starting with a letter",
                                        s.id));
    } else if (!t.contains("id")) {
      m_problems.at(t, tr("[service] needs an 'id', e.g. id = \"ru-statutory\""));
    }
    s.title = m_problems.string(t, "title", "[service]").value_or("");
    if (s.title.empty() && !t.contains("title"))
      m_problems.at(t, tr("[service] needs a 'title'"));
    s.version = m_problems.string(t, "version", "[service]").value_or("");
    s.country = m_problems.string(t, "country", "[service]").value_or("");
    s.description = m_problems.string(t, "description", "[service]").value_or("");
    s.provisional = m_problems.boolean(t, "provisional", "[service]").value_or(false);
    s.min_lead_working_days =
        m_problems.integer(t, "min_lead_working_days", 0, 60, "[service]").value_or(0);
    s.lead_time_rule = m_problems.string(t, "lead_time_rule", "[service]").value_or("");
    s.calendar = m_problems.string(t, "calendar", "[service]").value_or(s.country);
    if (m_rules.calendars != nullptr) {
      if (s.calendar.empty())
        m_problems.at(t, tr("[service] needs a 'calendar' or a 'country' whose calendar its "
                            "deadlines use"));
      else if (m_rules.calendars->find(s.calendar) == nullptr)
        m_problems.at(t.contains("calendar") ? t.get("calendar")->source() : t.source(),
                      trf("unknown calendar '{}' (see 'acct calendar list')", s.calendar));
    }
    s.facts = m_problems.strings(t, "facts", "[service]");
    for (const auto& key : s.facts)
      if (key.rfind("x-", 0) != 0 || !is_valid_code(key))
        m_problems.at(*t.get("facts"), trf("firm-defined fact '{}' must start with 'x-' "
                                           "and use lowercase latin letters, digits and '-'",
                                           key));
  }

  void read_defaults(const toml::table& t) {
    m_problems.reject_unknown(t, k_default_keys, "[defaults]");
    m_defaults.role = read_role(t, "role", "[defaults]");
    m_defaults.reviewer = read_role(t, "reviewer", "[defaults]");
    if (const auto* planned = t.get("planned"))
      m_defaults.planned = read_relative_rule(*planned, "planned");
    m_defaults.reminders = m_problems.string(t, "reminders", "[defaults]").value_or("");
    if (auto category =
            read_enum(t, "category", parse_task_category, task_category_names(), "[defaults]"))
      m_defaults.category = *category;
    m_defaults.estimate_minutes = read_estimate(t, "[defaults]").value_or(0);
  }

  std::string read_role(const toml::table& t, std::string_view key, std::string_view where) {
    auto role = m_problems.string(t, key, where);
    if (!role)
      return {};
    if (std::find(m_rules.roles.begin(), m_rules.roles.end(), *role) == m_rules.roles.end()) {
      const std::string guess = closest_match(*role, m_rules.roles);
      m_problems.at(*t.get(key),
                    guess.empty()
                        // TRANSLATORS: the role given, then the known roles ('a', 'b' or 'c').
                        ? trf("unknown role '{}': use {}", *role, quoted_list(m_rules.roles))
                        : trf("unknown role '{}' (did you mean '{}'?)", *role, guess));
      return {};
    }
    return *role;
  }

  /// A word from a fixed list, parsed by `parse` (which knows `names`).
  template <typename Parse>
  auto read_enum(const toml::table& t, std::string_view key, Parse parse_name,
                 const std::vector<std::string>& names, std::string_view where)
      -> decltype(parse_name(std::string_view{})) {
    auto text = m_problems.string(t, key, where);
    if (!text)
      return std::nullopt;
    if (auto value = parse_name(*text))
      return value;
    m_problems.at(*t.get(key), trf("unknown {} '{}': use {}", key, *text, quoted_list(names)));
    return std::nullopt;
  }

  std::optional<int> read_estimate(const toml::table& t, std::string_view where) {
    const toml::node* node = t.get("estimate_hours");
    if (node == nullptr)
      return std::nullopt;
    double hours = -1;
    if (const auto* i = node->as_integer())
      hours = static_cast<double>(i->get());
    else if (const auto* f = node->as_floating_point())
      hours = f->get();
    if (hours < 0 || hours > 1000) {
      m_problems.at(*node,
                    trf("'estimate_hours' in {} must be a number of hours from 0 to 1000", where));
      return std::nullopt;
    }
    return static_cast<int>(std::lround(hours * 60));
  }

  /// A rule counted from an event-like date (steps, triggers, planned dates): without an
  /// explicit anchor it counts from the event.
  std::optional<DeadlineRule> read_relative_rule(const toml::node& node, std::string_view what) {
    auto rule = parse_deadline_rule(node, m_path, m_raw);
    if (!rule)
      return std::nullopt;
    const auto* table = node.as_table();
    if (table != nullptr && !table->contains("anchor"))
      rule->anchor = Anchor::event;
    if (rule->anchor == Anchor::period_end || rule->anchor == Anchor::period_start) {
      if (what == "planned")
        // TRANSLATORS: {} is a key of the template ("planned").
        m_problems.at(node, trf("'{}' counts from the due date, not from a period", what));
      else
        // TRANSLATORS: {} is a key of the template ("deadline").
        m_problems.at(node, trf("'{}' counts from the event or the previous step, not from a "
                                "period",
                                what));
    }
    return rule;
  }

  TitlePattern compile_title(const toml::node& node, const std::string& text, SpecKind kind) {
    std::vector<TitlePattern::Piece> pieces;
    std::string literal;
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
        literal += '{';
        ++i;
        continue;
      }
      if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
        literal += '}';
        ++i;
        continue;
      }
      if (c != '{') {
        literal += c;
        continue;
      }
      const size_t close = text.find('}', i);
      if (close == std::string::npos) {
        m_problems.at(node, tr("the title has a '{' without a '}' (write '{{' for a brace)"));
        break;
      }
      const std::string name = text.substr(i + 1, close - i - 1);
      i = close;
      std::optional<TitlePattern::Field> field;
      for (int f = 1; f <= static_cast<int>(TitlePattern::Field::note); ++f)
        if (title_field_name(static_cast<TitlePattern::Field>(f)) == name)
          field = static_cast<TitlePattern::Field>(f);
      if (!field) {
        m_problems.at(node, trf("unknown placeholder {{{}}} in the title", name));
        continue;
      }
      if (!placeholder_allowed(*field, kind)) {
        if (kind == SpecKind::obligation || kind == SpecKind::change)
          // TRANSLATORS: {{{}}} is a placeholder name in braces, e.g. {period}.
          m_problems.at(node, trf("{{{}}} cannot be used in the title of an obligation", name));
        else if (kind == SpecKind::step)
          // TRANSLATORS: {{{}}} is a placeholder name in braces, e.g. {period}.
          m_problems.at(node, trf("{{{}}} cannot be used in the title of a programme step", name));
        else
          // TRANSLATORS: {{{}}} is a placeholder name in braces, e.g. {period}.
          m_problems.at(node, trf("{{{}}} cannot be used in the title of a trigger", name));
        continue;
      }
      if (!literal.empty())
        pieces.push_back({TitlePattern::Field::literal, std::move(literal)});
      literal.clear();
      pieces.push_back({*field, {}});
    }
    if (!literal.empty())
      pieces.push_back({TitlePattern::Field::literal, std::move(literal)});
    return TitlePattern(std::move(pieces));
  }

  static bool placeholder_allowed(TitlePattern::Field field, SpecKind kind) {
    using F = TitlePattern::Field;
    switch (field) {
    case F::period:
    case F::period_full:
    case F::period_id:
      return kind == SpecKind::obligation;
    case F::year:
    case F::instalment:
      return kind != SpecKind::step;
    case F::start:
      return kind == SpecKind::step;
    case F::event_date: // a change obligation's change day
      return kind == SpecKind::trigger || kind == SpecKind::change;
    case F::event_until:
    case F::note:
      return kind == SpecKind::trigger;
    case F::client:
    case F::literal:
      return true;
    }
    return false;
  }

  /// Reads what every spec has; false when the spec is unusable.
  template <std::size_t N>
  bool read_spec(const toml::table& t, TaskSpec& spec, SpecKind kind,
                 const std::string_view (&keys)[N], std::string_view where) {
    m_problems.reject_unknown(t, keys, where);
    spec.file = m_path;
    spec.line = static_cast<int>(t.source().begin.line);
    if (auto code = m_problems.string(t, "code", where)) {
      spec.code = *code;
      if (!is_valid_code(spec.code))
        m_problems.at(*t.get("code"), trf("invalid code '{}': use lowercase latin letters, "
                                          "digits, '.', '-' and '_', starting with a letter",
                                          spec.code));
    } else if (!t.contains("code")) {
      m_problems.at(t, trf("{} needs a 'code'", where));
    }
    if (auto title = m_problems.string(t, "title", where)) {
      spec.title_text = *title;
      if (trim(*title).empty())
        m_problems.at(*t.get("title"), tr("the title must not be empty"));
      spec.title = compile_title(*t.get("title"), *title, kind);
    } else if (!t.contains("title")) {
      m_problems.at(t, trf("{} needs a 'title'", where));
    }
    if (const toml::node* deadline = t.get("deadline")) {
      if (kind == SpecKind::obligation) {
        if (auto rule = parse_deadline_rule(*deadline, m_path, m_raw)) {
          spec.deadline = *rule;
          if (rule->anchor == Anchor::event || rule->anchor == Anchor::event_end)
            m_problems.at(*deadline, tr("an obligation's deadline counts from its period "
                                        "(anchor = \"period_end\" or \"period_start\")"));
        }
      } else if (auto rule = read_relative_rule(*deadline, "deadline")) {
        spec.deadline = *rule;
      }
    } else if (!(kind == SpecKind::trigger && t.contains("instalments"))) {
      m_problems.at(t, trf("{} needs a 'deadline'", where));
    }
    if (const toml::node* variants = t.get("variants"))
      spec.variants = read_variants(*variants, kind);
    spec.planned = m_defaults.planned;
    if (const toml::node* planned = t.get("planned"))
      spec.planned = read_relative_rule(*planned, "planned");
    if (const toml::node* condition = t.get("applies_to"))
      spec.applies_to = read_condition(*condition);
    spec.role = t.contains("role") ? read_role(t, "role", where) : m_defaults.role;
    if (spec.role.empty() && !t.contains("role"))
      m_problems.at(t, trf("{} needs a 'role' (or one in [defaults])", where));
    spec.reviewer = t.contains("reviewer") ? read_role(t, "reviewer", where) : m_defaults.reviewer;
    spec.checklist = m_problems.strings(t, "checklist", where);
    spec.estimate_minutes = read_estimate(t, where).value_or(m_defaults.estimate_minutes);
    spec.requires_file = m_problems.boolean(t, "requires_file", where).value_or(false);
    spec.links = m_problems.strings(t, "links", where);
    spec.reminders = m_problems.string(t, "reminders", where).value_or(m_defaults.reminders);
    spec.client_action =
        read_enum(t, "client_action", parse_client_action, client_action_names(), where)
            .value_or(ClientAction::none);
    spec.category = read_enum(t, "category", parse_task_category, task_category_names(), where)
                        .value_or(m_defaults.category);
    spec.description = m_problems.string(t, "description", where).value_or("");
    spec.provisional = m_problems.boolean(t, "provisional", where).value_or(false);
    if (const toml::node* filing = t.get("filing"))
      spec.filing = read_filing(*filing);
    if (const toml::node* payment = t.get("payment")) {
      spec.payment = read_payment(*payment);
      if (spec.client_action != ClientAction::pay)
        m_problems.at(*payment, tr("'payment' is for tasks the client pays: add "
                                   "client_action = \"pay\""));
      if (spec.filing)
        m_problems.at(*payment, tr("a task is either filed ('filing') or paid ('payment'), "
                                   "not both"));
    }
    return !spec.code.empty();
  }

  FilingSpec read_filing(const toml::node& node) {
    FilingSpec f;
    f.line = static_cast<int>(node.source().begin.line);
    const auto* t = node.as_table();
    if (t == nullptr) {
      m_problems.at(node, tr("'filing' is a table: { form = \"1151100\", authority = \"ФНС\" }"));
      return f;
    }
    m_problems.reject_unknown(*t, k_filing_keys, "'filing'");
    f.form = m_problems.string(*t, "form", "'filing'").value_or("");
    if (t->contains("form") && trim(f.form).empty())
      m_problems.at(*t->get("form"), tr("the form's code in 'filing' must not be empty"));
    f.authority = m_problems.string(*t, "authority", "'filing'").value_or("");
    if (const toml::node* correction = t->get("correction")) {
      f.correction = read_relative_rule(*correction, "correction");
      if (f.correction && f.correction->anchor == Anchor::event_end)
        m_problems.at(*correction, tr("'correction' counts from the day of the rejection "
                                      "(anchor = \"event\")"));
    }
    return f;
  }

  PaymentSpec read_payment(const toml::node& node) {
    PaymentSpec p;
    p.line = static_cast<int>(node.source().begin.line);
    const auto* t = node.as_table();
    if (t == nullptr) {
      m_problems.at(node, tr("'payment' is a table: { label = \"ЕНП\" }"));
      return p;
    }
    m_problems.reject_unknown(*t, k_payment_keys, "'payment'");
    p.label = m_problems.string(*t, "label", "'payment'").value_or("");
    if (trim(p.label).empty())
      m_problems.at(node, tr("'payment' needs a 'label': what the client pays, e.g. \"ЕНП\""));
    p.requisites = m_problems.boolean(*t, "requisites", "'payment'").value_or(false);
    return p;
  }

  std::vector<PeriodSelector> read_period_list(const toml::node& node) {
    std::vector<PeriodSelector> selectors;
    std::vector<std::string> names;
    if (const auto* list = node.as_array()) {
      for (const auto& item : *list) {
        if (const auto* text = item.as_string())
          names.push_back(text->get());
        else
          m_problems.at(item, tr("'periods' must be an array of period names"));
      }
    } else {
      m_problems.at(node, tr("'periods' must be an array of period names, e.g. [\"quarter\"]"));
    }
    for (const auto& name : names) {
      PeriodSelector selector;
      if (auto kind = parse_period_kind(name); kind && *kind != PeriodKind::once) {
        selector.kind = *kind;
      } else if (name.size() == 2 && name[0] == 'Q' && name[1] >= '1' && name[1] <= '4') {
        selector = {PeriodKind::quarter, name[1] - '0'};
      } else if (name.size() == 2 && name[0] == 'H' && (name[1] == '1' || name[1] == '2')) {
        selector = {PeriodKind::half_year, name[1] - '0'};
      } else if (name == "9M") {
        selector = {PeriodKind::nine_months, 1};
      } else {
        m_problems.at(node, trf("unknown period '{}': use month, quarter, half-year, "
                                "nine-months, year, or one of Q1-Q4, H1, H2, 9M",
                                name));
        continue;
      }
      selectors.push_back(selector);
    }
    if (names.empty() && node.is_array())
      m_problems.at(node, tr("'periods' must list at least one period"));
    return selectors;
  }

  std::vector<DeadlineVariant> read_variants(const toml::node& node, SpecKind kind) {
    std::vector<DeadlineVariant> variants;
    const auto* list = node.as_array();
    if (list == nullptr || list->empty() || !list->is_array_of_tables()) {
      m_problems.at(node, tr("'variants' is a non-empty list of tables"));
      return variants;
    }
    for (const auto& item : *list) {
      const auto& t = *item.as_table();
      m_problems.reject_unknown(t, k_variant_keys, "a deadline variant");
      DeadlineVariant v;
      v.line = static_cast<int>(t.source().begin.line);
      if (const toml::node* when = t.get("when"))
        v.when = read_condition(*when);
      if (const toml::node* periods = t.get("periods")) {
        if (kind != SpecKind::obligation)
          m_problems.at(*periods, tr("'periods' in a variant is for obligations only"));
        v.periods = read_period_list(*periods);
      }
      v.skip = m_problems.boolean(t, "skip", "a deadline variant").value_or(false);
      if (const toml::node* deadline = t.get("deadline")) {
        if (v.skip)
          m_problems.at(*deadline, tr("a variant that skips has no deadline"));
        if (kind == SpecKind::obligation)
          v.deadline = parse_deadline_rule(*deadline, m_path, m_raw);
        else
          v.deadline = read_relative_rule(*deadline, "deadline");
      } else if (!v.skip) {
        m_problems.at(t, tr("a deadline variant needs a 'deadline' or 'skip = true'"));
      }
      if (!t.contains("when") && !t.contains("periods"))
        m_problems.at(t, tr("a deadline variant needs 'when' or 'periods' to say when it applies"));
      variants.push_back(std::move(v));
    }
    return variants;
  }

  ChangeRule read_change(const toml::node& node) {
    ChangeRule c;
    c.line = static_cast<int>(node.source().begin.line);
    const auto* t = node.as_table();
    if (t == nullptr) {
      m_problems.at(node,
                    tr("'change' is a table: { fact = \"regime\", from = {...}, to = {...} }"));
      return c;
    }
    m_problems.reject_unknown(*t, k_change_keys, "'change'");
    if (auto fact = m_problems.string(*t, "fact", "'change'")) {
      c.fact = *fact;
      if (!is_known_key(c.fact, m_rules.fact_keys))
        m_problems.at(*t->get("fact"), trf("'change' names unknown fact '{}'", c.fact));
    } else if (!t->contains("fact")) {
      m_problems.at(node, tr("'change' needs 'fact': the fact whose value changes"));
    }
    if (const toml::node* from = t->get("from"))
      c.from = read_condition(*from);
    if (const toml::node* to = t->get("to"))
      c.to = read_condition(*to);
    return c;
  }

  /// True for a fact key acct knows or the service declares.
  bool is_known_key(const std::string& key, const std::vector<std::string>& keys) const {
    return std::find(keys.begin(), keys.end(), key) != keys.end() ||
           std::find(m_declared_facts.begin(), m_declared_facts.end(), key) !=
               m_declared_facts.end();
  }

  Collects read_collects(const toml::node& node) {
    Collects c;
    const auto* t = node.as_table();
    if (t == nullptr) {
      m_problems.at(node, tr("'collects' is a table: { codes = [...], day = 28 }"));
      return c;
    }
    m_problems.reject_unknown(*t, k_collects_keys, "'collects'");
    c.codes = m_problems.strings(*t, "codes", "'collects'");
    if (c.codes.empty())
      m_problems.at(node, tr("'collects' needs 'codes': the obligations it gathers"));
    c.day = m_problems.integer(*t, "day", 1, 31, "'collects'").value_or(28);
    if (const toml::node* when = t->get("every_period_when")) {
      c.every_period_when = read_condition(*when);
      c.has_every_period_when = true;
    }
    return c;
  }

  Condition read_condition(const toml::node& node) {
    Condition c;
    c.line = static_cast<int>(node.source().begin.line);
    c.column = static_cast<int>(node.source().begin.column);
    const auto* table = node.as_table();
    if (table == nullptr) {
      m_problems.at(node, tr("a condition is a table, e.g. { vat = true }"));
      return c;
    }
    c.op = Condition::Op::all;
    // toml++ keeps keys sorted; read them in the order they were written.
    std::vector<std::pair<const toml::key*, const toml::node*>> entries;
    for (const auto& [key, value] : *table)
      entries.emplace_back(&key, &value);
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
      const auto& pa = a.first->source().begin;
      const auto& pb = b.first->source().begin;
      return std::pair(pa.line, pa.column) < std::pair(pb.line, pb.column);
    });
    for (const auto& [key_ptr, value_ptr] : entries) {
      const toml::key& key = *key_ptr;
      const toml::node& value = *value_ptr;
      const std::string name(key.str());
      if (name == "any" || name == "all") {
        Condition group;
        group.op = name == "any" ? Condition::Op::any : Condition::Op::all;
        group.line = static_cast<int>(value.source().begin.line);
        group.column = static_cast<int>(value.source().begin.column);
        const auto* list = value.as_array();
        if (list == nullptr || list->empty()) {
          m_problems.at(value, trf("'{}' is a non-empty list of conditions", name));
          continue;
        }
        for (const auto& item : *list)
          group.children.push_back(read_condition(item));
        c.children.push_back(std::move(group));
      } else if (name == "recorded") {
        read_recorded(value, c);
      } else if (name == "not") {
        Condition negation;
        negation.op = Condition::Op::none;
        negation.line = static_cast<int>(value.source().begin.line);
        negation.column = static_cast<int>(value.source().begin.column);
        negation.children.push_back(read_condition(value));
        c.children.push_back(std::move(negation));
      } else {
        c.children.push_back(read_match(key, value));
      }
    }
    return c;
  }

  /// `recorded = "vat"` or `recorded = ["vat", "regime"]`: the client has a value for each.
  void read_recorded(const toml::node& value, Condition& into) {
    std::vector<const toml::node*> items;
    if (const auto* list = value.as_array())
      for (const auto& item : *list)
        items.push_back(&item);
    else
      items.push_back(&value);
    if (items.empty())
      m_problems.at(value, tr("'recorded' names a fact or a list of facts"));
    for (const toml::node* item : items) {
      const auto* text = item->as_string();
      if (text == nullptr) {
        m_problems.at(*item, tr("'recorded' names a fact or a list of facts"));
        continue;
      }
      Condition r;
      r.op = Condition::Op::recorded;
      r.key = text->get();
      r.line = static_cast<int>(item->source().begin.line);
      r.column = static_cast<int>(item->source().begin.column);
      if (!is_known_key(r.key, m_rules.fact_keys) && !is_known_key(r.key, m_rules.attribute_keys))
        m_problems.at(*item, trf("'recorded' names unknown fact '{}'", r.key));
      into.children.push_back(std::move(r));
    }
  }

  Condition read_match(const toml::key& key, const toml::node& value) {
    Condition m;
    m.op = Condition::Op::match;
    m.key = std::string(key.str());
    m.line = static_cast<int>(key.source().begin.line);
    m.column = static_cast<int>(key.source().begin.column);
    m.list = std::find(m_rules.list_keys.begin(), m_rules.list_keys.end(), m.key) !=
             m_rules.list_keys.end();
    const auto is_known = [&](const std::vector<std::string>& keys) {
      return std::find(keys.begin(), keys.end(), m.key) != keys.end();
    };
    if (!is_known(m_rules.attribute_keys) && !is_known(m_rules.fact_keys) &&
        std::find(m_declared_facts.begin(), m_declared_facts.end(), m.key) ==
            m_declared_facts.end()) {
      std::vector<std::string> all = m_rules.attribute_keys;
      all.insert(all.end(), m_rules.fact_keys.begin(), m_rules.fact_keys.end());
      const std::string guess = closest_match(m.key, all);
      m_problems.at(key.source(),
                    m.key.rfind("x-", 0) == 0
                        ? trf("condition on undeclared fact '{}': list it in [service] "
                              "facts = [\"{}\"]",
                              m.key, m.key)
                    : guess.empty()
                        // TRANSLATORS: the fact given, then the known ones ('a', 'b' and 'c').
                        ? trf("condition on unknown fact '{}': known are {}", m.key,
                              quoted_list(all, " and "))
                        : trf("condition on unknown fact '{}' (did you mean '{}'?)", m.key, guess));
    }
    const auto add = [&](const toml::node& item) {
      if (const auto* b = item.as_boolean())
        m.values.emplace_back(b->get());
      else if (const auto* i = item.as_integer())
        m.values.emplace_back(static_cast<std::int64_t>(i->get()));
      else if (const auto* s = item.as_string())
        m.values.emplace_back(s->get());
      else
        m_problems.at(item, trf("'{}' must be compared with true/false, a number or a "
                                "word, or a list of them",
                                m.key));
    };
    if (const auto* list = value.as_array()) {
      if (list->empty())
        m_problems.at(value, trf("the list of values of '{}' is empty", m.key));
      for (const auto& item : *list)
        add(item);
    } else {
      add(value);
    }
    for (const auto& [known_key, allowed] : m_rules.values) {
      if (known_key != m.key)
        continue;
      for (const auto& v : m.values) {
        const auto* word = std::get_if<std::string>(&v);
        if (word != nullptr && m.list && word->rfind("x-", 0) == 0)
          continue; // a firm's own entry of a list ("x-..." Росстат forms)
        if (word != nullptr && std::find(allowed.begin(), allowed.end(), *word) == allowed.end()) {
          // "usn" means one of the usn-* regimes more likely than "ausn", one edit away.
          std::vector<std::string> starting;
          for (const auto& a : allowed)
            if (a.rfind(*word + "-", 0) == 0)
              starting.push_back(fmt::format("'{}'", a));
          const std::string guess =
              !starting.empty() ? join(starting, " or ") : closest_match(*word, allowed);
          std::string problem;
          if (guess.empty())
            // TRANSLATORS: the key of a condition (an identifier such as "regime"), the value
            // given, then the allowed values ('a', 'b' or 'c').
            problem = trf("unknown {} '{}': use {}", m.key, *word, quoted_list(allowed));
          else if (starting.empty())
            // TRANSLATORS: the key of a condition (an identifier such as "regime"), the value
            // given, then the closest allowed value.
            problem = trf("unknown {} '{}' (did you mean '{}'?)", m.key, *word, guess);
          else
            // TRANSLATORS: the key of a condition (an identifier such as "regime"), the value
            // given, then the allowed values that start like it, quoted and joined by "or".
            problem = trf("unknown {} '{}' (did you mean {}?)", m.key, *word, guess);
          m_problems.at(value, problem);
        }
      }
    }
    return m;
  }

  Programme read_programme(const toml::table& t) {
    m_problems.reject_unknown(t, k_programme_keys, "[[programme]]");
    Programme p;
    p.file = m_path;
    p.line = static_cast<int>(t.source().begin.line);
    p.code = m_problems.string(t, "code", "[[programme]]").value_or("");
    if (p.code.empty() || !is_valid_code(p.code))
      m_problems.at(t, tr("[[programme]] needs a valid 'code', e.g. code = \"ru.onboarding\""));
    p.title = m_problems.string(t, "title", "[[programme]]").value_or("");
    p.description = m_problems.string(t, "description", "[[programme]]").value_or("");
    std::map<std::string, int> lines;
    for_each_table(t, "step", [&](const toml::table& s) {
      ProgrammeStep step;
      read_spec(s, step, SpecKind::step, k_step_keys, "[[programme.step]]");
      step.after = m_problems.strings(s, "after", "[[programme.step]]");
      if (!step.code.empty()) {
        if (lines.count(step.code) != 0)
          m_problems.at(s, trf("step '{}' is defined twice in programme '{}' (first at line {})",
                               step.code, p.code, lines[step.code]));
        lines[step.code] = step.line;
      }
      p.steps.push_back(std::move(step));
    });
    if (p.steps.empty())
      m_problems.at(t, trf("programme '{}' has no [[programme.step]]", p.code));
    // Every `after` names a step of this programme, and the steps form no cycle.
    for (const auto& step : p.steps)
      for (const auto& before : step.after)
        if (lines.count(before) == 0)
          m_problems.at_line(step.line,
                             trf("step '{}' comes after unknown step '{}'", step.code, before));
    order_steps(p);
    return p;
  }

  /// Sorts steps so that each comes after its `after` steps; reports a cycle.
  void order_steps(Programme& p) {
    std::vector<ProgrammeStep> ordered;
    std::set<std::string> placed;
    std::vector<ProgrammeStep> left = p.steps;
    while (!left.empty()) {
      bool progress = false;
      for (auto it = left.begin(); it != left.end();) {
        const bool ready =
            std::all_of(it->after.begin(), it->after.end(), [&](const std::string& b) {
              return placed.count(b) != 0 ||
                     std::none_of(p.steps.begin(), p.steps.end(),
                                  [&](const ProgrammeStep& s) { return s.code == b; });
            });
        if (ready) {
          placed.insert(it->code);
          ordered.push_back(std::move(*it));
          it = left.erase(it);
          progress = true;
        } else {
          ++it;
        }
      }
      if (!progress) {
        std::vector<std::string> cycle;
        for (const auto& s : left)
          cycle.push_back(s.code);
        m_problems.at_line(left.front().line,
                           trf("steps of programme '{}' depend on each other in a cycle: {}",
                               p.code, join(cycle, ", ")));
        for (auto& s : left)
          ordered.push_back(std::move(s));
        break;
      }
    }
    p.steps = std::move(ordered);
  }

  TermCondition read_when(const toml::node& node, std::string_view where) {
    TermCondition when;
    const auto* t = node.as_table();
    if (t == nullptr) {
      m_problems.at(node,
                    trf("'when' in {} is a table, e.g. {{ term_months_at_least = 6 }}", where));
      return when;
    }
    m_problems.reject_unknown(*t, k_when_keys, "'when'");
    if (auto months = m_problems.integer(*t, "term_months_at_least", 0, 120, "'when'"))
      when.at_least_months = *months;
    if (auto months = m_problems.integer(*t, "term_months_under", 0, 120, "'when'"))
      when.under_months = *months;
    return when;
  }

  Trigger read_trigger(const toml::table& t) {
    Trigger trigger;
    read_spec(t, trigger, SpecKind::trigger, k_trigger_keys, "[[trigger]]");
    if (auto event = m_problems.string(t, "event", "[[trigger]]")) {
      trigger.event = *event;
      if (!is_valid_identifier(trigger.event))
        m_problems.at(*t.get("event"), trf("invalid event kind '{}'", trigger.event));
    } else if (!t.contains("event")) {
      m_problems.at(t, tr("[[trigger]] needs an 'event', e.g. event = \"hire\""));
    }
    if (const toml::node* when = t.get("when"))
      trigger.when = read_when(*when, "[[trigger]]");
    if (const toml::node* instalments = t.get("instalments")) {
      if (t.contains("deadline"))
        m_problems.at(*instalments, tr("a trigger has either a 'deadline' or 'instalments'"));
      const auto* list = instalments->as_array();
      if (list == nullptr || list->empty() || !list->is_array_of_tables()) {
        m_problems.at(*instalments, tr("'instalments' is a non-empty list of tables"));
      } else {
        for (const auto& item : *list) {
          const auto& it = *item.as_table();
          m_problems.reject_unknown(it, k_instalment_keys, "an instalment");
          TriggerInstalment part;
          part.label = m_problems.string(it, "label", "an instalment").value_or("");
          if (const toml::node* deadline = it.get("deadline")) {
            if (auto rule = read_relative_rule(*deadline, "deadline"))
              part.deadline = *rule;
          } else {
            m_problems.at(it, tr("an instalment needs a 'deadline'"));
          }
          if (const toml::node* when = it.get("when"))
            part.when = read_when(*when, "an instalment");
          trigger.instalments.push_back(std::move(part));
        }
      }
    }
    return trigger;
  }

  /// Codes are unique within a service, across obligations, programmes and triggers.
  void check_codes(const Service& s) {
    std::map<std::string, int> seen;
    const auto check = [&](const std::string& code, int line) {
      if (code.empty())
        return;
      if (auto it = seen.find(code); it != seen.end())
        m_problems.at_line(line, trf("code '{}' is used twice in service '{}' (first at line {})",
                                     code, s.id, it->second));
      else
        seen[code] = line;
    };
    for (const auto& o : s.obligations)
      check(o.code, o.line);
    for (const auto& p : s.programmes)
      check(p.code, p.line);
    for (const auto& t : s.triggers)
      check(t.code, t.line);
    // What a collecting obligation gathers must be another obligation or a trigger of the
    // service, and not one that collects in turn.
    for (const auto& o : s.obligations) {
      if (!o.collects)
        continue;
      for (const auto& code : o.collects->codes) {
        const Obligation* other = s.obligation(code);
        const bool trigger = std::any_of(s.triggers.begin(), s.triggers.end(),
                                         [&](const Trigger& t) { return t.code == code; });
        if (other == nullptr && !trigger)
          m_problems.at_line(o.line, trf("'{}' collects unknown obligation '{}'", o.code, code));
        else if (other != nullptr && other->collects)
          m_problems.at_line(
              o.line, trf("'{}' cannot collect '{}', which collects others itself", o.code, code));
      }
    }
  }

  const std::string& m_path;
  const TemplateRules& m_rules;
  TomlProblems m_problems;
  std::vector<Diagnostic>& m_raw;
  Defaults m_defaults;
  std::vector<std::string> m_declared_facts;
};

/// The service files of a path: itself (unless it lies in the folder of another kind of
/// template, which its own lint reads), the *.toml in it, or in its services/ folder.
std::vector<std::filesystem::path> service_files(const std::filesystem::path& path) {
  if (!is_existing_directory(path)) {
    const auto folder = path.parent_path().filename();
    if (folder == "reminders" || folder == "charts" || folder == "indicators")
      return {};
    return {path};
  }
  auto files = files_in_directory(path, ".toml"); // first: a folder acct may not read is named
  return is_existing_directory(path / "services") ? files_in_directory(path / "services", ".toml")
                                                  : files;
}

} // namespace

TemplateRules default_template_rules(const CalendarSet& calendars) {
  TemplateRules rules;
  rules.calendars = &calendars;
  rules.attribute_keys = {"form", "country", "region"};
  rules.fact_keys.assign(std::begin(k_fact_keys), std::end(k_fact_keys));
  std::vector<std::string> forms, regimes;
  for (const std::string_view country : k_countries) {
    for (const LegalForm* form : legal_forms(country))
      forms.emplace_back(form->code);
    for (const TaxRegime* regime : tax_regimes(country))
      regimes.emplace_back(regime->code);
  }
  const auto unique = [](std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  unique(forms);
  unique(regimes);
  rules.values = {
      {"country", {std::begin(k_countries), std::end(k_countries)}},
      {"form", forms},
      {"regime", regimes},
      {"profit-advances", {"monthly", "quarterly"}},
      {"property-base", {"average", "cadastral", "both"}},
      {"rosstat", {}},
  };
  for (const RosstatForm* form : rosstat_forms())
    rules.values.back().second.emplace_back(form->code);
  rules.list_keys.assign(std::begin(k_list_fact_keys), std::end(k_list_fact_keys));
  rules.roles.assign(std::begin(k_staff_roles), std::end(k_staff_roles));
  return rules;
}

std::optional<Service> parse_service_file(const std::string& path, std::string_view text,
                                          const TemplateRules& rules,
                                          std::vector<Diagnostic>& problems) {
  const auto root = parse_toml(text, path, problems);
  if (!root)
    return std::nullopt;
  Parser parser(path, rules, problems);
  return parser.parse(*root);
}

const Service* ServiceSet::find(std::string_view id) const noexcept {
  for (const auto& service : m_services)
    if (service.id == id)
      return &service;
  return nullptr;
}

const Service& ServiceSet::get(std::string_view id) const {
  if (const Service* service = find(id))
    return *service;
  std::vector<std::string> ids;
  for (const auto& service : m_services)
    ids.push_back(service.id);
  throw unknown_name_error("service", id, ids, N_("services"), "acct template list");
}

std::vector<std::string> ServiceSet::event_kinds() const {
  std::set<std::string> kinds;
  for (const auto& service : m_services)
    for (const auto& trigger : service.triggers)
      kinds.insert(trigger.event);
  return {kinds.begin(), kinds.end()};
}

ServiceSet load_services(std::span<const std::filesystem::path> directories,
                         const TemplateRules& rules) {
  std::vector<Diagnostic> problems;
  ServiceSet set;
  for (size_t layer = 0; layer < directories.size(); ++layer) {
    const auto& directory = directories[layer];
    if (directory.empty() || !is_existing_directory(directory / "services"))
      continue;
    std::map<std::string, std::string> seen_here;
    for (const auto& path : service_files(directory / "services")) {
      auto service = parse_service_file(path.string(), read_file(path), rules, problems);
      if (!service || service->id.empty())
        continue;
      if (auto it = seen_here.find(service->id); it != seen_here.end()) {
        problems.push_back({path.string(), service->line, 0,
                            trf("service '{}' is already defined by {}", service->id, it->second)});
        continue;
      }
      seen_here[service->id] = path.string();
      service->bundled = layer == 0;
      auto existing = std::find_if(set.m_services.begin(), set.m_services.end(),
                                   [&](const Service& s) { return s.id == service->id; });
      if (existing != set.m_services.end())
        *existing = std::move(*service);
      else
        set.m_services.push_back(std::move(*service));
    }
  }
  if (!problems.empty()) {
    sort_diagnostics(problems);
    throw_diagnostics(ErrorKind::invalid, tr("invalid service templates"), problems);
  }
  std::sort(set.m_services.begin(), set.m_services.end(),
            [](const Service& a, const Service& b) { return a.id < b.id; });
  return set;
}

std::vector<Diagnostic> lint_service_paths(std::span<const std::filesystem::path> paths,
                                           const TemplateRules& rules, int* files_checked) {
  std::vector<Diagnostic> problems;
  int files = 0;
  std::map<std::string, std::string> ids;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      problems.push_back({path.string(), 0, 0, tr("no such file or directory")});
      continue;
    }
    for (const auto& file : service_files(path)) {
      ++files;
      const auto service = parse_service_file(file.string(), read_file(file), rules, problems);
      if (service && !service->id.empty()) {
        if (auto it = ids.find(service->id); it != ids.end())
          problems.push_back(
              {file.string(), service->line, 0,
               trf("service '{}' is already defined by {}", service->id, it->second)});
        else
          ids[service->id] = file.string();
      }
    }
  }
  if (files_checked != nullptr)
    *files_checked = files;
  sort_diagnostics(problems);
  return problems;
}

} // namespace acctcore
