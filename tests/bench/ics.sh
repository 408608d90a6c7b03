#!/usr/bin/env bash
# Benchmark: `acct export ics --staff acc0` on the synthetic firm (seed_firm.sh) of 10,000
# clients with a year of tasks (2026), as of 2026-01-01, every task open, acc0 given 2,000 of
# those due in the next 90 days (target: under 100 ms for `--days 90`). The reminder schedule
# is brought up to date before timing (the first export of a day does that work once).
#   tests/bench/ics.sh ACCT_BINARY [CLIENTS] [RUNS]
set -euo pipefail
acct=$(realpath "$1")
clients=${2:-10000}
runs=${3:-20}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME=$work ACCT_DB=$work/firm.db ACCT_CONFIG=$work/config.toml ACCT_USER=bench
export ACCT_TODAY=2026-01-01 ACCT_NOW=2026-01-01T09:00:00+03:00
bash "$here/seed_firm.sh" "$acct" "$clients"
"$acct" generate --since 2026-01-01 --through 2026-12-31 --quiet
# acc0 gets exactly 2,000 open tasks due within the window: whole clients' tasks, in client order
# (an accountant of 50 clients has fewer), and gives its own others to acc1.
days=90
sqlite3 "$ACCT_DB" <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
UPDATE task SET assignee_id = (SELECT id FROM staff WHERE handle = 'acc1')
  WHERE assignee_id = (SELECT id FROM staff WHERE handle = 'acc0');
UPDATE task SET assignee_id = (SELECT id FROM staff WHERE handle = 'acc0')
  WHERE id IN (SELECT id FROM task WHERE assignee_id IS NOT NULL AND due <= date('2026-01-01', '+$days days')
               ORDER BY client_id, due, id LIMIT 2000);
COMMIT;
SQL
"$acct" remind sync --quiet
"$acct" export ics --staff acc0 --days "$days" -o acc0.ics
echo "$clients clients, $(sqlite3 "$ACCT_DB" 'SELECT count(*) FROM task') tasks; acc0, --days $days:" \
  "$(grep -c '^BEGIN:VEVENT' acc0.ics) events, $(grep -c '^BEGIN:VALARM' acc0.ics) alarms," \
  "$(wc -c < acc0.ics) bytes"
hyperfine -N --warmup 3 --runs "$runs" --export-json ics.json \
  "$acct export ics --staff acc0 --days $days -o acc0.ics" >/dev/null
jq -r '.results[0] | "export ics --staff acc0: \(.mean * 1000 | round) ms ± \(.stddev * 1000 | round) (min \(.min * 1000 | round), max \(.max * 1000 | round))"' ics.json
