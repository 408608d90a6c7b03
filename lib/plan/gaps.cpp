#include "plan/gaps.hpp"

#include "client/facts.hpp"
#include "plan/client_facts.hpp"
#include "template/loader.hpp"
#include "util/enum_names.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace acctcore {

namespace {

constexpr std::string_view k_gap_names[] = {"no-service", "no-obligation", "not-covered",
                                            "overdue"};

/// What the conditions of a service test: the keys, and the words compared with each.
struct Mentions {
  std::set<std::string, std::less<>> keys;
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> words;

  void add(const Condition& c) {
    if (c.op == Condition::Op::match || c.op == Condition::Op::recorded) {
      keys.insert(c.key);
      for (const auto& value : c.values)
        if (const auto* word = std::get_if<std::string>(&value))
          words[c.key].insert(*word);
    }
    for (const auto& child : c.children)
      add(child);
  }

  void add(const TaskSpec& spec) {
    add(spec.applies_to);
    for (const auto& variant : spec.variants)
      add(variant.when);
  }

  explicit Mentions(const Service& service) {
    for (const auto& o : service.obligations) {
      add(o);
      if (o.collects && o.collects->has_every_period_when)
        add(o.collects->every_period_when);
      if (o.change) {
        keys.insert(o.change->fact);
        add(o.change->from);
        add(o.change->to);
      }
    }
    for (const auto& t : service.triggers)
      add(t);
    for (const auto& p : service.programmes)
      for (const auto& step : p.steps)
        add(step);
  }

  /// True when a condition tests `key`, and for a key whose words matter (the regime, a list
  /// such as the Росстат forms) compares it with `word`.
  bool covers(std::string_view key, std::string_view word, bool by_word) const {
    if (!by_word)
      return keys.count(key) != 0;
    const auto it = words.find(key);
    return it != words.end() && it->second.count(word) != 0;
  }
};

bool truthy(const ConditionValue& value) {
  if (const auto* flag = std::get_if<bool>(&value))
    return *flag;
  if (const auto* number = std::get_if<std::int64_t>(&value))
    return *number > 0;
  return !std::get<std::string>(value).empty();
}

std::string value_text(const ConditionValue& value) {
  return condition_value_text(value);
}

bool served_between(const PlanClient& client, Date from, Date to) {
  if (client.served.empty())
    return true;
  return std::any_of(client.served.begin(), client.served.end(), [&](const auto& range) {
    return range.first <= to && (!range.second || *range.second >= from);
  });
}

bool is_list_key(std::string_view key) {
  return std::find(std::begin(k_list_fact_keys), std::end(k_list_fact_keys), key) !=
         std::end(k_list_fact_keys);
}

/// Whether some recurring obligation (or a trigger with an event) of `service` applies to the
/// client on some day of [from, to].
bool has_obligation(const Service& service, const ClientFacts& facts,
                    std::span<const PlanEvent* const> events, Date from, Date to) {
  for (const auto& o : service.obligations) {
    if (o.collects || o.change)
      continue; // they exist only beside others, or only on a change
    if (facts.any_day(facts.evaluate_spans(o.applies_to), from, to))
      return true;
  }
  for (const auto& t : service.triggers)
    for (const PlanEvent* event : events)
      if (event->kind == t.event && event->date >= from && event->date <= to &&
          facts.holds_at(t.applies_to, event->date))
        return true;
  return false;
}

} // namespace

std::string_view gap_kind_name(GapKind kind) noexcept {
  return enum_name(k_gap_names, kind);
}

