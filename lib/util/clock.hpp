#pragma once

#include "util/date.hpp"

#include <string>

namespace acctcore {

/// The injected clock: lib/ never reads the system time. cmd/ builds it from --today/--now
/// (ACCT_TODAY/ACCT_NOW) or the real clock, in the firm's time zone.
struct Clock {
  Date today;    ///< the reference day for plans, agendas and digests
  Timestamp now; ///< the instant recorded in the audit log; what "due" means for reminders
};

/// Who makes a change and when; every mutation takes one, and the audit log records it.
struct Actor {
  std::string user;
  Timestamp at;
};

} // namespace acctcore
