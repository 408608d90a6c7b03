Two generates started at the same moment cannot create a task twice: each takes the write lock
before it reads (BEGIN IMMEDIATE), so the second waits for the first and finds nothing to do, and
the natural key is a unique index in any case. A synthetic firm of 200 clients (about 6,000 tasks);
a long busy timeout so that the second waits instead of failing.
  $ printf '[database]\nbusy_timeout_ms = 300000\n' > config.toml
  $ export ACCT_CONFIG=$PWD/config.toml ACCT_DB=$PWD/acct.db && bash $SRCDIR/tests/bench/seed_firm.sh acct 200
  $ export ACCT_CONFIG=$PWD/config.toml ACCT_DB=$PWD/acct.db
  > acct generate --since 2026-01-01 --through 2026-12-31 --json > one.json &
  > acct generate --since 2026-01-01 --through 2026-12-31 --json > two.json &
  > wait
  > jq -s '[.[].created] | sort' one.json two.json | jq -c .
  > sqlite3 acct.db "SELECT count(*) = count(DISTINCT client_id || '|' || service || '|' || code || '|' || period || '|' || instalment || '|' || coalesce(event_id, 0)) FROM task"
  > sqlite3 acct.db "SELECT count(*) > 5000 FROM task"
  > acct plan --since 2026-01-01 --through 2026-12-31 --summary | cut -d';' -f1
  > acct db check --quiet && echo database is sound
  [0,12159]
  1
  1
  0 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 0 conflict(s)
  12 notes on what clients owe: see 'acct plan'
  database is sound
