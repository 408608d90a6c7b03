#!/usr/bin/env bash
# Sets everything up and runs acct on a demo firm: installs what is missing, builds a release
# binary, and walks a fresh demo database in build/demo through the main job.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh build
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DACCT_BUILD_TESTS=OFF -DACCT_BUILD_BENCH=OFF >/dev/null
cmake --build build/release -j"$(nproc)" >/dev/null

demo=$PWD/build/demo
rm -rf "$demo" && mkdir -p "$demo"
export ACCT_DB=$demo/acct.db ACCT_CONFIG=$demo/config.toml ACCT_USER=demo
acct() { ./build/release/cmd/acct "$@"; }
bold='' plain=''
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then bold=$'\033[1m' plain=$'\033[0m'; fi
# Shows each command as one would type it, then runs it.
step() {
  local shown="acct" arg
  for arg in "$@"; do
    case "$arg" in *[[:space:]\"\'\$\`\\\|\&\;\(\)\<\>]*) shown+=" \"${arg//\"/\\\"}\"" ;; *) shown+=" $arg" ;; esac
  done
  printf '\n%s$ %s%s\n' "$bold" "$shown" "$plain"
  acct "$@"
}

step init --firm-name "ООО «Демо-Бухгалтерия»"
step staff add orlova --name "Орлова Светлана" --role manager --email orlova@demo-buh.ru \
  --phone "+7 495 100-00-01" --rate 2500
step staff add sokolov --name "Соколов Андрей" --role chief-accountant --email sokolov@demo-buh.ru \
  --rate 3000 --capacity 40
step staff add ivanova --name "Иванова Мария" --role accountant,payroll --telegram @ivanova_buh \
  --rate 1500
step staff add kim --name "Ким Алина" --role operator --capacity 20 --rate 800
step staff add nurlanova --name "Нурланова Айгерим" --role accountant --timezone Asia/Almaty \
  --email nurlanova@demo-buh.kz --rate 1400
step staff list
step staff show ivanova
step log --limit 3
step calendar show 2026-05
step deadline explain --rule '{ day = 3, months_after = 1, basis = "НК РФ ст. 58 п. 9" }' --period 2025-12

printf '\nThe demo firm is in %s (database acct.db, config config.toml).\n' "$demo"
printf 'Try: ACCT_DB=%s ACCT_CONFIG=%s ./build/release/cmd/acct staff list --json\n' "$ACCT_DB" "$ACCT_CONFIG"
