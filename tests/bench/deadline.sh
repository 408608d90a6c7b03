#!/usr/bin/env bash
# Deadline computations per second on one core (tests/bench/deadline_bench.cpp).
#   tests/bench/deadline.sh ACCT_BINARY   (the benchmark binary is built beside it)
set -euo pipefail
acct=$(realpath "$1")
bench=$(dirname "$(dirname "$acct")")/tests/bench/acct_bench_deadline
src=$(cd "$(dirname "$0")/../.." && pwd)
taskset -c 0 "$bench" "$src/templates" 5 2>/dev/null || "$bench" "$src/templates" 5
