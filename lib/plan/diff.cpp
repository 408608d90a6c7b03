#include "plan/diff.hpp"

#include "util/enum_names.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

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
  const auto it = m_ids.find(text);
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
  // Interned ids of the desired tasks' services and codes, looked up once per template entry.
  std::unordered_map<const void*, std::uint32_t> ids;
  const auto id_of = [&](const void* owner, const std::string& text) {
    const auto [it, fresh] = ids.try_emplace(owner, 0);
    if (fresh)
      it->second = interner.id(text);
    return it->second;
  };
  // Each desired task is looked up among the stored ones of its client (found once per client:
  // the desired tasks come client by client). No key is kept per task: for a large firm the
  // keys would take more memory than the tasks.
  std::vector<std::int32_t> match(desired.tasks.size(), -1);
  std::vector<bool> matched(existing.size(), false);
  const auto by_client = [](const ExistingTask& e, std::int64_t id) { return e.client_id < id; };
  auto first = existing.begin(), last = existing.begin();
  for (size_t i = 0; i < desired.tasks.size(); ++i) {
    const DesiredTask& d = desired.tasks[i];
    if (i == 0 || d.client_id != desired.tasks[i - 1].client_id) {
      first = std::lower_bound(existing.begin(), existing.end(), d.client_id, by_client);
      last = first;
      while (last != existing.end() && last->client_id == d.client_id)
        ++last;
    }
    const Key key{d.client_id,
                  id_of(d.service, d.service->id),
                  id_of(d.spec, d.spec->code),
                  period_key(d.period),
                  d.instalment,
                  d.event_id()};
    const auto it = std::lower_bound(
        first, last, key, [&](const ExistingTask& e, const Key& k) { return existing_key(e) < k; });
    if (it != last && existing_key(*it) == key) {
      const auto j = static_cast<size_t>(it - existing.begin());
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
