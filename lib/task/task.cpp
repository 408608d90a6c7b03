#include "task/task.hpp"

#include "store/sql.hpp"
#include "store/store.hpp"
#include "template/loader.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace acctcore {

namespace {

// The columns every task reader selects, in the order read_task expects them.
constexpr const char* k_task_columns =
    "t.id, t.client_id, c.slug, t.origin, t.service, t.code, t.period, t.instalment, "
    "t.event_id, t.title, t.description, t.due, t.planned, t.provisional, t.status, t.role, "
    "t.reviewer_role, a.handle, r.handle, t.estimate_minutes, t.requires_file, "
    "t.client_action, t.category, t.request, t.done_at, t.accepted_at, t.waiting_for, "
    "t.waiting_since, t.created_at, t.updated_at, t.due_revision, t.corrects, "
    "(SELECT coalesce(f.answer, 'filed') FROM task_filing f WHERE f.task_id = t.id), "
    "(SELECT m.amount_minor FROM task_amount m WHERE m.task_id = t.id), "
    "(SELECT m.currency FROM task_amount m WHERE m.task_id = t.id), "
    "(SELECT cs.handle FROM staff_absence b JOIN staff cs ON cs.id = b.cover_id WHERE "
    "b.staff_id = t.assignee_id AND b.cancelled_at IS NULL AND b.starts <= t.due AND "
    "b.ends >= t.due), "
    "(SELECT count(*) FROM staff_absence b WHERE b.staff_id = t.assignee_id AND "
    "b.cover_id IS NULL AND b.cancelled_at IS NULL AND b.starts <= t.due AND b.ends >= t.due), "
    "CASE WHEN a.archived_at IS NULL THEN 0 ELSE 1 END";

// The task's assignee is away on its due date and `:NAME` covers (the effective assignee).
constexpr const char* k_covered_by =
    "EXISTS (SELECT 1 FROM staff_absence b WHERE b.staff_id = t.assignee_id AND "
    "b.cover_id = {} AND b.cancelled_at IS NULL AND b.starts <= t.due AND b.ends >= t.due)";
constexpr const char* k_covered =
    "EXISTS (SELECT 1 FROM staff_absence b WHERE b.staff_id = t.assignee_id AND "
    "b.cover_id IS NOT NULL AND b.cancelled_at IS NULL AND b.starts <= t.due AND "
    "b.ends >= t.due)";

constexpr const char* k_task_joins = " JOIN client c ON c.id = t.client_id "
                                     "LEFT JOIN staff a ON a.id = t.assignee_id "
                                     "LEFT JOIN staff r ON r.id = t.reviewer_id";

// The condition of the task_open_by_due index, word for word, so that SQLite can use it.
constexpr const char* k_open = "t.status <> 'done' AND t.status <> 'cancelled'";

TaskRecord read_task(Statement& q) {
  TaskRecord t;
  int i = 0;
  t.id = q.column(i++).as_int64();
  t.client_id = q.column(i++).as_int64();
  t.client = q.column(i++).as_text();
  t.origin = static_cast<TaskOrigin>(q.column(i++).as_int());
  t.service = column_text(q.column(i++));
  t.code = q.column(i++).as_text();
  t.period = q.column(i++).as_text();
  t.instalment = q.column(i++).as_int();
  if (const auto c = q.column(i++); !c.is_null())
    t.event_id = c.as_int64();
  t.title = q.column(i++).as_text();
  t.description = q.column(i++).as_text();
  t.due = column_date(q.column(i++)).value_or(Date{});
  t.planned = column_date(q.column(i++));
  t.provisional = q.column(i++).as_int() != 0;
  t.status = parse_task_status(column_view(q.column(i++))).value_or(TaskStatus::new_);
  t.role = column_text(q.column(i++));
  t.reviewer_role = column_text(q.column(i++));
  t.assignee = column_text(q.column(i++));
  t.reviewer = column_text(q.column(i++));
  t.estimate_minutes = q.column(i++).as_int();
  t.requires_file = q.column(i++).as_int() != 0;
  t.client_action = q.column(i++).as_text();
  t.category = q.column(i++).as_text();
  t.request = q.column(i++).as_int() != 0;
  t.done_at = column_date(q.column(i++));
  t.accepted_at = column_timestamp(q.column(i++));
  t.waiting_for = column_text(q.column(i++));
  t.waiting_since = column_date(q.column(i++));
  t.created_at = column_timestamp(q.column(i++)).value_or(Timestamp{});
  t.updated_at = column_timestamp(q.column(i++)).value_or(Timestamp{});
  t.due_revision = q.column(i++).as_int();
  if (const auto c = q.column(i++); !c.is_null())
    t.corrects = c.as_int64();
  t.filing = column_text(q.column(i++));
  if (const auto c = q.column(i++); !c.is_null())
    t.amount = Money{c.as_int64(), q.column(i).as_text()};
  ++i;
  t.cover = column_text(q.column(i++));
  t.assignee_away = q.column(i++).as_int() != 0;
  t.assignee_archived = q.column(i++).as_int() != 0;
  if (!is_open(t.status)) { // who stands in matters for open work only
    t.cover.clear();
    t.assignee_away = t.assignee_archived = false;
  }
  return t;
}

constexpr std::string_view k_sorts[] = {"due", "id", "client", "status", "assignee"};

std::string order_by(std::string_view sort) {
  if (sort == "due") // ids follow clients within a day: the index's order, no sorting
    return " ORDER BY t.due, t.id";
  if (sort == "id")
    return " ORDER BY t.id";
  if (sort == "client")
    return " ORDER BY c.slug, t.due, t.id";
  if (sort == "status")
    return " ORDER BY t.status, t.due, t.id";
  if (sort == "assignee")
    return " ORDER BY a.handle IS NULL, a.handle, t.due, t.id";
  throw Error(ErrorKind::invalid, trf("unknown sort '{}'", sort),
              trf("use one of: {}", join(task_sort_names(), ", ")));
}

/// The id of `key` in `table` (by `column`), or Error(not_found) with "did you mean".
std::int64_t require_id(const Store& store, std::string_view what, std::string_view table,
                        std::string_view column, const std::string& key, std::string hint) {
  Statement q(store, fmt::format("SELECT id FROM {} WHERE {} = ?", table, column));
  q.bind(1, key);
  if (!q.step())
    throw not_found_error(store, what, key, table, column, std::move(hint));
  return q.column(0).as_int64();
}

/// A filter as SQL over `task t` alone (names resolved to ids first), so that counting needs
/// no joins and can be answered from an index.
struct TaskQuery {
  std::string table = " FROM task t";
  std::string where;
  std::vector<std::pair<std::string, std::string>> text;
  std::vector<std::pair<std::string, std::int64_t>> ids;

