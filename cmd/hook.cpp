#include "hook.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace acctcli {

using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

namespace {

bool executable(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
         ::access(path.c_str(), X_OK) == 0;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote)
        quote = 0;
      else if (c == '\\' && quote == '"' && i + 1 < text.size() &&
               (text[i + 1] == '"' || text[i + 1] == '\\'))
        word += text[++i];
      else
        word += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == '\\' && i + 1 < text.size()) {
      word += text[++i];
      in_word = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word)
        words.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (quote != 0)
    // TRANSLATORS: {} is the quote character, ' or ".
    throw Error(ErrorKind::usage, trf("--exec: unbalanced {} quote", quote));
  if (in_word)
    words.push_back(std::move(word));
  return words;
}

} // namespace

HookCommand parse_hook_command(std::string_view text) {
  HookCommand hook;
  hook.argv = split_words(text);
  if (hook.argv.empty())
    throw Error(ErrorKind::usage, tr("--exec needs a command"));
  const std::string& name = hook.argv.front();
  if (name.find('/') != std::string::npos) {
    if (!executable(name))
      throw Error(ErrorKind::not_found,
                  trf("hook command '{}' does not exist or is not executable", name),
                  tr("nothing was claimed; check the path and its execute permission"));
    hook.program = name;
    return hook;
  }
  const char* path_env = std::getenv("PATH");
  std::string_view path = path_env != nullptr ? path_env : "/usr/bin:/bin";
  while (true) {
    const auto colon = path.find(':');
    std::string dir(path.substr(0, colon));
    if (dir.empty())
      dir = ".";
    const std::string candidate = dir + "/" + name;
    if (executable(candidate)) {
      hook.program = candidate;
      return hook;
    }
    if (colon == std::string_view::npos)
      break;
    path.remove_prefix(colon + 1);
  }
  throw Error(ErrorKind::not_found, trf("hook command '{}' not found on PATH", name),
              tr("nothing was claimed; give the full path or fix PATH (cron's PATH is short)"));
}

