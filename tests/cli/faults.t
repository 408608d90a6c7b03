Broken surroundings of the SQLite store (every command is "# sqlite only": file modes, locks,
WAL files and links are the SQLite file's; PostgreSQL faults are issue 22 part 6; docs/reliability.md): a database acct may not write, a lock held too long, a
file that is garbage or cut short, a crash's leftover write-ahead log, links, folders and files
acct may not read. Each is one line on stderr (and a hint), a documented exit code, and nothing
changed. Permission cases run unprivileged ($TESTDATA/as-unprivileged), as root ignores
permissions.

A firm in the default place, .local/share/acct/ (acct.db there is "the database" below), whose
folder and file everyone may write to begin with:
  $ acct init --firm-name "Бюро" --quiet && acct staff add ivanova --name "Иванова Мария" --role accountant --quiet  # sqlite only
  $ chmod 711 . .local .local/share .config && chmod 777 .local/share/acct && chmod 666 .local/share/acct/acct.db  # sqlite only
  $ chmod 755 .config/acct && chmod 644 .config/acct/config.toml  # sqlite only
  $ cp .local/share/acct/acct.db saved.db && sha256sum .local/share/acct/acct.db > db.sum  # sqlite only

A read-only database file: a writer fails with io (8), naming the cause; readers still read.
  $ chmod 444 .local/share/acct/acct.db  # sqlite only
  $ $TESTDATA/as-unprivileged acct staff add petrov --name "Петров Пётр" --role manager  # sqlite only
  ! acct: error: cannot write database '$HOME/.local/share/acct/acct.db': the file is read-only
  ! hint: let the user running acct write there; nothing was changed
  [8]
  $ $TESTDATA/as-unprivileged acct staff list --json | jq -r '.[].handle'  # sqlite only
  ivanova
  $ rm -f .local/share/acct/acct.db-wal .local/share/acct/acct.db-shm && chmod 666 .local/share/acct/acct.db && sha256sum -c --quiet db.sum && echo unchanged  # sqlite only
  unchanged

A read-only directory: SQLite cannot make the -wal and -shm files it keeps beside the database, so
neither writers nor readers can start; io (8), naming the directory.
  $ chmod 555 .local/share/acct  # sqlite only
  $ $TESTDATA/as-unprivileged acct staff add petrov --name "Петров Пётр" --role manager  # sqlite only
  ! acct: error: cannot use database '$HOME/.local/share/acct/acct.db': its directory '$HOME/.local/share/acct' is not writable, and SQLite keeps the database's -wal and -shm files there
  ! hint: let the user running acct write there; nothing was changed
  [8]
  $ $TESTDATA/as-unprivileged acct staff list  # sqlite only
  ! acct: error: cannot use database '$HOME/.local/share/acct/acct.db': its directory '$HOME/.local/share/acct' is not writable, and SQLite keeps the database's -wal and -shm files there
  ! hint: let the user running acct write there; nothing was changed
  [8]
  $ chmod 777 .local/share/acct && ls .local/share/acct && sha256sum -c --quiet db.sum && echo unchanged  # sqlite only
  acct.db
  unchanged

Another writer holding the lock beyond the busy timeout: busy (6) for a writer, and nothing done;
readers are not held up (the write-ahead log lets them read what was committed).
  $ printf '[database]\nbusy_timeout_ms = 300\n' > busy.toml  # sqlite only
  $ printf 'BEGIN IMMEDIATE;\n.shell touch locked\n.shell sleep 10\nCOMMIT;\n' | sqlite3 .local/share/acct/acct.db >/dev/null 2>&1 &  # sqlite only
  > for i in $(seq 200); do [ -e locked ] && break; sleep 0.05; done
  > acct --config busy.toml staff add petrov --name "Петров Пётр" --role manager; code=$?
  > acct --config busy.toml staff list --json | jq -r '.[].handle'
  > kill $! 2>/dev/null; wait; echo "exit $code"
  ivanova
  exit 6
  ! acct: error: database '$HOME/.local/share/acct/acct.db' is locked by another process
  ! hint: try again in a moment, or raise [database] busy_timeout_ms in the config
  $ sha256sum -c --quiet db.sum && echo unchanged  # sqlite only
  unchanged

The database file replaced by something else, or cut short: incompatible (7), the file left as it
is, and `db check` says the same.
  $ printf '%0300000d' 0 > .local/share/acct/acct.db && sha256sum .local/share/acct/acct.db > garbage.sum  # sqlite only
  $ acct staff list  # sqlite only
  ! acct: error: '$HOME/.local/share/acct/acct.db' is not an acct database (not an SQLite file)
  ! hint: check --db or ACCT_DB
  [7]
  $ acct db check  # sqlite only
  ! acct: error: '$HOME/.local/share/acct/acct.db' is not an acct database (not an SQLite file)
  ! hint: check --db or ACCT_DB
  [7]
  $ sha256sum -c --quiet garbage.sum && echo unchanged  # sqlite only
  unchanged
  $ : > .local/share/acct/acct.db  # sqlite only
  $ acct staff list  # sqlite only
  ! acct: error: database '$HOME/.local/share/acct/acct.db' is empty
  ! hint: restore it from a backup ('acct db backup' makes one), or remove it and run 'acct init'
  [7]
  $ acct client import $TESTDATA/clients-comma.csv  # sqlite only
  ! acct: error: database '$HOME/.local/share/acct/acct.db' is empty
  ! hint: restore it from a backup ('acct db backup' makes one), or remove it and run 'acct init'
  [7]
  $ wc -c < .local/share/acct/acct.db  # sqlite only
  0
  $ head -c 100000 saved.db > .local/share/acct/acct.db && sha256sum .local/share/acct/acct.db > cut.sum  # sqlite only
  $ acct staff list  # sqlite only
  ! acct: error: database '$HOME/.local/share/acct/acct.db' is corrupt
  ! hint: restore it from a backup ('acct db backup' makes one)
  [7]
  $ acct db check  # sqlite only
  ! acct: error: database '$HOME/.local/share/acct/acct.db' is corrupt
  ! hint: restore it from a backup ('acct db backup' makes one)
  [7]
  $ sha256sum -c --quiet cut.sum && echo unchanged  # sqlite only
  unchanged
  $ head -c 60 saved.db > .local/share/acct/acct.db  # sqlite only
  $ acct staff list  # sqlite only
  ! acct: error: database '$HOME/.local/share/acct/acct.db' is corrupt
  ! hint: restore it from a backup ('acct db backup' makes one)
  [7]

A write-ahead log left by a process killed after it committed: the next acct reads the committed
change from it, and the database is sound.
  $ cp saved.db .local/share/acct/acct.db && rm -f .local/share/acct/acct.db-wal .local/share/acct/acct.db-shm  # sqlite only
  $ python3 -c 'import os, sqlite3; c = sqlite3.connect(".local/share/acct/acct.db"); c.execute("PRAGMA wal_autocheckpoint = 0"); c.execute("UPDATE staff SET name = ? WHERE handle = ?", ("Иванова Мария Петровна", "ivanova")); c.commit(); os._exit(0)'  # sqlite only
  $ ls .local/share/acct  # sqlite only
  acct.db
  acct.db-shm
  acct.db-wal
  $ acct staff show ivanova --json | jq -r .name  # sqlite only
  Иванова Мария Петровна
  $ acct db check  # sqlite only
  $HOME/.local/share/acct/acct.db: ok (schema version 10)

A database reached through a symbolic link: SQLite keeps its -wal and -shm files beside the file
itself, so the link's folder stays clean; a link to nothing is no database (3), and init does not
create one through it (5).
  $ mkdir links && ln -s ../.local/share/acct/acct.db links/acct.db  # sqlite only
  $ acct --db links/acct.db staff add petrov --name "Петров Пётр" --role manager --quiet  # sqlite only
  $ ls links  # sqlite only
  acct.db
  $ acct --db links/acct.db db backup links-backup.db  # sqlite only
  backed up links/acct.db to links-backup.db
  $ acct --db links-backup.db staff list --json | jq -r '.[].handle'  # sqlite only
  ivanova
  petrov
  $ ln -s ../nowhere/acct.db links/dangling.db  # sqlite only
  $ acct --db links/dangling.db staff list  # sqlite only
  ! acct: error: no database at 'links/dangling.db': it is a symbolic link to '../nowhere/acct.db', which does not exist
  ! hint: point the link at the database, or --db (ACCT_DB) at the file itself
  [3]
  $ acct --db links/dangling.db init  # sqlite only
  ! acct: error: 'links/dangling.db' is a symbolic link to '../nowhere/acct.db', which does not exist; acct does not create a database through a link
  ! hint: create it at the link's target with --db, or remove the link
  [5]
  $ ls links nowhere  # sqlite only
  links:
  acct.db
  dangling.db
  ! ls: cannot access 'nowhere': No such file or directory
  [2]

Templates acct may not read: io (8), never mistaken for a folder that is not there (which would
quietly drop the firm's own services, calendars and reminder policies).
  $ mkdir -p tpl/services tpl/calendars tpl/reminders && chmod 755 tpl tpl/*  # sqlite only
  $ $TESTDATA/as-unprivileged acct --templates tpl template list --json | jq length  # sqlite only
  6
  $ chmod 700 tpl  # sqlite only
  $ $TESTDATA/as-unprivileged acct --templates tpl template list  # sqlite only
  ! acct: error: cannot read templates directory 'tpl': Permission denied
  [8]
  $ chmod 755 tpl && chmod 700 tpl/services  # sqlite only
  $ $TESTDATA/as-unprivileged acct --templates tpl template list  # sqlite only
  ! acct: error: cannot read directory 'tpl/services': Permission denied
  [8]
  $ chmod 755 tpl/services && chmod 700 tpl/calendars  # sqlite only
  $ $TESTDATA/as-unprivileged acct --templates tpl calendar list  # sqlite only
  ! acct: error: cannot read directory 'tpl/calendars': Permission denied
  [8]
  $ chmod 755 tpl/calendars && chmod 700 tpl/reminders  # sqlite only
  $ $TESTDATA/as-unprivileged acct --templates tpl remind sync  # sqlite only
  ! acct: error: cannot read directory 'tpl/reminders': Permission denied
  [8]
  $ chmod 755 tpl/reminders && cp $SRCDIR/templates/reminders/default.toml tpl/reminders/firm.toml && chmod 600 tpl/reminders/firm.toml  # sqlite only
  $ $TESTDATA/as-unprivileged acct --templates tpl remind sync  # sqlite only
  ! acct: error: cannot read 'tpl/reminders/firm.toml': Permission denied
  [8]

A config acct may not read, or a folder where the config should be: io (8), never the defaults.
  $ chmod 600 .config/acct/config.toml  # sqlite only
  $ $TESTDATA/as-unprivileged acct staff list  # sqlite only
  ! acct: error: cannot read '$HOME/.config/acct/config.toml': Permission denied
  [8]
  $ chmod 644 .config/acct/config.toml && mkdir -m 700 private && cp .config/acct/config.toml private/  # sqlite only
  $ $TESTDATA/as-unprivileged acct --config private/config.toml staff list  # sqlite only
  ! acct: error: cannot read 'private/config.toml': Permission denied
  [8]
  $ acct --config private staff list  # sqlite only
  ! acct: error: cannot read 'private': Is a directory
  [8]

Nothing above changed the firm, apart from petrov, added through the link:
  $ acct staff list --json | jq -r '.[].handle'  # sqlite only
  ivanova
  petrov
  $ acct db check --quiet && echo database is sound  # sqlite only
  database is sound
