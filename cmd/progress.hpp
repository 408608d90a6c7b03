#pragma once

// Progress of long work on a terminal: one line on stderr, redrawn in place at most ten times a
// second and cleared when the work ends. Shown only when stderr is a terminal, and never with
// --quiet, NO_COLOR, TERM=dumb or ACCT_NO_PROGRESS set (docs/commands/global.md): scripts, cron
// and logs never see it.

#include "util/progress.hpp"

#include <chrono>
#include <string>

namespace acctcli {

class Context;

/// While it lives, lib's long work reports through progress(); the destructor clears the line.
class ProgressLine {
public:
  /// `stride`: how many units lib/ counts between two reports (each costs a clock read here);
  /// 1 for slow units (a hook run), more for units of microseconds (a task written).
  explicit ProgressLine(Context& context, std::int64_t stride = 1);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  /// What to hand to lib/: silent when progress is not shown.
  acctcore::Progress& progress() noexcept { return m_progress; }

  /// Clears the line before something else is written to stderr (a warning); the next report
  /// draws it again.
  void interrupt();

private:
  void draw(const acctcore::ProgressState& state);
  void clear();

  acctcore::Progress m_progress;
  std::string m_stage;
  std::chrono::steady_clock::time_point m_stage_start, m_last_draw;
  bool m_drawn = false;
};

/// True when progress may be drawn on stderr: a terminal, and none of the opt-outs.
bool progress_wanted(bool quiet);

} // namespace acctcli
