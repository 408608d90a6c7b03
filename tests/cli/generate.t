Task generation: plan shows the difference, generate applies it; both are safe to repeat.
Today is 2026-04-20 (the transcripts' fixed clock).
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll --quiet
  $ acct staff add sokolov --name "Соколов Андрей" --role chief-accountant --quiet
  $ acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 7707083893 --regime osno --vat --employer --from 2025-01-01 --quiet
  $ acct client set romashka property=true profit-advances=quarterly --from 2025-01-01 --quiet
  $ acct client assign romashka --accountant ivanova --payroll ivanova --chief-accountant sokolov --from 2025-01-01 --quiet
  $ acct client subscribe romashka ru-statutory --from 2025-01-01 --quiet

The plan for 2026 equals the list written by hand from the law for this profile
(tests/golden/profiles-2026/ooo-osno-vat-staff-property.tsv):
  $ acct plan --since 2026-01-01 --through 2026-12-31 --json | jq -r '.changes[] | [.code, .period, .instalment, .due] | @tsv' | sort > plan.tsv
  $ tail -n +2 $SRCDIR/tests/golden/profiles-2026/ooo-osno-vat-staff-property.tsv | cut -f1-4 | sort > golden.tsv
  $ diff golden.tsv plan.tsv && wc -l < plan.tsv
  114

What people read: a plan by due date, provisional dates marked '?':
  $ acct plan --since 2026-04-01 --through 2026-05-10
  CHANGE  CLIENT    CODE                   PERIOD      DUE         DETAILS
  create  romashka  ru.ndfl.notice-3       2026-03     2026-04-03  Уведомление по НДФЛ за 23-е – конец месяца (март 2026)
  create  romashka  ru.ndfl.payment-5      2026-03     2026-04-06  Уплата НДФЛ за 23-е – конец месяца (март 2026)
  create  romashka  ru.travm.payment       2026-03     2026-04-15  Взносы на травматизм за март 2026
  create  romashka  ru.efs1.travm          2026-Q1     2026-04-27  ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026
  create  romashka  ru.enp.notice          2026-04     2026-04-27  Уведомление об исчисленных суммах налогов (апрель 2026)
  create  romashka  ru.ndfl.6ndfl          2026-Q1     2026-04-27  6-НДФЛ за I квартал 2026
  create  romashka  ru.profit.declaration  2026-Q1     2026-04-27  Декларация по налогу на прибыль за I квартал 2026
  create  romashka  ru.property.notice     2026-Q1     2026-04-27  Уведомление по налогу на имущество организаций за I квартал 2026
  create  romashka  ru.rsv                 2026-Q1     2026-04-27  Расчёт по страховым взносам за I квартал 2026
  create  romashka  ru.vat.declaration     2026-Q1     2026-04-27  Декларация по НДС за I квартал 2026
  create  romashka  ru.enp.payment         2026-04     2026-04-28  ЕНП: пополнить единый налоговый счёт к 28-му (апрель 2026)
  create  romashka  ru.profit.payment      2026-Q1     2026-04-28  Налог на прибыль за I квартал 2026
  create  romashka  ru.property.payment    2026-Q1     2026-04-28  Налог на имущество организаций за I квартал 2026
  create  romashka  ru.vat.payment         2026-Q1 #1  2026-04-28  НДС за I квартал 2026: уплата 1/3
  create  romashka  ru.ndfl.notice-3       2026-04     2026-05-04  Уведомление по НДФЛ за 23-е – конец месяца (апрель 2026)
  create  romashka  ru.ndfl.payment-5      2026-04     2026-05-05  Уплата НДФЛ за 23-е – конец месяца (апрель 2026)
  
  16 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 0 conflict(s); 0 unchanged (from 2026-04-01 to 2026-05-10)
  $ acct plan --summary
  28 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 0 conflict(s); 0 unchanged (from 2026-04-20 to 2026-07-21)

generate applies it; a second run has nothing to do:
  $ acct generate --since 2026-01-01 --through 2026-12-31
  created 114, moved 0, updated 0, restored 0, cancelled 0 (run #1, from 2026-01-01 to 2026-12-31)
  $ acct generate --since 2026-01-01 --through 2026-12-31
  nothing to do: 114 task(s) up to date (from 2026-01-01 to 2026-12-31)
  $ acct plan --since 2026-01-01 --through 2026-12-31 --json | jq -c .summary
  {"create":0,"move":0,"update":0,"restore":0,"cancel":0,"conflict":0,"unchanged":114}
  $ acct log --entity generation --json | jq -c '.[] | [.action, .changes[2].field, .changes[2].to]'
  ["generate","created",114]
  $ db-sql "SELECT s.handle, count(*) FROM task t JOIN staff s ON s.id = t.assignee_id GROUP BY s.handle"
  ivanova|114

A task's due date explained, from the task:
  $ db-sql "SELECT id FROM task WHERE code = 'ru.vat.declaration' AND period = '2026-Q1'"
  38
  $ acct deadline explain $(db-sql "SELECT id FROM task WHERE code = 'ru.vat.declaration' AND period = '2026-Q1'")
  task:     #38 Декларация по НДС за I квартал 2026
  client:   romashka
  template: ru-statutory / ru.vat.declaration
  rule:     day 25 of the 1st month after the end of the period; if that is a day off, the next working day (Tax Code art. 6.1 p.7)
  basis:    НК РФ ст. 174 п. 5 (налоговые агенты — тоже)
  calendar: ru
  period:   2026-Q1
  anchor:   2026-03-31 (end of 2026-Q1)
  
  date:  2026-04-25 (Sat): day 25 of the 1st month after 2026-03-31
  moved: 2026-04-25 (Sat) is off: Saturday
         2026-04-26 (Sun) is off: Sunday
  due:   2026-04-27 (Mon)
  $ acct deadline explain $(db-sql "SELECT id FROM task WHERE code = 'ru.ndfl.payment-5' AND period = '2026-12'") --json | jq -c '[.due, .explanation.override, .explanation.dates[0].skipped[0].reason]'
  ["2026-12-30","for periods ending in month 12: the last day of the month of the end of the period; if that is a day off, the previous working day","day off: Перенесённый выходной день (с 04.01.2026) (Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»)"]

A fact that stops holding cancels the tasks still new, saying why; started work is a conflict:
  $ db-sql "UPDATE task SET status = 'accepted' WHERE code = 'ru.vat.declaration' AND period = '2026-Q2'"
  $ acct client set romashka vat=false --from 2026-04-01 --quiet
  $ acct plan --since 2026-01-01 --through 2026-12-31
  CHANGE    CLIENT    CODE                PERIOD      DUE         DETAILS
  conflict  romashka  ru.vat.declaration  2026-Q2     2026-07-27  task #66: it is accepted, but no longer applies: its conditions do not hold in 2026-Q2: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  cancel    romashka  ru.vat.payment      2026-Q2     2026-07-28  task #70: its conditions do not hold in 2026-Q2: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  cancel    romashka  ru.vat.payment      2026-Q2 #2  2026-08-28  task #77: its conditions do not hold in 2026-Q2: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  cancel    romashka  ru.vat.payment      2026-Q2 #3  2026-09-28  task #84: its conditions do not hold in 2026-Q2: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  cancel    romashka  ru.vat.declaration  2026-Q3     2026-10-26  task #94: its conditions do not hold in 2026-Q3: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  cancel    romashka  ru.vat.payment      2026-Q3     2026-10-28  task #98: its conditions do not hold in 2026-Q3: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  cancel    romashka  ru.vat.payment      2026-Q3 #2  2026-11-30  task #105: its conditions do not hold in 2026-Q3: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  cancel    romashka  ru.vat.payment      2026-Q3 #3  2026-12-28  task #112: its conditions do not hold in 2026-Q3: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  
  0 to create, 0 to move, 0 to update, 0 to restore, 7 to cancel, 1 conflict(s); 106 unchanged (from 2026-01-01 to 2026-12-31)
  $ acct generate --since 2026-01-01 --through 2026-12-31
  created 0, moved 0, updated 0, restored 0, cancelled 7 (run #2, from 2026-01-01 to 2026-12-31)
  CHANGE    CLIENT    CODE                PERIOD   DUE         DETAILS
  conflict  romashka  ru.vat.declaration  2026-Q2  2026-07-27  task #66: it is accepted, but no longer applies: its conditions do not hold in 2026-Q2: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  ! acct: warning: 1 conflict(s) not applied: work already started (see 'acct plan')
  $ acct log --entity task --json | jq -c '.[-1] | [.action, .changes[1].to]'
  ["cancel","its conditions do not hold in 2026-Q3: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)"]

When it holds again, the generator's cancellations come back:
  $ acct client set romashka vat=true --from 2026-07-01 --quiet
  $ acct generate --since 2026-01-01 --through 2026-12-31 --quiet && acct plan --since 2026-01-01 --through 2026-12-31 --summary
  0 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 1 conflict(s); 110 unchanged (from 2026-01-01 to 2026-12-31)
  ! acct: warning: 1 conflict(s) not applied: work already started (see 'acct plan')

A template change moves due dates of new tasks (the firm's copy of ru-statutory, with РСВ due on
the 20th):
  $ mkdir -p firm/services && sed 's/^deadline = { day = 25, months_after = 1, basis = "НК РФ ст. 431 п. 7" }$/deadline = { day = 20, months_after = 1, basis = "ради примера" }/' $SRCDIR/templates/services/ru-statutory.toml > firm/services/ru-statutory.toml
  $ acct plan --templates firm --since 2026-04-20 --through 2026-12-31
  CHANGE    CLIENT    CODE                PERIOD   DUE         DETAILS
  move      romashka  ru.rsv              2026-Q1  2026-04-20  task #37: the rule now gives 2026-04-20 (Mon) instead of 2026-04-27 (Mon)
  move      romashka  ru.rsv              2026-H1  2026-07-20  task #65: the rule now gives 2026-07-20 (Mon) instead of 2026-07-27 (Mon)
  conflict  romashka  ru.vat.declaration  2026-Q2  2026-07-27  task #66: it is accepted, but no longer applies: its conditions do not hold in 2026-Q2: ((vat = true and regime in [osno, usn-income, usn-income-expense, eshn] and not vat-exempt = true) or (regime = eshn and not (vat is recorded or vat-exempt = true)) or vat-agent = true)
  move      romashka  ru.rsv              2026-9M  2026-10-20  task #93: the rule now gives 2026-10-20 (Tue) instead of 2026-10-26 (Mon)
  
  0 to create, 3 to move, 0 to update, 0 to restore, 0 to cancel, 1 conflict(s); 76 unchanged (from 2026-04-20 to 2026-12-31)
  $ acct generate --templates firm --since 2026-04-20 --through 2026-12-31 --quiet && acct plan --templates firm --since 2026-04-20 --through 2026-12-31 --summary
  0 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 1 conflict(s); 79 unchanged (from 2026-04-20 to 2026-12-31)
  ! acct: warning: 1 conflict(s) not applied: work already started (see 'acct plan')

A regime change from 2027-01-01 keeps 2026's obligations and changes 2027's:
  $ acct client add sigma --name "ООО «Сигма»" --form ooo --inn 7736207543 --regime usn-income --employer --from 2025-01-01 --quiet
  $ acct client subscribe sigma ru-statutory --from 2025-01-01 --quiet
  $ acct generate --client sigma --through 2027-06-30 --quiet
  $ acct client set sigma regime=osno --from 2027-01-01 --quiet
  $ acct plan --client sigma --through 2027-06-30 --json | jq -r '.changes[] | select(.code | test("usn|profit")) | [.change, .code, .period, .due // .old_due] | @tsv'
  create	ru.usn.exit-notice	2027-01-01	2027-01-15
  create	ru.profit.declaration	2027-Q1	2027-04-26
  cancel	ru.usn.notice	2027-Q1	2027-04-26
  create	ru.profit.payment	2027-Q1	2027-04-28
  cancel	ru.usn.advance	2027-Q1	2027-04-28
  $ acct generate --client sigma --through 2027-06-30 --quiet
  $ db-sql "SELECT code, period, due, status FROM task WHERE client_id = 2 AND code LIKE 'ru.usn.%' ORDER BY due"
  ru.usn.notice|2026-Q1|2026-04-27|new
  ru.usn.advance|2026-Q1|2026-04-28|new
  ru.usn.notice|2026-H1|2026-07-27|new
  ru.usn.advance|2026-H1|2026-07-28|new
  ru.usn.notice|2026-9M|2026-10-26|new
  ru.usn.advance|2026-9M|2026-10-28|new
  ru.usn.exit-notice|2027-01-01|2027-01-15|new
  ru.usn.declaration|2026|2027-03-25|new
  ru.usn.payment|2026|2027-03-29|new
  ru.usn.notice|2027-Q1|2027-04-26|cancelled
  ru.usn.advance|2027-Q1|2027-04-28|cancelled

Bad input changes nothing: a horizon before today (4) or too far ahead (4), since after through
(4), an unknown client (3), a year no calendar covers (9) unless provisional dates are asked for,
a subscription to a service no template defines (4):
  $ db-state > before.state
  $ acct generate --through 2026-01-31
  ! acct: error: --through 2026-01-31 is before today (2026-04-20)
  ! hint: the horizon looks ahead; use --since to include past due dates
  [4]
  $ acct generate --through 2029-05-01
  ! acct: error: --through 2029-05-01 is more than three years ahead (the limit is 2029-04-20)
  ! hint: generate a year or a quarter ahead and run generate again later (cron)
  [4]
  $ acct plan --since 2026-12-01 --through 2026-06-30
  ! acct: error: --since 2026-12-01 is after --through 2026-06-30
  [4]
  $ acct plan --client nobody
  ! acct: error: no client 'nobody'
  ! hint: see 'acct client list --all'
  [3]
  $ acct generate --through 2028-03-31
  ! acct: error: calendar 'ru' does not cover 2028 (it covers 2025-2027)
  ! hint: add calendars/ru-2028.toml to the templates directory when the decree on days off for 2028 is published (docs/calendars.md), or ask for provisional dates (--provisional), which count only weekends as days off
  [9]
  $ acct plan --through 2028-03-31 --provisional --json | jq -c '[.summary.create, ([.changes[] | select(.provisional)] | length > 0)]'
  [210,true]
  $ db-state | cmp -s before.state - && echo unchanged
  unchanged
  $ acct client subscribe sigma payroll-plus --from 2026-01-01 --quiet
  $ acct generate
  ! acct: error: client 'sigma' is subscribed to unknown service 'payroll-plus'
  ! hint: see 'acct template list', or unsubscribe the client
  [4]

Back on the bundled templates, the РСВ dates move back: the half-year's to 2026-07-27, beyond the
default horizon (2026-07-21), which moves it rather than cancelling a task that still applies:
  $ acct client unsubscribe sigma payroll-plus --to 2026-01-01 --quiet && acct plan
  CHANGE  CLIENT    CODE    PERIOD   DUE         DETAILS
  move    romashka  ru.rsv  2026-Q1  2026-04-27  task #37: the rule now gives 2026-04-27 (Mon) instead of 2026-04-20 (Mon): 2026-04-25 (Sat) is a day off
  move    romashka  ru.rsv  2026-H1  2026-07-27  task #65: the rule now gives 2026-07-27 (Mon) instead of 2026-07-20 (Mon): 2026-07-25 (Sat) is a day off
  
  0 to create, 2 to move, 0 to update, 0 to restore, 0 to cancel, 0 conflict(s); 49 unchanged (from 2026-04-20 to 2026-07-21)
  $ acct deadline explain 99999
  ! acct: error: no task #99999
  [3]

A backup holds the same tasks, and the same history (on PostgreSQL it is a copy row by row into
an SQLite file):
  $ acct db backup generated.db
  backed up $HOME/.local/share/acct/acct.db to generated.db
  $ diff <(acct task list --all --json) <(acct --db generated.db task list --all --json) && echo same tasks
  same tasks
  $ diff <(acct log --json) <(acct --db generated.db log --json) && echo same history
  same history
