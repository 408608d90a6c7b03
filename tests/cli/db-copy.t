Moving a firm to another database: db copy writes every row into a new one, whichever store each
is. $SPARE_DB is a second, empty database of the store under test (on the PostgreSQL run a
PostgreSQL database, so the firm's SQLite file below moves to PostgreSQL and back).

A firm in an SQLite file, with clients, tasks, work done and the audit trail:
  $ acct --db firm.db init --quiet
  $ acct --db firm.db staff add ivanova --name "Иванова Мария" --role accountant,payroll,chief-accountant --quiet
  $ acct --db firm.db client add romashka --name "ООО «Ромашка»" --form ooo --inn 7707083893 --regime osno --vat --employer --from 2025-01-01 --quiet
  $ acct --db firm.db client assign romashka --accountant ivanova --payroll ivanova --chief-accountant ivanova --from 2025-01-01 --quiet
  $ acct --db firm.db client subscribe romashka ru-statutory --from 2025-01-01 --quiet
  $ acct --db firm.db generate --since 2026-01-01 --through 2026-06-30 --quiet
  $ acct --db firm.db task accept 1 --quiet && acct --db firm.db task done 1 --quiet

Copied whole into the spare database, which then reads the same:
  $ acct --db firm.db db copy --to "$SPARE_DB"
  copied 107 rows in 33 tables from firm.db to $SPARE_DB
  $ acct --db "$SPARE_DB" db check --quiet && echo sound
  sound
  $ diff <(acct --db firm.db task list --all --json) <(acct --db "$SPARE_DB" task list --all --json) && echo same tasks
  same tasks
  $ diff <(acct --db firm.db client show romashka --json) <(acct --db "$SPARE_DB" client show romashka --json) && echo same client
  same client
  $ diff <(acct --db firm.db log --json) <(acct --db "$SPARE_DB" log --json) && echo same history
  same history

The copy lives on: new rows get new ids after the copied ones.
  $ acct --db "$SPARE_DB" task add romashka "Сверка с ФНС" --due 2026-05-15 --json | jq .id
  53
  $ acct --db "$SPARE_DB" task list --all --json | jq 'length'
  53

It never overwrites: an existing file or a database that already holds acct's data is refused.
  $ acct --db firm.db db copy --to "$SPARE_DB"  # sqlite only
  ! acct: error: '$SPARE_DB' already exists
  [5]
  $ acct --db firm.db db copy --to "$SPARE_DB"  # postgresql only
  ! acct: error: '$SPARE_DB' already holds an acct database
  [5]
  $ acct --db firm.db db copy --to firm.db
  ! acct: error: firm.db is the database in use; name a new one
  [2]
  $ acct --db firm.db db copy --to mysql://db/acct
  ! acct: error: 'mysql://db/acct' is not a database acct can open: unknown scheme 'mysql'
  ! hint: use a file path for SQLite, or a 'postgresql://' URI for PostgreSQL
  [2]

And back again, from the spare database into a new SQLite file:
  $ acct --db "$SPARE_DB" db copy --to back.db --json | jq -c '[.to, .schema_version, (.tables | length)]'
  ["back.db",10,33]
  $ diff <(acct --db firm.db task list --all --json) <(acct --db back.db task list --all --json | jq 'map(select(.id != 53))') && echo same tasks
  same tasks
