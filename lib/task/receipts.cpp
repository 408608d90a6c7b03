#include "task/receipts.hpp"

#include "deadline/period.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "template/loader.hpp"
#include "util/csv.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace acctcore {

namespace {

/// Header spellings of each field besides its own name, compared after csv_header_key.
constexpr std::pair<std::string_view, std::string_view> k_headers[] = {
    {"task", "задача|ключ задачи|task key|task id"},
    {"inn", "инн|бин|иин|инн/бин|inn/bin"},
    {"form", "форма|код формы|кнд|код кнд|отчёт|отчет|form code"},
    {"period", "период|отчётный период|отчетный период"},
    {"status", "статус|состояние|результат"},
    {"date", "дата|дата ответа|дата квитанции|date of answer"},
    {"number", "номер|рег. номер|регистрационный номер|номер квитанции|receipt|receipt number"},
    {"reason", "причина|причина отказа|комментарий|текст уведомления"},
    {"filed_on", "дата отправки|дата представления|отправлен|submitted"},
    {"channel", "канал|оператор|оператор эдо|operator"},
};

std::optional<std::string> field_for_header(std::string_view header) {
  const std::string key = csv_header_key(header);
  for (const auto& [field, spellings] : k_headers) {
    if (key == field)
      return std::string(field);
    for (const auto& spelling : split(spellings, '|'))
      if (key == csv_header_key(spelling))
        return std::string(field);
  }
  return std::nullopt;
}

/// "filed" or an answer, from what operators write.
struct RowStatus {
  bool answered = false;
  FilingAnswer answer = FilingAnswer::accepted;
};

std::optional<RowStatus> parse_row_status(std::string_view text) {
  const std::string key = csv_header_key(text);
  if (auto answer = parse_filing_answer(key))
    return RowStatus{true, *answer};
  static constexpr std::pair<std::string_view, std::string_view> k_words[] = {
      {"filed", "filed|sent|отправлен|отправлено|сдан|сдано|доставлен|доставлено|"
                "ожидает ответа"},
      {"accepted", "принят|принято|принята|квитанция о приёме|квитанция о приеме|успешно"},
      {"accepted-with-notice",
       "принят с уведомлением|принят, есть уведомление|принят с уточнением|"
       "требуется уточнение|уведомление об уточнении|принят с ошибками|accepted with notice"},
      {"rejected", "отклонён|отклонен|отклонено|не принят|не принято|отказ|отказ в приёме|"
                   "отказ в приеме|уведомление об отказе"},
  };
  for (const auto& [name, words] : k_words)
    for (const auto& word : split(words, '|'))
      if (key == csv_header_key(word)) {
        if (name == "filed")
          return RowStatus{false, FilingAnswer::accepted};
        return RowStatus{true, *parse_filing_answer(name)};
      }
  return std::nullopt;
}

std::string cell(const CsvRecord& record, const std::map<std::string, size_t>& columns,
                 const char* field) {
  const auto it = columns.find(field);
  if (it == columns.end() || it->second >= record.fields.size())
    return {};
  return std::string(trim(record.fields[it->second]));
}

/// Dates as operators export them: 2026-04-27 or 27.04.2026 (a time after the date is ignored).
Date row_date(const std::string& text, const char* what) {
  const std::string day = text.substr(0, text.find(' '));
  if (auto d = parse_date(day))
    return *d;
  if (auto d = parse_date_ru(day))
    return *d;
  throw Error(ErrorKind::invalid,
              // TRANSLATORS: a column name (date, filed_on), then the value.
              trf("{} '{}' is not a date: write 2026-04-27 or 27.04.2026", what, text));
}

/// The task a row names; throws Error(invalid) saying why none or several match.
class TaskFinder {
public:
  TaskFinder(const Store& store, const ServiceSet& services) : m_store(store) {
    for (const Service& service : services.all()) {
      const auto add = [&](const TaskSpec& spec) {
        if (spec.filing && !spec.filing->form.empty())
          m_forms[fold_case(spec.filing->form)].insert(service.id + "/" + spec.code);
        m_codes.insert(spec.code);
      };
      for (const auto& o : service.obligations)
        add(o);
      for (const auto& p : service.programmes)
        for (const auto& s : p.steps)
          add(s);
      for (const auto& t : service.triggers)
        add(t);
    }
  }

  TaskRecord by_key(const std::string& text) const {
    std::string id = text;
    if (!id.empty() && id.front() == '#')
      id.erase(0, 1);
    if (!id.empty() && id.size() <= 18 && id.find_first_not_of("0123456789") == std::string::npos)
      return get_task(m_store, std::stoll(id));
    return find_task_by_key(m_store, text);
  }

