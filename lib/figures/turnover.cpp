#include "figures/turnover.hpp"

#include "figures/amount.hpp"
#include "figures/period_words.hpp"
#include "figures/xlsx.hpp"
#include "util/csv.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace acctcore {

TurnoverAmounts& TurnoverAmounts::operator+=(const TurnoverAmounts& o) noexcept {
  opening_debit += o.opening_debit;
  opening_credit += o.opening_credit;
  turnover_debit += o.turnover_debit;
  turnover_credit += o.turnover_credit;
  closing_debit += o.closing_debit;
  closing_credit += o.closing_credit;
  return *this;
}

namespace {

/// How far down a sheet the header may start.
constexpr size_t k_header_search_rows = 60;
/// How many cell problems are listed before giving up on a file.
constexpr size_t k_max_problems = 20;

/// Case-folded (ё as е), with every run of spaces, no-break spaces and line breaks made one
/// space, trimmed: for recognising words in headers.
std::string normalise(std::string_view text) {
  std::string folded = fold_case(text);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (size_t i = 0; i < folded.size();) {
    const std::string_view rest = std::string_view(folded).substr(i);
    size_t width = 0;
    if (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' || rest[0] == '\r')
      width = 1;
    else if (rest.substr(0, 2) == "\xC2\xA0")
      width = 2;
    if (width > 0) {
      space = true;
      i += width;
      continue;
    }
    if (space && !out.empty())
      out += ' ';
    space = false;
    out += rest[0];
    ++i;
  }
  return out;
}

bool contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

/// The words of a normalised text: runs of letters (ASCII or two-byte UTF-8) and digits.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += text[i];
    } else if ((c == 0xD0 || c == 0xD1) && i + 1 < text.size()) {
      word += text.substr(i, 2);
      ++i;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty())
    out.push_back(std::move(word));
  return out;
}

enum class Group : std::uint8_t { none, opening, turnover, closing, balance };
enum class Side : std::uint8_t { none, debit, credit };

Group group_of(const std::string& text) {
  if (contains(text, "оборот"))
    return Group::turnover;
  if (!contains(text, "сальдо") && !contains(text, "остаток"))
    return Group::none;
  const auto w = words(text);
  const auto has = [&](std::string_view stem) {
    return std::any_of(w.begin(), w.end(),
                       [&](const std::string& x) { return x.compare(0, stem.size(), stem) == 0; });
  };
  if (has("нач") || has("входящ"))
    return Group::opening;
  if (has("кон") || has("исходящ"))
    return Group::closing;
  return Group::balance; // «Сальдо на 01.03.2026»: told apart by position
}

Side side_of(const std::string& text) {
  bool debit = false, credit = false;
  for (const auto& w : words(text)) {
    debit = debit || w == "дебет" || w == "дт" || w == "дб";
    credit = credit || w == "кредит" || w == "кт" || w == "кр";
  }
  if (debit == credit)
    return Side::none;
  return debit ? Side::debit : Side::credit;
}

/// The grid with lookups by row number and merged ranges.
class Sheet {
public:
  explicit Sheet(const Grid& grid) : m_grid(grid) {}

  const Grid& grid() const noexcept { return m_grid; }

  /// The cell at (row index, column), or an empty one.
  const GridCell& cell(size_t index, int column) const {
    static const GridCell empty;
    const auto& cells = m_grid.rows[index].cells;
    return column >= 0 && static_cast<size_t>(column) < cells.size()
               ? cells[static_cast<size_t>(column)]
               : empty;
  }

  /// The text shown at (row index, column): a merged range shows its first cell's text in all
  /// of its cells.
  const std::string& shown(size_t index, int column) const {
    const int number = m_grid.rows[index].number;
    for (const auto& range : m_grid.merged)
      if (range.contains(number, column) &&
          (range.first_row != number || range.first_column != column))
        return text_at(range.first_row, range.first_column);
    return cell(index, column).text;
  }

