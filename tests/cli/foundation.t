The foundation: init, the database commands, the clock and the conventions every command shares.
Each transcript runs in a fresh $HOME with ACCT_NOW=2026-04-20T09:00:00+03:00 and ACCT_USER=tester.

With no arguments acct prints its help and succeeds:
  $ acct | sed -n 1,3p
  acct: clients, deadlines and tasks of an accounting firm, over one SQLite file
  Usage: acct [OPTIONS] [SUBCOMMAND]
  

acct --version is one line:
  $ acct --version
  acct 0.1.0

Before init there is no database; db path still answers, and says where it would be:
  $ acct db path
  $HOME/.local/share/acct/acct.db
  $ acct db path --json  # sqlite only
  {
    "path": "$HOME/.local/share/acct/acct.db",
    "store": "sqlite",
    "exists": false
  }
  $ acct db path --json  # postgresql only
  {
    "path": "$HOME/.local/share/acct/acct.db",
    "store": "postgresql"
  }
  $ acct staff list  # sqlite only
  ! acct: error: no database at '$HOME/.local/share/acct/acct.db'
  ! hint: run 'acct init' to create one, or point --db (ACCT_DB) at an existing one
  [3]
  $ acct staff list  # postgresql only
  ! acct: error: no acct database in '$HOME/.local/share/acct/acct.db' (it is empty)
  ! hint: run 'acct init' to create one there
  [3]

init creates the database (mode 0600, in a 0700 directory) and a commented config:
  $ acct init --firm-name "ООО «Счёт»"
  created database $HOME/.local/share/acct/acct.db (schema version 8)
  wrote config $HOME/.config/acct/config.toml
  $ stat -c '%a %n' .local/share/acct .local/share/acct/acct.db  # sqlite only
  700 .local/share/acct
  600 .local/share/acct/acct.db
  $ grep -v '^#' .config/acct/config.toml | grep .
  [firm]
  name = "ООО «Счёт»"
  country = "ru"
  timezone = "Europe/Moscow"
  currency = "RUB"
  [database]
  [reminders]
  [digest]

init is safe to repeat; it never overwrites the config:
  $ acct init --country kz
  database $HOME/.local/share/acct/acct.db is up to date (schema version 8)
  config $HOME/.config/acct/config.toml already exists
  ! acct: warning: config '$HOME/.config/acct/config.toml' already exists; the firm options were not applied (edit the file instead)
  $ acct init --json
  {
    "database": "$HOME/.local/share/acct/acct.db",
    "database_created": false,
    "schema_version": 8,
    "migrations_applied": 0,
    "config": "$HOME/.config/acct/config.toml",
    "config_created": false,
    "group": null
  }

The database commands:
  $ acct db migrate
  $HOME/.local/share/acct/acct.db is up to date (schema version 8)
  $ acct db check
  $HOME/.local/share/acct/acct.db: ok (schema version 8)
  $ acct db check --json
  {
    "path": "$HOME/.local/share/acct/acct.db",
    "ok": true,
    "schema_version": 8,
    "problems": []
  }
  $ acct db backup backup.db
  backed up $HOME/.local/share/acct/acct.db to backup.db
  $ acct --db backup.db db check --quiet && echo backup is sound
  backup is sound
  $ diff <(acct staff list --json) <(acct --db backup.db staff list --json) && echo same staff
  same staff
  $ acct db backup backup.db
  ! acct: error: 'backup.db' already exists
  ! hint: choose another file name or remove the old backup first
  [5]
  $ ls
  backup.db

A foreign-key problem makes db check exit 1:
  $ sqlite3 .local/share/acct/acct.db "PRAGMA foreign_keys=OFF; INSERT INTO staff_role VALUES (42, 'manager');"  # sqlite only
  $ acct db check  # sqlite only
  foreign key: a row of table 'staff_role' refers to a missing row of 'staff'
  ! acct: error: database check found 1 problem(s)
  ! hint: restore from a backup ('acct db backup' makes one) and report this
  [1]
  $ sqlite3 .local/share/acct/acct.db "DELETE FROM staff_role WHERE staff_id = 42;"  # sqlite only
  $ acct db check
  $HOME/.local/share/acct/acct.db: ok (schema version 8)

--db and ACCT_DB choose another database; init creates missing parent directories:
  $ acct --db firm2/acct.db init --quiet && ACCT_DB=firm2/acct.db acct db path
  firm2/acct.db
  $ XDG_DATA_HOME=$HOME/xdg acct db path  # sqlite only
  $HOME/xdg/acct/acct.db
  $ XDG_DATA_HOME=relative/ignored acct db path
  $HOME/.local/share/acct/acct.db

The clock: --today and --now are validated:
  $ acct staff list --today 2026-02-30
  ! acct: error: invalid date '2026-02-30' for --today (ACCT_TODAY) (expected YYYY-MM-DD)
  [4]
  $ acct staff list --now yesterday
  ! acct: error: invalid timestamp 'yesterday' for --now (ACCT_NOW)
  ! hint: write it like 2026-04-27T09:30:00+03:00; without an offset it is the firm's local time
  [4]
  $ ACCT_TODAY=2026-13-01 acct staff list
  ! acct: error: invalid date '2026-13-01' for --today (ACCT_TODAY) (expected YYYY-MM-DD)
  [4]

Global options work before and after the command:
  $ acct --json staff list && acct staff list --json
  []
  []
