#!/usr/bin/env bash
# Generating a year of tasks (2026) against the same-schema floor, measured in the same run.
#
# The firm (seed_firm.sh with GEN_ARGS=--employers-vat-third, issue 16's): SIZE clients, every
# one an organisation and an employer under contract from 1 January 2026, one in three on ОСНО
# with VAT; 2,000 clients give 174,004 tasks. Measured: acct's first run into the empty task
# table (hyperfine, each run from a copy of the seeded database), its peak RSS, a second run
# that has nothing to do; and the floor: SQLite alone (the sqlite3 shell) inserting the very
# same rows into the very same schema — indexes, triggers, foreign keys, WAL, synchronous =
# NORMAL, as acct opens it — with ATTACH and INSERT ... SELECT in one transaction, from the same
# seeded copy. Both include their process's start-up.
#   tests/bench/generate.sh build/release/cmd/acct        (SIZES="2000", RUNS=5 by default)
set -euo pipefail
acct=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME=$work ACCT_CONFIG=$work/config.toml ACCT_TODAY=2026-01-01 ACCT_USER=bench
export GEN_ARGS=${GEN_ARGS---employers-vat-third}
year=(--since 2026-01-01 --through 2026-12-31)
runs=${RUNS:-5}

figures() { jq -r '.results[0] | "\(.mean * 1000 | round) ms ± \(.stddev * 1000 | round)"' "$1"; }
mean() { jq -r '.results[0].mean' "$1"; }

printf 'SIZE\tTASKS\tFIRST RUN\tPEAK RSS\tSAME-SCHEMA FLOOR\tFIRST/FLOOR\tNO-CHANGE RUN\n' > table.tsv
for size in ${SIZES:-2000}; do
  export ACCT_DB=$work/firm$size.db
  bash "$here/seed_firm.sh" "$acct" "$size"
  "$acct" db backup "seeded$size.db" >/dev/null
  reset="cp seeded$size.db firm$size.db && rm -f firm$size.db-wal firm$size.db-shm"

  hyperfine --warmup 1 --runs "$runs" --export-json "first$size.json" --prepare "$reset" \
    "$acct generate ${year[*]} --quiet" >/dev/null
  eval "$reset"
  /usr/bin/time -f '%M' -o "rss$size.txt" "$acct" generate "${year[@]}" --quiet
  tasks=$(sqlite3 "firm$size.db" 'SELECT count(*) FROM task')
  hyperfine --warmup 1 --runs "$runs" --export-json "again$size.json" \
    "$acct generate ${year[*]} --quiet" >/dev/null
  echo "$size clients: $tasks tasks; a second run says: $("$acct" generate "${year[@]}")"

  # The floor: what acct wrote (the run, its tasks, their dependencies), copied by SQLite.
  "$acct" db backup "generated$size.db" >/dev/null
  cat > "floor$size.sql" <<SQL
PRAGMA foreign_keys = ON;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
ATTACH 'generated$size.db' AS g;
BEGIN IMMEDIATE;
INSERT INTO main.generation_run SELECT * FROM g.generation_run;
INSERT INTO main.task SELECT * FROM g.task ORDER BY id;
INSERT INTO main.task_dependency SELECT * FROM g.task_dependency;
COMMIT;
SQL
  floor_reset="cp seeded$size.db floor$size.db && rm -f floor$size.db-wal floor$size.db-shm"
  hyperfine --warmup 1 --runs "$runs" --export-json "floor$size.json" --prepare "$floor_reset" \
    "sqlite3 floor$size.db < floor$size.sql" >/dev/null
  [ "$(sqlite3 "floor$size.db" 'SELECT count(*) FROM task')" = "$tasks" ]

  awk -v size="$size" -v tasks="$tasks" -v first="$(figures "first$size.json")" \
    -v rss="$(cat "rss$size.txt")" -v floor="$(figures "floor$size.json")" \
    -v f="$(mean "first$size.json")" -v s="$(mean "floor$size.json")" \
    -v again="$(figures "again$size.json")" \
    'BEGIN { printf "%s\t%s\t%s\t%d MB\t%s\t%.2f\t%s\n", size, tasks, first, rss / 1024, floor, f / s, again }' \
    >> table.tsv
done
column -t -s $'\t' table.tsv
