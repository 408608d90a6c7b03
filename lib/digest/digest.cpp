#include "digest/digest.hpp"

#include "calendar/loader.hpp"
#include "client/client.hpp"
#include "client/work_group.hpp"
#include "deadline/period.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "task/report.hpp"
#include "task/task.hpp"
#include "util/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace acctcore {

void require_digest_days(int days) {
  if (days < 1 || days > k_digest_max_days)
    throw Error(ErrorKind::usage,
                fmt::format("--days must be from 1 to {}, not {}", k_digest_max_days, days));
}

namespace {

/// Staff names by handle (archived people too: old tasks may name them).
std::unordered_map<std::string, StaffMember> staff_by_handle(const Store& store) {
  std::unordered_map<std::string, StaffMember> staff;
  StaffFilter all;
  all.include_archived = true;
  for (auto& s : list_staff(store, all))
    staff.emplace(s.handle, std::move(s));
  return staff;
}

/// Client display names by slug.
std::unordered_map<std::string, std::string> client_names(const Store& store) {
  std::unordered_map<std::string, std::string> names;
  Statement q(store, "SELECT slug, coalesce(nullif(short_name, ''), name) FROM client");
  while (q.step())
    names.emplace(q.column(0).as_text(), q.column(1).as_text());
  return names;
}

class TaskConverter {
public:
  TaskConverter(const std::unordered_map<std::string, StaffMember>& staff, Date today,
                const Words& words)
      : m_staff(staff), m_today(today), m_words(words) {}

  DigestTask operator()(const TaskRecord& t, const std::string& client_name) const {
    DigestTask d;
    d.id = t.id;
    d.key = t.key();
    d.client = t.client;
    d.client_name = client_name;
    d.title = t.title;
    if (auto period = parse_period(t.period))
      d.period =
          m_words.format(Phrase::for_period, fmt::arg("period", m_words.period_full(*period)));
    d.due = t.due;
    d.planned = t.planned;
    d.provisional = t.provisional;
    d.status = t.status;
    d.action = parse_client_action(t.client_action).value_or(ClientAction::none);
    d.waiting_for = t.waiting_for;
    d.assignee = t.holder();
    d.assignee_name = name_of(d.assignee);
    if (!t.cover.empty())
      d.covering_for = t.assignee;
    d.assignee_away = t.assignee_away;
    d.assignee_archived = t.assignee_archived;
    d.reviewer = t.reviewer;
    d.reviewer_name = name_of(t.reviewer);
    d.estimate_minutes = t.estimate_minutes;
    d.done_at = t.done_at;
    if (t.overdue(m_today))
      d.days_overdue = static_cast<int>((m_today - t.due).count());
    return d;
  }

private:
  std::string name_of(const std::string& handle) const {
    if (handle.empty())
      return {};
    auto it = m_staff.find(handle);
    return it != m_staff.end() ? it->second.name : handle;
  }
  const std::unordered_map<std::string, StaffMember>& m_staff;
  Date m_today;
  Words m_words;
};

DigestHeader header_of(const FirmConfig& firm, Date today, int days) {
  require_digest_days(days);
  DigestHeader h;
  h.firm_name = firm.name;
  h.firm_phone = firm.phone;
  h.firm_email = firm.email;
  h.accent_color = firm.accent_color;
  h.today = today;
  h.until = today + date::days{days};
  h.days = days;
  return h;
}

} // namespace

/// The filings `where` selects (a condition on task_filing f, task t and the correction
/// task x), in `order`, with `bind` filling its parameters.
template <typename Convert, typename Bind>
std::vector<DigestFiling> digest_filings(const Store& store, const Convert& convert,
                                         const std::string& where, const std::string& order,
                                         const Bind& bind) {
  Statement q(store, "SELECT f.task_id, f.filed_on, f.answer, f.answered_on, f.receipt, "
                     "f.reason, f.correction_id, x.due, x.status FROM task_filing f "
                     "JOIN task t ON t.id = f.task_id "
                     "LEFT JOIN task x ON x.id = f.correction_id WHERE " +
                         where + " ORDER BY " + order);
  bind(q);
  std::vector<DigestFiling> out;
  while (q.step()) {
    DigestFiling f;
    f.task = convert(get_task(store, q.column(0).as_int64()));
    f.filed_on = column_date(q.column(1)).value_or(Date{});
    const std::string answer = column_text(q.column(2));
    f.status = answer.empty() ? "filed" : answer;
    f.answered_on = column_date(q.column(3));
    f.receipt = q.column(4).as_text();
    f.reason = q.column(5).as_text();
    if (const auto c = q.column(6); !c.is_null())
      f.correction_id = c.as_int64();
    f.correction_due = column_date(q.column(7));
    f.correction_status = column_text(q.column(8));
    out.push_back(std::move(f));
  }
  return out;
}

