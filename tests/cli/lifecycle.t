A firm's people change: a holiday with a colleague covering, a work group changing hands
mid-year, and someone leaving. Today is 2026-04-20, a Monday.
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,manager --quiet
  $ acct staff add petrova --name "Петрова Анна" --role accountant,manager --quiet
  $ acct staff add sokolov --name "Соколов Андрей" --role chief-accountant --quiet
  $ acct staff add ghost --name "Бывший Сотрудник" --role accountant --quiet
  $ acct staff archive ghost --quiet
  $ acct client add vektor --name "ООО «Вектор»" --form ooo --inn 7728012340 --regime osno --vat --from 2026-01-01 --quiet
  $ acct client assign vektor --accountant ivanova --manager ivanova --chief-accountant sokolov --from 2026-01-01 --quiet
  $ acct client subscribe vektor ru-statutory --from 2026-01-01 --quiet
  $ acct generate --since 2026-04-20 --through 2026-05-31 --quiet
  $ acct task list
  ID  DUE         CLIENT  TITLE                                                       STATUS  ASSIGNEE
   1  2026-04-27  vektor  Декларация по налогу на прибыль за I квартал 2026           new     ivanova
   2  2026-04-27  vektor  Декларация по НДС за I квартал 2026                         new     ivanova
   3  2026-04-28  vektor  ЕНП: пополнить единый налоговый счёт к 28-му (апрель 2026)  new     ivanova
   4  2026-04-28  vektor  Налог на прибыль за I квартал 2026                          new     ivanova
   5  2026-04-28  vektor  НДС за I квартал 2026: уплата 1/3                           new     ivanova
   6  2026-05-28  vektor  ЕНП: пополнить единый налоговый счёт к 28-му (май 2026)     new     ivanova
   7  2026-05-28  vektor  НДС за I квартал 2026: уплата 2/3                           new     ivanova
  $ db-state > before.state

Ivanova is on holiday from 25 April to 5 May and Petrova covers. The tasks due then are
Petrova's: the assignee stays Ivanova (nothing is rewritten), the cover is computed, so the work
comes back by itself. Ivanova's reminders in those days go to Petrova too.
  $ acct staff away ivanova --from 2026-04-25 --to 2026-05-05 --cover petrova --note отпуск
  absence #1: 'ivanova' away 2026-04-25 to 2026-05-05, covered by 'petrova'
  $ acct agenda petrova --days 30
  2026-04-27 Mon
    #1      vektor         Декларация по налогу на прибыль за I квартал 2026 [for ivanova]
    #2      vektor         Декларация по НДС за I квартал 2026 [for ivanova]
  
  2026-04-28 Tue
    #3      vektor         ЕНП: пополнить единый налоговый счёт к 28-му (апрель 2026) [for ivanova]
    #4      vektor         Налог на прибыль за I квартал 2026 [for ivanova]
    #5      vektor         НДС за I квартал 2026: уплата 1/3 [for ivanova]
  $ acct task list --json | jq -c '.[0] | {assignee, cover, assignee_away}'
  {"assignee":"ivanova","cover":"petrova","assignee_away":false}
  $ acct task list
  ID  DUE         CLIENT  TITLE                                                       STATUS  ASSIGNEE
   1  2026-04-27  vektor  Декларация по налогу на прибыль за I квартал 2026           new     petrova (for ivanova)
   2  2026-04-27  vektor  Декларация по НДС за I квартал 2026                         new     petrova (for ivanova)
   3  2026-04-28  vektor  ЕНП: пополнить единый налоговый счёт к 28-му (апрель 2026)  new     petrova (for ivanova)
   4  2026-04-28  vektor  Налог на прибыль за I квартал 2026                          new     petrova (for ivanova)
   5  2026-04-28  vektor  НДС за I квартал 2026: уплата 1/3                           new     petrova (for ivanova)
   6  2026-05-28  vektor  ЕНП: пополнить единый налоговый счёт к 28-му (май 2026)     new     ivanova
   7  2026-05-28  vektor  НДС за I квартал 2026: уплата 2/3                           new     ivanova
  $ acct remind list --json | jq -r '.[] | select(.recipient | startswith("staff:")) | "\(.local[:10]) \(.recipient)"' | sort -u
  2026-04-21 staff:petrova
  2026-04-22 staff:petrova
  2026-04-28 staff:petrova
  2026-04-29 staff:petrova
  2026-05-19 staff:ivanova
  2026-05-22 staff:ivanova
  2026-05-29 staff:ivanova

