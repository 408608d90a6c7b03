#include "calendars.hpp"
#include "template/loader.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

using namespace acctcore;
using acctcore::test::day;

namespace {

const TemplateRules& rules() {
  static const TemplateRules r = default_template_rules(test::bundled_calendars());
  return r;
}

constexpr const char* k_header = R"T([service]
id = "test"
title = "Test service"
country = "ru"
)T";

/// Parses a service; the problems (file "t.toml") are returned as "line:col: message".
std::vector<std::string> problems_of(const std::string& text,
                                     std::optional<Service>* out = nullptr) {
  std::vector<Diagnostic> problems;
  auto service = parse_service_file("t.toml", text, rules(), problems);
  if (out != nullptr)
    *out = std::move(service);
  std::vector<std::string> lines;
  for (const auto& p : problems)
    lines.push_back(fmt::format("{}:{}: {}", p.line, p.column, p.message));
  return lines;
}

bool has(const std::vector<std::string>& problems, const std::string& text) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

std::string all(const std::vector<std::string>& problems) {
  return join(problems, "\n");
}

ConditionLookup facts(std::vector<std::pair<std::string, ConditionValue>> values) {
  return [values](std::string_view key) -> std::optional<ConditionValue> {
    for (const auto& [k, v] : values)
      if (k == key)
        return v;
    return std::nullopt;
  };
}

} // namespace

TEST_CASE("a service with obligations, a programme and a trigger parses") {
  std::optional<Service> s;
  const auto problems = problems_of(std::string(k_header) + R"T(
version = "1"
min_lead_working_days = 1
lead_time_rule = "Запросы принимаются не позднее чем за 1 рабочий день"
[defaults]
role = "accountant"
reviewer = "chief-accountant"
planned = { working_days = -2 }
[[obligation]]
code = "ru.vat.declaration"
title = "Декларация по НДС за {period}"
periods = ["quarter"]
deadline = { day = 25, months_after = 1, basis = "НК РФ ст. 174 п. 5" }
applies_to = { vat = true, form = ["ooo", "ao"] }
checklist = ["Книга покупок", "Книга продаж"]
estimate_hours = 2.5
requires_file = true
client_action = "sign"
[[obligation]]
code = "ru.ndfl.6ndfl"
title = "6-НДФЛ за {period}"
periods = ["Q1", "H1", "9M", "year"]
deadline = { day = 25, months_after = 1, overrides = [{ periods = ["year"], months_after = 2 }] }
applies_to = { employer = true }
[[programme]]
code = "ru.onboarding"
title = "Переход на обслуживание"
[[programme.step]]
code = "edo"
title = "Подключить ЭДО"
after = ["contract"]
deadline = { working_days = 3 }
[[programme.step]]
code = "contract"
title = "Подписать договор с {client}"
deadline = { working_days = 2 }
role = "manager"
client_action = "sign"
[[trigger]]
event = "hire"
code = "ru.efs1.hire"
title = "ЕФС-1: приём ({event_date})"
deadline = { working_days = 1 }
role = "payroll"
)T",
                                    &s);
  CHECK_MESSAGE(problems.empty(), all(problems));
  REQUIRE(s.has_value());
  CHECK(s->id == "test");
  CHECK(s->calendar == "ru");
  CHECK(s->min_lead_working_days == 1);
  REQUIRE(s->obligations.size() == 2);
  const Obligation& vat = s->obligations[0];
  CHECK(vat.role == "accountant");
  CHECK(vat.reviewer == "chief-accountant");
  CHECK(vat.estimate_minutes == 150);
  CHECK(vat.requires_file);
  CHECK(vat.client_action == ClientAction::sign);
  CHECK(vat.planned.has_value());
  CHECK(vat.planned->anchor == Anchor::event);
  REQUIRE(vat.periods.size() == 1);
  CHECK(vat.periods[0].kind == PeriodKind::quarter);
  CHECK(describe_condition(vat.applies_to) == "(vat = true and form in [ooo, ao])");
  const Obligation& six = s->obligations[1];
  REQUIRE(six.periods.size() == 4);
  CHECK(six.periods[0].selects(*parse_period("2026-Q1")));
  CHECK_FALSE(six.periods[0].selects(*parse_period("2026-Q2")));
  CHECK(six.periods[2].selects(*parse_period("2026-9M")));
  REQUIRE(s->programmes.size() == 1);
  // Steps are ordered so that each comes after the steps it depends on.
  CHECK(s->programmes[0].steps[0].code == "contract");
  CHECK(s->programmes[0].steps[1].code == "edo");
  CHECK(s->programmes[0].steps[1].deadline.anchor == Anchor::event);
  REQUIRE(s->triggers.size() == 1);
  CHECK(s->triggers[0].event == "hire");
  CHECK(s->triggers[0].role == "payroll");
}

