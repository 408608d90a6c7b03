// The words clients read (lib/words): every catalogue complete and usable with the same
// placeholders as the Russian one, and the Russian words themselves.

#include "deadline/period.hpp"
#include "helpers.hpp"
#include "staff/staff.hpp"
#include "words/words.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <regex>
#include <set>

using namespace acctcore;
using acctcore::test::day;

namespace {

/// The names of a phrase's placeholders: "{client}: {title}" -> client, title.
std::set<std::string> placeholders(std::string_view text) {
  static const std::regex k_placeholder(R"(\{([a-z_]+)(:[^}]*)?\})");
  std::set<std::string> names;
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), k_placeholder);
       it != std::sregex_iterator(); ++it)
    names.insert((*it)[1].str());
  return names;
}

/// A value for every placeholder any phrase uses, of the type callers pass.
fmt::dynamic_format_arg_store<fmt::format_context> sample_arguments() {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const char* name : {"day", "month"})
    store.push_back(fmt::arg(name, 7u));
  store.push_back(fmt::arg("year", 2026));
  store.push_back(fmt::arg("count", std::size_t{3}));
  store.push_back(fmt::arg("id", std::int64_t{42}));
  store.push_back(fmt::arg("percent", 25L));
  for (const char* name :
       {"month_name", "roman",    "period",  "date",   "weekday",  "hours",    "from",     "until",
        "firm",       "contacts", "days",    "client", "title",    "inn",      "name",     "action",
        "what",       "phone",    "role",    "window", "estimate", "capacity", "calendar", "due",
        "status",     "contact",  "summary", "answer", "reason",   "filing",   "receipt"})
    store.push_back(fmt::arg(name, std::string("x")));
  return store;
}

} // namespace

TEST_CASE("words: every catalogue has every word, and its phrases format") {
  const auto catalogues = client_catalogues();
  REQUIRE(catalogues.size() == client_language_codes().size());
  const Catalogue& russian = *catalogues.front();
  for (const Catalogue* c : catalogues) {
    const Words w(*c);
    CAPTURE(w.code());
    CHECK(parse_client_language(w.code()) == c->language);
    CHECK(static_cast<bool>(c->plural_form));
    CHECK(!c->decimal_separator.empty());
    for (const auto& list : {c->client_statuses, c->staff_statuses})
      for (auto word : list)
        CHECK(!word.empty());
    for (auto word : c->actions)
      CHECK(!word.empty());
    for (auto word : c->months)
      CHECK(!word.empty());
    for (auto word : c->weekdays)
      CHECK(!word.empty());
    for (const auto& forms : c->units)
      for (auto form : forms)
        CHECK(!form.empty());
    for (long n = 0; n < 200; ++n) {
      const int form = c->plural_form(n);
      CHECK((form >= 0 && form < 3));
    }
    // Every staff role has a title of its own, not the role's name.
    for (auto role : k_staff_roles)
      CHECK(w.role(role) != role);
    for (std::size_t i = 0; i < k_phrase_count; ++i) {
      const auto phrase = static_cast<Phrase>(i);
      CAPTURE(i);
      CAPTURE(w.text(phrase));
      CHECK(placeholders(w.text(phrase)) == placeholders(russian.phrases[i]));
      const auto args = sample_arguments();
      CHECK_NOTHROW((void)fmt::vformat(w.text(phrase), args));
    }
  }
}

TEST_CASE("words: languages by their codes") {
  CHECK(parse_client_language("ru") == ClientLanguage::ru);
  CHECK(!parse_client_language("RU"));
  CHECK(!parse_client_language("en"));
  CHECK(client_language_code(ClientLanguage::ru) == "ru");
  CHECK(client_words(ClientLanguage::ru).code() == "ru");
}

TEST_CASE("words: Russian counts take one of three forms") {
  const Words w = client_words(ClientLanguage::ru);
  CHECK(w.count(1, Unit::day) == "1 день");
  CHECK(w.count(2, Unit::day) == "2 дня");
  CHECK(w.count(4, Unit::day) == "4 дня");
  CHECK(w.count(5, Unit::day) == "5 дней");
  CHECK(w.count(0, Unit::day) == "0 дней");
  CHECK(w.count(11, Unit::day) == "11 дней");
  CHECK(w.count(12, Unit::day) == "12 дней");
  CHECK(w.count(14, Unit::day) == "14 дней");
  CHECK(w.count(21, Unit::day) == "21 день");
  CHECK(w.count(22, Unit::day) == "22 дня");
  CHECK(w.count(111, Unit::day) == "111 дней");
  CHECK(w.count(366, Unit::day) == "366 дней");
}

