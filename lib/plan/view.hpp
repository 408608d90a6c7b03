#pragma once

// A plan as people and scripts read it: each change with its reason in words, and the
// documented JSON of a plan and of a generation run (docs/json.md).

#include "plan/generate.hpp"
#include "util/json.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace acctcore {

/// One change as people and scripts see it.
struct ChangeView {
  ChangeKind kind;
  std::string client; ///< slug
  std::string service;
  std::string code;
  std::string period; ///< "2026-Q1"
  int instalment = 1;
  std::int64_t task_id = 0; ///< 0 for creates
  std::string title;
  std::optional<Date> due;     ///< the new due date (creates, moves, updates, restores)
  std::optional<Date> old_due; ///< the stored due date
  std::string status;          ///< the stored status (conflicts)
  bool provisional = false;
  std::string reason; ///< why it moves, is cancelled or conflicts
};

/// The change in words and values; reasons explain moves with the deadline rule and cancels
/// with what no longer holds.
ChangeView view_change(const GenerationPlan& plan, const PlannedChange& change);

/// The plan as the documented JSON (docs/json.md).
Json plan_to_json(const GenerationPlan& plan, bool summary_only);

/// What `acct generate --json` prints: the run's counts and the conflicts it left alone, in
/// the order people read a plan (docs/json.md).
Json generation_to_json(const GenerationPlan& plan, const GenerationResult& result);

/// Why the stored task `e` is not desired any more, in words.
std::string why_not_desired(const GenerationPlan& plan, const ExistingTask& e);

} // namespace acctcore