TEST_CASE("lint finds every kind of mistake, with line and column") {
  const auto problems = problems_of(std::string(k_header) + R"T(
colour = "red"
[[obligation]]
code = "ru.vat"
title = "НДС за {period} {weather}"
periods = ["quarter", "fortnight"]
deadline = { day = 32, months_after = 1 }
role = "acountant"
applies_to = { vatt = true, regime = "usn", x-banks = 2 }
[[obligation]]
code = "ru.vat"
title = "Повтор {event_date}"
periods = ["month"]
deadline = { anchor = "event", working_days = 1 }
role = "accountant"
[[programme]]
code = "ru.onboarding"
title = "Переход"
[[programme.step]]
code = "a"
title = "A"
after = ["b"]
deadline = { working_days = 1 }
role = "manager"
[[programme.step]]
code = "b"
title = "B"
after = ["a", "nowhere"]
deadline = { working_days = 1 }
role = "manager"
[[trigger]]
event = "hire"
code = "ru.efs1"
title = "ЕФС-1"
role = "payroll"
)T");
  CHECK(has(problems, "6:1: unknown key 'colour' in [service]"));
  CHECK(has(problems, "unknown placeholder {weather} in the title"));
  CHECK(has(problems, "unknown period 'fortnight'"));
  CHECK_MESSAGE(has(problems, "11:20: impossible day 32"), all(problems));
  CHECK(has(problems, "unknown role 'acountant' (did you mean 'accountant'?)"));
  CHECK(has(problems, "condition on unknown fact 'vatt' (did you mean 'vat'?)"));
  CHECK(has(problems, "unknown regime 'usn'"));
  CHECK(has(problems, "condition on undeclared fact 'x-banks'"));
  CHECK(has(problems, "code 'ru.vat' is used twice in service 'test' (first at line 7)"));
  CHECK(has(problems, "{event_date} cannot be used in the title of an obligation"));
  CHECK(has(problems, "an obligation's deadline counts from its period"));
  CHECK(has(problems, "step 'b' comes after unknown step 'nowhere'"));
  CHECK(has(problems, "depend on each other in a cycle: a, b"));
  CHECK(has(problems, "[[trigger]] needs a 'deadline'"));
}

TEST_CASE("a service needs a known calendar, an id and a title") {
  auto problems = problems_of("[service]\nid = \"x\"\ntitle = \"X\"\ncountry = \"fr\"\n");
  CHECK(has(problems, "unknown calendar 'fr'"));
  problems = problems_of("[service]\ntitle = \"X\"\ncalendar = \"ru\"\n");
  CHECK(has(problems, "[service] needs an 'id'"));
  problems = problems_of("[service]\nid = \"Bad Id\"\ntitle = \"X\"\ncalendar = \"ru\"\n");
  CHECK(has(problems, "invalid service id 'Bad Id'"));
  problems = problems_of("[obligation]\n");
  CHECK(has(problems, "a service file needs a [service] table"));
  problems = problems_of("[service\n");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].rfind("1:", 0) == 0);
}

