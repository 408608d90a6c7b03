#!/usr/bin/env bash
# Benchmark: `acct remind run` without --exec over 100,000 due reminders (target: under 2 s),
# and with a hook that does nothing (per-reminder cost of the claim/run/mark protocol).
#   tests/bench/remind.sh ACCT_BINARY [COUNT]
set -euo pipefail
acct_bin=$(realpath "$1")
count=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ACCT_DB=$work/acct.db ACCT_CONFIG=$work/config.toml ACCT_USER=bench HOME=$work
export ACCT_TODAY=2026-04-20
a() { "$acct_bin" "$@"; }
a init --firm-name "Bench" --quiet
a staff add ivanova --name "Иванова Мария" --role accountant,manager --email ivanova@bench.example --quiet
a client add vektor --name "ООО «Вектор»" --form ooo --inn 7728012340 --regime osno --vat --employer --from 2026-01-01 --quiet
a client assign vektor --accountant ivanova --manager ivanova --from 2026-01-01 --quiet
a client subscribe vektor ru-statutory --from 2026-01-01 --quiet
a generate --since 2026-04-01 --through 2026-05-31 --quiet
a remind sync --quiet
# COUNT due reminders spread over the generated tasks (distinct occurrences keep keys unique).
sqlite3 "$ACCT_DB" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count),
  t AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS c FROM task)
INSERT INTO reminder (task_id, rule, recipient, occurrence, fire_at, local_at, timezone, message,
                      created_at, updated_at)
SELECT t.id, 'bench/x', 'staff:ivanova', 1 + n.i, '2026-04-20T06:00:00Z', '2026-04-20 09:00',
       'Europe/Moscow', 'staff', '2026-04-20T06:00:00Z', '2026-04-20T06:00:00Z'
FROM n JOIN t ON t.k = n.i % t.c;
SQL
echo "due reminders: $(a remind list --due --now 2026-04-20T12:00+03:00 --json | jq length)"
cp "$ACCT_DB" "$work/seed.db"
/usr/bin/time -f "remind run (JSON lines, $count): %e s, max RSS %M KB" \
  "$acct_bin" remind run --now 2026-04-20T12:00+03:00 > "$work/lines.jsonl"
echo "lines: $(wc -l < "$work/lines.jsonl"), sent: $(sqlite3 "$ACCT_DB" "SELECT count(*) FROM reminder WHERE state = 'sent'")"
cp "$work/seed.db" "$ACCT_DB"
rm -f "$ACCT_DB-wal" "$ACCT_DB-shm"
start=$(date +%s.%N)
"$acct_bin" remind run --now 2026-04-20T12:00+03:00 --exec /bin/true --limit 500 --quiet
end=$(date +%s.%N)
echo "remind run --exec /bin/true, 500 reminders: $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) * 1000 / 500 }') ms each"
