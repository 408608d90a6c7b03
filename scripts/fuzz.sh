#!/usr/bin/env bash
# Fuzzes acct's parsers of outside input with libFuzzer (tests/fuzz/README.md): builds the
# fuzzing tree build/fuzz with clang (the library with -fsanitize=fuzzer-no-link,address,undefined,
# the targets with -fsanitize=fuzzer,address,undefined), then runs each target, one at a time and
# under nice, for SECONDS of CPU time over its seeds and its working corpus (kept in
# build/fuzz/corpus/TARGET, so that later runs start where earlier ones stopped). Crashing inputs
# land in build/fuzz/crashes/.
#   scripts/fuzz.sh                 every target, 60 CPU-seconds each
#   scripts/fuzz.sh date 600        one target for 10 CPU-minutes
#   scripts/fuzz.sh all 600         the documented long run (docs/reliability.md)
# Targets: template calendar reminders config deadline client_import period date duration money.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-all}
seconds=${2:-60}

command -v clang++ >/dev/null || bash scripts/deps.sh fuzz
build=build/fuzz
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DACCT_FUZZ=ON \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)"
nice -n 15 python3 tests/fuzz/run_fuzz.py --bin "$build/tests/fuzz" --source . \
  --cpu-seconds "$seconds" --corpus "$build/corpus" --artifacts "$build/crashes" "$target"
