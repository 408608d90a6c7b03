#include "remind/reminder.hpp"

#include "client/work_group.hpp"
#include "config/config.hpp"
#include "deadline/period.hpp"
#include "remind/message.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "task/task.hpp"
#include "util/enum_names.hpp"
#include "util/i18n.hpp"
#include "util/json_line.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"
#include "vocab/task.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace acctcore {

namespace {

constexpr std::string_view k_state_names[] = {"pending", "sending", "sent", "failed", "cancelled"};

constexpr const char* k_open = "status <> 'done' AND status <> 'cancelled'";

std::string meta(const Store& store, const char* key) {
  Statement q(store, "SELECT value FROM reminder_meta WHERE key = ?");
  q.bind(1, key);
  return q.step() ? q.column(0).as_text() : std::string();
}

void set_meta(Store& store, const char* key, const std::string& value) {
  Statement q(store, "INSERT INTO reminder_meta (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  q.bind(1, key);
  q.bind(2, value);
  q.exec();
}

/// A staff member as a recipient.
struct StaffInfo {
  std::string zone;
  bool archived = false;
  std::string name, email, phone, telegram;
};

std::unordered_map<std::string, StaffInfo> load_staff_info(const Store& store) {
  std::unordered_map<std::string, StaffInfo> staff;
  Statement q(store, "SELECT handle, coalesce(timezone, ''), archived_at IS NOT NULL, "
                     "name, coalesce(email, ''), coalesce(phone, ''), "
                     "coalesce(telegram, '') FROM staff");
  while (q.step())
    staff[q.column(0).as_text()] = {q.column(1).as_text(), q.column(2).as_int() != 0,
                                    q.column(3).as_text(), q.column(4).as_text(),
                                    q.column(5).as_text(), q.column(6).as_text()};
  return staff;
}

/// A task whose schedule is recomputed.
struct StaleTask {
  std::int64_t id = 0;
  std::int64_t client_id = 0;
  TaskOrigin origin = TaskOrigin::manual;
  std::string service, code;
  Date due;
  std::optional<Date> planned;
  bool open = false;
  ClientAction action = ClientAction::none;
  std::string assignee, reviewer; ///< handles
  std::string client_zone, country;
  bool client_archived = false;
};

struct Existing {
  std::int64_t id = 0;
  std::string fire_at;
  ReminderState state = ReminderState::pending;
  bool wanted = false;
};

class ZoneCache {
public:
  const date::time_zone* get(const std::string& name) {
    auto [it, inserted] = m_zones.try_emplace(name, nullptr);
    if (inserted)
      it->second = find_time_zone(name);
    return it->second;
  }

private:
  std::unordered_map<std::string, const date::time_zone*> m_zones;
};

/// What of the service templates a schedule depends on: each task kind's policy and calendar.
/// Part of the fingerprint, so editing `reminders = ...` in a template reschedules its tasks.
std::string schedule_inputs(const ServiceSet& services) {
  std::string text;
  const auto add = [&](const Service& s, const TaskSpec& spec) {
    text += fmt::format("{}/{}={}@{};", s.id, spec.code, spec.reminders, s.calendar);
  };
  for (const auto& s : services.all()) {
    for (const auto& o : s.obligations)
      add(s, o);
    for (const auto& t : s.triggers)
      add(s, t);
    for (const auto& p : s.programmes)
      for (const auto& step : p.steps)
        add(s, step);
  }
  return text;
}

std::string existing_key(std::string_view rule, std::string_view recipient, int occurrence) {
  return fmt::format("{}\x1f{}\x1f{}", rule, recipient, occurrence);
}

} // namespace

std::string_view reminder_state_name(ReminderState state) noexcept {
  return enum_name(k_state_names, state);
}

std::optional<ReminderState> parse_reminder_state(std::string_view name) noexcept {
  return enum_from_name<ReminderState>(k_state_names, name);
}

bool reminders_need_sync(const Store& store, Date today, int horizon_days) {
  Statement stale(store, "SELECT EXISTS (SELECT 1 FROM reminder_stale)");
  stale.step();
  if (stale.column(0).as_int() != 0)
    return true;
  // The horizon moved: only worth a write when some open task came into it.
  const auto horizon = meta(store, "horizon");
  const auto target = format_date(today + date::days{horizon_days});
  if (horizon >= target)
    return false;
  Statement entered(store, fmt::format("SELECT EXISTS (SELECT 1 FROM task WHERE {} "
                                       "AND due > ? AND due <= ?)",
                                       k_open));
  entered.bind(1, horizon);
  entered.bind(2, target);
  entered.step();
  return entered.column(0).as_int() != 0;
}

SyncResult sync_reminders(Store& store, const ReminderInputs& in) {
  const auto& settings = in.settings;
  const Date horizon = in.clock.today + date::days{settings.horizon_days};
  const std::string horizon_text = format_date(horizon);
  const std::string now_text = format_timestamp_utc(in.clock.now);
  const auto fingerprint_of = [&] {
    return sha256_hex(fmt::format("{}|{}|{}|{}|{}|{}|{}", in.reminders().fingerprint(),
                                  settings.hours.start, settings.hours.end, settings.policy,
                                  in.firm_zone, settings.horizon_days,
                                  schedule_inputs(in.services())));
  };
  const std::string fingerprint = in.check_policies ? fingerprint_of() : std::string();

  // What to recompute: everything open when the policies changed, else the queue and the
  // tasks that came into the horizon since the last sync.
  std::string stored_horizon = meta(store, "horizon");
  if (in.check_policies && meta(store, "policies") != fingerprint) {
    // Everything is recomputed up to today's horizon, which may be nearer than the stored one
    // (horizon_days lowered): tasks beyond it are picked up again as they come into it.
    stored_horizon.clear();
    Statement all(store, fmt::format("INSERT INTO reminder_stale (task_id) "
                                     "SELECT id FROM task WHERE {} AND due <= ? "
                                     "ON CONFLICT DO NOTHING",
                                     k_open));
    all.bind(1, horizon_text);
    all.exec();
    store.exec("INSERT INTO reminder_stale (task_id) SELECT DISTINCT task_id FROM "
               "reminder WHERE state = 'pending' ON CONFLICT DO NOTHING");
  } else if (stored_horizon < horizon_text) {
    Statement entered(store, fmt::format("INSERT INTO reminder_stale (task_id) "
                                         "SELECT id FROM task WHERE {} AND due > ? AND "
                                         "due <= ? ON CONFLICT DO NOTHING",
                                         k_open));
    entered.bind(1, stored_horizon);
    entered.bind(2, horizon_text);
    entered.exec();
  }

  SyncResult result;
  std::vector<StaleTask> tasks;
  {
    Statement q(
        store,
        "SELECT t.id, t.client_id, t.origin, coalesce(t.service, ''), t.code, t.due, "
        "t.planned, t.status <> 'done' AND t.status <> 'cancelled', t.client_action, "
        "coalesce(a.handle, ''), coalesce(v.handle, ''), c.timezone, c.country, "
        "c.archived_at IS NOT NULL "
        "FROM reminder_stale s JOIN task t ON t.id = s.task_id "
        "JOIN client c ON c.id = t.client_id "
        "LEFT JOIN staff a ON a.id = t.assignee_id LEFT JOIN staff v ON v.id = t.reviewer_id");
    while (q.step()) {
      StaleTask t;
      t.id = q.column(0).as_int64();
      t.client_id = q.column(1).as_int64();
      t.origin = static_cast<TaskOrigin>(q.column(2).as_int());
      t.service = q.column(3).as_text();
      t.code = q.column(4).as_text();
      t.due = *column_date(q.column(5));
      t.planned = column_date(q.column(6));
      t.open = q.column(7).as_int() != 0;
      t.action = parse_client_action(column_view(q.column(8))).value_or(ClientAction::none);
      t.assignee = q.column(9).as_text();
      t.reviewer = q.column(10).as_text();
      t.client_zone = q.column(11).as_text();
      t.country = q.column(12).as_text();
      t.client_archived = q.column(13).as_int() != 0;
      tasks.push_back(std::move(t));
    }
  }
  if (tasks.empty()) {
    store.exec("DELETE FROM reminder_stale");
    set_meta(store, "horizon", std::max(stored_horizon, horizon_text));
    if (in.check_policies)
      set_meta(store, "policies", fingerprint);
    return result;
  }

  // Existing reminders of those tasks, by task.
  std::unordered_map<std::int64_t, std::unordered_map<std::string, Existing>> existing;
  {
    Statement q(store, "SELECT r.task_id, r.id, r.rule, r.recipient, r.occurrence, "
                       "r.fire_at, r.state FROM reminder r "
                       "JOIN reminder_stale s ON s.task_id = r.task_id");
    while (q.step())
      existing[q.column(0).as_int64()][existing_key(
          column_view(q.column(2)), column_view(q.column(3)), q.column(4).as_int())] = {
          q.column(1).as_int64(), q.column(5).as_text(),
          parse_reminder_state(column_view(q.column(6))).value_or(ReminderState::pending)};
  }

  // Recipients: staff, the work groups, and the contacts who take reminders (only read when
  // some task is to be scheduled: closing tasks needs none of it).
  const auto scheduled = [&](const StaleTask& t) {
    return t.open && !t.client_archived && t.due <= horizon;
  };
  const bool any_scheduled = std::any_of(tasks.begin(), tasks.end(), scheduled);
  std::unordered_map<std::string, StaffInfo> staff;
  WorkGroups groups;
  std::unordered_map<std::int64_t, std::vector<std::pair<std::string, std::string>>> contacts;
  if (any_scheduled) {
    staff = load_staff_info(store);
    groups = load_work_groups(store);
    Statement q(store, "SELECT cc.client_id, p.key, cc.roles FROM client_contact cc "
                       "JOIN person p ON p.id = cc.person_id "
                       "WHERE cc.removed_at IS NULL AND cc.reminders = 1 AND cc.client_id IN "
                       "(SELECT DISTINCT t.client_id FROM reminder_stale s "
                       "JOIN task t ON t.id = s.task_id) ORDER BY p.key");
    while (q.step())
      contacts[q.column(0).as_int64()].emplace_back(q.column(1).as_text(), q.column(2).as_text());
  }

  ZoneCache zones;
  const auto zone_of = [&](const std::string& name) -> ReminderTarget {
    const std::string& zone = name.empty() ? in.firm_zone : name;
    return {{}, zone, zones.get(zone)};
  };
  const auto staff_target = [&](const std::string& handle) -> std::vector<ReminderTarget> {
    auto it = staff.find(handle);
    if (handle.empty() || it == staff.end() || it->second.archived)
      return {};
    auto target = zone_of(it->second.zone);
    target.key = "staff:" + handle;
    return {target};
  };

  Statement insert(store,
                   "INSERT INTO reminder (task_id, rule, recipient, occurrence, fire_at, local_at, "
                   "timezone, moved, channel, message, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  Statement move(store, "UPDATE reminder SET fire_at = ?, local_at = ?, timezone = ?, "
                        "moved = ?, channel = ?, message = ?, updated_at = ? WHERE id = ?");
  Statement revive(store, "UPDATE reminder SET state = 'pending', fire_at = ?, local_at = ?, "
                          "timezone = ?, moved = ?, channel = ?, message = ?, attempts = 0, "
                          "retry_at = NULL, claimed_by = NULL, lease_until = NULL, "
                          "sent_at = NULL, last_error = NULL, updated_at = ? WHERE id = ?");
  Statement cancel(store, "UPDATE reminder SET state = 'cancelled', claimed_by = NULL, "
                          "lease_until = NULL, updated_at = ? WHERE id = ?");
  const auto bind_moment = [&](Statement& s, int first, const ScheduledReminder& r) {
    s.bind(first, format_timestamp_utc(r.at));
    s.bind(first + 1, format_local_moment(r.local));
    s.bind(first + 2, r.zone);
    s.bind(first + 3, r.local.moved);
    s.bind(first + 4, r.channel);
    s.bind(first + 5, r.message);
    s.bind(first + 6, now_text);
  };

  std::vector<ScheduledReminder> wanted;
  std::vector<std::int64_t> skipped;
  for (const auto& task : tasks) {
    wanted.clear();
    if (scheduled(task)) {
      const Service* service = task.service.empty() ? nullptr : in.services().find(task.service);
      const TaskSpec* spec = service != nullptr ? service->spec(task.origin, task.code) : nullptr;
      const std::string& policy_name =
          spec != nullptr && !spec->reminders.empty() ? spec->reminders : settings.policy;
      if (policy_name != k_no_reminders) {
        const ReminderPolicy* policy = in.reminders().policy(policy_name);
        if (policy == nullptr) {
          auto& names = result.undefined_policies;
          if (std::find(names.begin(), names.end(), policy_name) == names.end())
            names.push_back(policy_name);
          ++result.skipped;
          skipped.push_back(task.id);
          continue;
        }
        const std::string calendar_name =
            service != nullptr && !service->calendar.empty() ? service->calendar : task.country;
        WorkDays calendar(in.calendars().get(calendar_name), Coverage::provisional);
        const auto resolve = [&](const Recipient& to) -> std::vector<ReminderTarget> {
          switch (to.kind) {
          case Recipient::Kind::assignee:
            return staff_target(task.assignee);
          case Recipient::Kind::reviewer:
            return staff_target(task.reviewer);
          case Recipient::Kind::staff: {
            const std::string* holder = groups.holder(task.client_id, to.role, in.clock.today);
            return holder != nullptr ? staff_target(*holder) : std::vector<ReminderTarget>{};
          }
          case Recipient::Kind::client: {
            std::vector<ReminderTarget> targets;
            const std::string quoted = fmt::format("\"{}\"", to.role);
            if (auto it = contacts.find(task.client_id); it != contacts.end())
              for (const auto& [key, roles] : it->second)
                if (roles.find(quoted) != std::string::npos) {
                  auto target = zone_of(task.client_zone);
                  target.key = "person:" + key;
                  targets.push_back(std::move(target));
                }
            return targets;
          }
          }
          return {};
        };
        schedule_task(*policy, {task.due, task.planned, task.action}, calendar, settings.hours,
                      resolve, wanted);
      }
    }
    ++result.tasks;
    auto& stored = existing[task.id];
    for (const auto& r : wanted) {
      const std::string at = format_timestamp_utc(r.at);
      auto it = stored.find(existing_key(r.rule, r.recipient, r.occurrence));
      const bool future = r.at >= in.clock.now;
      if (it == stored.end()) {
        if (!future)
          continue; // a moment already past when the task got it: not sent late
        insert.bind(1, task.id);
        insert.bind(2, r.rule);
        insert.bind(3, r.recipient);
        insert.bind(4, r.occurrence);
        bind_moment(insert, 5, r);
        insert.bind(12, now_text);
        insert.exec();
        insert.reset();
        ++result.created;
        continue;
      }
      Existing& e = it->second;
      e.wanted = true;
      const bool changed = e.fire_at != at;
      if (e.state == ReminderState::pending && changed) {
        bind_moment(move, 1, r);
        move.bind(8, e.id);
        move.exec();
        move.reset();
        ++result.moved;
      } else if (future && ((e.state == ReminderState::sent && changed) ||
                            e.state == ReminderState::cancelled)) {
        bind_moment(revive, 1, r);
        revive.bind(8, e.id);
        revive.exec();
        revive.reset();
        ++result.revived;
      }
    }
    for (const auto& [key, e] : stored) {
      if (e.wanted || e.state != ReminderState::pending)
        continue;
      cancel.bind(1, now_text);
      cancel.bind(2, e.id);
      cancel.exec();
      cancel.reset();
      ++result.cancelled;
    }
  }
  store.exec("DELETE FROM reminder_stale");
  Statement requeue(store, "INSERT INTO reminder_stale (task_id) VALUES (?)");
  for (auto id : skipped) {
    requeue.bind(1, id);
    requeue.exec();
    requeue.reset();
  }
  set_meta(store, "horizon", std::max(stored_horizon, horizon_text));
  if (in.check_policies)
    set_meta(store, "policies", fingerprint);
  return result;
}

std::string ReminderRow::delivery_key() const {
  return fmt::format("acct-reminder-{}-{}-{}-{}-{}", task_id, rule, recipient, occurrence,
                     format_timestamp_utc(fire_at));
}

namespace {

constexpr const char* k_row_columns =
    "r.id, r.task_id, c.slug, t.title, t.due, r.rule, r.recipient, r.occurrence, r.fire_at, "
    "r.local_at, r.timezone, r.moved, r.channel, r.message, r.state, r.attempts, r.retry_at, "
    "r.sent_at, coalesce(r.last_error, '')";
constexpr int k_row_column_count = 19;

ReminderRow read_row(Statement& q) {
  ReminderRow row;
  row.id = q.column(0).as_int64();
  row.task_id = q.column(1).as_int64();
  row.client = q.column(2).as_text();
  row.task_title = q.column(3).as_text();
  row.due = *column_date(q.column(4));
  row.rule = q.column(5).as_text();
  row.recipient = q.column(6).as_text();
  row.occurrence = q.column(7).as_int();
  row.fire_at = *column_timestamp(q.column(8));
  row.local_at = q.column(9).as_text();
  row.timezone = q.column(10).as_text();
  row.moved = q.column(11).as_text();
  row.channel = q.column(12).as_text();
  row.message = q.column(13).as_text();
  row.state = parse_reminder_state(column_view(q.column(14))).value_or(ReminderState::pending);
  row.attempts = q.column(15).as_int();
  row.retry_at = column_timestamp(q.column(16));
  row.sent_at = column_timestamp(q.column(17));
  row.last_error = q.column(18).as_text();
  return row;
}

} // namespace

std::vector<ReminderRow> list_reminders(const Store& store, const ReminderFilter& filter) {
  std::string where;
  const auto add = [&](std::string_view condition) {
    where += where.empty() ? " WHERE " : " AND ";
    where += condition;
  };
  std::vector<ReminderState> states = filter.states;
  if (states.empty() && !filter.all && !filter.due_at)
    states = {ReminderState::pending, ReminderState::sending, ReminderState::failed};
  if (filter.due_at) // not those another run is sending now (its lease still holds)
    add("(r.state = 'pending' OR r.state = 'sending') AND r.fire_at <= :now AND "
        "(r.retry_at IS NULL OR r.retry_at <= :now) AND "
        "(r.state = 'pending' OR coalesce(r.lease_until, '') < :now)");
  if (!states.empty()) {
    std::string any;
    for (auto s : states)
      any += fmt::format("{}r.state = '{}'", any.empty() ? "" : " OR ", reminder_state_name(s));
    add("(" + any + ")");
  }
  if (filter.client)
    add("c.slug = :client");
  if (filter.task)
    add("r.task_id = :task");
  Statement q(store, fmt::format("SELECT {} FROM reminder r JOIN task t ON t.id = r.task_id "
                                 "JOIN client c ON c.id = t.client_id{} ORDER BY r.fire_at, r.id",
                                 k_row_columns, where));
  if (filter.due_at)
    q.bind(":now", format_timestamp_utc(*filter.due_at));
  if (filter.client)
    q.bind(":client", *filter.client);
  if (filter.task)
    q.bind(":task", *filter.task);
  std::vector<ReminderRow> rows;
  while (q.step())
    rows.push_back(read_row(q));
  return rows;
}

Json reminder_to_json(const ReminderRow& row) {
  const auto optional_time = [](const std::optional<Timestamp>& t) -> Json {
    return t ? Json(format_timestamp_utc(*t)) : Json(nullptr);
  };
  return Json{{"id", row.id},
              {"key", row.delivery_key()},
              {"task", row.task_id},
              {"client", row.client},
              {"title", row.task_title},
              {"due", format_date(row.due)},
              {"rule", row.rule},
              {"recipient", row.recipient},
              {"occurrence", row.occurrence},
              {"at", format_timestamp_utc(row.fire_at)},
              {"local", row.local_at},
              {"timezone", row.timezone},
              {"moved", row.moved},
              {"channel", row.channel},
              {"message", row.message},
              {"state", reminder_state_name(row.state)},
              {"attempts", row.attempts},
              {"retry_at", optional_time(row.retry_at)},
              {"sent_at", optional_time(row.sent_at)},
              {"error", row.last_error}};
}

void append_delivery_json(std::string& out, const Delivery& d) {
  const auto& r = d.row;
  const auto optional_time = [](JsonLine& j, std::string_view name,
                                const std::optional<Timestamp>& t) {
    j.key(name);
    if (t)
      j.value(format_timestamp_utc(*t));
    else
      j.null();
  };
  // The keys of reminder_to_json in its order ("channel" is the one chosen), then the delivery's.
  JsonLine j(out);
  j.begin_object()
      .field("id", r.id)
      .field("key", r.delivery_key())
      .field("task", r.task_id)
      .field("client", r.client)
      .field("title", r.task_title)
      .field("due", format_date(r.due))
      .field("rule", r.rule)
      .field("recipient", r.recipient)
      .field("occurrence", r.occurrence)
      .field("at", format_timestamp_utc(r.fire_at))
      .field("local", r.local_at)
      .field("timezone", r.timezone)
      .field("moved", r.moved)
      .field("channel", d.channel)
      .field("message", r.message)
      .field("state", reminder_state_name(r.state))
      .field("attempts", r.attempts);
  optional_time(j, "retry_at", r.retry_at);
  optional_time(j, "sent_at", r.sent_at);
  j.field("error", r.last_error).field("task_key", d.task_key).field("attempt", d.attempt);
  j.key("to")
      .begin_object()
      .field("name", d.recipient_name)
      .field("email", d.email)
      .field("telegram", d.telegram)
      .field("phone", d.phone)
      .end_object();
  j.field("subject", d.subject).field("body", d.body).end_object();
  out += '\n';
}

std::vector<std::int64_t> claim_reminders(Store& store, Timestamp now, std::string_view claimant,
                                          Timestamp lease_until, int limit,
                                          const std::function<bool(std::string_view)>& abandoned) {
  WriteTransaction transaction(store, WriteTransaction::queue);
  // The runs that still hold claims are few: ask about each once, and name the gone ones in
  // the claim.
  std::string gone_claimants;
  {
    Statement holders(store, "SELECT DISTINCT claimed_by FROM reminder WHERE state = 'sending' "
                             "AND claimed_by IS NOT NULL");
    std::vector<std::string> gone;
    while (holders.step())
      if (abandoned && abandoned(holders.column(0).as_view()))
        gone.push_back(holders.column(0).as_text());
    for (const auto& holder : gone)
      gone_claimants += (gone_claimants.empty() ? "" : ", ") + sql_text_literal(holder);
  }
  // One statement walks the due reminders in moment order (the partial index) and stops at the
  // limit, so claiming one of 100,000 due costs what claiming one of ten does.
  std::vector<std::int64_t> ids;
  Statement claim(
      store,
      fmt::format("UPDATE reminder SET state = 'sending', claimed_by = :me, lease_until = :lease, "
                  "updated_at = :now WHERE id IN (SELECT id FROM reminder "
                  "WHERE (state = 'pending' OR state = 'sending') AND fire_at <= :now "
                  "AND (retry_at IS NULL OR retry_at <= :now) AND (state = 'pending' "
                  "OR coalesce(lease_until, '') < :now{}) "
                  "ORDER BY fire_at, id LIMIT :limit{}) RETURNING id",
                  gone_claimants.empty() ? "" : " OR claimed_by IN (" + gone_claimants + ")",
                  store.skip_locked_clause()));
  claim.bind(":me", std::string(claimant));
  claim.bind(":lease", format_timestamp_utc(lease_until));
  claim.bind(":now", format_timestamp_utc(now));
  claim.bind(":limit", limit > 0 ? limit : std::numeric_limits<int>::max());
  while (claim.step())
    ids.push_back(claim.column(0).as_int64());
  transaction.commit();
  std::sort(ids.begin(), ids.end());
  return ids;
}

namespace {

struct PersonInfo {
  std::string name, email, phone, telegram, channel;
};

std::string pick_channel(const std::string& wanted, const std::string& preferred,
                         const std::string& email, const std::string& telegram,
                         const std::string& phone) {
  const auto has = [&](const std::string& channel) {
    return (channel == "email" && !email.empty()) || (channel == "telegram" && !telegram.empty()) ||
           (channel == "phone" && !phone.empty());
  };
  for (const auto* c : {&wanted, &preferred})
    if (!c->empty() && has(*c))
      return *c;
  for (const char* c : {"email", "telegram", "phone"})
    if (has(c))
      return c;
  return {};
}

} // namespace

struct DeliveryReader::Addresses {
  std::unordered_map<std::string, StaffInfo> staff;   // handle
  std::unordered_map<std::string, PersonInfo> people; // "slug/key"
};

DeliveryReader::DeliveryReader(const Store& store, const ReminderSet& reminders,
                               const FirmConfig& firm)
    : m_store(store), m_reminders(reminders), m_firm(firm),
      m_addresses(std::make_unique<Addresses>()) {
  m_addresses->staff = load_staff_info(store);
  Statement q(store, "SELECT c.slug, p.key, p.name, coalesce(p.email, ''), "
                     "coalesce(p.phone, ''), coalesce(p.telegram, ''), "
                     "coalesce(cc.channel, '') FROM client_contact cc "
                     "JOIN person p ON p.id = cc.person_id JOIN client c ON c.id = "
                     "cc.client_id WHERE cc.removed_at IS NULL");
  while (q.step())
    m_addresses->people[q.column(0).as_text() + "/" + q.column(1).as_text()] = {
        q.column(2).as_text(), q.column(3).as_text(), q.column(4).as_text(), q.column(5).as_text(),
        q.column(6).as_text()};
}

DeliveryReader::~DeliveryReader() = default;

void DeliveryReader::read(const std::vector<std::int64_t>& ids,
                          const std::function<void(const Delivery&)>& each) const {
  if (ids.empty())
    return;
  const auto& staff = m_addresses->staff;
  const auto& people = m_addresses->people;
  Statement q(m_store,
              fmt::format("SELECT {}, c.name, coalesce(c.short_name, ''), t.origin, "
                          "coalesce(t.service, ''), t.code, t.period, t.instalment, t.event_id, "
                          "t.planned, t.provisional, t.client_action, t.status, "
                          "coalesce(t.waiting_for, ''), coalesce(a.handle, '') "
                          "FROM reminder r JOIN task t ON t.id = r.task_id "
                          "JOIN client c ON c.id = t.client_id "
                          "LEFT JOIN staff a ON a.id = t.assignee_id "
                          "WHERE r.id IN {} ORDER BY r.fire_at, r.id",
                          k_row_columns, id_list_sql(ids)));
  const MessageTemplate fallback{"", "{title}", "{title}\n", "", 0};
  Delivery d;
  while (q.step()) {
    d = Delivery{};
    d.row = read_row(q);
    d.attempt = d.row.attempts + 1;
    const int c = k_row_column_count;
    MessageFields fields;
    fields.client_name = q.column(c).as_text();
    fields.client = q.column(c + 1).as_text();
    if (fields.client.empty())
      fields.client = fields.client_name;
    TaskRecord task;
    task.id = d.row.task_id;
    task.client = d.row.client;
    task.origin = static_cast<TaskOrigin>(q.column(c + 2).as_int());
    task.service = q.column(c + 3).as_text();
    task.code = q.column(c + 4).as_text();
    task.period = q.column(c + 5).as_text();
    task.instalment = q.column(c + 6).as_int();
    if (!q.column(c + 7).is_null())
      task.event_id = q.column(c + 7).as_int64();
    d.task_key = task.key();
    fields.task = d.row.task_id;
    fields.key = d.task_key;
    fields.title = d.row.task_title;
    fields.due = d.row.due;
    fields.planned = column_date(q.column(c + 8));
    fields.provisional = q.column(c + 9).as_int() != 0;
    fields.action = parse_client_action(column_view(q.column(c + 10))).value_or(ClientAction::none);
    // The status in the message's words, as its reader reads it (staff: «отклонена»; the
    // client: «в работе»), never the code.
    if (auto status = parse_task_status(column_view(q.column(c + 11))))
      fields.status =
          client_words(fields.language)
              .status(*status, d.row.recipient.starts_with("staff:") ? StatusReader::staff
                                                                     : StatusReader::client);
    fields.waiting_for = q.column(c + 12).as_text();
    if (auto period = parse_period(task.period))
      fields.period = client_words(fields.language).period(*period);
    fields.local_day = parse_date(std::string_view(d.row.local_at).substr(0, 10));
    if (auto a = staff.find(q.column(c + 13).as_text()); a != staff.end()) {
      fields.assignee = a->second.name;
      fields.assignee_contact =
          join_nonempty({a->second.phone, a->second.email, a->second.telegram});
    }
    fields.firm = m_firm.name;
    fields.firm_phone = m_firm.phone;
    fields.firm_email = m_firm.email;
    const auto& recipient = d.row.recipient;
    std::string preferred;
    if (recipient.starts_with("staff:")) {
      if (auto s = staff.find(recipient.substr(6)); s != staff.end()) {
        d.recipient_name = s->second.name;
        d.email = s->second.email;
        d.phone = s->second.phone;
        d.telegram = s->second.telegram;
      }
    } else if (auto p = people.find(d.row.client + "/" + recipient.substr(7)); p != people.end()) {
      d.recipient_name = p->second.name;
      d.email = p->second.email;
      d.phone = p->second.phone;
      d.telegram = p->second.telegram;
      preferred = p->second.channel;
    }
    d.channel = pick_channel(d.row.channel, preferred, d.email, d.telegram, d.phone);
    fields.recipient = d.recipient_name;
    const MessageTemplate* message = m_reminders.message(d.row.message);
    if (message == nullptr)
      message = m_reminders.message("staff");
    if (message == nullptr)
      message = &fallback;
    d.subject = render_message(message->subject, fields);
    d.body = render_message(message->body, fields);
    each(d);
  }
}

std::vector<Delivery> load_deliveries(const Store& store, const std::vector<std::int64_t>& ids,
                                      const ReminderSet& reminders, const FirmConfig& firm) {
  std::vector<Delivery> out;
  DeliveryReader(store, reminders, firm).read(ids, [&](const Delivery& d) { out.push_back(d); });
  return out;
}

std::chrono::seconds retry_backoff(int attempts) noexcept {
  const int doublings = std::clamp(attempts - 1, 0, 10);
  const auto wait = std::chrono::seconds{300} * (1 << doublings);
  return std::min<std::chrono::seconds>(wait, std::chrono::hours{6});
}

namespace {

/// One attempt row for each reminder of `ids`.
void record_attempts(Store& store, const std::vector<std::int64_t>& ids, const std::string& now,
                     const AttemptOutcome& outcome) {
  Statement q(store, "INSERT INTO reminder_attempt (reminder_id, at, ok, exit_code, "
                     "error, duration_ms) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(2, now);
  q.bind(3, outcome.ok ? 1 : 0);
  if (outcome.exit_code)
    q.bind(4, *outcome.exit_code);
  else
    q.bind(4);
  q.bind(5, outcome.error);
  q.bind(6, outcome.duration_ms);
  for (const auto id : ids) {
    q.bind(1, id);
    q.exec();
  }
}

/// Marks the reminders of `ids` still claimed by `claimant` sent, counting the attempt;
/// returns how many were.
int mark_sent(Store& store, const std::vector<std::int64_t>& ids, std::string_view claimant,
              const std::string& now) {
  Statement u(store, fmt::format("UPDATE reminder SET state = 'sent', attempts = attempts + 1, "
                                 "sent_at = :now, claimed_by = NULL, lease_until = NULL, "
                                 "retry_at = NULL, last_error = NULL, updated_at = :now "
                                 "WHERE id IN {} AND state = 'sending' AND claimed_by = :me",
                                 id_list_sql(ids)));
  u.bind(":now", now);
  u.bind(":me", std::string(claimant));
  return u.exec();
}

} // namespace

FinishResult finish_reminder(Store& store, std::int64_t id, std::string_view claimant,
                             Timestamp now, const AttemptOutcome& outcome, int max_attempts) {
  WriteTransaction transaction(store, WriteTransaction::queue);
  const std::string now_text = format_timestamp_utc(now);
  const std::vector<std::int64_t> ids{id};
  record_attempts(store, ids, now_text, outcome);
  if (outcome.ok) {
    const bool ours = mark_sent(store, ids, claimant, now_text) == 1;
    transaction.commit();
    return ours ? FinishResult::sent : FinishResult::lost;
  }
  Statement q(store, "SELECT attempts, state = 'sending' AND claimed_by = ? "
                     "FROM reminder WHERE id = ?");
  q.bind(1, std::string(claimant));
  q.bind(2, id);
  if (!q.step() || q.column(1).as_int() == 0) {
    transaction.commit();
    return FinishResult::lost;
  }
  const int attempts = q.column(0).as_int() + 1;
  q.reset();
  const FinishResult result = attempts >= max_attempts ? FinishResult::failed : FinishResult::retry;
  Statement u(store, "UPDATE reminder SET state = ?, attempts = ?, retry_at = ?, "
                     "claimed_by = NULL, lease_until = NULL, last_error = ?, "
                     "updated_at = ? WHERE id = ? AND state = 'sending' AND claimed_by = ?");
  u.bind(1, result == FinishResult::failed ? "failed" : "pending");
  u.bind(2, attempts);
  if (result == FinishResult::failed)
    u.bind(3);
  else
    u.bind(3, format_timestamp_utc(now + retry_backoff(attempts)));
  u.bind(4, outcome.error);
  u.bind(5, now_text);
  u.bind(6, id);
  u.bind(7, std::string(claimant));
  // Still ours, unless another run took it over meanwhile (its lease ran out).
  const bool ours = u.exec() == 1;
  transaction.commit();
  return ours ? result : FinishResult::lost;
}

int finish_reminders_sent(Store& store, const std::vector<std::int64_t>& ids,
                          std::string_view claimant, Timestamp now) {
  if (ids.empty())
    return 0;
  WriteTransaction transaction(store, WriteTransaction::queue);
  const std::string now_text = format_timestamp_utc(now);
  AttemptOutcome delivered;
  delivered.ok = true;
  record_attempts(store, ids, now_text, delivered);
  const int done = mark_sent(store, ids, claimant, now_text);
  transaction.commit();
  return done;
}

void release_reminders(Store& store, const std::vector<std::int64_t>& ids,
                       std::string_view claimant, Timestamp now) {
  if (ids.empty())
    return;
  WriteTransaction transaction(store, WriteTransaction::queue);
  Statement u(store, fmt::format("UPDATE reminder SET state = 'pending', claimed_by = NULL, "
                                 "lease_until = NULL, updated_at = ? "
                                 "WHERE id IN {} AND state = 'sending' AND claimed_by = ?",
                                 id_list_sql(ids)));
  u.bind(1, format_timestamp_utc(now));
  u.bind(2, std::string(claimant));
  u.exec();
  transaction.commit();
}

std::vector<ReminderMoment> pending_reminder_moments(const Store& store,
                                                     const std::vector<std::int64_t>& task_ids,
                                                     Timestamp from) {
  std::vector<ReminderMoment> moments;
  if (task_ids.empty())
    return moments;
  Statement q(store, fmt::format("SELECT task_id, recipient, fire_at FROM reminder "
                                 "WHERE task_id IN {} AND state = 'pending' AND fire_at >= ? "
                                 "ORDER BY task_id, fire_at, recipient",
                                 id_list_sql(task_ids)));
  q.bind(1, format_timestamp_utc(from));
  while (q.step())
    moments.push_back({q.column(0).as_int64(), q.column(1).as_text(),
                       column_timestamp(q.column(2)).value_or(Timestamp{})});
  return moments;
}

} // namespace acctcore