TEST_CASE("conditions: all, any, not, lists and truthiness") {
  std::optional<Service> s;
  const auto problems = problems_of(std::string(k_header) + R"T(
facts = ["x-banks"]
[[obligation]]
code = "a"
title = "A"
periods = ["month"]
deadline = { day = 25, months_after = 1 }
role = "accountant"
applies_to = { employer = true, any = [{ regime = "osno" }, { vat = true }], not = { form = "ip" }, x-banks = [2, 3] }
)T",
                                    &s);
  REQUIRE_MESSAGE(problems.empty(), all(problems));
  const Condition& c = s->obligations[0].applies_to;
  CHECK(describe_condition(c) == "(employer = true and (regime = osno or vat = true) and not form "
                                 "= ip and x-banks in [2, 3])");
  using V = ConditionValue;
  const auto check = [&](std::vector<std::pair<std::string, V>> values) {
    return evaluate(c, facts(values));
  };
  CHECK(check({{"employer", V(true)},
               {"regime", V(std::string("osno"))},
               {"form", V(std::string("ooo"))},
               {"x-banks", V(std::int64_t{2})}}));
  CHECK(check({{"employer", V(std::int64_t{5})},
               {"vat", V(true)},
               {"form", V(std::string("ooo"))},
               {"x-banks", V(std::int64_t{3})}}));
  CHECK_FALSE(
      check({{"employer", V(std::int64_t{0})}, {"vat", V(true)}, {"x-banks", V(std::int64_t{3})}}));
  CHECK_FALSE(check({{"employer", V(true)},
                     {"vat", V(true)},
                     {"form", V(std::string("ip"))},
                     {"x-banks", V(std::int64_t{3})}}));
  CHECK_FALSE(check({{"employer", V(true)},
                     {"vat", V(false)},
                     {"regime", V(std::string("usn-income"))},
                     {"x-banks", V(std::int64_t{3})}}));
  CHECK_FALSE(check({{"employer", V(true)}, {"vat", V(true)}, {"x-banks", V(std::int64_t{4})}}));
  // An absent fact counts as false, and never equals a word.
  Condition absent;
  absent.children.push_back({Condition::Op::match, "vat", {V(false)}, {}, 0, 0});
  CHECK(evaluate(absent, facts({})));
  Condition empty;
  CHECK(empty.always());
  CHECK(evaluate(empty, facts({})));
}

TEST_CASE("titles render periods in Russian and escape braces") {
  std::optional<Service> s;
  const auto problems = problems_of(std::string(k_header) + R"T(
[[obligation]]
code = "a"
title = "Декларация по НДС за {period} ({period_id}) {{черновик}}"
periods = ["quarter"]
deadline = { day = 25, months_after = 1 }
role = "accountant"
[[trigger]]
event = "patent"
code = "p"
title = "Оплата патента {event_date}–{event_until}: {instalment}"
role = "accountant"
instalments = [
  { label = "1/3", deadline = { days = 90 }, when = { term_months_at_least = 6 } },
  { label = "2/3", deadline = { anchor = "event_end", days = 0 }, when = { term_months_at_least = 6 } },
  { label = "полностью", deadline = { anchor = "event_end", days = 0 }, when = { term_months_under = 6 } },
]
)T",
                                    &s);
  REQUIRE_MESSAGE(problems.empty(), all(problems));
  TitleValues v;
  v.period = parse_period("2026-Q1");
  CHECK(render_title(s->obligations[0].title, v) ==
        "Декларация по НДС за I квартал 2026 (2026-Q1) {черновик}");
  TitleValues e;
  e.event_date = day("2026-01-01");
  e.event_until = day("2026-12-31");
  e.instalment = "1/3";
  CHECK(render_title(s->triggers[0].title, e) == "Оплата патента 01.01.2026–31.12.2026: 1/3");
  const auto& parts = s->triggers[0].instalments;
  REQUIRE(parts.size() == 3);
  CHECK(parts[0].deadline.anchor == Anchor::event);
  CHECK(parts[1].deadline.anchor == Anchor::event_end);
  CHECK(parts[0].when.holds(day("2026-01-01"), day("2026-12-31")));
  CHECK_FALSE(parts[2].when.holds(day("2026-01-01"), day("2026-12-31")));
  // "До шести месяцев": under six months, the whole amount; six months or more, thirds.
  CHECK(parts[0].when.holds(day("2026-01-01"), day("2026-06-30"))); // exactly six months
  CHECK_FALSE(parts[2].when.holds(day("2026-01-01"), day("2026-06-30")));
  CHECK(parts[2].when.holds(day("2026-01-01"), day("2026-06-29")));
  CHECK(parts[0].when.holds(day("2026-01-15"), day("2026-07-14"))); // six months from the 15th
  CHECK_FALSE(parts[0].when.holds(day("2026-01-15"), day("2026-07-13")));
  CHECK_FALSE(parts[0].when.holds(day("2026-01-01"), std::nullopt));
}

