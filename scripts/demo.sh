#!/usr/bin/env bash
# Sets everything up and runs acct on a demo firm: installs what is missing, builds a release
# binary, and walks a fresh demo database in build/demo through the main job.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh build
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DACCT_BUILD_TESTS=OFF -DACCT_BUILD_BENCH=OFF >/dev/null
cmake --build build/release -j"$(nproc)" >/dev/null

ACCT_BIN=$PWD/build/release/cmd/acct exec bash scripts/demo-firm.sh build/demo
