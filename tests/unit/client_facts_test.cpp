#include "client/facts.hpp"
#include "helpers.hpp"

using namespace acctcore;
using test::day;

namespace {

FactRecord rec(const char* key, const char* from, std::optional<FactValue> value) {
  return FactRecord{key, day(from), std::move(value)};
}

} // namespace

TEST_CASE("facts in force on a day: the latest record on or before it, per key") {
  const FactTimeline timeline({
      rec("regime", "2027-01-01", FactValue{std::string("osno")}),
      rec("regime", "2026-01-01", FactValue{std::string("usn-income")}),
      rec("employer", "2026-05-15", FactValue{std::int64_t{3}}),
      rec("vat", "2026-01-01", FactValue{false}), rec("vat", "2027-01-01", FactValue{true}),
      rec("x-kkt", "2026-03-01", FactValue{std::int64_t{2}}),
      rec("x-kkt", "2026-09-01", std::nullopt), // cleared
  });
  // Before the first record there are no facts at all.
  CHECK(timeline.facts_at(day("2025-12-31")).empty());
  const Facts mid = timeline.facts_at(day("2026-06-01"));
  CHECK(mid.size() == 4);
  CHECK(mid.at("regime") == FactValue{std::string("usn-income")});
  CHECK(mid.at("employer") == FactValue{std::int64_t{3}});
  CHECK(mid.at("vat") == FactValue{false});
  CHECK(mid.at("x-kkt") == FactValue{std::int64_t{2}});
  // The switch happens exactly on its first day.
  CHECK(timeline.value_at("regime", day("2026-12-31")) == FactValue{std::string("usn-income")});
  CHECK(timeline.value_at("regime", day("2027-01-01")) == FactValue{std::string("osno")});
  CHECK(timeline.facts_at(day("2027-01-01")).at("vat") == FactValue{true});
  // A cleared fact is absent from then on.
  CHECK(timeline.facts_at(day("2026-09-01")).count("x-kkt") == 0);
  CHECK_FALSE(timeline.value_at("x-kkt", day("2026-09-01")).has_value());
  CHECK_FALSE(timeline.value_at("land", day("2030-01-01")).has_value());
  CHECK(timeline.latest_change("regime") == day("2027-01-01"));
  CHECK_FALSE(timeline.latest_change("land").has_value());
  CHECK(timeline.first_change() == day("2026-01-01"));
  // Records come ordered: known keys in documentation order, then firm-defined ones.
  std::vector<std::string> keys;
  for (const auto& record : timeline.records())
    keys.push_back(record.key + "@" + format_date(record.from));
  CHECK(keys == std::vector<std::string>{"regime@2026-01-01", "regime@2027-01-01",
                                         "employer@2026-05-15", "vat@2026-01-01", "vat@2027-01-01",
                                         "x-kkt@2026-03-01", "x-kkt@2026-09-01"});
  CHECK(dump_json(facts_to_json(mid)) ==
        dump_json(Json{{"regime", "usn-income"}, {"employer", 3}, {"vat", false}, {"x-kkt", 2}}));
}

TEST_CASE("segments: the days over which all facts stay the same") {
  const FactTimeline timeline({
      rec("regime", "2026-01-01", FactValue{std::string("usn-income")}),
      rec("vat", "2026-01-01", FactValue{false}),
      rec("employer", "2026-05-15", FactValue{true}),
      rec("employer", "2026-09-01", FactValue{true}), // changes nothing
      rec("regime", "2027-01-01", FactValue{std::string("osno")}),
      rec("vat", "2027-01-01", std::nullopt),
  });
  const auto segments = timeline.segments();
  REQUIRE(segments.size() == 3);
  CHECK(segments[0].from == day("2026-01-01"));
  CHECK(segments[0].to == day("2026-05-14"));
  CHECK(segments[0].facts.size() == 2);
  CHECK(segments[1].from == day("2026-05-15"));
  CHECK(segments[1].to == day("2026-12-31"));
  CHECK(segments[1].facts.at("employer") == FactValue{true});
  CHECK(segments[2].from == day("2027-01-01"));
  CHECK_FALSE(segments[2].to.has_value());
  CHECK(segments[2].facts.count("vat") == 0);
  CHECK(segments[2].facts.at("regime") == FactValue{std::string("osno")});
  CHECK(FactTimeline().segments().empty());
}

