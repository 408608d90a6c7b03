#pragma once

// Long work says how far it is (generating a year for thousands of clients, importing them,
// delivering a backlog of reminders). lib/ never prints and never reads the clock, so it only
// counts and calls a callback; cmd/ decides whether and how to show it (cmd/progress.hpp draws
// one line on a terminal's stderr). With no callback, counting costs an add and a compare.

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

namespace acctcore {

/// Where a piece of long work is.
struct ProgressState {
  std::string_view stage; ///< what is being done, translated: "writing tasks"
  std::int64_t done = 0;  ///< units done in this stage
  std::int64_t total = 0; ///< units in this stage; 0 when not known
  bool finished = false;  ///< the whole work is over: the reporter may clear its line
};

/// What long work in lib/ reports to. A default-constructed Progress reports nothing.
class Progress {
public:
  using Callback = std::function<void(const ProgressState&)>;

  Progress() = default;
  /// Calls `callback` at the start of each stage, every `stride` units within one, and at the
  /// end; the callback decides how often to draw (it has the clock).
  explicit Progress(Callback callback, std::int64_t stride = 256);

  /// True when someone listens: work may skip counting what it would count only for this.
  bool active() const noexcept { return static_cast<bool>(m_callback); }

  /// A new stage of `total` units (0: not known), reported at once.
  void stage(std::string_view what, std::int64_t total = 0);
  /// `n` more units of the stage are done.
  void advance(std::int64_t n = 1) {
    m_done += n;
    if (m_done >= m_next)
      report();
  }
  /// The work is over (also when it failed): reported once, so a line can be cleared.
  void finish();

private:
  void report();

  Callback m_callback;
  std::string m_stage;
  std::int64_t m_done = 0;
  std::int64_t m_total = 0;
  std::int64_t m_stride = 256;
  std::int64_t m_next = std::numeric_limits<std::int64_t>::max();
  bool m_finished = false;
};

/// The line a terminal shows for `state` after `seconds` in the stage: "writing tasks:
/// 12000/174004 (6%), 35000/s, 4 s left"; without a total "reading clients: 1200".
std::string progress_line(const ProgressState& state, double seconds);

} // namespace acctcore
