#include "clientlog/note.hpp"

#include "audit/audit.hpp"
#include "client/client.hpp"
#include "client/contacts.hpp"
#include "client/work_group.hpp"
#include "staff/staff.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "task/workflow.hpp"
#include "util/enum_names.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

namespace {

constexpr std::string_view k_kind_names[] = {"call", "letter", "visit", "message"};
/// The kinds as a follow-up's title names them, in the client's language.
constexpr std::string_view k_kind_titles[] = {"Звонок", "Письмо", "Визит", "Сообщение"};

constexpr const char* k_note_select =
    "SELECT n.id, n.client_id, c.slug, n.kind, n.text, n.day, n.person, n.follow_up_id, "
    "n.created_at, n.author FROM client_note n JOIN client c ON c.id = n.client_id";

ContactNote read_note(Statement& q) {
  ContactNote n;
  n.id = q.column(0).as_int64();
  n.client_id = q.column(1).as_int64();
  n.client = q.column(2).as_text();
  n.kind = parse_contact_kind(column_view(q.column(3))).value_or(ContactKind::call);
  n.text = q.column(4).as_text();
  n.day = column_date(q.column(5)).value_or(Date{});
  n.person = column_text(q.column(6));
  if (const auto c = q.column(7); !c.is_null())
    n.follow_up_id = c.as_int64();
  n.created_at = column_timestamp(q.column(8)).value_or(Timestamp{});
  n.author = q.column(9).as_text();
  return n;
}

} // namespace

std::string_view contact_kind_name(ContactKind kind) noexcept {
  return enum_name(k_kind_names, kind);
}

std::optional<ContactKind> parse_contact_kind(std::string_view name) noexcept {
  return enum_from_name<ContactKind>(k_kind_names, name);
}

std::vector<std::string> contact_kind_names() {
  return {std::begin(k_kind_names), std::end(k_kind_names)};
}

std::string follow_up_title(ContactKind kind, Date day, std::string_view text) {
  std::string_view first = trim(text);
  if (const auto newline = first.find('\n'); newline != std::string_view::npos)
    first = trim(first.substr(0, newline));
  return truncate_to_width(
      fmt::format("{} {}: {}", enum_name(k_kind_titles, kind), format_date_ru(day), first), 100);
}

NoteResult add_note(Store& store, const Actor& actor, const ServiceSet& services,
                    const CalendarSet& calendars, const NewNote& in, Date today) {
  const Client client = get_client(store, in.client);
  const std::string text(trim(in.text));
  if (text.empty())
    throw Error(ErrorKind::invalid, tr("the note is empty: say what was said or agreed"));
  const Date day = in.day.value_or(today);
  if (day > today)
    throw Error(ErrorKind::invalid,
                trf("{} is in the future: a note records a contact that happened (today is {})",
                    format_date(day), format_date(today)));
  if (in.follow_up && *in.follow_up < today)
    throw Error(ErrorKind::invalid,
                trf("the follow-up date {} is in the past (today is {})",
                    format_date(*in.follow_up), format_date(today)),
                tr("give today or a later day"));
  if (!in.person.empty()) {
    const auto contacts = client_contacts(store, client.slug);
    if (std::none_of(contacts.begin(), contacts.end(),
                     [&](const Contact& c) { return c.person.key == in.person; }))
      throw Error(ErrorKind::invalid, trf("'{}' is not a contact of {}", in.person, client.slug),
                  trf("see 'acct client contact list {}'", client.slug));
  }
  Statement insert(store, "INSERT INTO client_note (client_id, kind, text, day, person, "
                          "created_at, author) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
  insert.bind(1, client.id);
  insert.bind(2, std::string(contact_kind_name(in.kind)));
  insert.bind(3, text);
  insert.bind(4, format_date(day));
  if (in.person.empty())
    insert.bind(5);
  else
    insert.bind(5, in.person);
  insert.bind(6, format_timestamp_utc(actor.at));
  insert.bind(7, actor.user);
  const std::int64_t id = insert_returning_id(insert);

  NoteResult result;
  ChangeSet changes;
  changes.set("note", id);
  changes.set("kind", std::string(contact_kind_name(in.kind)));
  changes.set("text", text);
  changes.set("date", format_date(day));
  if (!in.person.empty())
    changes.set("person", in.person);
  if (in.follow_up) {
    NewTask task;
    task.client = client.slug;
    task.title = follow_up_title(in.kind, day, text);
    task.description = text;
    task.due = *in.follow_up;
    task.category = "communication";
    task.role = "manager";
    if (in.assignee) {
      task.assignee = *in.assignee;
    } else {
      // The author, when they are staff; else add_task's default, the manager.
      Statement own(store, "SELECT handle FROM staff WHERE handle = ? AND archived_at IS NULL");
      own.bind(1, actor.user);
      if (own.step())
        task.assignee = own.column(0).as_text();
    }
    result.follow_up = add_task(store, actor, services, calendars, task, today);
    Statement link(store, "UPDATE client_note SET follow_up_id = ? WHERE id = ?");
    link.bind(1, result.follow_up->id);
    link.bind(2, id);
    link.exec();
    changes.set("follow_up", result.follow_up->id);
  }
  record_audit(store, actor, "client", client.slug, "note", changes);
  Statement q(store, std::string(k_note_select) + " WHERE n.id = ?");
  q.bind(1, id);
  q.step();
  result.note = read_note(q);
  return result;
}

std::vector<ContactNote> list_notes(const Store& store, std::string_view slug,
                                    std::optional<Date> from, std::optional<Date> to) {
  std::string sql = std::string(k_note_select) + " WHERE 1 = 1";
  std::optional<std::int64_t> client;
  if (!slug.empty()) {
    client = get_client(store, slug).id;
    sql += " AND n.client_id = :client";
  }
  if (from)
    sql += " AND n.day >= :from";
  if (to)
    sql += " AND n.day <= :to";
  Statement q(store, sql + " ORDER BY n.day, n.id");
  if (client)
    q.bind(":client", *client);
  if (from)
    q.bind(":from", format_date(*from));
  if (to)
    q.bind(":to", format_date(*to));
  std::vector<ContactNote> notes;
  while (q.step())
    notes.push_back(read_note(q));
  return notes;
}

Json note_to_json(const ContactNote& n, const date::time_zone* zone) {
  return Json{{"id", n.id},
              {"client", n.client},
              {"kind", std::string(contact_kind_name(n.kind))},
              {"text", n.text},
              {"date", format_date(n.day)},
              {"person", json_or_null(n.person)},
              {"follow_up_id", n.follow_up_id ? Json(*n.follow_up_id) : Json(nullptr)},
              {"created_at", format_timestamp(n.created_at, zone)},
              {"author", n.author}};
}

} // namespace acctcore
