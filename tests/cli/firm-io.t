The whole firm out and back: `acct export firm` writes the register as one JSON document, and
`acct import firm` reads it into an empty database ($SPARE_DB, on the same store), where
`generate` makes the same tasks. `acct db restore` puts a backup back.

A firm with what a client export loses: fact history, a value recorded for later and one
cleared, a status history, a work group that changed hands, a contact, subscriptions with
parameters, an event, an archived staff member:
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll,chief-accountant --email ivanova@example.ru --quiet
  $ acct staff add petrova --name "Петрова Анна" --role accountant --rate 1500 --quiet
  $ acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 7707083893 --regime osno --vat --employer --from 2025-01-01 --fee 25000 --tag spb --quiet
  $ acct client set romashka employer=12 --from 2026-05-15 --quiet
  $ acct client set romashka property=true --from 2025-01-01 --quiet && acct client set romashka property= --from 2026-07-01 --quiet
  $ acct client add vektor --name "ООО «Вектор»" --short-name Вектор --form ooo --inn 7728012340 --regime usn-income --employer --from 2026-01-01 --status onboarding --quiet
  $ acct client edit vektor --status active --from 2026-02-01 --notes "Документы по ЭДО" --quiet
  $ acct client assign romashka --accountant petrova --payroll ivanova --chief-accountant ivanova --from 2025-01-01 --quiet
  $ acct client assign romashka --accountant ivanova --from 2026-03-01 --quiet
  $ acct client assign vektor --accountant ivanova --payroll ivanova --chief-accountant ivanova --from 2026-01-01 --quiet
  $ acct client contact add romashka --name "Петров Иван" --role director --email petrov@romashka.ru --quiet
  $ acct client subscribe romashka ru-statutory --from 2025-01-01 --param payroll-runs=2 --quiet
  $ acct client subscribe vektor ru-statutory --from 2026-01-01 --quiet
  $ acct client subscribe vektor ru-payroll-events --from 2026-01-01 --quiet
  $ acct event add vektor hire --date 2026-05-08 --note "Сидоров С. С." --quiet
  $ acct staff archive petrova --quiet
  $ acct generate --since 2026-01-01 --through 2026-06-30 --quiet
  ! acct: warning: client 'vektor': 7 obligations of ru-statutory (ru.ndfl.6ndfl, ru.rsv, ru.efs1.stazh, ru.efs1.travm, ru.travm.payment, ru.usn.declaration, ru.usn.payment) due from 2026-01-15 cover periods before its first recorded facts (2026-01-01) and cannot be planned: record its history ('acct client set vektor KEY=VALUE --from 2025-01-01') or the first period the firm answers for ('acct client subscribe vektor ru-statutory --from 2026-01-01 --param first-period=PERIOD')

Out: one document, every dated value in it; a second export is byte for byte the first.
  $ acct export firm -o firm.json
  wrote the firm (2 staff member(s), 2 client(s)) to firm.json
  $ jq -c '[.format, .version, (.staff | map([.handle, .archived_at != null]))]' firm.json
  ["acct-firm",1,[["ivanova",false],["petrova",true]]]
  $ jq -c '.clients[0].facts | map(select(.key == "employer" or .key == "property") | [.key, .from, .value])' firm.json
  [["employer","2025-01-01",true],["employer","2026-05-15",12],["property","2025-01-01",true],["property","2026-07-01",null]]
  $ jq -c '.clients[0].work_group | map([.role, .staff, .from, .to])' firm.json
  [["accountant","petrova","2025-01-01","2026-02-28"],["accountant","ivanova","2026-03-01",null],["chief-accountant","ivanova","2025-01-01",null],["payroll","ivanova","2025-01-01",null]]
  $ jq -c '.clients[1] | [(.statuses | map([.status, .from])), (.events | map([.kind, .date])), (.subscriptions | map(.service))]' firm.json
  [[["onboarding","2026-01-01"],["active","2026-02-01"]],[["hire","2026-05-08"]],["ru-payroll-events","ru-statutory"]]
  $ acct export firm | cmp - firm.json && echo same bytes
  same bytes