ClientDigest client_digest(const Store& store, const FirmConfig& firm, std::string_view slug,
                           Date today, int days) {
  ClientDigest digest;
  digest.header = header_of(firm, today, days);
  const Client client = get_client(store, slug);
  digest.client = client.slug;
  digest.client_name = client.display_name();
  digest.legal_name = client.name;
  digest.inn = client.inn;
  const Words words = client_words(digest.header.language);
  const auto staff = staff_by_handle(store);
  const TaskConverter convert(staff, today, words);

  TaskFilter open;
  open.client = client.slug;
  open.to = digest.header.until;
  for (const auto& t : list_tasks(store, open, today)) {
    auto d = convert(t, digest.client_name);
    const bool needs_client =
        d.action != ClientAction::none || d.status == TaskStatus::waiting_client;
    if (needs_client)
      digest.from_client.push_back(d);
    if (d.days_overdue > 0)
      digest.overdue.push_back(std::move(d));
    else
      digest.upcoming.push_back(std::move(d));
  }
  std::stable_sort(digest.from_client.begin(), digest.from_client.end(),
                   [](const DigestTask& a, const DigestTask& b) {
                     return a.client_deadline() != b.client_deadline()
                                ? a.client_deadline() < b.client_deadline()
                                : a.id < b.id;
                   });

  TaskFilter done;
  done.client = client.slug;
  done.statuses = {TaskStatus::done};
  const Date since = today - date::days{days};
  for (const auto& t : list_tasks(store, done, today))
    if (t.done_at && *t.done_at >= since && *t.done_at <= today)
      digest.completed.push_back(convert(t, digest.client_name));
  std::sort(digest.completed.begin(), digest.completed.end(),
            [](const DigestTask& a, const DigestTask& b) {
              return *a.done_at != *b.done_at ? *a.done_at > *b.done_at : a.id > b.id;
            });

  digest.filings = digest_filings(
      store, [&](const TaskRecord& t) { return convert(t, digest.client_name); },
      "t.client_id = :client AND (f.answer IS NULL OR f.answered_on >= :since OR "
      "f.filed_on >= :since)",
      "coalesce(f.answered_on, f.filed_on) DESC, f.task_id DESC",
      [&](Statement& q) {
        q.bind(":client", client.id);
        q.bind(":since", format_date(since));
      });

  // One line per person, with every role they hold for the client.
  const WorkGroups groups(work_group_history(store, client.slug));
  std::vector<std::string> handles;
  for (const auto& [role, handle] : groups.on(client.id, today)) {
    if (auto it = staff.find(handle); it != staff.end() && it->second.archived())
      continue; // gone from the firm: not someone to call
    auto at = std::find(handles.begin(), handles.end(), handle);
    if (at != handles.end()) {
      auto& p = digest.team[static_cast<size_t>(at - handles.begin())];
      p.role += "," + role;
      p.role_title += ", " + lower_first_letter(words.role(role));
      continue;
    }
    handles.push_back(handle);
    DigestPerson p;
    p.role = role;
    p.role_title = std::string(words.role(role));
    if (auto it = staff.find(handle); it != staff.end()) {
      p.name = it->second.name;
      p.phone = it->second.phone;
      p.email = it->second.email;
      p.telegram = it->second.telegram;
    } else {
      p.name = handle;
    }
    digest.team.push_back(std::move(p));
  }
  return digest;
}

StaffDigest staff_digest(const Store& store, const FirmConfig& firm, std::string_view handle,
                         Date today, int days) {
  StaffDigest digest;
  digest.header = header_of(firm, today, days);
  const StaffMember member = get_staff(store, handle);
  digest.handle = member.handle;
  digest.name = member.name;
  digest.capacity_minutes = member.capacity_minutes;
  const auto staff = staff_by_handle(store);
  const auto names = client_names(store);
  const TaskConverter convert(staff, today, client_words(digest.header.language));
  const auto client_name = [&](const std::string& slug) -> const std::string& {
    auto it = names.find(slug);
    return it != names.end() ? it->second : slug;
  };

  TaskFilter mine;
  mine.holder = member.handle;
  mine.to = digest.header.until;
  for (const auto& t : list_tasks(store, mine, today)) {
    auto d = convert(t, client_name(t.client));
    digest.estimate_minutes += d.estimate_minutes;
    if (d.days_overdue > 0)
      digest.overdue.push_back(std::move(d));
    else
      digest.upcoming.push_back(std::move(d));
  }
  // The longest overdue first: those are the fines.
  std::stable_sort(
      digest.overdue.begin(), digest.overdue.end(),
      [](const DigestTask& a, const DigestTask& b) { return a.days_overdue > b.days_overdue; });
  TaskFilter review;
  review.reviewer = member.handle;
  review.statuses = {TaskStatus::in_review};
  for (const auto& t : list_tasks(store, review, today))
    digest.to_review.push_back(convert(t, client_name(t.client)));
  return digest;
}

