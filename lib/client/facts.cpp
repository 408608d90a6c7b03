#include "client/facts.hpp"

#include "client/reference.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace acctcore {

namespace {

bool record_order(const FactRecord& a, const FactRecord& b) {
  const size_t ra = fact_key_rank(a.key), rb = fact_key_rank(b.key);
  if (ra != rb)
    return ra < rb;
  if (a.key != b.key)
    return a.key < b.key;
  return a.from < b.from;
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty())
    return std::nullopt;
  return value;
}

/// Yes/no as people write them in a terminal or a spreadsheet.
std::optional<bool> parse_yes_no(std::string_view text, bool digits) {
  const std::string word = fold_case(text);
  for (const std::string_view yes : {"true", "yes", "да", "+", "есть"})
    if (word == yes)
      return true;
  for (const std::string_view no : {"false", "no", "нет", "-"})
    if (word == no)
      return false;
  if (digits && (word == "1" || word == "0"))
    return word == "1";
  return std::nullopt;
}

Error bad_value(std::string_view key, std::string_view text, std::string_view expected) {
  return Error(ErrorKind::invalid,
               trf("invalid value '{}' for fact '{}': {}", text, key, expected));
}

bool is_custom_key(std::string_view key);

/// Who a fact may be recorded for: the country whose law it belongs to, whether only
/// organisations have it, and the first day it exists. Keep docs/clients.md in sync.
struct FactRule {
  std::string_view key;
  std::string_view country; ///< "" for any country
  bool organisations_only = false;
  std::string_view since; ///< ISO date the tax exists from, or ""
  std::string_view what;  ///< the tax and its chapter, for messages
};

constexpr FactRule k_fact_rules[] = {
    {"vat-exempt", "ru", false, "", "освобождение от НДС, НК РФ ст. 145"},
    {"vat-agent", "ru", false, "", "налоговый агент по НДС, НК РФ ст. 161"},
    {"water-tax", "ru", false, "", "водный налог, НК РФ гл. 25.2"},
    {"trade-fee", "ru", false, "", "торговый сбор, НК РФ гл. 33"},
    {"tourist-tax", "ru", false, "2025-01-01", "туристический налог, НК РФ гл. 33.1"},
    {"profit-advances", "ru", true, "", "авансы по налогу на прибыль, НК РФ ст. 286"},
    {"property-base", "ru", true, "", "налог на имущество организаций, НК РФ гл. 30"},
    {"rosstat", "ru", false, "", "формы Росстата, 282-ФЗ"},
};

const FactRule* fact_rule(std::string_view key) {
  for (const auto& rule : k_fact_rules)
    if (rule.key == key)
      return &rule;
  return nullptr;
}

/// Refuses a fact the client's country or form cannot have.
void check_fact_rule(std::string_view key, const FactContext& context) {
  const FactRule* rule = fact_rule(key);
  if (rule == nullptr)
    return;
  if (!rule->country.empty() && rule->country != context.country)
    throw Error(ErrorKind::invalid,
                // TRANSLATORS: the fact, what it is (in Russian), its country, the client's.
                trf("fact '{}' ({}) is for clients in '{}', not in '{}'", key, rule->what,
                    rule->country, context.country));
  if (rule->organisations_only && context.individual)
    throw Error(ErrorKind::invalid,
                // TRANSLATORS: the fact, then what it is (in Russian).
                trf("fact '{}' ({}) is for organisations, not for individual entrepreneurs", key,
                    rule->what));
}