  TaskRecord by_form(const std::string& inn, const std::string& form,
                     const std::string& period_text) {
    const std::int64_t client = client_id(inn);
    const auto period = parse_period(period_text);
    if (!period)
      throw Error(ErrorKind::invalid,
                  trf("unknown period '{}': write 2026-Q1, 2026-03, 2026-H1, 2026-9M or 2026",
                      period_text));
    std::set<std::string> keys; // "service/code" the form stands for
    if (auto it = m_forms.find(fold_case(form)); it != m_forms.end())
      keys = it->second;
    const bool code = m_codes.count(form) > 0;
    if (keys.empty() && !code)
      throw Error(ErrorKind::invalid,
                  trf("unknown form '{}': no template's filing has this form code, and no "
                      "obligation has this code",
                      form));
    Statement q(m_store, "SELECT t.id, coalesce(t.service, ''), t.code FROM task t "
                         "WHERE t.client_id = ? AND t.period = ? AND t.origin <> 3 "
                         "AND t.status <> 'cancelled' ORDER BY t.id");
    q.bind(1, client);
    q.bind(2, period->id());
    std::vector<std::int64_t> found;
    while (q.step()) {
      const std::string service_code = q.column(1).as_text() + "/" + q.column(2).as_text();
      if (keys.count(service_code) > 0 || q.column(2).as_view() == form)
        found.push_back(q.column(0).as_int64());
    }
    if (found.empty())
      throw Error(ErrorKind::invalid,
                  trf("no task of form '{}' for {} in {} (see 'acct task list --client {} "
                      "--period {} --all')",
                      form, m_slugs[client], period->id(), m_slugs[client], period->id()));
    if (found.size() > 1) {
      std::vector<std::string> ids;
      for (auto id : found)
        ids.push_back("#" + std::to_string(id));
      throw Error(ErrorKind::invalid,
                  trf("form '{}' of {} in {} matches {} tasks ({}): give the task column "
                      "instead",
                      form, m_slugs[client], period->id(), found.size(), join(ids, ", ")));
    }
    return get_task(m_store, found.front());
  }

private:
  std::int64_t client_id(const std::string& inn) {
    if (auto it = m_clients.find(inn); it != m_clients.end())
      return it->second;
    Statement q(m_store, "SELECT id, slug FROM client WHERE inn = ? ORDER BY id");
    q.bind(1, inn);
    std::vector<std::pair<std::int64_t, std::string>> found;
    while (q.step())
      found.emplace_back(q.column(0).as_int64(), q.column(1).as_text());
    if (found.empty())
      throw Error(ErrorKind::invalid, trf("no client with ИНН/БИН {}", inn));
    if (found.size() > 1)
      throw Error(ErrorKind::invalid,
                  trf("ИНН/БИН {} belongs to clients of two countries ({}, {}): give the task "
                      "column instead",
                      inn, found[0].second, found[1].second));
    m_slugs[found.front().first] = found.front().second;
    return m_clients[inn] = found.front().first;
  }

  const Store& m_store;
  std::map<std::string, std::set<std::string>> m_forms; ///< folded form -> "service/code"
  std::set<std::string> m_codes;
  std::map<std::string, std::int64_t> m_clients; ///< inn -> id
  std::map<std::int64_t, std::string> m_slugs;
};

} // namespace

std::size_t ReceiptReport::count(ReceiptAction action) const noexcept {
  return static_cast<std::size_t>(std::count_if(
      rows.begin(), rows.end(), [action](const ReceiptRow& row) { return row.action == action; }));
}

TaskRecord find_task_by_key(const Store& store, std::string_view key) {
  const auto parts = split(key, '/');
  const auto fail = [&]() -> Error {
    return Error(ErrorKind::not_found, trf("no task with the key '{}'", key),
                 tr("a key is CLIENT/SERVICE/CODE/PERIOD, or CLIENT/manual/ID (see 'acct task "
                    "show ID')"));
  };
  if (parts.size() == 3 && parts[1] == "manual") {
    const std::string& id = parts[2];
    if (id.empty() || id.size() > 18 || id.find_first_not_of("0123456789") != std::string::npos)
      throw fail();
    TaskRecord task = get_task(store, std::stoll(id));
    if (task.client != parts[0] || task.origin != TaskOrigin::manual)
      throw fail();
    return task;
  }
  if (parts.size() < 4 || parts.size() > 6)
    throw fail();
  int instalment = 1;
  std::optional<std::int64_t> event;
  for (size_t i = 4; i < parts.size(); ++i) {
    const std::string& part = parts[i];
    if (part.starts_with("event-") && part.size() > 6 && part.size() < 24 &&
        part.find_first_not_of("0123456789", 6) == std::string::npos)
      event = std::stoll(part.substr(6));
    else if (!part.empty() && part.size() < 4 &&
             part.find_first_not_of("0123456789") == std::string::npos)
      instalment = std::stoi(part);
    else
      throw fail();
  }
  Statement q(store, "SELECT t.id FROM task t JOIN client c ON c.id = t.client_id "
                     "WHERE c.slug = ? AND t.service = ? AND t.code = ? AND t.period = ? "
                     "AND t.instalment = ? AND coalesce(t.event_id, 0) = ? AND t.origin <> 3");
  q.bind(1, parts[0]);
  q.bind(2, parts[1]);
  q.bind(3, parts[2]);
  q.bind(4, parts[3]);
  q.bind(5, instalment);
  q.bind(6, event.value_or(0));
  if (!q.step())
    throw fail();
  return get_task(store, q.column(0).as_int64());
}