FirmDigest firm_digest(const Store& store, const FirmConfig& firm, const CalendarSet& calendars,
                       Date today, const FirmDigestOptions& options) {
  FirmDigest digest;
  digest.header = header_of(firm, today, options.days);
  const auto staff = staff_by_handle(store);
  const auto names = client_names(store);
  const Words words = client_words(digest.header.language);
  const TaskConverter convert(staff, today, words);
  const auto client_name = [&](const std::string& slug) -> const std::string& {
    auto it = names.find(slug);
    return it != names.end() ? it->second : slug;
  };

  digest.rejections = digest_filings(
      store, [&](const TaskRecord& t) { return convert(t, client_name(t.client)); },
      "f.answer = 'rejected' AND x.status <> 'done' AND x.status <> 'cancelled'",
      "f.answered_on NULLS LAST, f.task_id", [](Statement&) {});

  // Weeks of the window, Monday first; overdue work counts in the current week.
  const Date first_monday = today - date::days{iso_weekday(today) - 1};
  const int weeks = static_cast<int>((digest.header.until - first_monday).count()) / 7 + 1;
  std::map<std::string, std::vector<int>> load; // handle -> minutes per week
  std::map<std::string, int> by_client, by_person;

  TaskFilter open;
  open.to = digest.header.until;
  for (const auto& t : list_tasks(store, open, today)) {
    auto d = convert(t, client_name(t.client));
    if (!d.assignee.empty()) {
      auto& minutes = load[d.assignee];
      minutes.resize(static_cast<size_t>(weeks));
      const Date work_day = std::max(today, d.planned.value_or(d.due));
      const auto week = std::min<std::int64_t>((work_day - first_monday).count() / 7, weeks - 1);
      minutes[static_cast<size_t>(week)] += d.estimate_minutes;
    } else {
      digest.unassigned.push_back(d);
    }
    if (d.assignee_away || d.assignee_archived)
      digest.unattended.push_back(d);
    if (d.days_overdue > 0) {
      ++by_client[d.client];
      ++by_person[d.assignee];
      digest.overdue.push_back(std::move(d));
    }
  }
  for (const auto& [slug, count] : by_client)
    digest.overdue_by_client.push_back({slug, client_name(slug), count});
  for (const auto& [handle, count] : by_person) {
    auto it = staff.find(handle);
    digest.overdue_by_person.push_back({handle,
                                        handle.empty()
                                            ? std::string(words.text(Phrase::no_assignee))
                                        : it != staff.end() ? it->second.name
                                                            : handle,
                                        count});
  }
  const auto most_first = [](const DigestCount& a, const DigestCount& b) {
    return a.count != b.count ? a.count > b.count : a.key < b.key;
  };
  std::sort(digest.overdue_by_client.begin(), digest.overdue_by_client.end(), most_first);
  std::sort(digest.overdue_by_person.begin(), digest.overdue_by_person.end(), most_first);
  std::stable_sort(
      digest.overdue.begin(), digest.overdue.end(),
      [](const DigestTask& a, const DigestTask& b) { return a.days_overdue > b.days_overdue; });

  // Everyone active has a load line, with or without tasks.
  for (const auto& [handle, member] : staff)
    if (!member.archived())
      load[handle].resize(static_cast<size_t>(weeks));
  for (const auto& [handle, minutes] : load) {
    auto it = staff.find(handle);
    for (int w = 0; w < weeks; ++w)
      digest.load.push_back({handle, it != staff.end() ? it->second.name : handle,
                             first_monday + date::days{7 * w}, minutes[static_cast<size_t>(w)],
                             it != staff.end() ? it->second.capacity_minutes : 0});
  }

  digest.overhead_threshold = options.overhead_threshold;
  digest.overhead_from = today - date::days{options.overhead_days};
  const auto time = report_time(store, TimeGrouping::client, digest.overhead_from, today);
  for (const auto& row : time.rows) {
    const int overhead = row.communication_minutes + row.administration_minutes;
    if (row.minutes > 0 && row.overhead_share() > options.overhead_threshold)
      digest.overhead.push_back({row.key, row.name, row.minutes, overhead, row.overhead_share()});
  }
  std::sort(digest.overhead.begin(), digest.overhead.end(),
            [](const DigestOverhead& a, const DigestOverhead& b) {
              return a.share != b.share ? a.share > b.share : a.client < b.client;
            });

  // The calendars the firm's clients use, checked as far as the window or the reminders reach.
  digest.calendars_until = today + date::days{std::max(options.days, options.calendar_days)};
  std::vector<std::string> used{firm.country};
  {
    Statement q(store, "SELECT DISTINCT country FROM client WHERE archived_at IS NULL");
    while (q.step())
      used.push_back(q.column(0).as_text());
  }
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());
  const int first_year = static_cast<int>(date::year_month_day(today).year());
  const int last_year = static_cast<int>(date::year_month_day(digest.calendars_until).year());
  for (const auto& name : used) {
    const Calendar* calendar = calendars.find(name);
    for (int year = first_year; year <= last_year; ++year) {
      const CalendarYear* known = calendar != nullptr ? calendar->year(year) : nullptr;
      if (known != nullptr && !known->provisional)
        continue;
      const Date january = date::year{year} / date::January / 1;
      digest.calendars.push_back({name, year, known != nullptr, std::max(today, january)});
    }
  }
  return digest;
}

} // namespace acctcore
