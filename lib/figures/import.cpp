#include "figures/import.hpp"

#include "figures/compute.hpp"
#include "util/csv.hpp"
#include "util/file.hpp"
#include "util/i18n.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

/// `error` with "LIST line N: " before its message, when the file came from a list.
Error at_list_line(const Error& error, const SheetImport& what) {
  if (what.list_line == 0)
    return error;
  return Error(error.kind(), trf("line {} of the list: {}", what.list_line, error.what()),
               error.hint(), error.details());
}

} // namespace

ImportedSheet import_sheet(SheetWriter* writer, const Actor& actor, const SheetImport& what,
                           const FiguresTemplates& templates) {
  try {
    const std::string bytes = read_file(what.path);
    const std::string name = what.path.filename().string();
    const TurnoverBalance balance = read_turnover_balance(bytes, what.path.string());
    check_sheet_period(balance, what.month);
    Sha256 hash;
    hash.update(bytes);
    ImportedSheet result;
    result.what = what;
    if (writer != nullptr) {
      auto saved = writer->save(actor, what.client_id, what.client, what.month, balance, name,
                                hash.hex_digest());
      result.record = std::move(saved.record);
      result.replaced = std::move(saved.replaced);
    } else {
      result.record.client_id = what.client_id;
      result.record.client = what.client;
      result.record.month = what.month;
      result.record.file = name;
      result.record.sha256 = hash.hex_digest();
      result.record.organisation = balance.organisation;
      result.record.title = balance.title;
      result.record.sheet = balance.sheet;
      result.record.rows = static_cast<int>(balance.rows.size());
      result.record.totals = balance.totals;
    }
    if (const Chart* chart = templates.chart_for_country(what.country)) {
      const AccountBalances balances(balance.rows);
      for (const Indicator* indicator : templates.indicators_of(chart->id)) {
        const auto value = compute_indicator(*indicator, balances);
        if (!value.minor)
          result.unavailable.emplace_back(indicator->id, value.unavailable);
      }
    }
    return result;
  } catch (const Error& e) {
    throw at_list_line(e, what);
  }
}

std::vector<ImportListLine> parse_import_list(std::string_view text, const std::string& file) {
  const CsvTable table = parse_csv(text, file);
  std::vector<ImportListLine> lines;
  if (table.records.empty())
    return lines;
  int client = -1, period = -1, path = -1;
  const auto& header = table.records.front().fields;
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string name = fold_case(trim(header[i]));
    const int column = static_cast<int>(i);
    if (name == "client" || name == "клиент" || name == "slug")
      client = column;
    else if (name == "period" || name == "период" || name == "month" || name == "месяц")
      period = column;
    else if (name == "file" || name == "файл")
      path = column;
  }
  if (client < 0 || period < 0 || path < 0)
    throw Error(ErrorKind::invalid,
                trf("{}:{}: the list needs the columns client, period and file", file,
                    table.records.front().line),
                tr("the first line names them, e.g. client;period;file"));
  for (size_t r = 1; r < table.records.size(); ++r) {
    const auto& record = table.records[r];
    if (record.blank())
      continue;
    const auto cell = [&](int column) {
      return static_cast<size_t>(column) < record.fields.size()
                 ? std::string(trim(record.fields[static_cast<size_t>(column)]))
                 : std::string();
    };
    ImportListLine line{record.line, cell(client), cell(period), cell(path)};
    if (line.client.empty() || line.period.empty() || line.file.empty())
      throw Error(ErrorKind::invalid,
                  trf("{}:{}: every line needs a client, a period and a file", file, record.line));
    lines.push_back(std::move(line));
  }
  return lines;
}

} // namespace acctcore