/// "ПМ, МП(микро)" -> "mp-micro,pm": known forms (or the firm's own "x-..." ones), sorted.
std::string parse_rosstat_forms(std::string_view text, const FactContext& context) {
  std::vector<std::string> codes;
  std::string current;
  const auto flush = [&] {
    const std::string item(trim(current));
    current.clear();
    if (item.empty())
      return;
    if (is_custom_key(fold_case(item))) {
      codes.push_back(fold_case(item));
      return;
    }
    const RosstatForm* form = find_rosstat_form(item);
    if (form == nullptr) {
      std::vector<std::string> known;
      for (const RosstatForm* f : rosstat_forms())
        known.emplace_back(f->code);
      throw Error(
          ErrorKind::invalid, trf("unknown Росстат form '{}'", item),
          trf("bundled forms: {}; a firm's own form starts with 'x-'", quoted_list(known, ", ")));
    }
    if (form->who == RespondentKind::organisations && context.individual)
      throw Error(ErrorKind::invalid,
                  // TRANSLATORS: the form's name, then its code.
                  trf("Росстат form {} ('{}') is filed by organisations, not by individual "
                      "entrepreneurs",
                      form->name, form->code));
    if (form->who == RespondentKind::individuals && !context.individual)
      throw Error(ErrorKind::invalid,
                  // TRANSLATORS: the form's name, then its code.
                  trf("Росстат form {} ('{}') is filed by individual entrepreneurs, not by "
                      "organisations",
                      form->name, form->code));
    codes.emplace_back(form->code);
  };
  for (const char c : text) {
    if (c == ',' || c == ';') // spaces belong to names: "П-4 (НЗ)"
      flush();
    else
      current += c;
  }
  flush();
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return join(codes, ",");
}

