#!/usr/bin/env bash
# The daily task workflow over a year of tasks (2026) generated for a synthetic firm (seed_firm.sh)
# of 2,000 and of 10,000 clients, on Monday 2026-04-20, a week before the quarter's reports
# are due, in a firm that is up to date (every task due before then is done): the open tasks due within 7 days, overdue included, as a table and as
# JSON, and its floor measured in the same run: the sqlite3 shell printing the same rows with all
# their columns as JSON (`sqlite3 -json`); one accountant's agenda; one transition (accept, the
# task reset by SQL before each run, not timed); and, for comparison, Taskwarrior 2.6 listing
# the same window over the same tasks (exported by to_taskwarrior.py), with its one-off import
# time. The firm is issue 16's (GEN_ARGS=--employers-vat-third, seed_firm.sh): at 2,000 clients
# 174,004 tasks, 10,667 of them in the window. Any failure stops the script.
#   tests/bench/workflow.sh build/release/cmd/acct
#   (SIZES="2000 10000", RUNS=20 per acct command, TW_RUNS=10, TW_MAX_TASKS=700000 by default;
#   GEN_ARGS= for seed_firm.sh's mixed firm)
set -euo pipefail
acct=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME=$work ACCT_CONFIG=$work/config.toml ACCT_USER=bench
export GEN_ARGS=${GEN_ARGS---employers-vat-third}
today=2026-04-20 window_end=2026-04-27 # --due-within 7d: due on or before today + 7 days
runs=${RUNS:-20}
# Taskwarrior takes seconds per list (15 s for 619,401 tasks), so fewer runs than acct's.
tw_runs=${TW_RUNS:-10}
# Measured on a Debian 12 VM with 2 cores, Taskwarrior 2.6.2: importing 122,107 tasks took 7-11 s
# and 0.7 GB, 619,401 tasks 41-42 s and 3.5 GB; listing the window 2.3 s and 15 s. Both sizes are
# done by default; lower TW_MAX_TASKS to leave out the larger one. Sizes whose import would need
# more memory than is available (about 6 KB per task) are left out too, rather than killed.
tw_max=${TW_MAX_TASKS:-700000}

figures() { jq -r '.results[0] | "\(.mean * 1000 | round) ms ± \(.stddev * 1000 | round)"' "$1"; }
mean() { jq -r '.results[0].mean' "$1"; }
timed() { # name hyperfine-arguments...
  local name=$1
  shift
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$name.json" "$@" >/dev/null
}