TEST_CASE("fact values are typed and checked per key") {
  const FactContext ooo{"ru", false, {}, {}};
  const FactContext ip{"ru", true, {}, {}};
  CHECK(parse_fact_value("regime", "osno", ooo) == FactValue{std::string("osno")});
  CHECK(parse_fact_value("regime", "УСН доходы", ooo) == FactValue{std::string("usn-income")});
  CHECK(parse_fact_value("regime", "УСН 15%", ooo) == FactValue{std::string("usn-income-expense")});
  CHECK(parse_fact_value("regime", "УСН «Доходы минус расходы»", ooo) ==
        FactValue{std::string("usn-income-expense")});
  CHECK(parse_fact_value("regime", "ОСНО", ooo) == FactValue{std::string("osno")});
  CHECK(parse_fact_value("regime", "Патент", ip) == FactValue{std::string("patent")});
  CHECK_ERROR(parse_fact_value("regime", "patent", ooo), ErrorKind::invalid,
              "regime 'patent' (ПСН (патент)) is only for individual entrepreneurs");
  CHECK_ERROR(parse_fact_value("regime", "usn", ooo), ErrorKind::invalid,
              "unknown regime 'usn' for country 'ru'");
  CHECK(parse_fact_value("regime", "simplified", {"kz", false, {}, {}}) ==
        FactValue{std::string("simplified")});
  CHECK_ERROR(parse_fact_value("regime", "osno", {"kz", false, {}, {}}), ErrorKind::invalid,
              "unknown regime 'osno' for country 'kz'");

  CHECK(parse_fact_value("employer", "true", ooo) == FactValue{true});
  CHECK(parse_fact_value("employer", "да", ooo) == FactValue{true});
  CHECK(parse_fact_value("employer", "12", ooo) == FactValue{std::int64_t{12}});
  CHECK(parse_fact_value("employer", "0", ooo) == FactValue{std::int64_t{0}});
  CHECK_ERROR(parse_fact_value("employer", "-3", ooo), ErrorKind::invalid, "not negative");
  CHECK_ERROR(parse_fact_value("employer", "many", ooo), ErrorKind::invalid,
              "invalid value 'many' for fact 'employer'");
  CHECK(parse_fact_value("vat", "false", ooo) == FactValue{false});
  CHECK(parse_fact_value("vat", "20%", ooo) == FactValue{std::int64_t{20}});
  CHECK(parse_fact_value("vat", "5", ooo) == FactValue{std::int64_t{5}});
  CHECK_ERROR(parse_fact_value("vat", "0", ooo), ErrorKind::invalid, "for no VAT, give false");
  CHECK(parse_fact_value("property", "1", ooo) == FactValue{true});
  CHECK(parse_fact_value("land", "Нет", ooo) == FactValue{false});
  CHECK(parse_fact_value("transport", "+", ooo) == FactValue{true});
  CHECK_ERROR(parse_fact_value("property", "2", ooo), ErrorKind::invalid, "give true or false");
  CHECK(parse_fact_value("profit-advances", "ежеквартально", ooo) ==
        FactValue{std::string("quarterly")});
  CHECK_ERROR(parse_fact_value("profit-advances", "yearly", ooo), ErrorKind::invalid,
              "give 'monthly' or 'quarterly'");
  // Firm-defined facts: true/false, integers, words.
  CHECK(parse_fact_value("x-kkt", "2", ooo) == FactValue{std::int64_t{2}});
  CHECK(parse_fact_value("x-ved", "true", ooo) == FactValue{true});
  CHECK(parse_fact_value("x-bank", "Сбербанк", ooo) == FactValue{std::string("Сбербанк")});
  // An empty value clears.
  CHECK_FALSE(parse_fact_value("vat", "  ", ooo).has_value());
}

