#include "progress.hpp"

#include "context.hpp"
#include "util/text.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

namespace acctcli {

namespace {

constexpr auto k_redraw_every = std::chrono::milliseconds(100);

/// Columns of the terminal on stderr; 80 when it does not say.
size_t terminal_width() {
  winsize size{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    return size.ws_col;
  return 80;
}

void write_stderr(const std::string& text) {
  size_t at = 0;
  while (at < text.size()) {
    const ssize_t n = ::write(STDERR_FILENO, text.data() + at, text.size() - at);
    if (n <= 0)
      return; // a progress line is not worth failing for
    at += static_cast<size_t>(n);
  }
}

} // namespace

bool progress_wanted(bool quiet) {
  return !quiet && stream_is_terminal(STDERR_FILENO) && env("ACCT_NO_PROGRESS").empty();
}

ProgressLine::ProgressLine(Context& context, std::int64_t stride) {
  if (progress_wanted(context.options().quiet))
    m_progress = acctcore::Progress([this](const acctcore::ProgressState& s) { draw(s); }, stride);
}

ProgressLine::~ProgressLine() {
  m_progress.finish();
}

void ProgressLine::draw(const acctcore::ProgressState& state) {
  if (state.finished) {
    clear();
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (state.stage != m_stage) {
    m_stage = state.stage;
    m_stage_start = now;
  } else if (now - m_last_draw < k_redraw_every && state.done != state.total) {
    return;
  }
  m_last_draw = now;
  const double seconds = std::chrono::duration<double>(now - m_stage_start).count();
  const std::string line =
      acctcore::truncate_to_width(acctcore::progress_line(state, seconds), terminal_width() - 1);
  write_stderr("\r" + line + "\x1b[K");
  m_drawn = true;
}

void ProgressLine::interrupt() {
  clear();
  m_last_draw = {};
}

void ProgressLine::clear() {
  if (m_drawn)
    write_stderr("\r\x1b[K");
  m_drawn = false;
}

} // namespace acctcli