  /// The widest row among rows [from, to).
  int width(size_t from, size_t to) const {
    size_t width = 0;
    for (size_t i = from; i < to && i < m_grid.rows.size(); ++i)
      width = std::max(width, m_grid.rows[i].cells.size());
    for (const auto& range : m_grid.merged)
      width = std::max(width, static_cast<size_t>(range.last_column) + 1);
    return static_cast<int>(std::min<size_t>(width, 256));
  }

private:
  const std::string& text_at(int number, int column) const {
    static const std::string empty;
    const auto it = std::lower_bound(m_grid.rows.begin(), m_grid.rows.end(), number,
                                     [](const GridRow& row, int n) { return row.number < n; });
    if (it == m_grid.rows.end() || it->number != number)
      return empty;
    return column >= 0 && static_cast<size_t>(column) < it->cells.size()
               ? it->cells[static_cast<size_t>(column)].text
               : empty;
  }

  const Grid& m_grid;
};

/// Where the table's columns are.
struct Header {
  size_t first = 0, last = 0;                 ///< row indexes of the header
  std::array<std::array<int, 2>, 3> amount{}; ///< [opening|turnover|closing][debit|credit]
  int account = -1;
  int name = -1; ///< -1: the name follows the code in the account cell
  int indicator = -1; ///< «Показатели» (БУ, НУ, ПР, ВР, Вал.): only БУ rows count
  int first_amount() const {
    int leftmost = amount[0][0];
    for (const auto& group : amount)
      for (int c : group)
        leftmost = std::min(leftmost, c);
    return leftmost;
  }
};

/// Assigns columns to the six (group, side) slots; true when every slot has one.
bool assign_amounts(const std::vector<Group>& groups, const std::vector<Side>& sides,
                    Header& header) {
  // «Сальдо на <date>» twice: the balance left of the turnovers opens, the one right closes.
  int turnover = -1;
  for (size_t c = 0; c < groups.size() && turnover < 0; ++c)
    if (groups[c] == Group::turnover)
      turnover = static_cast<int>(c);
  for (auto& group : header.amount)
    group = {-1, -1};
  for (size_t c = 0; c < groups.size(); ++c) {
    Group g = groups[c];
    if (g == Group::balance) {
      if (turnover < 0)
        continue;
      g = static_cast<int>(c) < turnover ? Group::opening : Group::closing;
    }
    if (g == Group::none || sides[c] == Side::none)
      continue;
    const size_t gi = g == Group::opening ? 0 : g == Group::turnover ? 1 : 2;
    const size_t si = sides[c] == Side::debit ? 0 : 1;
    if (header.amount[gi][si] < 0)
      header.amount[gi][si] = static_cast<int>(c);
  }
  for (const auto& group : header.amount)
    for (int c : group)
      if (c < 0)
        return false;
  return true;
}

/// The header's amount columns at row index `i`: in one row (each cell naming its group and
/// side) or in two (groups above, «Дебет»/«Кредит» below).
std::optional<Header> amount_header(const Sheet& sheet, size_t i) {
  const auto& rows = sheet.grid().rows;
  const int width = sheet.width(i, i + 2);
  std::vector<std::string> top(static_cast<size_t>(width));
  for (int c = 0; c < width; ++c)
    top[static_cast<size_t>(c)] = normalise(sheet.shown(i, c));
  std::vector<Group> groups(top.size());
  std::vector<Side> sides(top.size());
  Header header;
  header.first = header.last = i;
  for (size_t c = 0; c < top.size(); ++c) {
    groups[c] = group_of(top[c]);
    sides[c] = side_of(top[c]);
  }
  if (assign_amounts(groups, sides, header))
    return header;
  if (i + 1 >= rows.size())
    return std::nullopt;
  // Two rows. A merged group heading shows in all its columns; one re-saved as CSV is in its
  // first column only, so a group carries on to the right over empty cells.
  header.last = i + 1;
  Group carried = Group::none;
  for (size_t c = 0; c < top.size(); ++c) {
    if (!top[c].empty())
      carried = group_of(top[c]);
    groups[c] = carried;
    sides[c] = side_of(normalise(sheet.shown(i + 1, static_cast<int>(c))));
  }
  if (assign_amounts(groups, sides, header))
    return header;
  return std::nullopt;
}