bool is_custom_key(std::string_view key) {
  if (key.size() < 3 || key.size() > 40 || key.substr(0, 2) != "x-" || key.back() == '-')
    return false;
  return std::all_of(key.begin() + 2, key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

} // namespace

FactTimeline::FactTimeline(std::vector<FactRecord> records) : m_records(std::move(records)) {
  std::sort(m_records.begin(), m_records.end(), record_order);
}

std::vector<FactRecord> FactTimeline::in_force(Date day) const {
  std::vector<FactRecord> records;
  // Records are grouped by key and dated in order, so the last one on or before `day` wins.
  for (size_t i = 0; i < m_records.size();) {
    const std::string& key = m_records[i].key;
    const FactRecord* latest = nullptr;
    for (; i < m_records.size() && m_records[i].key == key; ++i)
      if (m_records[i].from <= day)
        latest = &m_records[i];
    if (latest != nullptr && latest->value)
      records.push_back(*latest);
  }
  return records;
}

Facts FactTimeline::facts_at(Date day) const {
  Facts facts;
  for (auto& record : in_force(day))
    facts.emplace(std::move(record.key), std::move(*record.value));
  return facts;
}

std::vector<FactSegment> FactTimeline::segments() const {
  std::vector<Date> starts;
  for (const auto& record : m_records)
    starts.push_back(record.from);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::vector<FactSegment> segments;
  for (const Date start : starts) {
    Facts facts = facts_at(start);
    if (!segments.empty() && segments.back().facts == facts)
      continue; // a record that changed nothing in force: the segment goes on
    if (!segments.empty())
      segments.back().to = start - date::days{1};
    segments.push_back({start, std::nullopt, std::move(facts)});
  }
  return segments;
}

std::optional<FactValue> FactTimeline::value_at(std::string_view key, Date day) const {
  const FactRecord* in_force = nullptr;
  for (const auto& record : m_records)
    if (record.key == key && record.from <= day)
      in_force = &record;
  return in_force != nullptr ? in_force->value : std::nullopt;
}

std::optional<Date> FactTimeline::latest_change(std::string_view key) const {
  std::optional<Date> latest;
  for (const auto& record : m_records)
    if (record.key == key)
      latest = record.from;
  return latest;
}

std::optional<Date> FactTimeline::first_change() const {
  std::optional<Date> first;
  for (const auto& record : m_records)
    if (!first || record.from < *first)
      first = record.from;
  return first;
}

size_t fact_key_rank(std::string_view key) noexcept {
  const auto it = std::find(std::begin(k_fact_keys), std::end(k_fact_keys), key);
  return static_cast<size_t>(it - std::begin(k_fact_keys));
}

void require_fact_key(std::string_view key) {
  if (fact_key_rank(key) < std::size(k_fact_keys) || is_custom_key(key))
    return;
  const std::vector<std::string> known(std::begin(k_fact_keys), std::end(k_fact_keys));
  throw Error(ErrorKind::invalid, trf("unknown fact '{}'", key),
              did_you_mean(key, known,
                           trf("facts: {}; a firm's own facts start with 'x-', e.g. "
                               "'x-kkt'",
                               quoted_list(known, ", "))));
}

std::optional<FactValue> parse_fact_value(std::string_view key, std::string_view text,
                                          const FactContext& context) {
  const std::string_view value = trim(text);
  if (value.empty())
    return std::nullopt;
  if (key == "regime") {
    const TaxRegime& regime = require_tax_regime(context.country, value);
    if (regime.individuals_only && !context.individual)
      throw Error(ErrorKind::invalid,
                  trf("regime '{}' ({}) is only for individual entrepreneurs, not for "
                      "organisations",
                      regime.code, regime.name));
    if (!context.form.empty())
      if (const LegalForm* form = find_legal_form(context.country, context.form);
          form != nullptr && !regime_allows_form(regime, *form)) {
        std::vector<std::string> allowed;
        for (const auto& code : split(regime.forms, '|'))
          if (const LegalForm* f = find_legal_form(context.country, code))
            allowed.push_back(fmt::format("'{}' ({})", f->code, f->abbreviation));
        throw Error(ErrorKind::invalid,
                    trf("regime '{}' ({}) is not for form '{}' ({})", regime.code, regime.name,
                        form->code, form->abbreviation),
                    trf("it is for {}", join(allowed, ", ")));
      }
    if (regime.last_year != 0 && context.from &&
        int(date::year_month_day{*context.from}.year()) > regime.last_year) {
      std::vector<std::string> in_force;
      for (const auto* r : tax_regimes(context.country))
        if (r->last_year == 0)
          in_force.emplace_back(r->code);
      throw Error(ErrorKind::invalid,
                  trf("regime '{}' ({}) ended on 31.12.{}: it was abolished by {}", regime.code,
                      regime.name, regime.last_year, regime.abolished_by),
                  trf("regimes from {}: {}", regime.last_year + 1, quoted_list(in_force)));
    }
    return FactValue{std::string(regime.code)};
  }
  if (key == "employer") {
    if (const auto headcount = parse_integer(value)) {
      if (*headcount < 0)
        throw bad_value(key, value, "a headcount is not negative");
      return FactValue{*headcount};
    }
    if (const auto flag = parse_yes_no(value, false))
      return FactValue{*flag};
    throw bad_value(key, value, "give true or false, or the number of employees");
  }
  if (key == "vat") {
    std::string_view rate = value;
    if (!rate.empty() && rate.back() == '%')
      rate.remove_suffix(1);
    if (const auto percent = parse_integer(trim(rate))) {
      if (*percent < 1 || *percent > 30)
        throw bad_value(key, value,
                        "a rate is a whole percent from 1 to 30 (for no VAT, give false)");
      return FactValue{*percent};
    }
    if (const auto flag = parse_yes_no(value, false))
      return FactValue{*flag};
    throw bad_value(key, value, "give true or false, or the rate in percent, e.g. 20");
  }
  check_fact_rule(key, context);
  if (key == "property" || key == "transport" || key == "land" || key == "vat-exempt" ||
      key == "vat-agent" || key == "water-tax" || key == "trade-fee" || key == "tourist-tax") {
    if (const auto flag = parse_yes_no(value, true))
      return FactValue{*flag};
    throw bad_value(key, value, "give true or false");
  }
  if (key == "profit-advances") {
    const std::string word = fold_case(value);
    if (word == "monthly" || word == "ежемесячно" || word == "ежемесячные")
      return FactValue{std::string("monthly")};
    if (word == "quarterly" || word == "ежеквартально" || word == "ежеквартальные")
      return FactValue{std::string("quarterly")};
    throw bad_value(key, value, "give 'monthly' or 'quarterly'");
  }
  if (key == "property-base") {
    const std::string word = fold_case(value);
    if (word == "average" || word == "среднегодовая" || word == "среднегодовая стоимость")
      return FactValue{std::string("average")};
    if (word == "cadastral" || word == "кадастровая" || word == "кадастровая стоимость")
      return FactValue{std::string("cadastral")};
    if (word == "both" || word == "обе" || word == "смешанная")
      return FactValue{std::string("both")};
    throw bad_value(key, value, "give 'average', 'cadastral' or 'both'");
  }
  if (key == "rosstat") {
    std::string codes = parse_rosstat_forms(value, context);
    if (codes.empty())
      return std::nullopt;
    return FactValue{std::move(codes)};
  }
  require_fact_key(key);
  if (!is_valid_utf8(value) || has_control_chars(value) || value.find('\n') != std::string::npos)
    throw bad_value(key, value, "a value is one line of text");
  if (display_width(value) > 200)
    throw bad_value(key, value, "a value has at most 200 characters");
  return parse_untyped_value(value);
}

FactRecord parse_fact_assignment(std::string_view text, Date from, const FactContext& context) {
  const size_t eq = text.find('=');
  if (eq == std::string_view::npos)
    throw Error(ErrorKind::invalid, trf("'{}' is not KEY=VALUE", text),
                tr("e.g. regime=osno, employer=true, vat=20, x-kkt=2 (an empty value clears)"));
  const std::string key(trim(text.substr(0, eq)));
  require_fact_key(key);
  FactContext dated = context;
  dated.from = from;
  FactRecord record{key, from, parse_fact_value(key, text.substr(eq + 1), dated)};
  if (const FactRule* rule = fact_rule(key); rule && !rule->since.empty() && record.value)
    if (const auto since = parse_date(rule->since); since && from < *since)
      throw Error(ErrorKind::invalid,
                  // TRANSLATORS: the fact, what it is (in Russian), the first day it exists, and
                  // the date given.
                  trf("fact '{}' ({}) exists from {}, not from {}", key, rule->what,
                      format_date(*since), format_date(from)),
                  trf("date it --from {} or later", format_date(*since)));
  return record;
}

FactValue parse_untyped_value(std::string_view text) {
  const std::string_view value = trim(text);
  if (value == "true")
    return true;
  if (value == "false")
    return false;
  if (const auto number = parse_integer(value))
    return *number;
  return std::string(value);
}

bool is_truthy(const FactValue& value) noexcept {
  if (const auto* flag = std::get_if<bool>(&value))
    return *flag;
  if (const auto* number = std::get_if<std::int64_t>(&value))
    return *number > 0;
  return !std::get<std::string>(value).empty();
}

Json fact_value_to_json(const std::optional<FactValue>& value) {
  if (!value)
    return Json(nullptr);
  return std::visit([](const auto& v) { return Json(v); }, *value);
}

std::string format_fact_value(const std::optional<FactValue>& value) {
  if (!value)
    return {};
  if (const auto* flag = std::get_if<bool>(&*value))
    return *flag ? "true" : "false";
  if (const auto* number = std::get_if<std::int64_t>(&*value))
    return std::to_string(*number);
  return std::get<std::string>(*value);
}

Json facts_to_json(const Facts& facts) {
  std::vector<const std::pair<const std::string, FactValue>*> ordered;
  for (const auto& entry : facts)
    ordered.push_back(&entry);
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) {
    return fact_key_rank(a->first) < fact_key_rank(b->first);
  });
  Json json = Json::object();
  for (const auto* entry : ordered)
    json[entry->first] = fact_value_to_json(entry->second);
  return json;
}

} // namespace acctcore
