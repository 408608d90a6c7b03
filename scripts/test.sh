#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, builds with warnings as
# errors and AddressSanitizer + UndefinedBehaviorSanitizer, and runs every test with ctest.
#   scripts/test.sh                  everything
#   scripts/test.sh -R staff         only tests whose name matches (ctest arguments pass through)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh test
# Independent validators from npm, pinned by tests/js/package-lock.json (reinstalled when it
# changes; the stamp is a copy of the lock file the install was made from).
stamp=tests/js/node_modules/.acct-installed-lock
if ! cmp -s tests/js/package-lock.json "$stamp" 2>/dev/null; then
  npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
  cp tests/js/package-lock.json "$stamp"
fi
build=build/ci
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DACCT_WERROR=ON -DACCT_SANITIZE=ON \
      -DACCT_BUILD_TESTS=ON -DACCT_BUILD_BENCH=ON >/dev/null  # benchmarks are built, not run
cmake --build "$build" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1
ctest --test-dir "$build" -j"$(nproc)" --output-on-failure "$@"