/// The account, name and indicator columns of a header whose amounts are known.
void label_columns(const Sheet& sheet, Header& header) {
  const int width = sheet.width(header.first, header.last + 1);
  const auto is_amount = [&](int c) {
    for (const auto& group : header.amount)
      for (int a : group)
        if (a == c)
          return true;
    return false;
  };
  int code = -1, account = -1;
  std::vector<std::string> texts(static_cast<size_t>(width));
  for (int c = 0; c < width; ++c) {
    if (is_amount(c))
      continue;
    std::string text;
    for (size_t r = header.first; r <= header.last; ++r)
      text += normalise(sheet.shown(r, c)) + " ";
    texts[static_cast<size_t>(c)] = text;
    if (contains(text, "показател"))
      header.indicator = c;
    else if (code < 0 && contains(text, "код"))
      code = c;
    else if (account < 0 && contains(text, "счет"))
      account = c;
  }
  header.account = code >= 0 ? code : account;
  for (int c = 0; c < width && header.account >= 0; ++c) {
    const auto& text = texts[static_cast<size_t>(c)];
    if (c != header.account && c != header.indicator && !is_amount(c) &&
        (contains(text, "наименование") || contains(text, "название"))) {
      header.name = c;
      break;
    }
  }
}

std::optional<Header> find_header(const Sheet& sheet) {
  const size_t rows = std::min(sheet.grid().rows.size(), k_header_search_rows);
  for (size_t i = 0; i < rows; ++i) {
    if (auto header = amount_header(sheet, i)) {
      label_columns(sheet, *header);
      return header;
    }
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 12> k_month_stems = {
    "янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};

/// 1-12 for a Russian month word in either case ending («март», «марта»), else 0.
int month_of_word(std::string_view word) {
  if (word == "май" || word == "мая")
    return 5;
  if (word.size() < 6) // three Cyrillic letters at least
    return 0;
  for (size_t m = 0; m < k_month_stems.size(); ++m)
    if (m != 4 && word.compare(0, k_month_stems[m].size(), k_month_stems[m]) == 0)
      return static_cast<int>(m) + 1;
  return 0;
}

std::string name_of(const TurnoverRow& row) {
  return row.name.empty() ? row.account.text : row.account.text + " «" + row.name + "»";
}

/// The six amounts' names, for messages; in TurnoverAmounts order.
std::array<std::string, 6> amount_names() {
  return {tr("opening debit"),   tr("opening credit"), tr("turnover debit"),
          tr("turnover credit"), tr("closing debit"),  tr("closing credit")};
}

std::array<std::int64_t, 6> as_array(const TurnoverAmounts& a) {
  return {a.opening_debit,   a.opening_credit, a.turnover_debit,
          a.turnover_credit, a.closing_debit,  a.closing_credit};
}

class Reader {
public:
  Reader(const Sheet& sheet, const Header& header, const std::string& file)
      : m_sheet(sheet), m_header(header), m_file(file) {}

  TurnoverBalance read() {
    TurnoverBalance balance;
    balance.file = m_file;
    balance.sheet = m_sheet.grid().sheet;
    read_title(balance);
    const auto& rows = m_sheet.grid().rows;
    std::optional<TurnoverAmounts> totals_row;
    for (size_t i = m_header.last + 1; i < rows.size() && m_problems.size() < k_max_problems; ++i) {
      if (is_totals(i)) {
        balance.totals_row = rows[i].number;
        totals_row = amounts(i);
        break;
      }
      read_row(i, balance);
    }
    if (!m_problems.empty())
      fail();
    check_duplicates(balance);
    check_rows(balance);
    check_totals(balance, totals_row);
    if (!m_problems.empty())
      fail();
    return balance;
  }

private:
  void problem(std::string message) { m_problems.push_back({m_file, 0, 0, std::move(message)}); }

  [[noreturn]] void fail() {
    throw_diagnostics(ErrorKind::invalid, tr("invalid turnover-balance sheet"), m_problems);
  }

  void read_title(TurnoverBalance& balance) {
    for (size_t i = 0; i < m_header.first; ++i) {
      const auto& cells = m_sheet.grid().rows[i].cells;
      for (const auto& cell : cells) {
        const std::string text = std::string(trim(cell.text));
        if (text.empty())
          continue;
        if (balance.title.empty() && contains(normalise(text), "ведомост")) {
          balance.title = text;
          balance.period = parse_title_period(text);
        } else if (balance.organisation.empty() && balance.title.empty() && i == 0) {
          balance.organisation = text;
        }
        break; // the first text of a row is what it says
      }
    }
  }

  bool is_totals(size_t i) const {
    // «Итого» in any case: five two-byte letters; only a cell starting so is folded.
    constexpr size_t k_length = std::string_view("итого").size();
    const int before = std::max(m_header.first_amount(), m_header.account + 1);
    for (int c = 0; c < before; ++c) {
      const std::string_view text = trim(m_sheet.cell(i, c).text);
      if (text.size() >= k_length && is_valid_utf8(text.substr(0, k_length)) &&
          fold_case(text.substr(0, k_length)) == "итого")
        return true;
    }
    return false;
  }

  std::string where(size_t i, int column) const {
    return m_sheet.grid().where(m_sheet.grid().rows[i].number, column);
  }

  std::int64_t amount(size_t i, int column) {
    const GridCell& cell = m_sheet.cell(i, column);
    if (cell.numeric) {
      if (auto minor = decimal_to_minor(cell.text))
        return *minor;
      // TRANSLATORS: where (sheet, row, column), then the cell's text.
      problem(trf("{}: the number {} is out of range", where(i, column), cell.text));
      return 0;
    }
    const auto parsed = parse_text_amount(cell.text);
    if (parsed.minor)
      return *parsed.minor;
    // TRANSLATORS: where (sheet, row, column), the cell's text, then why it is not an amount.
    problem(trf("{}: '{}' is not an amount ({})", where(i, column), cell.text, parsed.problem));
    return 0;
  }

  TurnoverAmounts amounts(size_t i) {
    const auto& a = m_header.amount;
    return {amount(i, a[0][0]), amount(i, a[0][1]), amount(i, a[1][0]),
            amount(i, a[1][1]), amount(i, a[2][0]), amount(i, a[2][1])};
  }

  bool amounts_empty(size_t i) const {
    for (const auto& group : m_header.amount)
      for (int c : group)
        if (!trim(m_sheet.cell(i, c).text).empty())
          return false;
    return true;
  }

  void read_row(size_t i, TurnoverBalance& balance) {
    if (m_header.indicator >= 0) {
      const std::string indicator = normalise(m_sheet.cell(i, m_header.indicator).text);
      if (!indicator.empty() && indicator != "бу")
        return; // tax accounting, differences, currency: not the books
    }
    const GridCell& code_cell = m_sheet.cell(i, m_header.account);
    const std::string_view code_text = trim(code_cell.text);
    if (code_text.empty()) {
      if (!amounts_empty(i))
        problem(trf("{}: amounts without an account code", where(i, m_header.account)));
      return;
    }
    if (balance.rows.size() >= k_max_sheet_rows) {
      problem(trf("{}: more than {} accounts: not a turnover-balance sheet acct reads",
                  where(i, m_header.account), k_max_sheet_rows));
      return;
    }
    TurnoverRow row;
    row.source_row = m_sheet.grid().rows[i].number;
    std::string_view token = code_text;
    std::string_view rest;
    if (const size_t end = code_text.find_first_of(", \t\n"); end != std::string_view::npos) {
      token = code_text.substr(0, end);
      rest = code_text.substr(end);
    }
    std::optional<AccountCode> code;
    if (code_cell.numeric) {
      // A spreadsheet that took the code for a number has lost leading and trailing zeros
      // ("01" -> 1, "60.10" -> 60.1) unless it is a whole number of two or three digits.
      if (token.find_first_not_of("0123456789") == std::string_view::npos)
        code = parse_account_code(token);
      if (!code) {
        problem(trf("{}: the account code {} is stored as a number, which may have lost zeros "
                    "(01 -> 1, 60.10 -> 60.1); store the column as text",
                    where(i, m_header.account), code_text));
        return;
      }
    } else {
      code = parse_account_code(token);
    }
    if (!code) {
      problem(trf("{}: '{}' is not an account code (like 60, 60.01 or 76.АВ)",
                  where(i, m_header.account), token));
      return;
    }
    row.account = std::move(*code);
    if (m_header.name >= 0) {
      row.name = std::string(trim(m_sheet.cell(i, m_header.name).text));
    } else {
      while (!rest.empty() && (rest[0] == ',' || rest[0] == ' ' || rest[0] == '\t' ||
                               rest[0] == '\n' || rest[0] == '-'))
        rest.remove_prefix(1);
      row.name = std::string(trim(rest));
    }
    row.amounts = amounts(i);
    balance.rows.push_back(std::move(row));
  }

  void check_duplicates(const TurnoverBalance& balance) {
    std::map<std::string, const TurnoverRow*> seen;
    for (const auto& row : balance.rows) {
      auto [it, added] = seen.emplace(row.account.key, &row);
      if (!added)
        problem(trf("{}: account {} is there twice (rows {} and {})",
                    m_sheet.grid().where(row.source_row), row.account.text, it->second->source_row,
                    row.source_row));
    }
  }

  void check_rows(const TurnoverBalance& balance) {
    for (const auto& row : balance.rows) {
      const auto& a = row.amounts;
      const std::int64_t expected =
          a.opening_debit - a.opening_credit + a.turnover_debit - a.turnover_credit;
      if (expected != a.closing_debit - a.closing_credit)
        problem(trf("{}: account {}: the closing balance {} does not follow from the opening "
                    "balance {} and the turnovers {} (debit) and {} (credit), which give {}",
                    m_sheet.grid().where(row.source_row), name_of(row),
                    format_amount(a.closing_debit - a.closing_credit),
                    format_amount(a.opening_debit - a.opening_credit),
                    format_amount(a.turnover_debit), format_amount(a.turnover_credit),
                    format_amount(expected)));
    }
  }

  void check_totals(TurnoverBalance& balance, const std::optional<TurnoverAmounts>& totals_row) {
    // A subaccount's amounts are in its account's row already; off-balance accounts are kept
    // by single entry and never balance.
    std::set<std::string> keys;
    for (const auto& row : balance.rows)
      keys.insert(row.account.key);
    TurnoverAmounts balance_sum, all_sum;
    for (const auto& row : balance.rows) {
      bool has_parent = false;
      for (auto p = parent_account(row.account.key); !p.empty() && !has_parent;
           p = parent_account(p))
        has_parent = keys.count(std::string(p)) > 0;
      if (has_parent)
        continue;
      all_sum += row.amounts;
      if (!row.account.off_balance)
        balance_sum += row.amounts;
    }
    balance.totals = balance_sum;
    const auto names = amount_names();
    if (totals_row && *totals_row != balance_sum && *totals_row != all_sum) {
      const auto stated = as_array(*totals_row), summed = as_array(balance_sum);
      for (size_t k = 0; k < stated.size(); ++k)
        if (stated[k] != summed[k]) {
          problem(trf("{}: the «Итого» row says {} {}, but the accounts above add up to {}",
                      m_sheet.grid().where(balance.totals_row), names[k], format_amount(stated[k]),
                      format_amount(summed[k])));
          break;
        }
      return;
    }
    const auto totals = as_array(balance_sum);
    for (size_t k = 0; k < totals.size(); k += 2)
      if (totals[k] != totals[k + 1]) {
        const std::string at = balance.totals_row > 0
                                   ? m_sheet.grid().where(balance.totals_row) + ": "
                                   : std::string();
        // TRANSLATORS: where («Итого» row), then e.g. "closing debit 100.00", "closing credit
        // 90.00".
        problem(trf("{}debit and credit totals do not balance: {} {}, {} {}", at, names[k],
                    format_amount(totals[k]), names[k + 1], format_amount(totals[k + 1])));
      }
  }

  const Sheet& m_sheet;
  const Header& m_header;
  const std::string& m_file;
  std::vector<Diagnostic> m_problems;
};

bool looks_binary(std::string_view bytes) {
  const auto head = bytes.substr(0, 8192);
  return std::any_of(head.begin(), head.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  });
}

Error not_a_spreadsheet(const std::string& file, std::string why) {
  return Error(ErrorKind::invalid, trf("'{}' is not a spreadsheet: {}", file, why),
               tr("save the turnover-balance sheet from 1С or the spreadsheet as Excel (.xlsx) "
                  "or CSV"));
}

} // namespace

std::optional<SheetPeriod> parse_title_period(std::string_view title) {
  const std::string text = normalise(title);
  const size_t za = text.find(" за ");
  if (za == std::string::npos)
    return std::nullopt;
  SheetPeriod period;
  // The original words after «за», for messages.
  const std::string_view original = trim(title);
  constexpr size_t k_za = std::string_view(" за ").size();
  const size_t at = fold_case(original).find(" за ");
  period.text = std::string(trim(at == std::string::npos ? std::string_view(text).substr(za + k_za)
                                                         : original.substr(at + k_za)));
  const std::string rest = text.substr(za + k_za);
  // «01.03.2026 - 31.03.2026», «с 01.03.2026 по 31.03.2026».
  std::vector<Date> dates;
  for (size_t i = 0; i + 10 <= rest.size() && dates.size() < 2; ++i)
    if (auto day = parse_date_ru(std::string_view(rest).substr(i, 10))) {
      dates.push_back(*day);
      i += 9;
    }
  if (dates.size() == 2) {
    period.from = dates[0];
    period.to = dates[1];
    return period;
  }
  // «Март 2026 г.», «марта 2026».
  const auto w = words(rest);
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    const int month = month_of_word(w[i]);
    if (month == 0 || w[i + 1].size() != 4 ||
        w[i + 1].find_first_not_of("0123456789") != std::string::npos)
      continue;
    const date::year_month_day first{date::year{std::stoi(w[i + 1])},
                                     date::month{static_cast<unsigned>(month)}, date::day{1}};
    period.from = Date(first);
    period.to = end_of_month(*period.from);
    break;
  }
  return period;
}

