// Digests as JSON (docs/json.md): the collected digest, with typed values, not the document.

#include "digest/render.hpp"

#include <cmath>

namespace acctcore {

namespace {

Json header_json(const DigestHeader& h) {
  return Json{{"firm", {{"name", h.firm_name}, {"phone", h.firm_phone}, {"email", h.firm_email}}},
              {"today", format_date(h.today)},
              {"until", format_date(h.until)},
              {"days", h.days}};
}

Json task_json(const DigestTask& t) {
  return Json{{"id", t.id},
              {"key", t.key},
              {"client", t.client},
              {"client_name", t.client_name},
              {"title", t.title},
              {"period", t.period},
              {"due", format_date(t.due)},
              {"planned", t.planned ? Json(format_date(*t.planned)) : Json(nullptr)},
              {"provisional", t.provisional},
              {"status", task_status_name(t.status)},
              {"client_action", client_action_name(t.action)},
              {"waiting_for", t.waiting_for},
              {"assignee", json_or_null(t.assignee)},
              {"reviewer", json_or_null(t.reviewer)},
              {"covering_for", json_or_null(t.covering_for)},
              {"estimate_minutes", t.estimate_minutes},
              {"done_at", t.done_at ? Json(format_date(*t.done_at)) : Json(nullptr)},
              {"days_overdue", t.days_overdue}};
}

Json tasks_json(const std::vector<DigestTask>& tasks) {
  return json_array(tasks, task_json);
}

Json filings_json(const std::vector<DigestFiling>& filings) {
  return json_array(filings, [](const DigestFiling& f) {
    return Json{{"task", task_json(f.task)},
                {"status", f.status},
                {"filed_on", format_date(f.filed_on)},
                {"answered_on", f.answered_on ? Json(format_date(*f.answered_on)) : Json(nullptr)},
                {"receipt", json_or_null(f.receipt)},
                {"reason", json_or_null(f.reason)},
                {"correction_id", f.correction_id ? Json(*f.correction_id) : Json(nullptr)},
                {"correction_due",
                 f.correction_due ? Json(format_date(*f.correction_due)) : Json(nullptr)}};
  });
}

} // namespace

Json client_digest_to_json(const ClientDigest& d) {
  Json j = header_json(d.header);
  j["client"] = {
      {"slug", d.client}, {"name", d.client_name}, {"legal_name", d.legal_name}, {"inn", d.inn}};
  j["overdue"] = tasks_json(d.overdue);
  j["from_client"] = tasks_json(d.from_client);
  j["upcoming"] = tasks_json(d.upcoming);
  j["completed"] = tasks_json(d.completed);
  j["filings"] = filings_json(d.filings);
  j["team"] = json_array(d.team, [](const DigestPerson& p) {
    return Json{{"role", p.role},
                {"name", p.name},
                {"phone", p.phone},
                {"email", p.email},
                {"telegram", p.telegram}};
  });
  return j;
}

Json staff_digest_to_json(const StaffDigest& d) {
  Json j = header_json(d.header);
  j["staff"] = {{"handle", d.handle}, {"name", d.name}};
  j["capacity_minutes"] = d.capacity_minutes;
  j["estimate_minutes"] = d.estimate_minutes;
  j["overdue"] = tasks_json(d.overdue);
  j["to_review"] = tasks_json(d.to_review);
  j["upcoming"] = tasks_json(d.upcoming);
  return j;
}

Json firm_digest_to_json(const FirmDigest& d) {
  Json j = header_json(d.header);
  const auto counts = [](const std::vector<DigestCount>& list) {
    return json_array(list, [](const DigestCount& c) {
      return Json{{"key", json_or_null(c.key)}, {"name", c.name}, {"count", c.count}};
    });
  };
  j["rejections"] = filings_json(d.rejections);
  j["overdue"] = tasks_json(d.overdue);
  j["overdue_by_client"] = counts(d.overdue_by_client);
  j["overdue_by_person"] = counts(d.overdue_by_person);
  j["load"] = json_array(d.load, [](const DigestLoad& l) {
    return Json{{"staff", l.handle},
                {"name", l.name},
                {"week", format_date(l.week)},
                {"minutes", l.minutes},
                {"capacity_minutes", l.capacity_minutes},
                {"overloaded", l.overloaded()}};
  });
  j["unassigned"] = tasks_json(d.unassigned);
  j["unattended"] = tasks_json(d.unattended);
  j["overhead"] = {{"threshold", d.overhead_threshold},
                   {"from", format_date(d.overhead_from)},
                   {"clients", json_array(d.overhead, [](const DigestOverhead& o) {
                      return Json{{"client", o.client},
                                  {"name", o.client_name},
                                  {"minutes", o.minutes},
                                  {"overhead_minutes", o.overhead_minutes},
                                  {"share", std::round(o.share * 1000) / 1000}};
                    })}};
  j["calendars"] = {{"until", format_date(d.calendars_until)},
                    {"gaps", json_array(d.calendars, [](const DigestCalendarGap& g) {
                       return Json{{"calendar", g.calendar},
                                   {"year", g.year},
                                   {"provisional", g.provisional},
                                   {"from", format_date(g.from)}};
                     })}};
  return j;
}

} // namespace acctcore
