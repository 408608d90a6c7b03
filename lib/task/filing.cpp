#include "task/filing.hpp"

#include "audit/audit.hpp"
#include "calendar/calendar.hpp"
#include "calendar/loader.hpp"
#include "deadline/rule.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "task/writer.hpp"
#include "template/loader.hpp"
#include "util/enum_names.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace acctcore {

namespace {

constexpr std::string_view k_answer_names[] = {"accepted", "accepted-with-notice", "rejected"};
constexpr std::string_view k_status_names[] = {"unfiled", "filed", "accepted",
                                               "accepted-with-notice", "rejected"};

constexpr const char* k_filing_columns =
    "task_id, filed_on, channel, receipt, file_path, file_sha256, answer, answered_on, "
    "answer_number, reason, correction_id, filed_at, filed_by, answered_at, answered_by";

FilingRecord read_filing(Statement& q) {
  FilingRecord f;
  int i = 0;
  f.task_id = q.column(i++).as_int64();
  f.filed_on = column_date(q.column(i++)).value_or(Date{});
  f.channel = q.column(i++).as_text();
  f.receipt = q.column(i++).as_text();
  f.file_path = column_text(q.column(i++));
  f.file_sha256 = column_text(q.column(i++));
  f.answer = parse_filing_answer(column_view(q.column(i++)));
  f.answered_on = column_date(q.column(i++));
  f.answer_number = q.column(i++).as_text();
  f.reason = q.column(i++).as_text();
  if (const auto c = q.column(i++); !c.is_null())
    f.correction_id = c.as_int64();
  f.filed_at = column_timestamp(q.column(i++)).value_or(Timestamp{});
  f.filed_by = q.column(i++).as_text();
  f.answered_at = column_timestamp(q.column(i++));
  f.answered_by = column_text(q.column(i++));
  return f;
}

const TaskSpec* spec_of(const TaskRecord& task, const ServiceSet& services) {
  if (task.service.empty())
    return nullptr;
  const Service* service = services.find(task.service);
  return service == nullptr ? nullptr : service->spec(task.origin, task.code);
}

/// The calendar a task's dates are counted on: its service's, else its client's country's.
const Calendar& task_calendar(const Store& store, const TaskRecord& task,
                              const ServiceSet& services, const CalendarSet& calendars) {
  if (!task.service.empty())
    if (const Service* service = services.find(task.service); service && !service->calendar.empty())
      if (const Calendar* calendar = calendars.find(service->calendar))
        return *calendar;
  Statement q(store, "SELECT country FROM client WHERE id = ?");
  q.bind(1, task.client_id);
  q.step();
  return calendars.get(q.column(0).as_view());
}

std::string answer_text(const std::optional<FilingAnswer>& answer) {
  return answer ? std::string(filing_answer_name(*answer)) : std::string();
}

/// Creates the correction task of `original` (rejected on `day` for `reason`).
TaskRecord add_correction(Store& store, const Actor& actor, const TaskRecord& original,
                          const DueDate& due, const std::string& reason, Date today) {
  // The same work for the same client, by the same people: the original's people by id, as
  // the record names them by handle.
  Statement people(store, "SELECT assignee_id, reviewer_id FROM task WHERE id = ?");
  people.bind(1, original.id);
  people.step();
  NewTaskRow row;
  row.client_id = original.client_id;
  row.origin = TaskOrigin::manual;
  row.service = original.service;
  row.code = "manual";
  row.period = original.period;
  const std::string title = correction_title(original.title);
  row.title = title;
  row.description = reason;
  const std::string due_text = format_date(due.due);
  row.due = due_text;
  row.provisional = due.provisional;
  row.role = original.role;
  row.reviewer_role = original.reviewer_role;
  if (const auto c = people.column(0); !c.is_null())
    row.assignee_id = c.as_int64();
  if (const auto c = people.column(1); !c.is_null())
    row.reviewer_id = c.as_int64();
  row.estimate_minutes = original.estimate_minutes;
  row.requires_file = original.requires_file;
  row.client_action = parse_client_action(original.client_action).value_or(ClientAction::none);
  row.category = parse_task_category(original.category).value_or(TaskCategory::production);
  row.corrects = original.id;
  const TaskRecord task = get_task(store, TaskWriter(store, actor.at).insert(row));
  ChangeSet changes;
  Json fields = task_to_json(task, today, nullptr);
  for (const char* unused : {"id", "key", "overdue", "created_at", "updated_at", "origin",
                             "instalment", "provisional", "filing_status", "amount"})
    fields.erase(unused);
  changes.set_fields(fields);
  record_audit(store, actor, "task", std::to_string(task.id), "create", changes);
  return task;
}

} // namespace

