#include "figures/indicators.hpp"

#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"
#include "util/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace acctcore {

namespace {

constexpr std::string_view k_placeholders[] = {"title",      "value",          "base",
                                               "change",     "change_percent", "month",
                                               "base_month", "other",          "other_title"};

constexpr std::string_view k_chart_file_keys[] = {"chart", "accounts"};
constexpr std::string_view k_chart_keys[] = {"id", "country", "title"};
constexpr std::string_view k_indicator_file_keys[] = {"chart", "indicator", "remark"};
constexpr std::string_view k_indicator_keys[] = {
    "id", "title", "description", "better", "kind", "side", "accounts", "plus", "minus"};
constexpr std::string_view k_term_keys[] = {"kind", "side", "accounts"};
constexpr std::string_view k_remark_keys[] = {"id",           "indicator",    "compare",
                                              "rise_percent", "fall_percent", "negative",
                                              "below",        "alert",        "text"};

bool is_id(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

/// Where an account was written, for messages after the files are read.
struct Written {
  std::string file;
  int line = 0, column = 0;
};

/// An indicator or remark file as read, with where each account and name was written.
struct IndicatorFile {
  std::string chart;
  Written chart_at;
  std::vector<Indicator> indicators;
  std::vector<RemarkRule> remarks;
  /// Per indicator, per term, per account.
  std::vector<std::vector<std::vector<Written>>> account_at;
};

Written at(const std::string& file, const toml::node& node) {
  return {file, static_cast<int>(node.source().begin.line),
          static_cast<int>(node.source().begin.column)};
}

/// The id at `key`, reported when missing or malformed.
std::string read_id(const toml::table& t, std::string_view where, TomlProblems& problems) {
  auto id = problems.string(t, "id", where);
  if (!id) {
    if (!t.contains("id"))
      problems.at(t, trf("{} has no 'id'", where));
    return {};
  }
  if (!is_id(*id))
    problems.at(*t.get("id"), trf("id '{}' must be lowercase letters, digits, '-' or '_'", *id));
  return *id;
}

std::optional<Chart> parse_chart_file(const std::string& path, std::string_view text,
                                      std::vector<Diagnostic>& out) {
  auto table = parse_toml(text, path, out);
  if (!table)
    return std::nullopt;
  TomlProblems problems(path, out);
  problems.reject_unknown(*table, k_chart_file_keys, tr("a chart file"));
  Chart chart;
  chart.file = path;
  const auto* head = table->get_as<toml::table>("chart");
  if (head == nullptr) {
    problems.at_line(1, tr("a chart file needs a [chart] table with 'id' and 'country'"));
    return std::nullopt;
  }
  chart.line = static_cast<int>(head->source().begin.line);
  problems.reject_unknown(*head, k_chart_keys, "[chart]");
  chart.id = read_id(*head, "[chart]", problems);
  chart.country = problems.string(*head, "country", "[chart]").value_or("");
  chart.title = problems.string(*head, "title", "[chart]").value_or("");
  if (const auto* node = table->get("accounts")) {
    const auto* accounts = node->as_table();
    if (accounts == nullptr) {
      problems.at(*node, tr("'accounts' must be a table: \"60.01\" = \"name\""));
    } else {
      std::set<std::string> keys;
      for (const auto& [key, value] : *accounts) {
        auto code = parse_account_code(key.str());
        if (!code) {
          problems.at(key.source(),
                      trf("'{}' is not an account code (like 60, 60.01 or 76.АВ)", key.str()));
          continue;
        }
        if (!keys.insert(code->key).second)
          problems.at(key.source(), trf("account {} is listed twice", key.str()));
        const auto* name = value.as_string();
        if (name == nullptr)
          problems.at(value, trf("the name of account {} must be a string", key.str()));
        chart.accounts.emplace_back(std::move(*code), name ? name->get() : std::string());
      }
    }
  }
  return chart;
}

std::optional<AmountKind> parse_kind(const toml::table& t, std::string_view where,
                                     TomlProblems& problems) {
  auto text = problems.string(t, "kind", where);
  if (!text)
    return std::nullopt;
  if (*text == "closing")
    return AmountKind::closing;
  if (*text == "turnover")
    return AmountKind::turnover;
  problems.at(*t.get("kind"),
              trf("'kind' must be 'closing' (the balance at the month's end) or 'turnover' "
                  "(the month's turnover), not '{}'",
                  *text));
  return std::nullopt;
}

std::optional<AccountSide> parse_side(const toml::table& t, std::string_view where,
                                      TomlProblems& problems) {
  auto text = problems.string(t, "side", where);
  if (!text) {
    if (!t.contains("side"))
      problems.at(t, trf("{} has no 'side' (debit or credit)", where));
    return std::nullopt;
  }
  if (*text == "debit")
    return AccountSide::debit;
  if (*text == "credit")
    return AccountSide::credit;
  problems.at(*t.get("side"), trf("'side' must be 'debit' or 'credit', not '{}'", *text));
  return std::nullopt;
}

/// The accounts of a term, each parsed, with where it was written.
std::vector<AccountCode> parse_accounts(const toml::table& t, std::string_view where,
                                        TomlProblems& problems, std::vector<Written>& written) {
  std::vector<AccountCode> accounts;
  const auto* node = t.get("accounts");
  if (node == nullptr) {
    problems.at(t, trf("{} has no 'accounts'", where));
    return accounts;
  }
  const auto* list = node->as_array();
  if (list == nullptr || list->empty()) {
    problems.at(*node, trf("'accounts' in {} must be a non-empty array of account codes", where));
    return accounts;
  }
  for (const auto& item : *list) {
    const auto* text = item.as_string();
    auto code = text ? parse_account_code(text->get()) : std::nullopt;
    if (!code) {
      problems.at(item, trf("'{}' is not an account code (like 60, 60.01 or 76.АВ)",
                            text ? text->get() : std::string("?")));
      continue;
    }
    accounts.push_back(std::move(*code));
    written.push_back(at(problems.file(), item));
  }
  return accounts;
}

void parse_indicator(const toml::table& t, IndicatorFile& file, TomlProblems& problems,
                     std::vector<Diagnostic>& out) {
  Indicator indicator;
  indicator.file = problems.file();
  indicator.chart = file.chart;
  indicator.line = static_cast<int>(t.source().begin.line);
  const std::string where = "[[indicator]]";
  problems.reject_unknown(t, k_indicator_keys, where);
  indicator.id = read_id(t, where, problems);
  const std::string named = indicator.id.empty() ? where : trf("indicator '{}'", indicator.id);
  indicator.title = problems.string(t, "title", named).value_or("");
  if (indicator.title.empty() && !t.contains("title"))
    problems.at(t, trf("{} has no 'title' (what the client reads)", named));
  indicator.description = problems.string(t, "description", named).value_or("");
  if (auto better = problems.string(t, "better", named)) {
    if (*better == "up")
      indicator.better = Better::up;
    else if (*better == "down")
      indicator.better = Better::down;
    else
      problems.at(*t.get("better"), trf("'better' must be 'up' or 'down', not '{}'", *better));
  }
  const auto kind = parse_kind(t, named, problems);
  if (!kind && !t.contains("kind"))
    problems.at(t, trf("{} has no 'kind' (closing or turnover)", named));
  std::vector<std::vector<Written>> written(1);
  IndicatorTerm main;
  main.kind = kind.value_or(AmountKind::closing);
  main.side = parse_side(t, named, problems).value_or(AccountSide::debit);
  main.accounts = parse_accounts(t, named, problems, written.back());
  indicator.terms.push_back(std::move(main));
  for (const auto* key : {"plus", "minus"}) {
    const auto* node = t.get(key);
    if (node == nullptr)
      continue;
    const auto* list = node->as_array();
    if (list == nullptr) {
      problems.at(*node, trf("'{}' must be an array of tables: [[indicator.{}]]", key, key));
      continue;
    }
    const std::string term_where = fmt::format("{} {}", named, key);
    for (const auto& item : *list) {
      const auto* term_table = item.as_table();
      if (term_table == nullptr) {
        problems.at(item, trf("'{}' must be an array of tables: [[indicator.{}]]", key, key));
        continue;
      }
      problems.reject_unknown(*term_table, k_term_keys, term_where);
      IndicatorTerm term;
      term.sign = std::string_view(key) == "plus" ? 1 : -1;
      term.kind = parse_kind(*term_table, term_where, problems).value_or(main.kind);
      term.side = parse_side(*term_table, term_where, problems).value_or(AccountSide::debit);
      written.emplace_back();
      term.accounts = parse_accounts(*term_table, term_where, problems, written.back());
      indicator.terms.push_back(std::move(term));
    }
  }
  // An account and its subaccount under the same kind, side and sign count the subaccount
  // twice; so does an account listed twice.
  for (size_t a = 0; a < indicator.terms.size(); ++a)
    for (size_t b = 0; b < indicator.terms.size(); ++b) {
      const auto& ta = indicator.terms[a];
      const auto& tb = indicator.terms[b];
      if (ta.kind != tb.kind || ta.side != tb.side || ta.sign != tb.sign)
        continue;
      for (size_t i = 0; i < ta.accounts.size(); ++i)
        for (size_t j = 0; j < tb.accounts.size(); ++j) {
          const bool twice =
              ta.accounts[i].key == tb.accounts[j].key && (a < b || (a == b && i < j));
          if (!twice && !is_subaccount_of(tb.accounts[j].key, ta.accounts[i].key))
            continue;
          const auto& w = written[b][j];
          out.push_back({w.file, w.line, w.column,
                         twice ? trf("account {} is counted twice in indicator '{}'",
                                     tb.accounts[j].text, indicator.id)
                               : trf("account {} is inside {}, which indicator '{}' already "
                                     "counts the same way",
                                     tb.accounts[j].text, ta.accounts[i].text, indicator.id)});
        }
    }
  for (const auto& other : file.indicators)
    if (!indicator.id.empty() && other.id == indicator.id)
      problems.at(t, trf("indicator '{}' is already defined at line {}", indicator.id, other.line));
  file.indicators.push_back(std::move(indicator));
  file.account_at.push_back(std::move(written));
}

/// Checks the {placeholders} of a remark's text.
void check_placeholders(const toml::node& node, std::string_view text, TomlProblems& problems) {
  size_t at_brace = 0;
  while ((at_brace = text.find('{', at_brace)) != std::string_view::npos) {
    const size_t end = text.find('}', at_brace);
    if (end == std::string_view::npos) {
      problems.at(node, tr("unclosed '{' in the remark's text"));
      return;
    }
    const auto name = text.substr(at_brace + 1, end - at_brace - 1);
    if (std::find(std::begin(k_placeholders), std::end(k_placeholders), name) ==
        std::end(k_placeholders)) {
      std::vector<std::string> known(std::begin(k_placeholders), std::end(k_placeholders));
      problems.at(node, trf("unknown placeholder '{{{}}}' (known: {})", name, join(known, ", ")));
    }
    at_brace = end + 1;
  }
}

void parse_remark(const toml::table& t, IndicatorFile& file, TomlProblems& problems) {
  RemarkRule remark;
  remark.file = problems.file();
  remark.chart = file.chart;
  remark.line = static_cast<int>(t.source().begin.line);
  const std::string where = "[[remark]]";
  problems.reject_unknown(t, k_remark_keys, where);
  remark.id = read_id(t, where, problems);
  const std::string named = remark.id.empty() ? where : trf("remark '{}'", remark.id);
  remark.indicator = problems.string(t, "indicator", named).value_or("");
  if (remark.indicator.empty() && !t.contains("indicator"))
    problems.at(t, trf("{} has no 'indicator'", named));
  if (auto compare = problems.string(t, "compare", named)) {
    if (*compare == "previous_month")
      remark.compare = RemarkBase::previous_month;
    else if (*compare == "year_ago")
      remark.compare = RemarkBase::year_ago;
    else
      problems.at(*t.get("compare"),
                  trf("'compare' must be 'previous_month' or 'year_ago', not '{}'", *compare));
  }
  remark.rise_percent = problems.integer(t, "rise_percent", 1, 100000, named);
  remark.fall_percent = problems.integer(t, "fall_percent", 1, 100, named);
  remark.negative = problems.boolean(t, "negative", named).value_or(false);
  remark.below = problems.string(t, "below", named).value_or("");
  remark.alert = problems.boolean(t, "alert", named).value_or(false);
  const bool changes = t.contains("rise_percent") || t.contains("fall_percent");
  if (changes && !t.contains("compare"))
    problems.at(t, trf("{} has a change in percent but no 'compare' (previous_month or "
                       "year_ago)",
                       named));
  if (t.contains("compare") && !changes)
    problems.at(*t.get("compare"),
                trf("{} compares, but with no 'rise_percent' or 'fall_percent'", named));
  if (!changes && !remark.negative && remark.below.empty() && !t.contains("negative"))
    problems.at(t, trf("{} has no condition: give rise_percent or fall_percent with compare, "
                       "negative = true, or below",
                       named));
  if (auto text = problems.string(t, "text", named)) {
    remark.text = *text;
    check_placeholders(*t.get("text"), *text, problems);
    if (trim(*text).empty())
      problems.at(*t.get("text"), trf("{} has an empty 'text'", named));
  } else if (!t.contains("text")) {
    problems.at(t, trf("{} has no 'text'", named));
  }
  for (const auto& other : file.remarks)
    if (!remark.id.empty() && other.id == remark.id)
      problems.at(t, trf("remark '{}' is already defined at line {}", remark.id, other.line));
  file.remarks.push_back(std::move(remark));
}

std::optional<IndicatorFile> parse_indicator_file(const std::string& path, std::string_view text,
                                                  std::vector<Diagnostic>& out) {
  auto table = parse_toml(text, path, out);
  if (!table)
    return std::nullopt;
  TomlProblems problems(path, out);
  problems.reject_unknown(*table, k_indicator_file_keys, tr("an indicators file"));
  IndicatorFile file;
  if (auto chart = problems.string(*table, "chart", tr("an indicators file"))) {
    file.chart = *chart;
    file.chart_at = at(path, *table->get("chart"));
  } else if (!table->contains("chart")) {
    problems.at_line(1, tr("an indicators file needs 'chart' (the chart of accounts its "
                           "accounts are of, e.g. \"ru-94n\")"));
  }
  for (const auto* key : {"indicator", "remark"}) {
    const auto* node = table->get(key);
    if (node == nullptr)
      continue;
    const auto* list = node->as_array();
    if (list == nullptr) {
      problems.at(*node, trf("'{}' must be an array of tables: [[{}]]", key, key));
      continue;
    }
    for (const auto& item : *list) {
      const auto* t = item.as_table();
      if (t == nullptr)
        problems.at(item, trf("'{}' must be an array of tables: [[{}]]", key, key));
      else if (std::string_view(key) == "indicator")
        parse_indicator(*t, file, problems, out);
      else
        parse_remark(*t, file, problems);
    }
  }
  return file;
}

/// Adds a layer's chart: a new id is added, a known one gains and renames accounts.
void merge_chart(std::vector<Chart>& charts, Chart chart, std::vector<Diagnostic>& out) {
  auto it =
      std::find_if(charts.begin(), charts.end(), [&](const Chart& c) { return c.id == chart.id; });
  if (it == charts.end()) {
    // A firm's file with the id of a bundled chart extends it; a new chart says its country.
    if (chart.country.empty())
      out.push_back(
          {chart.file, chart.line, 0,
           trf("chart '{}' has no 'country' (ru, kz), and no other file defines it", chart.id)});
    charts.push_back(std::move(chart));
    return;
  }
  if (!chart.country.empty() && chart.country != it->country)
    out.push_back({chart.file, chart.line, 0,
                   trf("chart '{}' is for country '{}' in {}, not '{}'", chart.id, it->country,
                       it->file, chart.country)});
  if (!chart.title.empty())
    it->title = chart.title;
  for (auto& [code, name] : chart.accounts) {
    auto existing = std::find_if(it->accounts.begin(), it->accounts.end(),
                                 [&](const auto& a) { return a.first.key == code.key; });
    if (existing != it->accounts.end())
      existing->second = std::move(name);
    else
      it->accounts.emplace_back(std::move(code), std::move(name));
  }
}

template <typename T>
void merge_by_id(std::vector<T>& into, std::vector<T>& layer) {
  for (auto& item : layer) {
    auto it = std::find_if(into.begin(), into.end(), [&](const T& existing) {
      return existing.id == item.id && existing.chart == item.chart;
    });
    if (it != into.end())
      *it = std::move(item);
    else
      into.push_back(std::move(item));
  }
}

/// Checks what the files refer to once every chart is known.
void check_references(const std::vector<Chart>& charts, const std::vector<IndicatorFile>& files,
                      std::vector<Diagnostic>& out) {
  std::vector<std::string> chart_ids;
  for (const auto& c : charts)
    chart_ids.push_back(c.id);
  for (const auto& file : files) {
    const auto chart = std::find_if(charts.begin(), charts.end(),
                                    [&](const Chart& c) { return c.id == file.chart; });
    if (chart == charts.end()) {
      if (!file.chart.empty())
        out.push_back(
            {file.chart_at.file, file.chart_at.line, file.chart_at.column,
             chart_ids.empty()
                 ? trf("unknown chart of accounts '{}': no charts/*.toml defines it", file.chart)
                 : trf("unknown chart of accounts '{}' (known: {})", file.chart,
                       quoted_list(chart_ids))});
      continue;
    }
    for (size_t i = 0; i < file.indicators.size(); ++i)
      for (size_t t = 0; t < file.indicators[i].terms.size(); ++t) {
        const auto& term = file.indicators[i].terms[t];
        for (size_t a = 0; a < term.accounts.size(); ++a)
          if (chart->find(term.accounts[a].key) == nullptr) {
            const auto& w = file.account_at[i][t][a];
            out.push_back({w.file, w.line, w.column,
                           trf("account {} is not in chart '{}' ({})", term.accounts[a].text,
                               chart->id, chart->file)});
          }
      }
  }
}

/// Remarks name indicators of their chart, after the layers are merged.
void check_remarks(const FiguresTemplates& templates, std::vector<Diagnostic>& out) {
  for (const auto& remark : templates.remarks) {
    const auto indicators = templates.indicators_of(remark.chart);
    std::vector<std::string> ids;
    for (const auto* i : indicators)
      ids.push_back(i->id);
    for (const auto& name : {remark.indicator, remark.below}) {
      if (name.empty() || std::find(ids.begin(), ids.end(), name) != ids.end())
        continue;
      out.push_back({remark.file, remark.line, 0,
                     trf("remark '{}' names indicator '{}', which chart '{}' does not have "
                         "(known: {})",
                         remark.id, name, remark.chart, join(ids, ", "))});
    }
  }
}

/// Reads the layers into `templates`, collecting every problem.
void read_layers(std::span<const std::filesystem::path> directories, FiguresTemplates& templates,
                 std::vector<IndicatorFile>& files, std::vector<Diagnostic>& out, int* count) {
  for (const auto& directory : directories) {
    std::error_code ec;
    if (directory.empty() || !std::filesystem::exists(directory, ec))
      continue;
    for (const auto& path : template_files(directory, "charts")) {
      if (count != nullptr)
        ++*count;
      if (auto chart = parse_chart_file(path.string(), read_file(path), out))
        merge_chart(templates.charts, std::move(*chart), out);
    }
    std::vector<Indicator> indicators;
    std::vector<RemarkRule> remarks;
    for (const auto& path : template_files(directory, "indicators")) {
      if (count != nullptr)
        ++*count;
      auto file = parse_indicator_file(path.string(), read_file(path), out);
      if (!file)
        continue;
      for (const auto& i : file->indicators)
        indicators.push_back(i);
      for (const auto& r : file->remarks)
        remarks.push_back(r);
      files.push_back(std::move(*file));
    }
    merge_by_id(templates.indicators, indicators);
    merge_by_id(templates.remarks, remarks);
  }
}

} // namespace

std::string_view amount_kind_name(AmountKind kind) noexcept {
  return kind == AmountKind::closing ? "closing" : "turnover";
}

std::string_view account_side_name(AccountSide side) noexcept {
  return side == AccountSide::debit ? "debit" : "credit";
}

std::span<const std::string_view> remark_placeholders() noexcept {
  return k_placeholders;
}

const std::pair<AccountCode, std::string>* Chart::find(std::string_view key) const noexcept {
  for (const auto& account : accounts)
    if (account.first.key == key)
      return &account;
  return nullptr;
}

const Chart* FiguresTemplates::chart(std::string_view id) const noexcept {
  for (const auto& c : charts)
    if (c.id == id)
      return &c;
  return nullptr;
}

const Chart* FiguresTemplates::chart_for_country(std::string_view country) const noexcept {
  for (const auto& c : charts)
    if (c.country == country)
      return &c;
  return nullptr;
}

std::vector<const Indicator*> FiguresTemplates::indicators_of(std::string_view chart) const {
  std::vector<const Indicator*> out;
  for (const auto& i : indicators)
    if (i.chart == chart)
      out.push_back(&i);
  return out;
}

std::vector<const RemarkRule*> FiguresTemplates::remarks_of(std::string_view chart) const {
  std::vector<const RemarkRule*> out;
  for (const auto& r : remarks)
    if (r.chart == chart)
      out.push_back(&r);
  return out;
}

FiguresTemplates load_figures_templates(std::span<const std::filesystem::path> directories) {
  FiguresTemplates templates;
  std::vector<IndicatorFile> files;
  std::vector<Diagnostic> problems;
  read_layers(directories, templates, files, problems, nullptr);
  check_references(templates.charts, files, problems);
  check_remarks(templates, problems);
  if (!problems.empty()) {
    sort_diagnostics(problems);
    throw_diagnostics(ErrorKind::invalid, tr("invalid indicators"), problems);
  }
  return templates;
}

std::vector<Diagnostic> lint_figures_paths(std::span<const std::filesystem::path> paths,
                                           const std::filesystem::path& base, int* files_checked) {
  // The bundled charts and indicators are what a firm's files refer to and override; their
  // own problems are reported only when they are among the paths.
  FiguresTemplates templates;
  std::vector<IndicatorFile> base_files;
  std::vector<Diagnostic> base_problems;
  read_layers(std::span<const std::filesystem::path>(&base, 1), templates, base_files,
              base_problems, nullptr);
  std::vector<IndicatorFile> files;
  std::vector<Diagnostic> problems;
  int count = 0;
  read_layers(paths, templates, files, problems, &count);
  check_references(templates.charts, files, problems);
  std::vector<Diagnostic> remark_problems;
  check_remarks(templates, remark_problems);
  for (auto& p : remark_problems)
    if (std::any_of(files.begin(), files.end(), [&](const IndicatorFile& f) {
          return std::any_of(f.remarks.begin(), f.remarks.end(),
                             [&](const RemarkRule& r) { return r.file == p.file; });
        }))
      problems.push_back(std::move(p));
  if (files_checked != nullptr)
    *files_checked = count;
  sort_diagnostics(problems);
  return problems;
}

} // namespace acctcore