namespace {

/// The first grid with a table header, and the header.
std::optional<std::pair<const Grid*, Header>> locate(std::span<const Grid> grids) {
  for (const auto& grid : grids)
    if (auto header = find_header(Sheet(grid)))
      return std::make_pair(&grid, *header);
  return std::nullopt;
}

TurnoverBalance read_located(const Grid& grid, const Header& header, const std::string& file) {
  if (header.account < 0)
    throw Error(ErrorKind::invalid,
                trf("{}: {}: the header has no column of account codes («Счет» or «Код»)", file,
                    grid.where(grid.rows[header.first].number)));
  const Sheet sheet(grid);
  return Reader(sheet, header, file).read();
}

Error no_table(std::span<const Grid> grids, const std::string& file) {
  std::vector<std::string> sheets;
  for (const auto& grid : grids)
    if (!grid.sheet.empty())
      sheets.push_back("'" + grid.sheet + "'");
  // TRANSLATORS: {} after "table" is empty or " (sheets read: 'A', 'B')".
  const std::string looked =
      sheets.empty() ? std::string() : trf(" (sheets read: {})", join(sheets, ", "));
  return Error(ErrorKind::invalid,
               trf("'{}' has no turnover-balance table{}: no header with «Сальдо на начало "
                   "периода», «Обороты за период» and «Сальдо на конец периода», each over "
                   "«Дебет» and «Кредит»",
                   file, looked),
               tr("save the report «Оборотно-сальдовая ведомость» from 1С:Бухгалтерия as Excel "
                  "(.xlsx), or that table as CSV"));
}

Grid grid_of_csv(const CsvTable& table, const std::string& file) {
  Grid grid;
  grid.file = file;
  for (const auto& record : table.records) {
    GridRow row{record.line, {}};
    for (const auto& field : record.fields)
      row.cells.push_back({field, false});
    grid.rows.push_back(std::move(row));
  }
  return grid;
}

} // namespace