Bad absences: one line each, nothing recorded.
  $ db-state > away.state
  $ acct staff away sokolov --from 2026-05-10 --to 2026-05-01
  ! acct: error: the absence ends (2026-05-01) before it starts (2026-05-10)
  [4]
  $ acct staff away sokolov --from 2026-05-01 --to 2026-05-10 --cover sokolov
  ! acct: error: 'sokolov' cannot cover their own absence
  ! hint: name someone else with --cover, or leave it out
  [4]
  $ acct staff away sokolov --from 2026-05-01 --to 2026-05-10 --cover ghost
  ! acct: error: staff member 'ghost' is archived
  ! hint: bring them back with 'acct staff restore ghost', or choose another
  [5]
  $ acct staff away sokolov --from 2026-05-01 --to 2026-05-10 --cover nobody
  ! acct: error: no staff member 'nobody'
  ! hint: see 'acct staff list --all'
  [3]
  $ acct staff away ivanova --from 2026-05-05 --to 2026-05-10
  ! acct: error: 'ivanova' is already away from 2026-04-25 to 2026-05-05 (absence #1)
  ! hint: cancel it first: 'acct staff cancel-absence 1'
  [5]
  $ db-state | cmp -s away.state - && echo unchanged
  unchanged

Cancelled, the holiday gives the work back. Away without a cover, the firm digest says whose
work nobody does.
  $ acct staff absences
  ID  HANDLE   FROM        TO          COVER    NOTE
  1   ivanova  2026-04-25  2026-05-05  petrova  отпуск
  $ acct staff cancel-absence 1
  cancelled absence #1 of 'ivanova' (2026-04-25 to 2026-05-05)
  $ acct staff away ivanova --from 2026-04-27 --to 2026-04-27 --quiet
  $ acct digest firm --json | jq -r '.unattended[] | "#\(.id) \(.due) \(.assignee)"'
  #1 2026-04-27 ivanova
  #2 2026-04-27 ivanova
  $ acct staff absences --json | jq -c '.[] | {id, staff, from, to, cover}'
  {"id":2,"staff":"ivanova","from":"2026-04-27","to":"2026-04-27","cover":null}

Petrova takes over Vektor's accounting from 1 May. Ivanova has already started one task due
then: it stays hers and is listed, with the command that hands it over.
  $ acct task accept 7 --quiet
  $ acct client assign vektor --accountant petrova --from 2026-05-01
  client 'vektor' from 2026-05-01: accountant: ivanova -> petrova
  1 task(s) not started follow the new holders
  1 started task(s) stay with the previous holders:
    #7 НДС за I квартал 2026: уплата 2/3 (accepted, due 2026-05-28): assignee ivanova
  hand them over: acct task assign 7 petrova
  $ acct task assign 7 petrova
  assigned #7 НДС за I квартал 2026: уплата 2/3 (due 2026-05-28, assignee petrova, reviewer sokolov)
  $ acct task assign 1 999 petrova
  ! acct: error: 1 of 2 task id(s) do not exist; nothing changed
  !   #999: no such task
  ! hint: see 'acct task list --all' for the ids
  [3]
  $ acct task list --json | jq -r '.[] | [.id, .due, .assignee] | @tsv'
  1	2026-04-27	ivanova
  2	2026-04-27	ivanova
  3	2026-04-28	ivanova
  4	2026-04-28	ivanova
  5	2026-04-28	ivanova
  6	2026-05-28	petrova
  7	2026-05-28	petrova

Ivanova leaves. She still holds work, so archiving her is refused until it is handed over;
handing over to herself, to nobody or to someone archived is refused too, and nothing changes.
  $ db-state > leave.state
  $ acct staff archive ivanova
  ! acct: error: staff member 'ivanova' holds open work: 5 task(s), 0 review(s), 2 work-group role(s), 0 absence(s) to cover; nothing changed
  !   task #1 Декларация по налогу на прибыль за I квартал 2026 (vektor, due 2026-04-27)
  !   task #2 Декларация по НДС за I квартал 2026 (vektor, due 2026-04-27)
  !   task #3 ЕНП: пополнить единый налоговый счёт к 28-му (апрель 2026) (vektor, due 2026-04-28)
  !   task #4 Налог на прибыль за I квартал 2026 (vektor, due 2026-04-28)
  !   task #5 НДС за I квартал 2026: уплата 1/3 (vektor, due 2026-04-28)
  !   manager of client 'vektor' since 2026-01-01
  !   accountant of client 'vektor' since 2026-01-01
  ! hint: hand it over: 'acct staff archive ivanova --hand-over-to HANDLE'
  [5]
  $ acct staff archive ivanova --hand-over-to ivanova
  ! acct: error: 'ivanova' cannot hand their work over to themselves
  ! hint: name who takes it over with --hand-over-to HANDLE
  [4]
  $ acct staff archive ivanova --hand-over-to nobody
  ! acct: error: no staff member 'nobody'
  ! hint: see 'acct staff list --all'
  [3]
  $ acct staff archive ivanova --hand-over-to ghost
  ! acct: error: staff member 'ghost' is archived
  ! hint: bring them back with 'acct staff restore ghost', or choose another
  [5]
  $ db-state | cmp -s leave.state - && echo unchanged
  unchanged
  $ acct staff archive ivanova --hand-over-to petrova
  handed over 5 task(s), 0 review(s), 2 work-group role(s) and 0 absence(s) to cover to 'petrova'
  archived staff member 'ivanova' (Иванова Мария)
  $ acct task list --assignee ivanova
  no tasks
  $ acct client show vektor --json | jq -c .work_group
  {"manager":"petrova","chief-accountant":"sokolov","accountant":"petrova"}
  $ acct log --json | jq -r '.[] | select(.entity == "staff" and .key == "ivanova") | .action' | tail -3
  away
  hand-over
  archive
