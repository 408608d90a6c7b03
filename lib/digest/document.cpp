#include "digest/document.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace acctcore {

namespace {

using fmt::arg;

/// The words a digest is written in, with the sentences every document shares.
class DocWords : public Words {
public:
  explicit DocWords(const DigestHeader& h) : Words(client_words(h.language)), m_h(h) {}

  std::string days(int n) const { return count(n, Unit::day); }
  std::string overdue_by(int days_overdue) const {
    return format(Phrase::overdue_by, arg("days", days(days_overdue)));
  }
  /// «с 20.04.2026 по 27.04.2026»
  std::string window() const {
    return format(Phrase::window, arg("from", date(m_h.today)), arg("until", date(m_h.until)));
  }
  std::string task_of_client(const DigestTask& t) const {
    return format(Phrase::task_of_client, arg("client", t.client_name), arg("title", t.title));
  }
  std::string status(TaskStatus s, StatusReader reader) const {
    return std::string(Words::status(s, reader));
  }
  /// A document with the digest's firm, colours and footer.
  Document document(std::string title, std::string subtitle) const {
    Document doc;
    doc.language = language();
    doc.firm = m_h.firm_name;
    doc.accent_color = m_h.accent_color;
    doc.title = std::move(title);
    doc.subtitle = std::move(subtitle);
    const std::string contacts = join_nonempty({m_h.firm_phone, m_h.firm_email});
    doc.footer =
        join_nonempty({contacts.empty() ? m_h.firm_name
                                        : format(Phrase::firm_contacts, arg("firm", m_h.firm_name),
                                                 arg("contacts", contacts)),
                       format(Phrase::compiled_on, arg("date", date(m_h.today)))},
                      ". ") +
        ".";
    return doc;
  }
  /// A section with no lines yet.
  DocSection section(std::string title, std::string_view note, Phrase empty) const {
    DocSection s;
    s.title = std::move(title);
    s.note = std::string(note);
    s.empty = std::string(text(empty));
    return s;
  }
  DocSection section(Phrase title, Phrase empty) const {
    return section(std::string(text(title)), "", empty);
  }

  /// «принят 20.04.2026, пн», «отклонён 20.04.2026, пн: причина; исправим и сдадим повторно
  /// до 08.06.2026, пн (№ 123)».
  std::string filing(const DigestFiling& f) const {
    std::string text;
    if (!f.answered_on)
      text = format(Phrase::filing_filed, arg("date", day(f.filed_on)));
    else
      text = format(f.status == "rejected"   ? Phrase::filing_rejected
                    : f.status == "accepted" ? Phrase::filing_accepted
                                             : Phrase::filing_with_notice,
                    arg("date", day(*f.answered_on)));
    if (!f.reason.empty())
      text = format(Phrase::filing_reason, arg("answer", text), arg("reason", f.reason));
    if (f.status == "rejected" && f.correction_due)
      text = join_nonempty(
          {text, format(Phrase::filing_correction, arg("date", day(*f.correction_due)))}, "; ");
    if (!f.receipt.empty())
      text = format(Phrase::filing_receipt, arg("filing", text), arg("receipt", f.receipt));
    return text;
  }

private:
  const DigestHeader& m_h;
};

} // namespace

Document client_document(const ClientDigest& d) {
  const auto& h = d.header;
  const DocWords w(h);
  Document doc = w.document(
      w.format(Phrase::client_title, arg("client", d.client_name), arg("days", w.days(h.days))),
      join_nonempty({w.window(), d.legal_name != d.client_name ? d.legal_name : "",
                     d.inn.empty() ? "" : w.format(Phrase::tax_id, arg("inn", d.inn))},
                    " · "));
  const auto who = [&](const DigestTask& t) {
    return t.assignee_name.empty() ? std::string()
                                   : w.format(Phrase::responsible, arg("name", t.assignee_name));
  };

  DocSection overdue = w.section(Phrase::overdue, Phrase::none_overdue);
  for (const auto& t : d.overdue)
    overdue.lines.push_back({t.due, t.title,
                             join_nonempty({w.overdue_by(t.days_overdue),
                                            w.status(t.status, StatusReader::client), who(t)},
                                           "; "),
                             true});
  DocSection needed = w.section(std::string(w.text(Phrase::needed_title)),
                                w.text(Phrase::needed_note), Phrase::needed_none);
  for (const auto& t : d.from_client) {
    const std::string_view action =
        t.action != ClientAction::none ? w.action(t.action) : w.text(Phrase::reply);
    needed.lines.push_back(
        {t.client_deadline(),
         w.format(Phrase::needed_line, arg("action", action),
                  arg("title", lower_first_letter(t.title))),
         t.waiting_for.empty() ? "" : w.format(Phrase::waiting_for, arg("what", t.waiting_for)),
         t.client_deadline() < h.today});
  }
  DocSection upcoming = w.section(w.format(Phrase::upcoming_title, arg("days", w.days(h.days))),
                                  w.text(Phrase::upcoming_note), Phrase::upcoming_none);
  for (const auto& t : d.upcoming)
    upcoming.lines.push_back(
        {t.due, t.title,
         join_nonempty({w.status(t.status, StatusReader::client), who(t),
                        t.provisional ? w.text(Phrase::provisional_calendar) : ""},
                       "; "),
         false});
  DocSection completed = w.section(w.format(Phrase::completed_title, arg("days", w.days(h.days))),
                                   "", Phrase::completed_none);
  for (const auto& t : d.completed)
    completed.lines.push_back({t.done_at, t.title, "", false});
  DocSection team = w.section(Phrase::team_title, Phrase::team_none);
  if (!h.firm_phone.empty())
    team.empty = w.format(Phrase::team_none_call, arg("phone", h.firm_phone));
  for (const auto& p : d.team)
    team.lines.push_back(
        {std::nullopt, w.format(Phrase::team_line, arg("role", p.role_title), arg("name", p.name)),
         join_nonempty({p.phone, p.email, p.telegram}), false});
  doc.sections = {std::move(overdue), std::move(needed), std::move(upcoming), std::move(completed)};
  if (!d.filings.empty()) { // only for firms that record filings
    DocSection filings = w.section(std::string(w.text(Phrase::filings_title)),
                                   w.text(Phrase::filings_note), Phrase::none);
    for (const auto& f : d.filings)
      filings.lines.push_back({f.last_day(), f.task.title, w.filing(f), f.status == "rejected"});
    doc.sections.push_back(std::move(filings));
  }
  doc.sections.push_back(std::move(team));
  return doc;
}