TEST_CASE("Kazakh regimes of the 2026 Tax Code: the form must fit, abolished ones end in 2025") {
  const Date y2025 = day("2025-03-01");
  const Date y2026 = day("2026-01-01");
  const FactContext too{"kz", false, "too", y2026};
  const FactContext ip{"kz", true, "ip", y2026};
  const FactContext kh{"kz", true, "kh", y2026};
  const FactContext nko{"kz", false, "nko", y2026};
  CHECK(parse_fact_value("regime", "ОУР", too) == FactValue{std::string("general")});
  CHECK(parse_fact_value("regime", "910", ip) == FactValue{std::string("simplified")});
  CHECK(parse_fact_value("regime", "agricultural", kh) == FactValue{std::string("agricultural")});
  // art. 715: the agricultural regime is for КХ only; art. 723 p. 2: no simplified for НКО.
  CHECK_ERROR(parse_fact_value("regime", "agricultural", too), ErrorKind::invalid,
              "regime 'agricultural' (СНР для крестьянских или фермерских хозяйств) is not for "
              "form 'too' (ТОО)");
  CHECK_ERROR(parse_fact_value("regime", "simplified", nko), ErrorKind::invalid,
              "is not for form 'nko' (НКО)");
  // The patent and the retail tax end with 2025: a fact from 2026 is refused, one of 2025 stays.
  CHECK_ERROR(parse_fact_value("regime", "patent", ip), ErrorKind::invalid,
              "regime 'patent' (СНР на основе патента) ended on 31.12.2025");
  CHECK_ERROR(parse_fact_value("regime", "retail-tax", too), ErrorKind::invalid,
              "ended on 31.12.2025");
  CHECK(parse_fact_value("regime", "patent", FactContext{"kz", true, "ip", y2025}) ==
        FactValue{std::string("patent")});
  // Without a date (a listing filter), the code is still known.
  CHECK(parse_fact_value("regime", "retail-tax", FactContext{"kz", false, "too", std::nullopt}) ==
        FactValue{std::string("retail-tax")});
  try {
    parse_fact_value("regime", "patent", ip);
  } catch (const Error& e) {
    CHECK(e.hint() == "regimes from 2026: 'general', 'simplified' or 'agricultural'");
  }
  // parse_fact_assignment dates the context with the record's day.
  CHECK_ERROR(parse_fact_assignment("regime=patent", y2026, FactContext{"kz", true, "ip", {}}),
              ErrorKind::invalid, "ended on 31.12.2025");
  CHECK(parse_fact_assignment("regime=patent", y2025, FactContext{"kz", true, "ip", {}}).value ==
        std::optional<FactValue>{std::string("patent")});
}

TEST_CASE("fact keys: known ones, or x- for the firm's own") {
  CHECK_NOTHROW(require_fact_key("profit-advances"));
  CHECK_NOTHROW(require_fact_key("x-kkt"));
  CHECK_NOTHROW(require_fact_key("x-foreign-trade2"));
  try {
    require_fact_key("emploer");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "unknown fact 'emploer'");
    CHECK(e.hint() == "did you mean 'employer'?");
  }
  CHECK_ERROR(require_fact_key("kkt"), ErrorKind::invalid, "unknown fact 'kkt'");
  CHECK_ERROR(require_fact_key("x-"), ErrorKind::invalid, "unknown fact");
  CHECK_ERROR(require_fact_key("x-KKT"), ErrorKind::invalid, "unknown fact");
  CHECK_ERROR(parse_fact_assignment("regime", day("2026-01-01"), {}), ErrorKind::invalid,
              "'regime' is not KEY=VALUE");
  const FactRecord r = parse_fact_assignment("employer = 5", day("2026-01-01"), {});
  CHECK(r.key == "employer");
  CHECK(r.value == FactValue{std::int64_t{5}});
}

TEST_CASE("truthiness, as template conditions read facts") {
  CHECK(is_truthy(FactValue{true}));
  CHECK_FALSE(is_truthy(FactValue{false}));
  CHECK(is_truthy(FactValue{std::int64_t{3}}));
  CHECK_FALSE(is_truthy(FactValue{std::int64_t{0}}));
  CHECK(is_truthy(FactValue{std::string("osno")}));
  CHECK(format_fact_value(FactValue{true}) == "true");
  CHECK(format_fact_value(std::nullopt).empty());
  CHECK(fact_value_to_json(std::nullopt).is_null());
}