std::string_view filing_answer_name(FilingAnswer answer) noexcept {
  return enum_name(k_answer_names, answer);
}

std::optional<FilingAnswer> parse_filing_answer(std::string_view name) noexcept {
  return enum_from_name<FilingAnswer>(k_answer_names, name);
}

std::vector<std::string> filing_answer_names() {
  return {std::begin(k_answer_names), std::end(k_answer_names)};
}

std::string_view filing_status_name(FilingStatus status) noexcept {
  return enum_name(k_status_names, status);
}

std::optional<FilingStatus> parse_filing_status(std::string_view name) noexcept {
  return enum_from_name<FilingStatus>(k_status_names, name);
}

std::vector<std::string> filing_status_names() {
  return {std::begin(k_status_names), std::end(k_status_names)};
}

AnswerStep answer_step(std::optional<FilingAnswer> current, FilingAnswer next) noexcept {
  using A = FilingAnswer;
  if (!current)
    return AnswerStep::record;
  if (*current == next)
    return AnswerStep::same;
  switch (*current) {
  case A::accepted:
    return next == A::accepted_with_notice ? AnswerStep::record : AnswerStep::after_acceptance;
  case A::accepted_with_notice:
    return next == A::rejected ? AnswerStep::after_acceptance : AnswerStep::notice_withdrawn;
  case A::rejected:
    return AnswerStep::after_rejection;
  }
  return AnswerStep::after_rejection;
}

DueDate correction_due(const FilingSpec* spec, Date rejected_on, WorkDays& days) {
  static const DeadlineRule k_next_working_day = [] {
    DeadlineRule rule;
    rule.anchor = Anchor::event;
    rule.formula.form = DateFormula::Form::working_days;
    rule.formula.count = 1;
    return rule;
  }();
  const DeadlineRule& rule =
      spec != nullptr && spec->correction ? *spec->correction : k_next_working_day;
  DeadlineInput input;
  input.anchor = rejected_on;
  std::vector<DueDate> out;
  compute_deadline(rule, input, days, out);
  if (out.empty()) // a rule whose override skips the day: the next working day still applies
    compute_deadline(k_next_working_day, input, days, out);
  return out.front();
}

FilingStatus FilingRecord::status() const noexcept {
  if (!answer)
    return FilingStatus::filed;
  switch (*answer) {
  case FilingAnswer::accepted:
    return FilingStatus::accepted;
  case FilingAnswer::accepted_with_notice:
    return FilingStatus::accepted_with_notice;
  case FilingAnswer::rejected:
    return FilingStatus::rejected;
  }
  return FilingStatus::filed;
}

std::optional<FilingRecord> get_filing(const Store& store, std::int64_t task_id) {
  Statement q(store, fmt::format("SELECT {} FROM task_filing WHERE task_id = ?", k_filing_columns));
  q.bind(1, task_id);
  if (!q.step())
    return std::nullopt;
  return read_filing(q);
}

Json filing_to_json(const FilingRecord& f, const date::time_zone* zone) {
  const auto date_or_null = [](const std::optional<Date>& d) {
    return d ? Json(format_date(*d)) : Json(nullptr);
  };
  return Json{
      {"task_id", f.task_id},
      {"status", std::string(filing_status_name(f.status()))},
      {"filed_on", format_date(f.filed_on)},
      {"channel", json_or_null(f.channel)},
      {"receipt", json_or_null(f.receipt)},
      {"file", json_or_null(f.file_path)},
      {"file_sha256", json_or_null(f.file_sha256)},
      {"answer", f.answer ? Json(std::string(filing_answer_name(*f.answer))) : Json(nullptr)},
      {"answered_on", date_or_null(f.answered_on)},
      {"answer_number", json_or_null(f.answer_number)},
      {"reason", json_or_null(f.reason)},
      {"correction_id", f.correction_id ? Json(*f.correction_id) : Json(nullptr)},
      {"filed_at", format_timestamp(f.filed_at, zone)},
      {"filed_by", f.filed_by},
      {"answered_at", f.answered_at ? Json(format_timestamp(*f.answered_at, zone)) : Json(nullptr)},
      {"answered_by", json_or_null(f.answered_by)},
  };
}

bool is_filing_task(const TaskRecord& task, const ServiceSet& services) {
  if (task.corrects)
    return true;
  const TaskSpec* spec = spec_of(task, services);
  return spec != nullptr && spec->filing.has_value();
}

const FilingSpec* filing_spec(const Store& store, const TaskRecord& task,
                              const ServiceSet& services) {
  if (task.corrects) {
    // A chain of corrections answers with the first task's entry.
    TaskRecord original = get_task(store, *task.corrects);
    for (int depth = 0; original.corrects && depth < 100; ++depth)
      original = get_task(store, *original.corrects);
    return filing_spec(store, original, services);
  }
  const TaskSpec* spec = spec_of(task, services);
  return spec != nullptr && spec->filing ? &*spec->filing : nullptr;
}