TurnoverBalance recognise_turnover_balance(std::span<const Grid> grids, const std::string& file) {
  if (auto found = locate(grids))
    return read_located(*found->first, found->second, file);
  throw no_table(grids, file);
}

TurnoverBalance read_turnover_balance(std::string_view bytes, const std::string& file) {
  if (bytes.empty())
    throw not_a_spreadsheet(file, tr("the file is empty"));
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4)) {
    const auto grids = read_xlsx(bytes, file);
    return recognise_turnover_balance(grids, file);
  }
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
    throw Error(ErrorKind::invalid,
                trf("'{}' is an Excel 97-2003 workbook (.xls), which acct does not read", file),
                tr("save it as Excel (.xlsx) or CSV"));
  if (looks_binary(bytes))
    throw not_a_spreadsheet(file, tr("it is neither an XLSX workbook nor text"));
  // CSV or TSV: the separator the first line uses most, else another that gives a table (the
  // first line is often the organisation's name alone, with none).
  const char detected = detect_csv_separator(bytes);
  std::vector<char> order{detected};
  for (char separator : k_csv_separators)
    if (separator != detected)
      order.push_back(separator);
  std::optional<Error> unreadable;
  std::optional<Grid> first;
  for (char separator : order) {
    Grid grid;
    try {
      grid = grid_of_csv(parse_csv(bytes, file, separator), file);
    } catch (const Error& e) {
      if (!unreadable)
        unreadable = e; // not UTF-8, or not CSV with this separator
      continue;
    }
    if (auto found = locate(std::span<const Grid>(&grid, 1)))
      return read_located(grid, found->second, file);
    if (!first)
      first = std::move(grid);
  }
  if (!first)
    throw *unreadable;
  throw no_table(std::span<const Grid>(&*first, 1), file);
}

void check_sheet_period(const TurnoverBalance& balance, const Period& month) {
  if (!balance.period)
    return;
  const auto& p = *balance.period;
  if (p.from && p.to && *p.from == month.start() && *p.to == month.end())
    return;
  if (!p.from || !p.to)
    throw Error(ErrorKind::invalid,
                trf("'{}': cannot tell the period from the title «{}»; expected {}", balance.file,
                    balance.title, period_title_ru(month)),
                tr("check --period, or the period the sheet was made for in 1С"));
  throw Error(ErrorKind::invalid,
              // TRANSLATORS: the file, what its title says after «за», the month asked for
              // ("2026-03") and that month in Russian ("март 2026").
              trf("'{}' is a sheet for «{}», not for {} ({})", balance.file, p.text, month.id(),
                  period_title_ru(month)),
              tr("check --period, or the period the sheet was made for in 1С"));
}

} // namespace acctcore