std::vector<PlanGap> find_fact_gaps(std::span<const PlanClient> clients,
                                    std::span<const PlanSubscription> subscriptions,
                                    std::span<const PlanEvent> events, const ServiceSet& services,
                                    Date from, Date to) {
  std::unordered_map<std::int64_t, std::vector<const PlanSubscription*>> subs_of;
  for (const auto& sub : subscriptions)
    if (sub.from <= to && (!sub.to || *sub.to >= from) && services.find(sub.service) != nullptr)
      subs_of[sub.client_id].push_back(&sub);
  std::unordered_map<std::int64_t, std::vector<const PlanEvent*>> events_of;
  for (const auto& event : events)
    events_of[event.client_id].push_back(&event);
  std::map<const Service*, Mentions> mentions;
  std::vector<PlanGap> gaps;
  for (const auto& client : clients) {
    if (!served_between(client, from, to))
      continue;
    const auto subs = subs_of.find(client.id);
    if (subs == subs_of.end()) {
      gaps.push_back({client.id, GapKind::no_service, {}, {}, {}, -1});
      continue;
    }
    std::vector<const Service*> used;
    std::vector<std::string> names;
    for (const PlanSubscription* sub : subs->second) {
      const Service* service = services.find(sub->service);
      if (std::find(used.begin(), used.end(), service) == used.end()) {
        used.push_back(service);
        names.push_back(service->id);
        mentions.try_emplace(service, *service);
      }
    }
    const std::string service_list = join(names, ", ");
    const ClientFacts facts(client);
    const auto client_events = events_of[client.id];
    bool any = false;
    for (const PlanSubscription* sub : subs->second) {
      const Date a = std::max(from, sub->from);
      const Date b = sub->to ? std::min(to, *sub->to) : to;
      if (has_obligation(*services.find(sub->service), facts, client_events, a, b)) {
        any = true;
        break;
      }
    }
    // The facts in force on some day of the window, each checked once.
    std::set<std::pair<std::string, std::string>> seen;
    std::string regime;
    for (size_t i = 1; i < facts.span_count(); ++i) {
      if (facts.span_from(i) > to || facts.span_to(i) < from)
        continue;
      for (const auto& [key, value] : facts.facts(i)) {
        if (key == "regime" && regime.empty())
          regime = value_text(value);
        if (!truthy(value))
          continue;
        const bool by_word = key == "regime" || is_list_key(key);
        std::vector<std::string> words;
        if (is_list_key(key))
          words = split(value_text(value), ',');
        else
          words.push_back(value_text(value));
        for (const auto& word : words) {
          if (!seen.insert({key, word}).second)
            continue;
          const bool covered = std::any_of(used.begin(), used.end(), [&](const Service* s) {
            return mentions.at(s).covers(key, word, by_word);
          });
          if (!covered)
            gaps.push_back({client.id, GapKind::not_covered, key, word, service_list, -1});
        }
      }
    }
    if (!any)
      gaps.push_back({client.id, GapKind::no_obligation, {}, regime, service_list, -1});
  }
  return gaps;
}

std::vector<PlanGap> find_overdue_notices(const DesiredSet& desired, const Plan& plan, Date today) {
  std::vector<PlanGap> gaps;
  for (const auto& change : plan.changes) {
    if (change.desired < 0 ||
        (change.kind != ChangeKind::create && change.kind != ChangeKind::restore))
      continue;
    const DesiredTask& task = desired.tasks[static_cast<size_t>(change.desired)];
    if (change_of(task) != nullptr && task.due < today)
      gaps.push_back({task.client_id, GapKind::overdue, {}, {}, {}, change.desired});
  }
  return gaps;
}

std::string describe_gap(const PlanGap& gap, const PlanClient& client, const DesiredSet* desired,
                         Date from, Date to) {
  switch (gap.kind) {
  case GapKind::no_service:
    return trf("client '{}' is served from {} to {} but subscribed to no service", client.slug,
               format_date(from), format_date(to));
  case GapKind::no_obligation:
    if (!gap.value.empty())
      // TRANSLATORS: the client's slug, its regime, its services, then two dates.
      return trf("client '{}' (regime {}): its facts lead to no obligation of {} from {} to {}",
                 client.slug, gap.value, gap.services, format_date(from), format_date(to));
    // TRANSLATORS: the client's slug, its services, then two dates.
    return trf("client '{}': its facts lead to no obligation of {} from {} to {}", client.slug,
               gap.services, format_date(from), format_date(to));
  case GapKind::not_covered:
    // TRANSLATORS: the client's slug, a fact, its value, then the client's services.
    return trf("client '{}': {}={} is not covered: no template of {} tests it", client.slug,
               gap.key, gap.value, gap.services);
  case GapKind::overdue:
    if (desired != nullptr && gap.task >= 0) {
      const DesiredTask& task = desired->tasks[static_cast<size_t>(gap.task)];
      // TRANSLATORS: the client's slug, the task's code, the day of the change, its due date.
      return trf("client '{}': {} for the change on {} was due {}: it is overdue, file it now",
                 client.slug, task.spec->code, format_date(task.period.day), format_date(task.due));
    }
    break;
  }
  return {};
}

Json gap_to_json(const PlanGap& gap, const PlanClient& client, const DesiredSet* desired, Date from,
                 Date to) {
  const DesiredTask* task = desired != nullptr && gap.task >= 0
                                ? &desired->tasks[static_cast<size_t>(gap.task)]
                                : nullptr;
  return Json{{"kind", gap_kind_name(gap.kind)},
              {"client", client.slug},
              {"key", json_or_null(gap.key)},
              {"value", json_or_null(gap.value)},
              {"services", json_or_null(gap.services)},
              {"code", task != nullptr ? Json(task->spec->code) : Json()},
              {"change_date", task != nullptr ? Json(format_date(task->period.day)) : Json()},
              {"due", task != nullptr ? Json(format_date(task->due)) : Json()},
              {"message", describe_gap(gap, client, desired, from, to)}};
}

} // namespace acctcore