TEST_CASE("the firm's service replaces a bundled one with the same id, and ids are unique per "
          "directory") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "bundled/services");
  std::filesystem::create_directories(dir / "firm/services");
  const auto service = [](const char* id, const char* title) {
    return fmt::format("[service]\nid = \"{}\"\ntitle = \"{}\"\ncalendar = \"ru\"\n", id, title);
  };
  test::write_file(dir / "bundled/services/a.toml", service("a", "Bundled A"));
  test::write_file(dir / "bundled/services/b.toml", service("b", "Bundled B"));
  test::write_file(dir / "firm/services/a.toml", service("a", "Firm A"));
  const std::filesystem::path dirs[] = {dir / "bundled", dir / "firm"};
  const ServiceSet set = load_services(dirs, rules());
  REQUIRE(set.all().size() == 2);
  CHECK(set.get("a").title == "Firm A");
  CHECK_FALSE(set.get("a").bundled);
  CHECK(set.get("b").bundled);
  CHECK_ERROR(set.get("c"), ErrorKind::not_found, "unknown service 'c'");
  test::write_file(dir / "firm/services/a2.toml", service("a", "Again"));
  CHECK_ERROR(load_services(dirs, rules()), ErrorKind::invalid, "is already defined by");
  const std::filesystem::path lint_paths[] = {dir / "firm"};
  int files = 0;
  const auto problems = lint_service_paths(lint_paths, rules(), &files);
  CHECK(files == 2);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("service 'a' is already defined by") == 0);
}

TEST_CASE("deadline variants by client and period, and obligations that collect others") {
  std::optional<Service> s;
  const auto problems = problems_of(std::string(k_header) + R"T(
[defaults]
role = "accountant"
[[obligation]]
code = "ru.usn.declaration"
title = "Декларация по УСН за {period}"
periods = ["year"]
deadline = { day = 25, months_after = 3 }
variants = [{ when = { form = "ip" }, deadline = { day = 25, months_after = 4 } }]
[[obligation]]
code = "ru.property.notice"
title = "Уведомление по налогу на имущество за {period}"
periods = ["Q1", "H1", "9M", "year"]
deadline = { day = 25, months_after = 1 }
variants = [{ when = { regime = "osno" }, periods = ["year"], skip = true }]
[[obligation]]
code = "ru.usn.advance"
title = "Аванс УСН за {period}"
periods = ["Q1", "H1", "9M"]
deadline = { day = 28, months_after = 1 }
[[obligation]]
code = "ru.enp.payment"
title = "ЕНП за {period}"
periods = ["month"]
deadline = { day = 28 }
collects = { codes = ["ru.usn.advance"], day = 28, every_period_when = { employer = true } }
)T",
                                    &s);
  REQUIRE_MESSAGE(problems.empty(), all(problems));
  const auto& usn = s->obligations[0];
  REQUIRE(usn.variants.size() == 1);
  CHECK(describe_condition(usn.variants[0].when) == "form = ip");
  CHECK(usn.variants[0].deadline->formula.months_after == std::vector<int>{4});
  const auto& notice = s->obligations[1];
  REQUIRE(notice.variants.size() == 1);
  CHECK(notice.variants[0].skip);
  REQUIRE(notice.variants[0].periods.size() == 1);
  CHECK(notice.variants[0].periods[0].kind == PeriodKind::year);
  const auto& enp = s->obligations[3];
  REQUIRE(enp.collects.has_value());
  CHECK(enp.collects->codes == std::vector<std::string>{"ru.usn.advance"});
  CHECK(enp.collects->day == 28);
  CHECK(enp.collects->has_every_period_when);

  const auto bad = problems_of(std::string(k_header) + R"T(
[[obligation]]
code = "ru.enp.payment"
title = "ЕНП"
periods = ["month"]
role = "accountant"
deadline = { day = 28 }
collects = { codes = ["ru.nothing"] }
variants = [{ skip = true }]
)T");
  CHECK(has(bad, "'ru.enp.payment' collects unknown obligation 'ru.nothing'"));
  CHECK(has(bad, "a deadline variant needs 'when' or 'periods'"));
}

