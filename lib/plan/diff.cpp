#include "plan/diff.hpp"

#include "util/enum_names.hpp"

#include <algorithm>
#include <tuple>

namespace acctcore {

namespace {

constexpr std::string_view k_change_names[] = {"create",  "move",   "update",
                                               "restore", "cancel", "conflict"};

constexpr std::int64_t k_kind_shift = 40;
constexpr std::int64_t k_day_offset = 1 << 24;

/// The natural key, in a form that sorts.
using Key = std::tuple<std::int64_t, std::uint32_t, std::uint32_t, std::int64_t, int, std::int64_t>;

bool in_scope(const ExistingTask& e, const PlanScope& scope) {
  if (scope.client_id && e.client_id != *scope.client_id)
    return false;
  if (e.due < scope.since)
    return false;
  return e.origin != TaskOrigin::obligation || e.due <= scope.through;
}

} // namespace

std::uint32_t Interner::id(std::string_view text) {
  const auto it = m_ids.find(std::string(text));
  if (it != m_ids.end())
    return it->second;
  const auto id = static_cast<std::uint32_t>(m_texts.size());
  m_texts.emplace_back(text);
  m_ids.emplace(m_texts.back(), id);
  return id;
}

std::int64_t period_key(const Period& p) noexcept {
  const auto kind = static_cast<std::int64_t>(p.kind) << k_kind_shift;
  if (p.kind == PeriodKind::once)
    return kind | (p.day.time_since_epoch().count() + k_day_offset);
  return kind | (static_cast<std::int64_t>(p.year) * 16 + p.index);
}

Period period_of_key(std::int64_t key) noexcept {
  Period p;
  p.kind = static_cast<PeriodKind>(key >> k_kind_shift);
  const std::int64_t rest = key & ((std::int64_t{1} << k_kind_shift) - 1);
  if (p.kind == PeriodKind::once) {
    p.day = Date{date::days{static_cast<int>(rest - k_day_offset)}};
    p.year = static_cast<int>(date::year_month_day{p.day}.year());
    return p;
  }
  p.year = static_cast<int>(rest / 16);
  p.index = static_cast<int>(rest % 16);
  return p;
}

std::uint64_t title_hash(std::string_view title) noexcept {
  std::uint64_t h = 1469598103934665603ULL; // FNV-1a
  for (const char c : title) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string_view change_kind_name(ChangeKind kind) noexcept {
  return enum_name(k_change_names, kind);
}

Plan make_plan(const DesiredSet& desired, const std::vector<std::uint64_t>& titles,
               std::vector<ExistingTask>& existing, Interner& interner, const PlanScope& scope) {
  Plan plan;
  const auto existing_key = [](const ExistingTask& e) {
    return Key{e.client_id, e.service, e.code, e.period, e.instalment, e.event_id};
  };
  std::sort(existing.begin(), existing.end(), [&](const ExistingTask& a, const ExistingTask& b) {
    return existing_key(a) < existing_key(b);
  });
  std::vector<Key> keys;
  keys.reserve(desired.tasks.size());
  for (const auto& d : desired.tasks)
    keys.emplace_back(d.client_id, interner.id(d.service->id), interner.id(d.spec->code),
                      period_key(d.period), d.instalment, d.event_id());
  std::vector<std::uint32_t> order(desired.tasks.size());
  for (std::uint32_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });

  std::vector<std::int32_t> match(desired.tasks.size(), -1);
  std::vector<bool> matched(existing.size(), false);
  size_t j = 0;
  for (const std::uint32_t i : order) {
    while (j < existing.size() && existing_key(existing[j]) < keys[i])
      ++j;
    if (j < existing.size() && existing_key(existing[j]) == keys[i]) {
      match[i] = static_cast<std::int32_t>(j);
      matched[j] = true;
    }
  }

  const auto add = [&](ChangeKind kind, std::int32_t d, std::int32_t e, int& counter) {
    plan.changes.push_back({kind, d, e});
    ++counter;
  };
  for (std::uint32_t i = 0; i < desired.tasks.size(); ++i) {
    const DesiredTask& d = desired.tasks[i];
    const auto di = static_cast<std::int32_t>(i);
    if (match[i] < 0) {
      add(ChangeKind::create, di, -1, plan.creates);
      continue;
    }
    const ExistingTask& e = existing[static_cast<size_t>(match[i])];
    if (e.status == TaskStatus::cancelled) {
      if (e.cancelled_by_generator)
        add(ChangeKind::restore, di, match[i], plan.restores);
      else
        ++plan.unchanged; // a person cancelled it: that decision stands
      continue;
    }
    if (e.status == TaskStatus::new_) {
      if (e.due != d.due)
        add(ChangeKind::move, di, match[i], plan.moves);
      else if (e.title != titles[i] || e.planned != d.planned || e.provisional != d.provisional)
        add(ChangeKind::update, di, match[i], plan.updates);
      else
        ++plan.unchanged;
      continue;
    }
    if (e.due != d.due && is_open(e.status))
      add(ChangeKind::conflict, di, match[i], plan.conflicts);
    else
      ++plan.unchanged;
  }
  for (size_t k = 0; k < existing.size(); ++k) {
    const ExistingTask& e = existing[k];
    if (matched[k] || e.status == TaskStatus::cancelled || e.status == TaskStatus::done ||
        !in_scope(e, scope))
      continue;
    if (e.status == TaskStatus::new_)
      add(ChangeKind::cancel, -1, static_cast<std::int32_t>(k), plan.cancels);
    else
      add(ChangeKind::conflict, -1, static_cast<std::int32_t>(k), plan.conflicts);
  }
  return plan;
}

} // namespace acctcore