  void bind(Statement& q) const {
    for (const auto& [name, value] : text)
      q.bind(name, value);
    for (const auto& [name, value] : ids)
      q.bind(name, value);
  }
};

TaskQuery task_query(const Store& store, const TaskFilter& f, Date today) {
  TaskQuery query;
  std::string& sql = query.where;
  sql = " WHERE 1 = 1";
  bool open = false;
  if (f.statuses.empty() && !f.all)
    open = true;
  if (f.statuses.size() == 1) { // as written in the partial index task_in_review
    sql += fmt::format(" AND t.status = '{}'", task_status_name(f.statuses.front()));
  } else if (!f.statuses.empty()) {
    sql += " AND t.status IN (";
    for (size_t i = 0; i < f.statuses.size(); ++i)
      sql += fmt::format("{}'{}'", i == 0 ? "" : ", ", task_status_name(f.statuses[i]));
    sql += ")";
  }
  const auto by_id = [&](const char* column, const char* name, std::int64_t id) {
    sql += fmt::format(" AND t.{} = {}", column, name);
    query.ids.emplace_back(name, id);
  };
  const auto by_text = [&](const std::string& condition, const char* name,
                           const std::string& value) {
    sql += " AND " + condition;
    query.text.emplace_back(name, value);
  };
  if (f.client) {
    // One client's few hundred tasks: by its index. Left to itself SQLite may walk every open
    // task in due order to avoid a sort (1 s at 10,000 clients instead of a millisecond).
    if (!f.assignee && !f.reviewer)
      query.table = " FROM " + store.table_with_index("task t", "task_by_client");
    by_id("client_id", ":client",
          require_id(store, "client", "client", "slug", *f.client,
                     tr("see 'acct client list' for the slugs")));
  }
  if (f.assignee) {
    if (*f.assignee == "-")
      sql += " AND t.assignee_id IS NULL";
    else
      by_id("assignee_id", ":assignee",
            require_id(store, "staff member", "staff", "handle", *f.assignee,
                       tr("see 'acct staff list' for the handles")));
  }
  if (f.holder) {
    const std::int64_t id = require_id(store, "staff member", "staff", "handle", *f.holder,
                                       tr("see 'acct staff list' for the handles"));
    sql += fmt::format(" AND ((t.assignee_id = :holder AND NOT {}) OR {})", k_covered,
                       fmt::format(fmt::runtime(k_covered_by), ":cover"));
    query.ids.emplace_back(":holder", id);
    query.ids.emplace_back(":cover", id);
  }
  if (f.reviewer)
    by_id("reviewer_id", ":reviewer",
          require_id(store, "staff member", "staff", "handle", *f.reviewer,
                     tr("see 'acct staff list' for the handles")));
  if (f.role)
    by_text("t.role = :role", ":role", *f.role);
  if (f.service)
    by_text("t.service = :service", ":service", *f.service);
  if (f.code && f.code->ends_with('*')) { // a prefix: the characters before the star
    const std::string prefix = f.code->substr(0, f.code->size() - 1);
    const auto characters = std::count_if(prefix.begin(), prefix.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    by_text(fmt::format("substr(t.code, 1, {}) = :code", characters), ":code", prefix);
  } else if (f.code) {
    by_text("t.code = :code", ":code", *f.code);
  }
  if (f.period)
    by_text("t.period = :period", ":period", *f.period);
  if (!f.filing_statuses.empty()) {
    std::vector<std::string> any;
    for (const auto& status : f.filing_statuses) {
      if (status == "unfiled") {
        std::string codes;
        for (size_t i = 0; i < f.filing_codes.size(); ++i) {
          const std::string name = fmt::format(":filing_code{}", i);
          codes += (i == 0 ? "" : ", ") + name;
          query.text.emplace_back(name, f.filing_codes[i]);
        }
        any.push_back(
            fmt::format("(NOT EXISTS (SELECT 1 FROM task_filing f WHERE f.task_id = t.id) AND "
                        "(t.corrects IS NOT NULL{}))",
                        codes.empty() ? "" : " OR t.service || '/' || t.code IN (" + codes + ")"));
      } else if (status == "filed") {
        any.push_back("EXISTS (SELECT 1 FROM task_filing f WHERE f.task_id = t.id AND "
                      "f.answer IS NULL)");
      } else {
        const std::string name = fmt::format(":filing_status{}", any.size());
        any.push_back(fmt::format(
            "EXISTS (SELECT 1 FROM task_filing f WHERE f.task_id = t.id AND f.answer = {})", name));
        query.text.emplace_back(name, status);
      }
    }
    sql += " AND (" + join(any, " OR ") + ")";
  }
  std::optional<Date> through = f.to;
  if (f.overdue) {
    open = true;
    by_text("t.due < :before", ":before", format_date(today));
  }
  if (f.due_within_days) {
    if (*f.due_within_days < 0)
      throw Error(ErrorKind::invalid, tr("--due-within must not be negative"));
    open = true;
    const Date end = today + date::days{*f.due_within_days};
    through = through ? std::min(*through, end) : end;
  }
  if (open)
    sql += fmt::format(" AND {}", k_open);
  if (through)
    by_text("t.due <= :through", ":through", format_date(*through));
  if (f.from)
    by_text("t.due >= :from", ":from", format_date(*f.from));
  return query;
}

} // namespace

std::string TaskRecord::key() const {
  if (origin == TaskOrigin::manual)
    return fmt::format("{}/manual/{}", client, id);
  std::string key = fmt::format("{}/{}/{}/{}", client, service, code, period);
  if (instalment != 1)
    key += fmt::format("/{}", instalment);
  if (event_id)
    key += fmt::format("/event-{}", *event_id);
  return key;
}

std::vector<std::string> task_sort_names() {
  return {std::begin(k_sorts), std::end(k_sorts)};
}

std::vector<TaskRecord> list_tasks(const Store& store, const TaskFilter& f, Date today) {
  const TaskQuery query = task_query(store, f, today);
  std::string sql = fmt::format("SELECT {}{}{}{}{}", k_task_columns, query.table, k_task_joins,
                                query.where, order_by(f.sort));
  // The text filter folds case in C++ (SQLite's LIKE folds ASCII only), so the limit is
  // applied here after it.
  if (f.limit > 0 && !f.text)
    sql += fmt::format(" LIMIT {}", f.limit);
  Statement q(store, sql);
  query.bind(q);
  std::vector<TaskRecord> tasks;
  const std::string needle = f.text ? fold_case(*f.text) : std::string();
  while (q.step()) {
    if (f.text) {
      const std::string_view title = column_view(q.column(9));
      const std::string_view description = column_view(q.column(10));
      if (fold_case(title).find(needle) == std::string::npos &&
          fold_case(description).find(needle) == std::string::npos)
        continue;
    }
    tasks.push_back(read_task(q));
    if (f.limit > 0 && static_cast<std::int64_t>(tasks.size()) >= f.limit)
      break;
  }
  return tasks;
}

std::vector<TaskRecord> agenda_tasks(const Store& store, const std::string& handle, int days,
                                     Date today) {
  TaskFilter mine;
  mine.holder = handle;
  mine.due_within_days = days;
  auto tasks = list_tasks(store, mine, today);
  // What waits for this person's review, whoever did it.
  TaskFilter review;
  review.reviewer = handle;
  review.statuses = {TaskStatus::in_review};
  review.to = today + date::days{days};
  for (auto& t : list_tasks(store, review, today))
    if (t.assignee != handle)
      tasks.push_back(std::move(t));
  std::stable_sort(tasks.begin(), tasks.end(), [](const TaskRecord& a, const TaskRecord& b) {
    return std::tie(a.due, a.client, a.id) < std::tie(b.due, b.client, b.id);
  });
  return tasks;
}

std::int64_t count_tasks(const Store& store, const TaskFilter& filter, Date today) {
  TaskFilter f = filter;
  f.limit = 0;
  if (f.text) // folded in C++: counted by listing
    return static_cast<std::int64_t>(list_tasks(store, f, today).size());
  const TaskQuery query = task_query(store, f, today);
  Statement q(store, "SELECT count(*)" + query.table + query.where);
  query.bind(q);
  q.step();
  return q.column(0).as_int64();
}

TaskRecord get_task(const Store& store, std::int64_t id) {
  Statement q(store,
              fmt::format("SELECT {} FROM task t{} WHERE t.id = ?", k_task_columns, k_task_joins));
  q.bind(1, id);
  if (!q.step())
    throw Error(ErrorKind::not_found, trf("no task #{}", id),
                tr("see 'acct task list --all' for the ids"));
  return read_task(q);
}

Json task_to_json(const TaskRecord& t, Date today, const date::time_zone* zone) {
  const auto date_or_null = [](const std::optional<Date>& d) {
    return d ? Json(format_date(*d)) : Json(nullptr);
  };
  return Json{
      {"id", t.id},
      {"key", t.key()},
      {"client", t.client},
      {"origin", std::string(task_origin_name(t.origin))},
      {"service", json_or_null(t.service)},
      {"obligation", t.origin == TaskOrigin::manual ? Json(nullptr) : Json(t.code)},
      {"period", json_or_null(t.period)},
      {"instalment", t.instalment},
      {"event_id", t.event_id ? Json(*t.event_id) : Json(nullptr)},
      {"title", t.title},
      {"description", t.description},
      {"due", format_date(t.due)},
      {"planned", date_or_null(t.planned)},
      {"provisional", t.provisional},
      {"status", std::string(task_status_name(t.status))},
      {"overdue", t.overdue(today)},
      {"role", json_or_null(t.role)},
      {"reviewer_role", json_or_null(t.reviewer_role)},
      {"assignee", json_or_null(t.assignee)},
      {"reviewer", json_or_null(t.reviewer)},
      {"cover", json_or_null(t.cover)},
      {"assignee_away", t.assignee_away},
      {"assignee_archived", t.assignee_archived},
      {"estimate_minutes", t.estimate_minutes},
      {"requires_file", t.requires_file},
      {"client_action", t.client_action},
      {"category", t.category},
      {"request", t.request},
      {"accepted_at", t.accepted_at ? Json(format_timestamp(*t.accepted_at, zone)) : Json(nullptr)},
      {"waiting_for", json_or_null(t.waiting_for)},
      {"waiting_since", date_or_null(t.waiting_since)},
      {"done_at", date_or_null(t.done_at)},
      {"created_at", format_timestamp(t.created_at, zone)},
      {"updated_at", format_timestamp(t.updated_at, zone)},
      {"corrects", t.corrects ? Json(*t.corrects) : Json(nullptr)},
      {"filing_status", json_or_null(t.filing)},
  };
}

bool TaskDetails::blocked() const noexcept {
  return std::any_of(depends_on.begin(), depends_on.end(), [](const TaskDependency& d) {
    return d.status != TaskStatus::done && d.status != TaskStatus::cancelled;
  });
}

int TaskDetails::logged_minutes() const noexcept {
  int total = 0;
  for (const auto& entry : time)
    total += entry.minutes;
  return total;
}

std::vector<ChecklistItem> task_checklist(const Store& store, const ServiceSet& services,
                                          const TaskRecord& task, bool* from_template) {
  std::vector<ChecklistItem> items;
  Statement q(store, "SELECT position, item, checked_at, checked_by FROM task_check "
                     "WHERE task_id = ? ORDER BY position");
  q.bind(1, task.id);
  while (q.step())
    items.push_back({q.column(0).as_int(), q.column(1).as_text(), column_timestamp(q.column(2)),
                     column_text(q.column(3))});
  if (from_template != nullptr)
    *from_template = items.empty();
  if (!items.empty() || task.service.empty())
    return items;
  if (const Service* service = services.find(task.service))
    if (const TaskSpec* spec = service->spec(task.origin, task.code))
      for (const auto& item : spec->checklist)
        items.push_back({static_cast<int>(items.size()) + 1, item, std::nullopt, {}});
  return items;
}

TaskDetails get_task_details(const Store& store, const ServiceSet& services, std::int64_t id) {
  TaskDetails d;
  d.task = get_task(store, id);
  d.checklist = task_checklist(store, services, d.task, &d.checklist_from_template);
  if (!d.task.service.empty())
    if (const Service* service = services.find(d.task.service))
      if (const TaskSpec* spec = service->spec(d.task.origin, d.task.code))
        d.links = spec->links;
  {
    Statement q(store, "SELECT d.id, d.title, d.status, d.due FROM task_dependency k "
                       "JOIN task d ON d.id = k.depends_on WHERE k.task_id = ? "
                       "ORDER BY d.due, d.id");
    q.bind(1, id);
    while (q.step())
      d.depends_on.push_back(
          {q.column(0).as_int64(), q.column(1).as_text(),
           parse_task_status(column_view(q.column(2))).value_or(TaskStatus::new_),
           column_date(q.column(3)).value_or(Date{})});
  }
  {
    Statement q(store, "SELECT id, at, author, kind, text FROM task_comment "
                       "WHERE task_id = ? ORDER BY id");
    q.bind(1, id);
    while (q.step())
      d.comments.push_back({q.column(0).as_int64(),
                            column_timestamp(q.column(1)).value_or(Timestamp{}),
                            q.column(2).as_text(), q.column(3).as_text(), q.column(4).as_text()});
  }
  {
    Statement q(store, "SELECT id, path, size, sha256, at, author "
                       "FROM task_attachment WHERE task_id = ? ORDER BY id");
    q.bind(1, id);
    while (q.step())
      d.attachments.push_back({q.column(0).as_int64(), q.column(1).as_text(),
                               q.column(2).as_int64(), q.column(3).as_text(),
                               column_timestamp(q.column(4)).value_or(Timestamp{}),
                               q.column(5).as_text()});
  }
  {
    Statement q(store, "SELECT e.id, e.task_id, s.handle, e.day, e.minutes, e.note, e.created_at, "
                       "e.author FROM time_entry e JOIN staff s ON s.id = e.staff_id "
                       "WHERE e.task_id = ? ORDER BY e.day, e.id");
    q.bind(1, id);
    while (q.step())
      d.time.push_back({q.column(0).as_int64(), q.column(1).as_int64(), q.column(2).as_text(),
                        column_date(q.column(3)).value_or(Date{}), q.column(4).as_int(),
                        q.column(5).as_text(), column_timestamp(q.column(6)).value_or(Timestamp{}),
                        q.column(7).as_text()});
  }
  return d;
}

Json task_details_to_json(const TaskDetails& d, Date today, const date::time_zone* zone) {
  Json json = task_to_json(d.task, today, zone);
  json["blocked"] = d.blocked();
  json["checklist"] = json_array(d.checklist, [zone](const ChecklistItem& c) {
    return Json{
        {"position", c.position},
        {"item", c.item},
        {"checked", c.checked_at.has_value()},
        {"checked_at", c.checked_at ? Json(format_timestamp(*c.checked_at, zone)) : Json(nullptr)},
        {"checked_by", json_or_null(c.checked_by)}};
  });
  json["depends_on"] = json_array(d.depends_on, [](const TaskDependency& t) {
    return Json{{"id", t.id},
                {"title", t.title},
                {"status", std::string(task_status_name(t.status))},
                {"due", format_date(t.due)}};
  });
  json["comments"] = json_array(d.comments, [zone](const TaskComment& c) {
    return Json{{"at", format_timestamp(c.at, zone)},
                {"author", c.author},
                {"kind", c.kind},
                {"text", c.text}};
  });
  json["attachments"] = json_array(d.attachments, [zone](const TaskAttachment& a) {
    return Json{{"path", a.path},
                {"size", a.size},
                {"sha256", a.sha256},
                {"at", format_timestamp(a.at, zone)},
                {"author", a.author}};
  });
  json["time"] = json_array(d.time, [](const TimeEntry& e) {
    return Json{{"id", e.id},
                {"staff", e.staff},
                {"date", format_date(e.day)},
                {"minutes", e.minutes},
                {"note", e.note}};
  });
  json["logged_minutes"] = d.logged_minutes();
  json["links"] = d.links;
  return json;
}

} // namespace acctcore