std::vector<std::string> filing_task_codes(const ServiceSet& services) {
  std::vector<std::string> codes;
  for (const Service& service : services.all()) {
    const auto add = [&](const TaskSpec& spec) {
      if (spec.filing)
        codes.push_back(service.id + "/" + spec.code);
    };
    for (const auto& o : service.obligations)
      add(o);
    for (const auto& p : service.programmes)
      for (const auto& s : p.steps)
        add(s);
    for (const auto& t : service.triggers)
      add(t);
  }
  return codes;
}

FilingResult file_task(Store& store, const Actor& actor, const ServiceSet& services,
                       const NewFiling& in, Date today) {
  const TaskRecord task = get_task(store, in.task);
  if (task.status == TaskStatus::cancelled)
    throw Error(ErrorKind::conflict, trf("#{} is cancelled: it is not filed", task.id),
                trf("reopen it first: 'acct task reopen {}'", task.id));
  if (task.origin != TaskOrigin::manual && !is_filing_task(task, services))
    throw Error(ErrorKind::invalid,
                trf("#{} is not a filing task: its template entry '{}' has no 'filing'", task.id,
                    task.code),
                tr("only reports, declarations and notices sent to an authority are filed"));
  if (in.on > today)
    throw Error(ErrorKind::invalid, trf("the filing date {} is after today ({})",
                                        format_date(in.on), format_date(today)));
  FilingRecord next;
  next.task_id = task.id;
  next.filed_on = in.on;
  next.channel = std::string(trim(in.channel));
  next.receipt = std::string(trim(in.receipt));
  next.filed_at = actor.at;
  next.filed_by = actor.user;
  if (in.file) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(*in.file, ec);
    if (ec || !fs::exists(status))
      throw Error(ErrorKind::not_found, trf("no such file: {}", *in.file));
    if (fs::is_directory(status))
      throw Error(ErrorKind::invalid,
                  trf("{} is a directory: give the file that was sent", *in.file));
    next.file_path = fs::absolute(*in.file).lexically_normal().string();
    next.file_sha256 = sha256_file_hex(*in.file, nullptr);
  }
  const auto before = get_filing(store, task.id);
  if (before && before->answer)
    throw Error(ErrorKind::conflict,
                trf("#{} was answered already ({} on {}): its submission cannot change", task.id,
                    filing_answer_name(*before->answer), format_date(*before->answered_on)),
                before->correction_id
                    ? trf("file the correction task instead: 'acct task file {} ...'",
                          *before->correction_id)
                    : std::string());
  if (before) {
    if (before->filed_on == next.filed_on && before->channel == next.channel &&
        before->receipt == next.receipt && (!in.file || before->file_sha256 == next.file_sha256))
      return {*before, false, std::nullopt};
    if (!in.file) { // a correction of the receipt keeps the file recorded
      next.file_path = before->file_path;
      next.file_sha256 = before->file_sha256;
    }
  }
  Statement write(store, "INSERT INTO task_filing (task_id, filed_on, channel, receipt, file_path, "
                         "file_sha256, filed_at, filed_by) VALUES (:task, :on, :channel, :receipt, "
                         ":path, :sha, :now, :user) ON CONFLICT (task_id) DO UPDATE SET "
                         "filed_on = excluded.filed_on, channel = excluded.channel, "
                         "receipt = excluded.receipt, file_path = excluded.file_path, "
                         "file_sha256 = excluded.file_sha256, filed_at = excluded.filed_at, "
                         "filed_by = excluded.filed_by");
  write.bind(":task", task.id);
  write.bind(":on", format_date(next.filed_on));
  write.bind(":channel", next.channel);
  write.bind(":receipt", next.receipt);
  bind_text_or_null(write, ":path", next.file_path);
  bind_text_or_null(write, ":sha", next.file_sha256);
  write.bind(":now", format_timestamp_utc(actor.at));
  write.bind(":user", actor.user);
  write.exec();
  ChangeSet changes;
  const auto text = [](const std::string& s) { return json_or_null(s); };
  changes.compare("filed_on", before ? Json(format_date(before->filed_on)) : Json(),
                  format_date(next.filed_on));
  changes.compare("channel", before ? text(before->channel) : Json(), text(next.channel));
  changes.compare("receipt", before ? text(before->receipt) : Json(), text(next.receipt));
  changes.compare("file", before ? text(before->file_path) : Json(), text(next.file_path));
  changes.compare("file_sha256", before ? text(before->file_sha256) : Json(),
                  text(next.file_sha256));
  TaskWriter(store, actor.at).touch(task.id);
  record_audit(store, actor, "task", std::to_string(task.id), "file", changes);
  return {*get_filing(store, task.id), true, std::nullopt};
}

