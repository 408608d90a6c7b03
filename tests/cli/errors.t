Every bad input gets one clear line on stderr, a documented exit code, and changes nothing.
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant --quiet
  $ db-state > before.state

Unknown command or option: usage (2) with a suggestion.
  $ acct stafff list
  ! acct: error: unknown command 'stafff' for 'acct'
  ! hint: did you mean 'acct staff'?
  [2]
  $ acct staff ad ivanova
  ! acct: error: unknown command 'ad' for 'acct staff'
  ! hint: did you mean 'acct staff add'?
  [2]
  $ acct payroll --help
  ! acct: error: unknown command 'payroll' for 'acct'
  ! hint: run 'acct --help' for usage
  [2]
  $ acct staff ad --help
  ! acct: error: unknown command 'ad' for 'acct staff'
  ! hint: did you mean 'acct staff add'?
  [2]
  $ acct staff add petrov --nmae "Петров" --role manager
  ! acct: error: unknown option '--nmae' for 'acct staff add'
  ! hint: did you mean '--name'?
  [2]
  $ acct staff list extra
  ! acct: error: unexpected argument 'extra' for 'acct staff list'
  ! hint: run 'acct staff list --help' for usage
  [2]
  $ acct staff
  ! acct: error: 'acct staff' needs a subcommand: add, list, show, edit, archive, restore
  ! hint: run 'acct staff --help' for usage
  [2]

A missing required option or argument: usage (2).
  $ acct staff add petrov --role manager
  ! acct: error: missing option '--name' for 'acct staff add'
  ! hint: run 'acct staff add --help' for usage
  [2]
  $ acct staff add --name "Петров" --role manager
  ! acct: error: missing argument 'handle' for 'acct staff add'
  ! hint: run 'acct staff add --help' for usage
  [2]

Invalid handles: invalid (4). Handles are lowercase latin, starting with a letter.
  $ acct staff add Petrov --name "Петров" --role manager
  ! acct: error: invalid handle 'Petrov': use lowercase latin letters, digits, '.', '_' and '-', starting with a letter (at most 40 characters)
  ! hint: did you mean 'petrov'?
  [4]
  $ acct staff add петров --name "Петров" --role manager
  ! acct: error: invalid handle 'петров': use lowercase latin letters, digits, '.', '_' and '-', starting with a letter (at most 40 characters)
  ! hint: use latin letters, e.g. a transliteration: 'ivanova', 'romashka'
  [4]
  $ acct staff add "petr ov" --name "Петров" --role manager
  ! acct: error: invalid handle 'petr ov': use lowercase latin letters, digits, '.', '_' and '-', starting with a letter (at most 40 characters)
  [4]
  $ acct staff add 2petrov --name "Петров" --role manager
  ! acct: error: invalid handle '2petrov': use lowercase latin letters, digits, '.', '_' and '-', starting with a letter (at most 40 characters)
  [4]

A duplicate handle: conflict (5), naming the existing one.
  $ acct staff add ivanova --name "Другая Иванова" --role accountant
  ! acct: error: staff member 'ivanova' already exists
  ! hint: change it with 'acct staff edit ivanova'
  [5]

An unknown staff handle: not found (3), with a suggestion.
  $ acct staff show ivanva
  ! acct: error: no staff member 'ivanva'
  ! hint: did you mean 'ivanova'?
  [3]
  $ acct staff edit nobody --name X
  ! acct: error: no staff member 'nobody'
  ! hint: see 'acct staff list --all'
  [3]
  $ acct staff archive nobody
  ! acct: error: no staff member 'nobody'
  ! hint: see 'acct staff list --all'
  [3]

Values that do not parse: invalid (4).
  $ acct staff add petrov --name "Петров" --role manager --email petrov@
  ! acct: error: invalid email 'petrov@': the domain needs a dot, as in 'example.ru'
  [4]
  $ acct staff add petrov --name "Петров" --role boss
  ! acct: error: unknown role 'boss'
  ! hint: roles: 'manager', 'chief-accountant', 'accountant', 'operator', 'payroll' or 'lawyer'
  [4]
  $ acct staff add petrov --name "Петров" --role manager --capacity forty
  ! acct: error: invalid capacity 'forty': give hours per week from 0 to 168, e.g. 40 or 37.5
  [4]
  $ acct staff add petrov --name "Петров" --role manager --rate "-100"
  ! acct: error: invalid amount '-100' for --rate: must not be negative
  ! hint: write it like 1500, 1500.50 or '1 500,50 RUB'
  [4]
  $ acct staff add petrov --name "Петров" --role manager --phone 12345
  ! acct: error: invalid phone '12345': a phone number has 10 to 15 digits with the country code
  [4]
  $ acct staff add petrov --name "Петров" --role manager --timezone Europe/Moskva
  ! acct: error: unknown time zone 'Europe/Moskva'
  ! hint: use an IANA name such as 'Europe/Moscow' or 'Asia/Almaty'
  [4]
  $ acct staff add petrov --name "Петров" --role manager --today 2026-02-30
  ! acct: error: invalid date '2026-02-30' for --today (ACCT_TODAY) (expected YYYY-MM-DD)
  [4]
  $ acct log --since 2026-13-01
  ! acct: error: invalid date '2026-13-01' for --since (expected YYYY-MM-DD)
  [4]

