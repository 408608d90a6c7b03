#include "util/progress.hpp"

#include "util/i18n.hpp"

#include <fmt/format.h>

#include <cmath>

namespace acctcore {

Progress::Progress(Callback callback, std::int64_t stride)
    : m_callback(std::move(callback)), m_stride(stride > 0 ? stride : 1) {}

void Progress::stage(std::string_view what, std::int64_t total) {
  m_stage = what;
  m_done = 0;
  m_total = total;
  if (!m_callback)
    return;
  m_next = m_stride;
  m_callback(ProgressState{m_stage, 0, m_total, false});
}

void Progress::report() {
  m_next = m_done + m_stride;
  m_callback(ProgressState{m_stage, m_done, m_total, false});
}

void Progress::finish() {
  if (!m_callback || m_finished)
    return;
  m_finished = true;
  m_next = std::numeric_limits<std::int64_t>::max();
  m_callback(ProgressState{m_stage, m_done, m_total, true});
}

std::string progress_line(const ProgressState& state, double seconds) {
  const double rate = seconds >= 0.5 ? static_cast<double>(state.done) / seconds : 0;
  std::string line;
  if (state.total > 0) {
    const auto percent = static_cast<int>(100 * state.done / state.total);
    // TRANSLATORS: what is being done ("writing tasks"), units done, units in all, percent.
    line = trf("{}: {}/{} ({}%)", state.stage, state.done, state.total, percent);
  } else {
    // TRANSLATORS: what is being done ("reading clients") and how many units so far.
    line = trf("{}: {}", state.stage, state.done);
  }
  if (rate >= 1) {
    // TRANSLATORS: units per second.
    line += trf(", {}/s", static_cast<std::int64_t>(std::lround(rate)));
    if (state.total > state.done) {
      const auto left = static_cast<std::int64_t>(
          std::ceil(static_cast<double>(state.total - state.done) / rate));
      // TRANSLATORS: the time left, in seconds.
      line += trf(", {} s left", left);
    }
  }
  return line;
}

} // namespace acctcore