mismatch=0
printf 'SIZE\tTASKS\tROWS IN WINDOW\ttask list --due-within 7d\t--json\tsqlite3 -json\tJSON/FLOOR\tagenda\taccept\tTASKWARRIOR\tTW/LIST\tTW/JSON\n' > table.tsv
for size in ${SIZES:-2000 10000}; do
  db=$work/firm$size.db
  export ACCT_DB=$db ACCT_TODAY=2026-01-01
  bash "$here/seed_firm.sh" "$acct" "$size"
  "$acct" generate --since 2026-01-01 --through 2026-12-31 --quiet
  sqlite3 "$db" "UPDATE task SET status = 'done', done_at = due WHERE due < '$today'"
  export ACCT_TODAY=$today
  tasks=$(sqlite3 "$db" 'SELECT count(*) FROM task')
  # The window as acct defines it: open (neither done nor cancelled), due by today + 7.
  expected=$(sqlite3 "$db" "SELECT count(*) FROM task WHERE status NOT IN ('done', 'cancelled')
                            AND due <= '$window_end'")
  echo "$size clients: $tasks tasks, $expected open and due by $window_end; acc0: $(sqlite3 "$db" \
    "SELECT count(*) || ' open tasks, ' || count(*) FILTER (WHERE t.due <= '$window_end') || ' due by $window_end'
     FROM task t JOIN staff s ON s.id = t.assignee_id
     WHERE s.handle = 'acc0' AND t.status NOT IN ('done', 'cancelled')")"

  list=- json=- floor=- json_ratio=- agenda=- accept=- rows=$expected list_mean='' same=1
  timed "list$size" "$acct task list --due-within 7d"
  timed "json$size" "$acct task list --due-within 7d --json"
  list=$(figures "list$size.json") json=$(figures "json$size.json") list_mean=$(mean "list$size.json")
  # The floor: SQLite alone printing the same rows, every column of the task table, as JSON.
  floor_sql="SELECT * FROM task WHERE status NOT IN ('done', 'cancelled') AND due <= '$window_end' ORDER BY due, id"
  floor_rows=$(sqlite3 -json "$db" "$floor_sql" | jq length)
  [ "$floor_rows" = "$expected" ]
  timed "floor$size" "sqlite3 -json $db \"$floor_sql\""
  floor=$(figures "floor$size.json")
  json_ratio=$(awk -v a="$(mean "json$size.json")" -v f="$(mean "floor$size.json")" \
    'BEGIN { printf "%.2f", a / f }')
  acct_rows=$("$acct" task list --due-within 7d --json | jq length)
  if [ "$acct_rows" != "$expected" ]; then
    echo "acct task list --due-within 7d --json: $acct_rows rows, SQL: $expected" >&2
    rows="acct $acct_rows, sql $expected" mismatch=1 same=0
  fi
  timed "agenda$size" "$acct agenda acc0 --days 7"
  agenda=$(figures "agenda$size.json")
  # A new task of acc0's, the earliest due that is not blocked (an ЕНП payment waits for the
  # obligations it collects); acc0 accepts it, reset by SQL before each run.
  id=$(sqlite3 "$db" "SELECT t.id FROM task t JOIN staff s ON s.id = t.assignee_id
                      WHERE s.handle = 'acc0' AND t.status = 'new' AND NOT EXISTS
                        (SELECT 1 FROM task_dependency k WHERE k.task_id = t.id)
                      ORDER BY t.due, t.id LIMIT 1")
  ACCT_USER=acc0 timed "accept$size" \
    --prepare "sqlite3 $db \"UPDATE task SET status = 'new', accepted_at = NULL WHERE id = $id\"" \
    "$acct task accept $id"
  accept=$(figures "accept$size.json")

  # Taskwarrior, in a scratch TASKRC and data directory. It reads the real clock, so the export
  # shifts every date by (the real today - $today) days, and TZ=UTC makes its 'today' and the export's
  # days the same midnights whatever the machine's zone (no daylight saving in the window).
  # 'due.before:today+8d' is due < midnight at the start of today + 8 days: due on or before
  # today + 7, overdue included, as acct's --due-within 7d; the list report adds status:pending
  # (done tasks are exported as completed). gc stays on, Taskwarrior's default and what its users
  # run: import already writes completed tasks to completed.data, so gc has nothing to move and
  # rewrites no file, and 'list' reads pending.data only. Across midnight UTC the windows differ:
  # the row counts are checked.
  tw=- ratio=- ratio_json=-
  available_kb=$(awk '/^MemAvailable:/ { print $2 }' /proc/meminfo)
  if [ "$tasks" -gt "$tw_max" ]; then
    echo "taskwarrior skipped for $size clients: $tasks tasks > TW_MAX_TASKS=$tw_max" >&2
  elif [ $((tasks * 6)) -gt "$available_kb" ]; then
    echo "taskwarrior skipped for $size clients: importing $tasks tasks needs about" \
      "$((tasks * 6 / 1024)) MB, $((available_kb / 1024)) MB available" >&2
  else
    mkdir -p "tw$size/data"
    printf 'data.location=%s\nconfirmation=off\nverbose=nothing\n' "$work/tw$size/data" > "tw$size/rc"
    export TZ=UTC TASKRC=$work/tw$size/rc
    python3 "$here/to_taskwarrior.py" "$db" --acct-today "$today" > "tw$size/tasks.json"
    /usr/bin/time -f '%e %M' -o "tw$size/import.time" task import "tw$size/tasks.json" >/dev/null
    read -r seconds kb < "tw$size/import.time"
    echo "taskwarrior $(task --version): import of $tasks tasks took $seconds s, peak $((kb / 1024)) MB"
    tw_rows=$(task status:pending due.before:today+8d count)
    hyperfine -N --warmup 1 --runs "$tw_runs" --export-json "tw$size.json" \
      'task due.before:today+8d list' >/dev/null
    unset TZ TASKRC
    tw=$(figures "tw$size.json")
    if [ "$tw_rows" != "$expected" ]; then
      echo "taskwarrior's window: $tw_rows rows, SQL: $expected" >&2
      rows="$rows, taskwarrior $tw_rows" mismatch=1 same=0
    fi
    if [ -n "$list_mean" ] && [ "$same" -eq 1 ]; then
      ratio=$(awk -v t="$(mean "tw$size.json")" -v a="$list_mean" 'BEGIN { printf "%.0f", t / a }')
      # acct's table shows 100 rows and counts the rest; its JSON has every row, as Taskwarrior.
      ratio_json=$(awk -v t="$(mean "tw$size.json")" -v a="$(mean "json$size.json")" \
        'BEGIN { printf "%.0f", t / a }')
    fi
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$tasks" "$rows" "$list" \
    "$json" "$floor" "$json_ratio" "$agenda" "$accept" "$tw" "$ratio" "$ratio_json" >> table.tsv
done
column -t -s $'\t' table.tsv
if [ "$mismatch" -ne 0 ]; then
  echo "workflow.sh: the windows differ (see above): the timings do not compare the same work" >&2
  exit 1
fi
