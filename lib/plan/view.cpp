#include "plan/view.hpp"

#include "template/loader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace acctcore {

std::string why_not_desired(const GenerationPlan& g, const ExistingTask& e) {
  const PlanClient* client = g.client(e.client_id);
  if (client == nullptr)
    return "the client is archived";
  const std::string& service_id = g.interner.text(e.service);
  const std::string& code = g.interner.text(e.code);
  const Service* service = g.services->find(service_id);
  if (service == nullptr)
    return fmt::format("there is no service '{}' any more", service_id);
  const bool subscribed =
      std::any_of(g.subscriptions.begin(), g.subscriptions.end(), [&](const PlanSubscription& s) {
        return s.client_id == e.client_id && s.service == service_id && s.from <= e.due &&
               (!s.to || e.due <= *s.to);
      });
  if (!subscribed)
    return fmt::format("the client is not subscribed to '{}' on {}", service_id,
                       format_date(e.due));
  if (!client->served_on(e.due))
    return fmt::format("the client is not served on {} (its status)", format_date(e.due));
  const TaskSpec* spec = service->spec(e.origin, code);
  if (spec == nullptr)
    return fmt::format("'{}' no longer has '{}'", service_id, code);
  if (e.origin == TaskOrigin::trigger &&
      std::none_of(g.events.begin(), g.events.end(),
                   [&](const PlanEvent& ev) { return ev.id == e.event_id; }))
    return fmt::format("event #{} was removed", e.event_id);
  const Period period = period_of_key(e.period);
  if (e.origin == TaskOrigin::obligation) {
    if (const auto& change = static_cast<const Obligation*>(spec)->change)
      return fmt::format("no change of '{}' on {} calls for it any more", change->fact,
                         period.id());
    if (!holds_some_day(spec->applies_to, *client, period.start(), period.end()))
      return fmt::format("its conditions do not hold in {}: {}", period.id(),
                         describe_condition(spec->applies_to));
    if (select_rule(*spec, *client, period, period.end()) == nullptr)
      return fmt::format("a variant of '{}' leaves it out for this client in {}", code,
                         period.id());
  }
  return "its period or instalments no longer follow from the template";
}

ChangeView view_change(const GenerationPlan& g, const PlannedChange& change) {
  ChangeView v;
  v.kind = change.kind;
  const DesiredTask* d =
      change.desired >= 0 ? &g.desired.tasks[static_cast<size_t>(change.desired)] : nullptr;
  const ExistingTask* e =
      change.existing >= 0 ? &g.existing[static_cast<size_t>(change.existing)] : nullptr;
  if (d != nullptr) {
    const PlanClient* client = g.client(d->client_id);
    v.client = client->slug;
    v.service = d->service->id;
    v.code = d->spec->code;
    v.period = d->period.id();
    v.instalment = d->instalment;
    v.title = desired_title(*d, *client);
    v.due = d->due;
    v.provisional = d->provisional;
  }
  if (e != nullptr) {
    v.task_id = e->id;
    v.old_due = e->due;
    v.status = std::string(task_status_name(e->status));
    if (d == nullptr) {
      const PlanClient* client = g.client(e->client_id);
      v.client = client != nullptr ? client->slug : std::to_string(e->client_id);
      v.service = g.interner.text(e->service);
      v.code = g.interner.text(e->code);
      v.period = period_of_key(e->period).id();
      v.instalment = e->instalment;
    }
  }
  switch (change.kind) {
  case ChangeKind::create:
  case ChangeKind::update:
    break;
  case ChangeKind::restore:
    v.reason = "it applies again";
    break;
  case ChangeKind::move:
  case ChangeKind::conflict:
    if (d != nullptr && e != nullptr) {
      std::string how =
          fmt::format("the rule now gives {} ({}) instead of {} ({})", format_date(d->due),
                      weekday_name(d->due), format_date(e->due), weekday_name(e->due));
      if (d->raw != d->due)
        how += fmt::format(": {} ({}) is a day off", format_date(d->raw), weekday_name(d->raw));
      v.reason = change.kind == ChangeKind::conflict
                     ? fmt::format("it is {}; {}", task_status_name(e->status), how)
                     : how;
    } else if (e != nullptr) {
      v.reason = fmt::format("it is {}, but no longer applies: {}", task_status_name(e->status),
                             why_not_desired(g, *e));
    }
    break;
  case ChangeKind::cancel:
    v.reason = why_not_desired(g, *e);
    break;
  }
  return v;
}

namespace {

/// One change as plan_to_json and generation_to_json write it.
Json change_json(const GenerationPlan& g, const PlannedChange& change) {
  const ChangeView v = view_change(g, change);
  return Json{{"change", change_kind_name(v.kind)},
              {"client", v.client},
              {"service", v.service},
              {"code", v.code},
              {"period", v.period},
              {"instalment", v.instalment},
              {"task_id", v.task_id != 0 ? Json(v.task_id) : Json()},
              {"title", json_or_null(v.title)},
              {"due", v.due ? Json(format_date(*v.due)) : Json()},
              {"old_due", v.old_due ? Json(format_date(*v.old_due)) : Json()},
              {"status", json_or_null(v.status)},
              {"provisional", v.provisional},
              {"reason", json_or_null(v.reason)}};
}

} // namespace

Json plan_to_json(const GenerationPlan& g, bool summary_only) {
  const Plan& p = g.plan;
  Json json{{"since", format_date(g.options.since)},
            {"through", format_date(g.options.through)},
            {"client", g.options.client ? Json(*g.options.client) : Json()},
            {"summary", Json{{"create", p.creates},
                             {"move", p.moves},
                             {"update", p.updates},
                             {"restore", p.restores},
                             {"cancel", p.cancels},
                             {"conflict", p.conflicts},
                             {"unchanged", p.unchanged}}}};
  if (summary_only)
    return json;
  Json changes = Json::array();
  for (const auto& change : p.changes)
    changes.push_back(change_json(g, change));
  json["changes"] = std::move(changes);
  return json;
}

Json generation_to_json(const GenerationPlan& g, const GenerationResult& result) {
  Json conflicts = Json::array();
  for (const auto& change : g.plan.changes)
    if (change.kind == ChangeKind::conflict)
      conflicts.push_back(change_json(g, change));
  return Json{{"run_id", result.run_id != 0 ? Json(result.run_id) : Json()},
              {"since", format_date(g.options.since)},
              {"through", format_date(g.options.through)},
              {"created", result.created},
              {"moved", result.moved},
              {"updated", result.updated},
              {"restored", result.restored},
              {"cancelled", result.cancelled},
              {"unchanged", g.plan.unchanged},
              {"conflicts", std::move(conflicts)}};
}

} // namespace acctcore