TEST_CASE("conditions: 'recorded' tells an absent fact from a false one, list facts match one "
          "element") {
  std::optional<Service> s;
  const auto problems = problems_of(std::string(k_header) + R"T(
[[obligation]]
code = "a"
title = "A"
periods = ["year"]
deadline = { day = 25, months_after = 1 }
role = "accountant"
applies_to = { regime = "eshn", not = { recorded = "vat" } }

[[obligation]]
code = "b"
title = "B"
periods = ["year"]
deadline = { day = 25, months_after = 1 }
role = "accountant"
applies_to = { rosstat = ["pm", "x-fish"] }
)T",
                                    &s);
  REQUIRE_MESSAGE(problems.empty(), all(problems));
  using V = ConditionValue;
  const Condition& a = s->obligations[0].applies_to;
  CHECK(describe_condition(a) == "(regime = eshn and not vat is recorded)");
  CHECK(evaluate(a, facts({{"regime", V(std::string("eshn"))}})));
  CHECK_FALSE(evaluate(a, facts({{"regime", V(std::string("eshn"))}, {"vat", V(false)}})));
  CHECK_FALSE(evaluate(a, facts({{"regime", V(std::string("eshn"))}, {"vat", V(true)}})));
  const Condition& b = s->obligations[1].applies_to;
  CHECK(describe_condition(b) == "rosstat has one of [pm, x-fish]");
  CHECK(evaluate(b, facts({{"rosstat", V(std::string("mp-micro,pm"))}})));
  CHECK(evaluate(b, facts({{"rosstat", V(std::string("x-fish"))}})));
  CHECK_FALSE(evaluate(b, facts({{"rosstat", V(std::string("mp-micro"))}})));
  CHECK_FALSE(evaluate(b, facts({{"rosstat", V(std::string("pm-prom"))}})));
  CHECK_FALSE(evaluate(b, facts({})));
  std::vector<std::string> keys;
  condition_keys(a, keys);
  CHECK(keys == std::vector<std::string>{"regime", "vat"});
  // Lint: an unknown form, an unknown fact to be recorded.
  const auto bad = problems_of(std::string(k_header) + R"T(
[[obligation]]
code = "a"
title = "A"
periods = ["year"]
deadline = { day = 25, months_after = 1 }
role = "accountant"
applies_to = { rosstat = "pn", not = { recorded = "vta" } }
)T");
  CHECK_MESSAGE(has(bad, "unknown rosstat 'pn'"), all(bad));
  CHECK_MESSAGE(has(bad, "'recorded' names unknown fact 'vta'"), all(bad));
}

TEST_CASE("an obligation with 'change' has a task per change of a fact") {
  std::optional<Service> s;
  const auto problems = problems_of(std::string(k_header) + R"T(
[[obligation]]
code = "usn.notice"
title = "Уведомление о переходе на УСН с {event_date} ({year})"
change = { fact = "regime", from = { regime = "osno" }, to = { regime = ["usn-income", "usn-income-expense"] } }
deadline = { days = -1, basis = "НК РФ ст. 346.13 п. 1" }
role = "accountant"
)T",
                                    &s);
  REQUIRE_MESSAGE(problems.empty(), all(problems));
  const Obligation& o = s->obligations[0];
  REQUIRE(o.change);
  CHECK(o.change->fact == "regime");
  CHECK(describe_condition(o.change->from) == "regime = osno");
  CHECK(o.periods.empty());
  CHECK(o.deadline.anchor == Anchor::event);
  CHECK(o.deadline.formula.form == DateFormula::Form::calendar_days);
  CHECK(o.deadline.formula.count == -1);
  TitleValues values;
  values.event_date = day("2027-01-01");
  CHECK(render_title(o.title, values) == "Уведомление о переходе на УСН с 01.01.2027 (2027)");
  // Lint: periods or collects beside a change, an unknown fact, a period placeholder.
  const auto bad = problems_of(std::string(k_header) + R"T(
[[obligation]]
code = "a"
title = "A {period}"
change = { fact = "regim", to = { regime = "osno" } }
periods = ["year"]
deadline = { day = 15 }
role = "accountant"

[[obligation]]
code = "b"
title = "B"
change = { to = { regime = "osno" }, when = 1 }
deadline = { day = 15, anchor = "period_end" }
role = "accountant"
)T");
  CHECK_MESSAGE(has(bad, "an obligation with 'change' has a task per change, not 'periods'"),
                all(bad));
  CHECK_MESSAGE(has(bad, "'change' names unknown fact 'regim'"), all(bad));
  CHECK_MESSAGE(has(bad, "{period} cannot be used in the title of an obligation"), all(bad));
  CHECK_MESSAGE(has(bad, "'change' needs 'fact'"), all(bad));
  CHECK_MESSAGE(has(bad, "counts from the event or the previous step, not from a period"),
                all(bad));
  CHECK_MESSAGE(has(bad, "when"), all(bad));
}
