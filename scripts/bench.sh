#!/usr/bin/env bash
# Runs acct's benchmarks on a release build and prints their figures. Benchmarks are not tests:
# nothing here fails on a slow machine; docs/performance.md records the figures measured.
#   scripts/bench.sh            all benchmarks
#   scripts/bench.sh startup    one of them (the names of the scripts in tests/bench/)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh build bench
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DACCT_BUILD_TESTS=OFF -DACCT_BUILD_BENCH=ON >/dev/null
cmake --build build/release -j"$(nproc)" >/dev/null

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for script in tests/bench/*.sh; do
    # seed_*.sh are not benchmarks: they set up data for the others.
    case "$(basename "$script")" in seed_*) continue ;; esac
    names+=("$(basename "$script" .sh)")
  done
fi
for name in "${names[@]}"; do
  echo "== $name"
  bash "tests/bench/$name.sh" build/release/cmd/acct
done