TEST_CASE("words: Russian periods, dates and hours") {
  const Words w = client_words(ClientLanguage::ru);
  CHECK(w.period(*parse_period("2026-03")) == "март 2026");
  CHECK(w.period(*parse_period("2026-Q1")) == "I квартал 2026");
  CHECK(w.period(*parse_period("2026-Q4")) == "IV квартал 2026");
  CHECK(w.period(*parse_period("2026-H1")) == "полугодие 2026");
  CHECK(w.period(*parse_period("2026-H2")) == "II полугодие 2026");
  CHECK(w.period(*parse_period("2026-9M")) == "9 месяцев 2026");
  CHECK(w.period(*parse_period("2026")) == "2026 год");
  CHECK(w.period(*parse_period("2026-04-15")) == "15.04.2026");
  CHECK(w.period_full(*parse_period("2026-12")) == "декабрь 2026 г.");
  CHECK(w.period_full(*parse_period("2026-Q1")) == "I квартал 2026 г.");
  CHECK(w.period_full(*parse_period("2026-H2")) == "II полугодие 2026 г.");
  CHECK(w.period_full(*parse_period("2026")) == "2026 г.");
  CHECK(w.period_full(*parse_period("2026-04-15")) == "15.04.2026");
  CHECK(w.date(day("2026-04-07")) == "07.04.2026");
  CHECK(w.day(day("2026-04-20")) == "20.04.2026, пн");
  CHECK(w.day(day("2026-04-26")) == "26.04.2026, вс");
  CHECK(w.day_month(day("2026-01-05")) == "05.01");
  CHECK(w.hours(0) == "0 ч");
  CHECK(w.hours(60) == "1 ч");
  CHECK(w.hours(90) == "1,5 ч");
  CHECK(w.hours(20) == "0,3 ч");
  CHECK(w.hours(2400) == "40 ч");
}

TEST_CASE("words: Russian statuses for clients and for staff, roles, actions") {
  const Words w = client_words(ClientLanguage::ru);
  CHECK(w.status(TaskStatus::waiting_client, StatusReader::client) == "ждём от вас");
  CHECK(w.status(TaskStatus::waiting_client, StatusReader::staff) == "ждём клиента");
  CHECK(w.status(TaskStatus::new_, StatusReader::client) == "запланировано");
  CHECK(w.status(TaskStatus::new_, StatusReader::staff) == "не принята");
  // A rejected task is still the firm's work to the client; staff see it was rejected.
  CHECK(w.status(TaskStatus::rejected, StatusReader::client) == "в работе");
  CHECK(w.status(TaskStatus::rejected, StatusReader::staff) == "отклонена");
  CHECK(w.status(TaskStatus::done, StatusReader::client) == "выполнено");
  CHECK(w.status(TaskStatus::done, StatusReader::staff) == "выполнена");
  CHECK(w.role("chief-accountant") == "Главный бухгалтер");
  CHECK(w.role("x-auditor") == "x-auditor");
  CHECK(w.action(ClientAction::sign) == "подписать");
  CHECK(w.action(ClientAction::documents) == "передать документы");
  CHECK(w.action(ClientAction::none) == "выполнить");
  CHECK(w.format(Phrase::overdue_by, fmt::arg("days", w.count(3, Unit::day))) ==
        "просрочено на 3 дня");
}

TEST_CASE("words: a title's first letter lowered inside a sentence") {
  CHECK(lower_first_letter("Декларация по УСН") == "декларация по УСН");
  CHECK(lower_first_letter("НДС: декларация") == "НДС: декларация");
  CHECK(lower_first_letter("Ёлка") == "ёлка");
  CHECK(lower_first_letter("Report") == "report");
  CHECK(lower_first_letter("ROI") == "ROI");
  CHECK(lower_first_letter("6-НДФЛ") == "6-НДФЛ");
  CHECK(lower_first_letter("Я") == "Я");
  CHECK(lower_first_letter("") == "");
  // Kazakh capitals: Қ, Ә, Ө, Ү, І.
  CHECK(lower_first_letter("Қосымша құн") == "қосымша құн");
  CHECK(lower_first_letter("Әлеуметтік салық") == "әлеуметтік салық");
  CHECK(lower_first_letter("Өтініш") == "өтініш");
  CHECK(lower_first_letter("Үлгі") == "үлгі");
  CHECK(lower_first_letter("Іс") == "іс");
  CHECK(lower_first_letter("ҚҚС") == "ҚҚС");
}