ReceiptReport load_receipts(Store& store, const Actor& actor, const ServiceSet& services,
                            const CalendarSet& calendars, std::string_view text,
                            const ReceiptOptions& options, Date today) {
  const CsvTable table = parse_csv(text, options.file_name, options.separator);
  ReceiptReport report;
  report.separator = table.separator;
  report.dry_run = options.dry_run;
  if (table.records.empty())
    throw Error(ErrorKind::invalid, trf("'{}' is empty: it needs a header", options.file_name));
  std::map<std::string, size_t> columns;
  std::vector<std::string> unknown;
  const auto& header = table.records.front();
  for (size_t i = 0; i < header.fields.size(); ++i) {
    if (trim(header.fields[i]).empty())
      continue;
    if (auto field = field_for_header(header.fields[i])) {
      if (columns.count(*field) > 0)
        throw Error(ErrorKind::invalid,
                    trf("'{}' has two '{}' columns", options.file_name, *field));
      columns[*field] = i;
    } else {
      unknown.push_back(header.fields[i]);
    }
  }
  if (!unknown.empty())
    throw Error(
        ErrorKind::invalid,
        trf("'{}' has columns acct does not know: {}", options.file_name, quoted_list(unknown)),
        trf("known columns: {} (or their Russian names, docs/clientside.md#receipts)",
            join(std::vector<std::string>(std::begin(k_receipt_fields), std::end(k_receipt_fields)),
                 ", ")));
  const bool by_task = columns.count("task") > 0;
  const bool by_form =
      columns.count("inn") > 0 && columns.count("form") > 0 && columns.count("period") > 0;
  if (!by_task && !by_form)
    throw Error(ErrorKind::invalid,
                trf("'{}' does not say which task a row is: it needs a 'task' column, or "
                    "'inn', 'form' and 'period'",
                    options.file_name));
  for (const char* required : {"status", "date"})
    if (columns.count(required) == 0)
      throw Error(ErrorKind::invalid, trf("'{}' has no '{}' column", options.file_name, required));

  TaskFinder finder(store, services);
  std::vector<std::string> problems;
  const auto load_row = [&](const CsvRecord& record) {
    ReceiptRow row;
    row.line = record.line;
    const std::string task_cell = cell(record, columns, "task");
    TaskRecord task =
        !task_cell.empty() || !by_form
            ? finder.by_key(task_cell)
            : finder.by_form(cell(record, columns, "inn"), cell(record, columns, "form"),
                             cell(record, columns, "period"));
    const std::string status_cell = cell(record, columns, "status");
    const auto status = parse_row_status(status_cell);
    if (!status)
      throw Error(ErrorKind::invalid,
                  trf("unknown status '{}': use filed, accepted, accepted-with-notice or "
                      "rejected",
                      status_cell));
    const Date day = row_date(cell(record, columns, "date"), "date");
    const std::string filed_cell = cell(record, columns, "filed_on");
    const Date filed_on = filed_cell.empty() ? day : row_date(filed_cell, "filed_on");
    std::string channel = cell(record, columns, "channel");
    if (channel.empty())
      channel = options.channel;
    const std::string number = cell(record, columns, "number");
    row.task_id = task.id;
    row.task_key = task.key();
    row.title = task.title;
    // A row submits what was not filed yet, and keeps what was (an answer's row repeats the
    // registration number the submission had).
    if (auto before = get_filing(store, task.id);
        !before || (!status->answered && !before->answer)) {
      NewFiling filing{task.id, filed_on, channel, number, std::nullopt};
      if (before && !status->answered) {
        filing.channel = channel.empty() ? before->channel : channel;
        filing.receipt = number.empty() ? before->receipt : number;
      }
      row.result = file_task(store, actor, services, filing, today);
      if (row.result.changed)
        row.action = ReceiptAction::filed;
    }
    if (status->answered) {
      NewAnswer answer{task.id, status->answer, day, {}, cell(record, columns, "reason")};
      row.result = answer_filing(store, actor, services, calendars, answer, today);
      if (row.result.changed) {
        row.action = ReceiptAction::answered;
        row.answer = status->answer;
      }
    }
    report.rows.push_back(std::move(row));
  };

  Savepoint all(store, "acct_receipts");
  for (size_t i = 1; i < table.records.size(); ++i) {
    const CsvRecord& record = table.records[i];
    if (record.blank())
      continue;
    try {
      Savepoint one(store, "acct_receipt_row");
      load_row(record);
      one.release();
    } catch (const Error& e) {
      problems.push_back(trf("line {}: {}", record.line, e.what()));
    }
  }
  if (!problems.empty())
    throw Error(ErrorKind::invalid,
                // TRANSLATORS: the file name, then the number of bad rows.
                trnf("cannot load '{}': {} bad row; nothing was recorded",
                     "cannot load '{}': {} bad rows; nothing was recorded", problems.size(),
                     options.file_name, problems.size()),
                tr("fix the rows and run again ('--dry-run' checks a file without recording it)"),
                problems);
  if (!options.dry_run)
    all.release();
  return report;
}

} // namespace acctcore
