#!/usr/bin/env bash
# The long fault runs of docs/reliability.md: kill -9 at random moments in every writer (100
# times each), a full disk under generate, client import and db backup, four writers at once
# (200 iterations each), and, with --fuzz, every libFuzzer target. ctest runs a short version
# of each (labels reliability and fuzz); this is the run whose figures docs/reliability.md gives.
#   scripts/reliability.sh                  the fault runs, with build/release's acct
#   scripts/reliability.sh --fuzz 600       the same, then each fuzz target for 10 CPU-minutes
# Environment: ACCT (the binary under test; built in build/release when not given), KILLS (100),
# CLIENTS (500, for generate), ITERATIONS (200), DB (the writers' database: a new SQLite file
# when not given). Everything runs under nice -n 15, one thing at a time; the output is also
# kept in build/reliability.log.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_seconds=
if [ "${1:-}" = --fuzz ]; then
  fuzz_seconds=${2:-600}
fi
kills=${KILLS:-100}
clients=${CLIENTS:-500}
iterations=${ITERATIONS:-200}

acct=${ACCT:-}
if [ -z "$acct" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DACCT_BUILD_TESTS=OFF \
        "${launcher[@]}" >/dev/null
  cmake --build build/release -j"$(nproc)" --target acct
  acct=build/release/cmd/acct
fi
writers_db=()
[ -n "${DB:-}" ] && writers_db=(--db "$DB")

run() { echo "== $*"; nice -n 15 "$@"; }
status=0
{
  echo "acct: $acct ($("$acct" --version)), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
  run python3 tests/reliability/kill_reliability.py --acct "$acct" --source . --kills "$kills" \
      --clients "$clients" all || status=1
  run python3 tests/reliability/remind_reliability.py --acct "$acct" --source . --kills "$kills" \
      kill-nine two-runners || status=1
  code=0
  run python3 tests/reliability/disk_reliability.py --acct "$acct" --source . all || code=$?
  [ $code -eq 0 ] || [ $code -eq 77 ] || status=1 # 77: no small file system could be mounted
  run python3 tests/reliability/writers_reliability.py --acct "$acct" --source . \
      --iterations "$iterations" "${writers_db[@]}" || status=1
  if [ -n "$fuzz_seconds" ]; then
    bash scripts/fuzz.sh all "$fuzz_seconds" || status=1
  fi
  echo "reliability: $([ $status -eq 0 ] && echo all passed || echo FAILED)"
  exit $status
} 2>&1 | tee build/reliability.log