Document staff_document(const StaffDigest& d) {
  const auto& h = d.header;
  const DocWords w(h);
  Document doc =
      w.document(w.format(Phrase::staff_title, arg("name", d.name), arg("days", w.days(h.days))),
                 w.format(Phrase::staff_subtitle, arg("window", w.window()),
                          arg("estimate", w.hours(d.estimate_minutes)),
                          arg("capacity", w.hours(d.capacity_minutes))));
  const auto estimate = [&](const DigestTask& t) {
    return t.estimate_minutes > 0
               ? w.format(Phrase::about_hours, arg("hours", w.hours(t.estimate_minutes)))
               : std::string();
  };
  DocSection overdue = w.section(std::string(w.text(Phrase::overdue)), w.text(Phrase::oldest_first),
                                 Phrase::none_overdue);
  for (const auto& t : d.overdue)
    overdue.lines.push_back({t.due, w.task_of_client(t),
                             join_nonempty({w.overdue_by(t.days_overdue),
                                            w.status(t.status, StatusReader::staff), estimate(t)},
                                           "; "),
                             true});
  DocSection review = w.section(Phrase::review_title, Phrase::review_none);
  for (const auto& t : d.to_review)
    review.lines.push_back(
        {t.due, w.task_of_client(t),
         t.assignee_name.empty() ? "" : w.format(Phrase::assignee_is, arg("name", t.assignee_name)),
         t.due < h.today});
  DocSection days = w.section(Phrase::by_day_title, Phrase::by_day_none);
  for (const auto& t : d.upcoming)
    days.lines.push_back(
        {t.due, w.task_of_client(t),
         join_nonempty({w.status(t.status, StatusReader::staff), estimate(t),
                        t.action != ClientAction::none
                            ? w.format(Phrase::client_must, arg("action", w.action(t.action)))
                            : "",
                        t.provisional ? w.text(Phrase::provisional) : ""},
                       "; "),
         false});
  doc.sections = {std::move(overdue), std::move(review), std::move(days)};
  return doc;
}

