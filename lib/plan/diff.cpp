#include "plan/diff.hpp"

#include "util/enum_names.hpp"

#include <fmt/format.h>

#include <unordered_map>

namespace acctcore {

namespace {

constexpr std::string_view k_change_names[] = {"create", "move",   "update",
                                               "restore", "cancel", "conflict"};

/// A task's natural key, viewing strings owned elsewhere.
struct KeyView {
  std::int64_t client_id;
  std::string_view service;
  std::string_view code;
  std::string_view period;
  int instalment;
  std::int64_t event_id;

  bool operator==(const KeyView&) const = default;
};

struct KeyHash {
  size_t operator()(const KeyView& k) const noexcept {
    size_t h = std::hash<std::int64_t>{}(k.client_id);
    const auto mix = [&](size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    mix(std::hash<std::string_view>{}(k.service));
    mix(std::hash<std::string_view>{}(k.code));
    mix(std::hash<std::string_view>{}(k.period));
    mix(std::hash<int>{}(k.instalment));
    mix(std::hash<std::int64_t>{}(k.event_id));
    return h;
  }
};

bool in_scope(const ExistingTask& e, const PlanScope& scope) {
  if (scope.client_id && e.client_id != *scope.client_id)
    return false;
  if (e.due < scope.since)
    return false;
  return e.origin != TaskOrigin::obligation || e.due <= scope.through;
}

} // namespace

std::string_view change_kind_name(ChangeKind kind) noexcept { return enum_name(k_change_names, kind); }

Plan make_plan(const DesiredSet& desired, const std::vector<std::string>& titles,
               const std::vector<ExistingTask>& existing, const PlanScope& scope,
               const std::function<std::string(const ExistingTask&)>& why_not) {
  Plan plan;
  std::unordered_map<KeyView, std::uint32_t, KeyHash> index;
  index.reserve(existing.size());
  for (std::uint32_t j = 0; j < existing.size(); ++j) {
    const auto& e = existing[j];
    index.emplace(KeyView{e.client_id, e.service, e.code, e.period, e.instalment, e.event_id}, j);
  }
  std::vector<bool> matched(existing.size(), false);
  std::string period;
  for (std::uint32_t i = 0; i < desired.tasks.size(); ++i) {
    const DesiredTask& d = desired.tasks[i];
    period = d.period.id();
    const auto it = index.find(
        KeyView{d.client_id, d.service->id, d.spec->code, period, d.instalment, d.event_id()});
    if (it == index.end()) {
      plan.changes.push_back({ChangeKind::create, i, std::nullopt, titles[i], {}});
      ++plan.creates;
      continue;
    }
    const std::uint32_t j = it->second;
    matched[j] = true;
    const ExistingTask& e = existing[j];
    if (e.status == TaskStatus::cancelled) {
      if (e.cancelled_by_generator) {
        plan.changes.push_back({ChangeKind::restore, i, j, titles[i], "it applies again"});
        ++plan.restores;
      } else {
        ++plan.unchanged; // a person cancelled it: that decision stands
      }
      continue;
    }
    if (e.status == TaskStatus::new_) {
      if (e.due != d.due) {
        plan.changes.push_back({ChangeKind::move, i, j, titles[i], {}});
        ++plan.moves;
      } else if (e.title != titles[i] || e.planned != d.planned || e.provisional != d.provisional) {
        plan.changes.push_back({ChangeKind::update, i, j, titles[i], {}});
        ++plan.updates;
      } else {
        ++plan.unchanged;
      }
      continue;
    }
    if (e.due != d.due && is_open(e.status)) {
      plan.changes.push_back(
          {ChangeKind::conflict, i, j, titles[i],
           fmt::format("it is {}; the rule now gives {} instead of {}", task_status_name(e.status),
                       format_date(d.due), format_date(e.due))});
      ++plan.conflicts;
      continue;
    }
    ++plan.unchanged;
  }
  for (std::uint32_t j = 0; j < existing.size(); ++j) {
    const ExistingTask& e = existing[j];
    if (matched[j] || e.status == TaskStatus::cancelled || e.status == TaskStatus::done ||
        !in_scope(e, scope))
      continue;
    if (e.status == TaskStatus::new_) {
      plan.changes.push_back({ChangeKind::cancel, std::nullopt, j, {}, why_not(e)});
      ++plan.cancels;
    } else {
      plan.changes.push_back(
          {ChangeKind::conflict, std::nullopt, j, {},
           fmt::format("it is {}, but no longer applies: {}", task_status_name(e.status), why_not(e))});
      ++plan.conflicts;
    }
  }
  return plan;
}

} // namespace acctcore