acctcore::AttemptOutcome run_hook(const HookCommand& hook, const std::string& input,
                                  const std::vector<std::pair<std::string, std::string>>& env,
                                  int timeout_seconds) {
  acctcore::AttemptOutcome outcome;
  const auto started = std::chrono::steady_clock::now();
  int in_pipe[2];
  int err_pipe[2];
  if (::pipe2(in_pipe, O_CLOEXEC) != 0 || ::pipe2(err_pipe, O_CLOEXEC) != 0) {
    outcome.error = fmt::format("cannot create a pipe: {}", std::strerror(errno));
    return outcome;
  }
  // Build argv and the environment before fork: the child only calls async-signal-safe code.
  std::vector<char*> argv;
  for (const auto& a : hook.argv)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::vector<std::string> env_strings;
  for (const auto& [key, value] : env)
    env_strings.push_back(key + "=" + value);
  std::vector<char*> envp;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string_view entry(*e);
    const bool overridden = std::any_of(env.begin(), env.end(), [&](const auto& kv) {
      return entry.size() > kv.first.size() && entry.starts_with(kv.first) &&
             entry[kv.first.size()] == '=';
    });
    if (!overridden)
      envp.push_back(*e);
  }
  for (auto& s : env_strings)
    envp.push_back(s.data());
  envp.push_back(nullptr);

  const pid_t pid = ::fork();
  if (pid < 0) {
    outcome.error = fmt::format("cannot start the hook: {}", std::strerror(errno));
    for (int fd : {in_pipe[0], in_pipe[1], err_pipe[0], err_pipe[1]})
      ::close(fd);
    return outcome;
  }
  if (pid == 0) {
    ::setpgid(0, 0);
    ::dup2(in_pipe[0], STDIN_FILENO);
    ::dup2(STDERR_FILENO, STDOUT_FILENO); // the hook's output never mixes with acct's results
    ::dup2(err_pipe[1], STDERR_FILENO);
    ::signal(SIGPIPE, SIG_DFL);
    ::execve(hook.program.c_str(), argv.data(), envp.data());
    const char message[] = "acct: cannot execute the hook\n";
    (void)!::write(STDERR_FILENO, message, sizeof message - 1);
    ::_exit(127);
  }
  ::setpgid(pid, pid);
  ::close(in_pipe[0]);
  ::close(err_pipe[1]);
  ::fcntl(in_pipe[1], F_SETFL, O_NONBLOCK);
  std::string errors;
  size_t written = 0;
  int in_fd = in_pipe[1];
  int err_fd = err_pipe[0];
  if (input.empty()) {
    ::close(in_fd);
    in_fd = -1;
  }
  const auto deadline = started + std::chrono::seconds{timeout_seconds};
  bool timed_out = false;
  bool exited = false;
  int status = 0;
  // Whether the hook has ended; its stderr may stay open in a process it left behind.
  const auto reap = [&] {
    const pid_t r = ::waitpid(pid, &status, WNOHANG);
    exited = r == pid || (r < 0 && errno != EINTR);
    return exited;
  };
  auto nap = std::chrono::milliseconds{1};
  while (!exited) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    if (err_fd < 0 && in_fd < 0) {
      // Nothing left to read or write (the hook may have closed its stderr and go on
      // running): wait for its exit, still within the time limit.
      if (!reap()) {
        std::this_thread::sleep_for(std::min(nap, left));
        nap = std::min(nap * 2, std::chrono::milliseconds{50});
      }
      continue;
    }
    pollfd fds[2];
    int n = 0;
    if (err_fd >= 0)
      fds[n++] = {err_fd, POLLIN, 0};
    if (in_fd >= 0)
      fds[n++] = {in_fd, POLLOUT, 0};
    const int slice = static_cast<int>(std::min<std::int64_t>(left.count(), 100));
    const int ready = ::poll(fds, static_cast<nfds_t>(n), slice);
    if (ready < 0 && errno != EINTR)
      break;
    if (ready <= 0) {
      reap();
      continue;
    }
    for (int i = 0; i < n; ++i) {
      if (fds[i].revents == 0)
        continue;
      if (fds[i].fd == err_fd) {
        char buffer[4096];
        const ssize_t got = ::read(err_fd, buffer, sizeof buffer);
        if (got > 0) {
          errors.append(buffer, static_cast<size_t>(got));
          if (errors.size() > 4000)
            errors.erase(0, errors.size() - 2000);
        } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
          ::close(err_fd);
          err_fd = -1;
        }
      } else {
        const ssize_t put = ::write(in_fd, input.data() + written, input.size() - written);
        if (put > 0)
          written += static_cast<size_t>(put);
        if ((put < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) {
          ::close(in_fd);
          in_fd = -1;
        }
      }
    }
  }
  if (in_fd >= 0)
    ::close(in_fd);
  if (err_fd >= 0)
    ::close(err_fd);
  if (timed_out) {
    ::kill(-pid, SIGTERM);
    for (int i = 0; i < 20 && ::waitpid(pid, &status, WNOHANG) == 0; ++i)
      ::usleep(100000);
    ::kill(-pid, SIGKILL);
  }
  if (!exited) {
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  outcome.duration_ms = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                             std::chrono::steady_clock::now() - started)
                                             .count());
  // The last line of the hook's stderr explains a failure best.
  while (!errors.empty() && (errors.back() == '\n' || errors.back() == '\r'))
    errors.pop_back();
  if (const auto nl = errors.rfind('\n'); nl != std::string::npos)
    errors.erase(0, nl + 1);
  if (errors.size() > 300)
    errors.resize(300);
  if (timed_out) {
    outcome.error = fmt::format("timed out after {} s", timeout_seconds);
  } else if (WIFEXITED(status)) {
    outcome.exit_code = WEXITSTATUS(status);
    outcome.ok = *outcome.exit_code == 0;
    if (!outcome.ok)
      outcome.error = errors.empty()
                          ? fmt::format("exit status {}", *outcome.exit_code)
                          : fmt::format("exit status {}: {}", *outcome.exit_code, errors);
  } else if (WIFSIGNALED(status)) {
    outcome.error = fmt::format("killed by signal {}", WTERMSIG(status));
  }
  return outcome;
}

} // namespace acctcli