Document firm_document(const FirmDigest& d) {
  const auto& h = d.header;
  const DocWords w(h);
  Document doc = w.document(
      w.format(Phrase::firm_title, arg("days", w.days(h.days))),
      w.format(Phrase::firm_subtitle, arg("window", w.window()), arg("count", d.overdue.size())));

  const auto count_table = [&](Phrase who, const std::vector<DigestCount>& counts) {
    DocTable table{{std::string(w.text(who)), std::string(w.text(Phrase::overdue))}, {}, {}};
    for (const auto& c : counts) {
      table.rows.push_back({c.name, std::to_string(c.count)});
      table.alert.push_back(true);
    }
    return table;
  };
  DocSection by_client = w.section(Phrase::overdue_by_client, Phrase::none_overdue);
  by_client.table = count_table(Phrase::client, d.overdue_by_client);
  DocSection by_person = w.section(Phrase::overdue_by_person, Phrase::none_overdue);
  by_person.table = count_table(Phrase::assignee, d.overdue_by_person);
  DocSection overdue = w.section(Phrase::overdue_tasks, Phrase::none);
  for (const auto& t : d.overdue)
    overdue.lines.push_back(
        {t.due, w.task_of_client(t),
         join_nonempty({w.overdue_by(t.days_overdue),
                        t.assignee_name.empty() ? w.text(Phrase::no_assignee) : t.assignee_name},
                       "; "),
         true});

  // Load: a table person x week, and the same as a chart.
  DocTable load_table{{std::string(w.text(Phrase::staff_member))}, {}, {}};
  DocChart chart{std::string(w.text(Phrase::load_chart)), {}, {}, {}, {}};
  std::vector<Date> weeks;
  for (const auto& l : d.load)
    if (std::find(weeks.begin(), weeks.end(), l.week) == weeks.end())
      weeks.push_back(l.week);
  for (const auto& week : weeks) {
    load_table.header.push_back(w.format(Phrase::week_from, arg("date", w.day_month(week))));
    chart.weeks.push_back(w.day_month(week));
  }
  for (size_t i = 0; i < d.load.size(); i += weeks.size()) {
    std::vector<std::string> row{d.load[i].name};
    std::vector<int> minutes;
    bool over = false;
    for (size_t k = 0; k < weeks.size() && i + k < d.load.size(); ++k) {
      const auto& l = d.load[i + k];
      row.push_back(w.format(l.overloaded() ? Phrase::load_cell_over : Phrase::load_cell,
                             arg("hours", w.hours(l.minutes)),
                             arg("capacity", w.hours(l.capacity_minutes))));
      minutes.push_back(l.minutes);
      over = over || l.overloaded();
    }
    load_table.rows.push_back(std::move(row));
    load_table.alert.push_back(over);
    chart.labels.push_back(d.load[i].name);
    chart.minutes.push_back(std::move(minutes));
    chart.capacity_minutes.push_back(d.load[i].capacity_minutes);
  }
  DocSection load = w.section(std::string(w.text(Phrase::load_title)), w.text(Phrase::load_note),
                              Phrase::load_none);
  load.table = std::move(load_table);
  load.chart = std::move(chart);
  DocSection unassigned = w.section(Phrase::unassigned_title, Phrase::unassigned_none);
  for (const auto& t : d.unassigned)
    unassigned.lines.push_back({t.due, w.task_of_client(t),
                                t.days_overdue > 0 ? w.overdue_by(t.days_overdue) : "",
                                t.days_overdue > 0});
  // Shown only when some open work has nobody to do it: a person archived, or away uncovered.
  DocSection unattended = w.section(Phrase::unattended_title, Phrase::unassigned_none);
  for (const auto& t : d.unattended)
    unattended.lines.push_back(
        {t.due, w.task_of_client(t),
         w.format(t.assignee_archived ? Phrase::unattended_archived : Phrase::unattended_away,
                  arg("name", t.assignee_name)),
         true});
  DocTable overhead_table{{std::string(w.text(Phrase::client)), std::string(w.text(Phrase::total)),
                           std::string(w.text(Phrase::overhead_kind)),
                           std::string(w.text(Phrase::share))},
                          {},
                          {}};
  for (const auto& o : d.overhead) {
    overhead_table.rows.push_back(
        {o.client_name, w.hours(o.minutes), w.hours(o.overhead_minutes),
         w.format(Phrase::percent, arg("percent", std::lround(o.share * 100)))});
    overhead_table.alert.push_back(true);
  }
  DocSection overhead = w.section(
      std::string(w.text(Phrase::overhead_title)),
      w.format(Phrase::overhead_note, arg("percent", std::lround(d.overhead_threshold * 100)),
               arg("from", w.date(d.overhead_from)), arg("until", w.date(h.today))),
      Phrase::overhead_none);
  overhead.table = std::move(overhead_table);
  DocSection calendars =
      w.section(std::string(w.text(Phrase::calendars_title)),
                w.format(Phrase::calendars_note, arg("date", w.date(d.calendars_until))),
                Phrase::calendars_none);
  for (const auto& g : d.calendars)
    calendars.lines.push_back(
        {g.from, w.format(Phrase::calendar_year, arg("calendar", g.calendar), arg("year", g.year)),
         std::string(
             w.text(g.provisional ? Phrase::calendar_provisional : Phrase::calendar_missing)),
         true});
  doc.sections = {std::move(by_client), std::move(by_person), std::move(overdue), std::move(load),
                  std::move(unassigned)};
  if (!d.unattended.empty())
    doc.sections.push_back(std::move(unattended));
  doc.sections.push_back(std::move(overhead));
  doc.sections.push_back(std::move(calendars));
  if (!d.rejections.empty()) { // first: a rejected report is not filed at all
    DocSection rejected = w.section(std::string(w.text(Phrase::rejections_title)),
                                    w.text(Phrase::rejections_note), Phrase::none);
    for (const auto& f : d.rejections)
      rejected.lines.push_back(
          {f.answered_on, w.task_of_client(f.task),
           join_nonempty({f.reason,
                          f.correction_id && f.correction_due
                              ? w.format(Phrase::rejection_correction, arg("id", *f.correction_id),
                                         arg("date", w.day(*f.correction_due)))
                              : "",
                          f.task.assignee_name},
                         "; "),
           true});
    doc.sections.insert(doc.sections.begin(), std::move(rejected));
  }
  return doc;
}

} // namespace acctcore
