#!/usr/bin/env bash
# Generating a year of tasks (2026) for a synthetic firm (seed_firm.sh) of 2,000 and of 10,000
# clients: the first run into an empty task table, a second run that has nothing to do, the first
# run's peak memory, and the floor: plain SQLite inserting the very same rows into the same
# empty table (insert_floor.cpp: one transaction, one prepared statement, nothing else to do).
#   tests/bench/generate.sh build/release/cmd/acct        (SIZES="2000 10000" by default)
set -euo pipefail
acct=$(realpath "$1")
floor_bin=$(dirname "$(dirname "$acct")")/tests/bench/acct_bench_insert_floor
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME=$work ACCT_CONFIG=$work/config.toml ACCT_TODAY=2026-01-01 ACCT_USER=bench
year=(--since 2026-01-01 --through 2026-12-31)
runs=${RUNS:-5}

figures() { jq -r '.results[0] | "\(.mean * 1000 | round) ms ± \(.stddev * 1000 | round)"' "$1"; }
mean() { jq -r '.results[0].mean' "$1"; }

printf 'SIZE\tTASKS\tFIRST RUN\tNO-CHANGE RUN\tPEAK RSS\tSQLITE FLOOR\tFIRST/FLOOR\tNO-CHANGE/FIRST\n' > table.tsv
for size in ${SIZES:-2000 10000}; do
  export ACCT_DB=$work/firm$size.db
  bash "$here/seed_firm.sh" "$acct" "$size"
  "$acct" db backup "seeded$size.db" >/dev/null
  reset="cp seeded$size.db firm$size.db && rm -f firm$size.db-wal firm$size.db-shm"

  hyperfine --warmup 1 --runs "$runs" --export-json "first$size.json" --prepare "$reset" \
    "$acct generate ${year[*]} --quiet" &>/dev/null
  eval "$reset"
  /usr/bin/time -f '%M' -o "rss$size.txt" "$acct" generate "${year[@]}" --quiet
  tasks=$(sqlite3 "firm$size.db" 'SELECT count(*) FROM task')
  hyperfine --warmup 1 --runs "$runs" --export-json "again$size.json" \
    "$acct generate ${year[*]} --quiet" &>/dev/null
  echo "second run says: $("$acct" generate "${year[@]}")"

  # The floor: the same rows written by SQLite alone into the seeded database's empty task table
  # (the time from BEGIN to the end of COMMIT, as the program measures it, not its start-up).
  "$acct" db backup "generated$size.db" >/dev/null
  for ((run = 0; run < runs; ++run)); do
    cp "seeded$size.db" "floor$size.db" && rm -f "floor$size.db-wal" "floor$size.db-shm"
    "$floor_bin" "generated$size.db" "floor$size.db" | awk '{ print $4 / 1000 }'
  done | jq -s '{results: [{mean: (add / length), stddev: ((map(. * .) | add / length) - (add / length) * (add / length) | if . < 0 then 0 else sqrt end)}]}' \
    > "floor$size.json"
  [ "$(sqlite3 "floor$size.db" 'SELECT count(*) FROM task')" = "$tasks" ]

  awk -v size="$size" -v tasks="$tasks" -v first="$(figures "first$size.json")" \
    -v again="$(figures "again$size.json")" -v rss="$(cat "rss$size.txt")" \
    -v floor="$(figures "floor$size.json")" -v f="$(mean "first$size.json")" \
    -v a="$(mean "again$size.json")" -v s="$(mean "floor$size.json")" \
    'BEGIN { printf "%s\t%s\t%s\t%s\t%d MB\t%s\t%.1f\t%.2f\n", size, tasks, first, again, rss / 1024, floor, f / s, a / f }' \
    >> table.tsv
done
column -t -s $'\t' table.tsv