TEST_CASE("levy facts and Росстат forms: Russian clients only, by form, from the day they exist") {
  const FactContext ooo{"ru", false, {}, {}};
  const FactContext ip{"ru", true, {}, {}};
  const FactContext too{"kz", false, {}, {}};
  for (const char* key : {"vat-exempt", "vat-agent", "water-tax", "trade-fee", "tourist-tax"}) {
    CAPTURE(key);
    CHECK(parse_fact_value(key, "да", ooo) == FactValue{true});
    CHECK(parse_fact_value(key, "false", ip) == FactValue{false});
    CHECK_ERROR(parse_fact_value(key, "2", ooo), ErrorKind::invalid, "give true or false");
    CHECK_ERROR(parse_fact_value(key, "true", too), ErrorKind::invalid,
                "is for clients in 'ru', not in 'kz'");
  }
  CHECK_ERROR(parse_fact_value("trade-fee", "true", too), ErrorKind::invalid,
              "fact 'trade-fee' (торговый сбор, НК РФ гл. 33) is for clients in 'ru', not in 'kz'");
  // Facts of organisations' taxes are refused for an individual entrepreneur.
  CHECK_ERROR(parse_fact_value("profit-advances", "monthly", ip), ErrorKind::invalid,
              "fact 'profit-advances' (авансы по налогу на прибыль, НК РФ ст. 286) is for "
              "organisations, not for individual entrepreneurs");
  CHECK_ERROR(parse_fact_value("property-base", "average", ip), ErrorKind::invalid,
              "is for organisations");
  // The tourist tax exists from 2025 (гл. 33.1).
  CHECK(parse_fact_assignment("tourist-tax=true", day("2025-01-01"), ooo).value == FactValue{true});
  CHECK_ERROR(parse_fact_assignment("tourist-tax=true", day("2024-12-31"), ooo), ErrorKind::invalid,
              "fact 'tourist-tax' (туристический налог, НК РФ гл. 33.1) exists from 2025-01-01, "
              "not from 2024-12-31");
  CHECK_FALSE(parse_fact_assignment("tourist-tax=", day("2024-12-31"), ooo).value.has_value());
  // Росстат forms: codes, names and aliases; stored sorted and unique.
  CHECK(parse_fact_value("rosstat", "ПМ, МП(микро)", ooo) == FactValue{std::string("mp-micro,pm")});
  CHECK(parse_fact_value("rosstat", "pm;pm; П-4 (НЗ)", ooo) == FactValue{std::string("p-4-nz,pm")});
  CHECK(parse_fact_value("rosstat", "мп-сп", ooo) == FactValue{std::string("mp-sp")});
  CHECK(parse_fact_value("rosstat", "1-предприниматель", ip) ==
        FactValue{std::string("1-predprinimatel")});
  CHECK(parse_fact_value("rosstat", "x-rybolov", ip) == FactValue{std::string("x-rybolov")});
  CHECK_FALSE(parse_fact_value("rosstat", " ; ", ooo).has_value());
  CHECK_ERROR(parse_fact_value("rosstat", "ПМ-пром", ooo), ErrorKind::invalid,
              "unknown Росстат form 'ПМ-пром'");
  CHECK_ERROR(parse_fact_value("rosstat", "ПМ", ip), ErrorKind::invalid,
              "Росстат form ПМ ('pm') is filed by organisations, not by individual entrepreneurs");
  CHECK_ERROR(parse_fact_value("rosstat", "1-предприниматель", ooo), ErrorKind::invalid,
              "is filed by individual entrepreneurs, not by organisations");
  CHECK_ERROR(parse_fact_value("rosstat", "pm", too), ErrorKind::invalid, "is for clients in 'ru'");
  for (const char* key :
       {"vat-exempt", "vat-agent", "water-tax", "trade-fee", "tourist-tax", "rosstat"})
    CHECK_NOTHROW(require_fact_key(key));
}