Back into an empty database: the same register, and after generate the same tasks (the ids,
and the event id a task names, are the new database's own):
  $ acct --db "$SPARE_DB" init --quiet
  $ acct --db "$SPARE_DB" import firm firm.json
  imported 2 staff member(s), 1 person(s) and 2 client(s) from firm.json
  $ acct --db "$SPARE_DB" export firm | cmp - firm.json && echo same register
  same register
  $ acct --db "$SPARE_DB" generate --since 2026-01-01 --through 2026-06-30 --quiet
  ! acct: warning: client 'vektor': 7 obligations of ru-statutory (ru.ndfl.6ndfl, ru.rsv, ru.efs1.stazh, ru.efs1.travm, ru.travm.payment, ru.usn.declaration, ru.usn.payment) due from 2026-01-15 cover periods before its first recorded facts (2026-01-01) and cannot be planned: record its history ('acct client set vektor KEY=VALUE --from 2025-01-01') or the first period the firm answers for ('acct client subscribe vektor ru-statutory --from 2026-01-01 --param first-period=PERIOD')
  $ diff <(acct task list --all --json | jq 'map(del(.id, .event_id))') <(acct --db "$SPARE_DB" task list --all --json | jq 'map(del(.id, .event_id))') && echo same tasks
  same tasks
  $ acct task list --all --json | jq length
  95
  $ acct --db "$SPARE_DB" log --json | jq -c 'map(select(.entity == "firm")) | map([.action, .key, (.changes | map(.field))])'
  [["import","acct-firm",["staff","persons","clients","facts","contacts","work_group","subscriptions","events"]]]

Refused, changing nothing: a database that holds a firm, a document of another format or of a
newer version.
  $ db-state > before.state
  $ acct import firm firm.json
  ! acct: error: $HOME/.local/share/acct/acct.db is not empty: it holds 2 staff member(s), 2 client(s) and 1 person(s)
  ! hint: import a firm into a new database: 'acct --db NEW init', then 'acct --db NEW import firm FILE'
  [5]
  $ jq '.version = 2' firm.json > newer.json && acct import firm newer.json
  ! acct: error: the firm document has version 2; this acct reads up to version 1
  ! hint: import it with a newer acct
  [7]
  $ jq '.format = "acct-clients"' firm.json > other.json && acct import firm other.json
  ! acct: error: not an acct firm document: $.format is not "acct-firm"
  ! hint: give the file 'acct export firm' wrote
  [7]
  $ db-state | cmp -s before.state - && echo unchanged
  unchanged

A field that does not validate is named by its JSON path; the whole import is undone:
  $ acct --db fresh.db init --quiet
  $ jq '.clients[0].facts[0].from = "2026-02-30"' firm.json > bad.json && acct --db fresh.db import firm bad.json
  ! acct: error: firm document: $.clients[0].facts[0].from: '2026-02-30' is not a date YYYY-MM-DD
  ! hint: fix the document, or export it again with 'acct export firm'
  [4]
  $ jq '.clients[1].work_group[0].staff = "smirnov"' firm.json > bad.json && acct --db fresh.db import firm bad.json
  ! acct: error: firm document: $.clients[1].work_group[0].staff: no staff member 'smirnov' in $.staff
  ! hint: fix the document, or export it again with 'acct export firm'
  [4]
  $ jq '.staff[0].colour = "red"' firm.json > bad.json && acct --db fresh.db import firm bad.json
  ! acct: error: firm document: $.staff[0].colour: unknown field
  ! hint: fix the document, or export it again with 'acct export firm'
  [4]
  $ acct --db fresh.db export firm --json | jq -c '[.staff, .persons, .clients]'
  [[],[],[]]
  $ echo '{"format": "acct-firm",' > broken.json && acct --db fresh.db import firm broken.json
  ! acct: error: firm document is not JSON: parse error at line 2, column 1: syntax error while parsing object key - unexpected end of input; expected string literal
  ! hint: give the file 'acct export firm' wrote
  [4]
  $ acct --db fresh.db import firm missing.json
  ! acct: error: cannot read 'missing.json': No such file or directory
  [3]

A backup put back: what was written after it is gone, and the restore is in the log.
  $ acct --db office.db init --quiet && acct --db office.db staff add ivanova --name "Иванова Мария" --role accountant --quiet
  $ acct --db office.db db backup monday.db --quiet
  $ acct --db office.db staff add kim --name "Ким Олег" --role accountant --quiet
  $ acct --db office.db db restore monday.db
  restored office.db from monday.db (schema version 10)
  $ acct --db office.db staff list --json | jq -c 'map(.handle)'
  ["ivanova"]
  $ acct --db office.db log --json | jq -c '.[-1] | [.entity, .action]'
  ["database","restore"]

A backup that cannot be put back is refused, and the database stays as it was:
  $ sha256sum < office.db > office.state
  $ acct --db office.db db restore nothing.db
  ! acct: error: no backup at 'nothing.db'
  [3]
  $ echo "just notes" > notes.txt && acct --db office.db db restore notes.txt
  ! acct: error: 'notes.txt' is not an acct database (not an SQLite file)
  ! hint: use another backup; the database was not changed
  [7]
  $ head -c 8192 monday.db > truncated.db && acct --db office.db db restore truncated.db
  ! acct: error: database 'truncated.db' is corrupt
  ! hint: use another backup; the database was not changed
  [7]
  $ cp monday.db newer.db && sqlite3 newer.db "PRAGMA user_version = 99" && acct --db office.db db restore newer.db
  ! acct: error: database 'newer.db' was written by a newer acct (schema version 99; this acct knows versions up to 10)
  ! hint: upgrade acct; the database was not changed
  [7]
  $ sha256sum < office.db | cmp -s office.state - && echo unchanged
  unchanged

A PostgreSQL database is not replaced by a file: the backup goes into a new database instead.
  $ acct db restore monday.db  # postgresql only
  ! acct: error: acct db restore puts back an SQLite database, and $HOME/.local/share/acct/acct.db is a PostgreSQL one
  ! hint: load the backup into a new, empty PostgreSQL database with 'acct --db BACKUP db copy --to postgresql://...', then use that database
  [2]