FilingResult answer_filing(Store& store, const Actor& actor, const ServiceSet& services,
                           const CalendarSet& calendars, const NewAnswer& in, Date today) {
  const TaskRecord task = get_task(store, in.task);
  const auto before = get_filing(store, task.id);
  if (!before)
    throw Error(
        ErrorKind::conflict,
        trf("#{} was never filed: there is nothing for the authority to answer", task.id),
        trf("record the submission first: 'acct task file {} --on DATE --receipt N'", task.id));
  if (in.on > today)
    throw Error(ErrorKind::invalid, trf("the answer's date {} is after today ({})",
                                        format_date(in.on), format_date(today)));
  if (in.on < before->filed_on)
    throw Error(ErrorKind::invalid, trf("the answer's date {} is before the filing ({})",
                                        format_date(in.on), format_date(before->filed_on)));
  const std::string reason(trim(in.reason));
  if (in.answer == FilingAnswer::rejected && reason.empty())
    throw Error(ErrorKind::invalid, tr("a rejection needs its reason: --reason TEXT"),
                tr("copy it from the authority's notice of refusal"));
  const std::string name(filing_answer_name(in.answer));
  switch (answer_step(before->answer, in.answer)) {
  case AnswerStep::record:
    break;
  case AnswerStep::same:
    if (before->answered_on != in.on)
      throw Error(ErrorKind::conflict,
                  trf("#{} was answered '{}' on {} already, not on {}", task.id, name,
                      format_date(*before->answered_on), format_date(in.on)));
    return {*before, false, std::nullopt};
  case AnswerStep::after_acceptance:
    throw Error(ErrorKind::conflict,
                // TRANSLATORS: a task id, the answer given (a command word: rejected), the
                // answer recorded (accepted, accepted-with-notice) and its date.
                trf("#{} cannot be '{}': the authority accepted it ({} on {})", task.id, name,
                    answer_text(before->answer), format_date(*before->answered_on)),
                tr("an accepted filing stays accepted; a correction after it is a new filing "
                   "(a task of its own)"));
  case AnswerStep::notice_withdrawn:
    throw Error(ErrorKind::conflict,
                trf("#{} was accepted with a notice on {}: '{}' would drop the notice", task.id,
                    format_date(*before->answered_on), name));
  case AnswerStep::after_rejection:
    throw Error(ErrorKind::conflict,
                trf("#{} was rejected on {}: its work goes on as a correction task", task.id,
                    format_date(*before->answered_on)),
                before->correction_id
                    ? trf("record the answer to the correction: 'acct task answer {} ...'",
                          *before->correction_id)
                    : std::string());
  }

  FilingResult result;
  if (in.answer == FilingAnswer::rejected) {
    WorkDays days(task_calendar(store, task, services, calendars), Coverage::provisional);
    const DueDate due = correction_due(filing_spec(store, task, services), in.on, days);
    result.correction = add_correction(store, actor, task, due, reason, today);
  }
  Statement update(store, "UPDATE task_filing SET answer = :answer, answered_on = :on, "
                          "answer_number = :number, reason = :reason, correction_id = :correction, "
                          "answered_at = :now, answered_by = :user WHERE task_id = :task");
  update.bind(":answer", name);
  update.bind(":on", format_date(in.on));
  update.bind(":number", std::string(trim(in.number)));
  update.bind(":reason", reason);
  if (result.correction)
    update.bind(":correction", result.correction->id);
  else
    update.bind(":correction");
  update.bind(":now", format_timestamp_utc(actor.at));
  update.bind(":user", actor.user);
  update.bind(":task", task.id);
  update.exec();
  TaskWriter(store, actor.at).touch(task.id);
  ChangeSet changes;
  changes.compare("answer", json_or_null(answer_text(before->answer)), name);
  changes.compare("answered_on",
                  before->answered_on ? Json(format_date(*before->answered_on)) : Json(),
                  format_date(in.on));
  changes.compare("answer_number", json_or_null(before->answer_number),
                  json_or_null(std::string(trim(in.number))));
  changes.compare("reason", json_or_null(before->reason), json_or_null(reason));
  if (result.correction)
    changes.set("correction", result.correction->id);
  record_audit(store, actor, "task", std::to_string(task.id), "answer", changes);
  result.filing = *get_filing(store, task.id);
  result.changed = true;
  return result;
}

std::string correction_title(std::string_view original_title) {
  return fmt::format("Исправить и сдать повторно: {}", original_title);
}

} // namespace acctcore
