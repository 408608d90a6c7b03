#!/usr/bin/env bash
# Digests on the synthetic firm of 10,000 clients (seed_firm.sh), a year of tasks (2026)
# generated, everything due before Monday 2026-04-20 done except one in fifty (so the overdue
# parts have something to show): one client's digest (target 20 ms), the firm digest (target
# 500 ms), and when `acct export ics` exists, one staff member's calendar feed (target 100 ms
# for 2,000 tasks). Figures are hyperfine means; nothing here fails on a slow machine.
#   tests/bench/digest.sh build/release/cmd/acct     (SIZE=10000 RUNS=20 by default)
set -euo pipefail
acct=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME=$work ACCT_CONFIG=$work/config.toml ACCT_USER=bench
size=${SIZE:-10000} runs=${RUNS:-20}
# DB=PATH keeps the seeded firm there and reuses it on the next run (seeding takes minutes).
db=${DB:-$work/firm.db}
export ACCT_DB=$db ACCT_TODAY=2026-01-01
if [ ! -s "$db" ]; then
  bash "$here/seed_firm.sh" "$acct" "$size"
  "$acct" generate --since 2026-01-01 --through 2026-12-31 --quiet
  sqlite3 "$db" "UPDATE task SET status = 'done', done_at = due WHERE due < '2026-04-20' AND id % 50 <> 0"
fi
export ACCT_TODAY=2026-04-20
client=$(sqlite3 "$db" "SELECT c.slug FROM client c JOIN task t ON t.client_id = c.id
                        GROUP BY c.id ORDER BY count(*) DESC LIMIT 1")
staff=$(sqlite3 "$db" "SELECT s.handle FROM staff s JOIN task t ON t.assignee_id = s.id
                       WHERE t.status NOT IN ('done', 'cancelled') GROUP BY s.id
                       ORDER BY count(*) DESC LIMIT 1")
echo "$size clients, $(sqlite3 "$db" 'SELECT count(*) FROM task') tasks; client $client" \
     "($(sqlite3 "$db" "SELECT count(*) FROM task t JOIN client c ON c.id = t.client_id WHERE c.slug = '$client'") tasks)," \
     "staff $staff ($(sqlite3 "$db" "SELECT count(*) FROM task t JOIN staff s ON s.id = t.assignee_id WHERE s.handle = '$staff' AND t.status NOT IN ('done', 'cancelled')") open tasks)"
timed() { # label command...
  local label=$1
  shift
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/h.json" "$@" >/dev/null
  printf '%-40s %s\n' "$label" \
    "$(jq -r '.results[0] | "\(.mean * 1000 * 10 | round / 10) ms ± \(.stddev * 1000 * 10 | round / 10)"' "$work/h.json")"
}
timed "digest client (15 days, text)" "$acct digest client $client"
timed "digest client (15 days, html)" "$acct digest client $client --format html"
timed "digest staff (7 days)" "$acct digest staff $staff"
timed "digest firm (7 days, text)" "$acct digest firm"
timed "digest firm (7 days, html)" "$acct digest firm --format html"
if "$acct" export ics --help >/dev/null 2>&1; then
  timed "export ics --staff (366 days)" "$acct export ics --staff $staff --days 366"
  echo "ics events: $("$acct" export ics --staff "$staff" --days 366 | grep -c '^BEGIN:VEVENT')"
fi