Nothing above changed the database:
  $ db-state | cmp -s before.state - && echo unchanged
  unchanged

--db pointing at a file that is not SQLite: incompatible (7), the file untouched.
  $ printf 'not a database, just text\n%.0s' $(seq 300) > notes.txt && sha256sum notes.txt > notes.sum
  $ acct --db notes.txt staff list
  ! acct: error: 'notes.txt' is not an acct database (not an SQLite file)
  ! hint: check --db or ACCT_DB
  [7]
  $ acct --db notes.txt init
  ! acct: error: 'notes.txt' is not an acct database (not an SQLite file)
  ! hint: check --db or ACCT_DB
  [7]
  $ sha256sum -c --quiet notes.sum && echo unchanged
  unchanged

An SQLite file of another program is not an acct database either:
  $ sqlite3 other.db "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
  $ acct --db other.db staff list
  ! acct: error: 'other.db' is an SQLite database, but not an acct database
  ! hint: check --db or ACCT_DB
  [7]

--db pointing nowhere: not found (3), with the way out.
  $ acct --db missing.db staff list
  ! acct: error: no database at 'missing.db'
  ! hint: run 'acct init' to create one, or point --db (ACCT_DB) at an existing one
  [3]
  $ acct --db . staff list
  ! acct: error: cannot open database '.': it is a directory
  [8]

A directory without write permission: io (8), nothing created (run unprivileged, as root ignores
permissions).
  $ mkdir ro shared && chmod 555 ro && chmod 777 shared && chmod 711 .
  $ $TESTDATA/as-unprivileged acct --db ro/acct.db --config shared/config.toml init
  ! acct: error: cannot create database 'ro/acct.db': Permission denied
  [8]
  $ find ro shared -mindepth 1 | wc -l
  0

A database locked by another writer beyond the busy timeout: busy (6), nothing changed.
  $ printf '[database]\nbusy_timeout_ms = 200\n' > busy.toml
  $ printf 'BEGIN IMMEDIATE;\n.shell touch locked\n.shell sleep 10\nCOMMIT;\n' | sqlite3 .local/share/acct/acct.db >/dev/null 2>&1 &  # sqlite only
  > while [ ! -e locked ]; do sleep 0.05; done
  > acct --config busy.toml staff add petrov --name "Петров" --role manager; code=$?
  > kill $! 2>/dev/null; wait; echo "exit $code"
  exit 6
  ! acct: error: database '$HOME/.local/share/acct/acct.db' is locked by another process
  ! hint: try again in a moment, or raise [database] busy_timeout_ms in the config
  $ psql -X -q "$ACCT_DB" -c "BEGIN; LOCK TABLE staff; SELECT pg_sleep(10); COMMIT" >/dev/null 2>&1 &  # postgresql only
  > while [ "$(db-sql "SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND relation = 'staff'::regclass")" = 0 ]; do sleep 0.05; done
  > acct --config busy.toml staff add petrov --name "Петров" --role manager; code=$?
  > db-sql "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE relation = 'staff'::regclass AND mode = 'AccessExclusiveLock'" >/dev/null; wait; echo "exit $code"
  exit 6
  ! acct: error: the database is locked by another process: canceling statement due to lock timeout
  ! hint: try again in a moment, or raise [database] busy_timeout_ms in the config
  $ acct staff list --json | jq -r '.[].handle'
  ivanova

A database from a newer acct: incompatible (7), the file untouched.
  $ sqlite3 .local/share/acct/acct.db "PRAGMA user_version = 999" && db-state > newer.state  # sqlite only
  $ db-sql "UPDATE acct_meta SET value = '999' WHERE key = 'schema_version'" && db-state > newer.state  # postgresql only
  $ acct staff list
  ! acct: error: database '$HOME/.local/share/acct/acct.db' was written by a newer acct (schema version 999; this acct knows versions up to 8)
  ! hint: upgrade acct; the database was not changed
  [7]
  $ acct db migrate
  ! acct: error: database '$HOME/.local/share/acct/acct.db' was written by a newer acct (schema version 999; this acct knows versions up to 8)
  ! hint: upgrade acct; the database was not changed
  [7]
  $ db-state | cmp -s newer.state - && echo unchanged
  unchanged

A broken config is reported with file:line:column before anything happens: invalid (4).
  $ printf '[firm]\ntimezone = "Mars/Olympus"\ncolour = "red"\n' > bad.toml
  $ acct --config bad.toml --db fresh.db init
  ! acct: error: invalid config: 2 problems
  !   bad.toml:2:12: unknown time zone 'Mars/Olympus'
  !   bad.toml:3:1: unknown key 'colour' in [firm]
  [4]
  $ test -e fresh.db || echo "no fresh.db"
  no fresh.db
