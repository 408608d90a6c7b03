#!/usr/bin/env bash
# Builds the Debian package from a fresh release build: build/package/acct-firm_<version>_<arch>.deb
# Install it with `apt install ./build/package/acct-firm_*.deb` (docs/getting-started.md).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh build package
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DACCT_BUILD_TESTS=OFF -DACCT_BUILD_BENCH=OFF >/dev/null
cmake --build build/release -j"$(nproc)" >/dev/null
cpack --config build/release/CPackConfig.cmake -B build/package >/dev/null
ls build/package/*.deb
