Events: what happened to a client, and the tasks the templates' triggers create for it at once.
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll --quiet
  $ acct client add garipov --name "ИП Гарипов Ринат Ильдарович" --form ip --inn 165512345632 --regime patent --from 2026-01-01 --quiet
  $ acct client add vektor --name "ООО «Вектор»" --form ooo --inn 7707083893 --regime osno --employer --from 2026-01-01 --quiet
  $ acct client assign vektor --payroll ivanova --from 2026-01-01 --quiet
  $ acct client subscribe garipov ru-statutory --from 2026-01-01 --quiet
  $ acct client subscribe vektor ru-payroll-events --from 2026-01-01 --quiet

A patent for nine months: a third within 90 days of its start, two thirds by its end (a patent
ending on 31 December: by 28 December):
  $ acct event add garipov patent --date 2026-04-01 --until 2026-12-31
  recorded event #1 (patent of 'garipov' on 2026-04-01); created 2 task(s)
  $ db-sql "SELECT code, period, instalment, due, title FROM task WHERE event_id = 1 ORDER BY instalment"
  ru.patent.payment|2026-04-01|1|2026-06-30|Оплата патента 01.04.2026–31.12.2026: 1/3
  ru.patent.payment|2026-04-01|2|2026-12-28|Оплата патента 01.04.2026–31.12.2026: 2/3
  $ acct deadline explain $(db-sql "SELECT id FROM task WHERE event_id = 1 AND instalment = 2") | tail -4
  anchor:   2026-12-31 (end of the event's term)
  
  date: 2026-12-28 (Mon): day 28 of the month of 2026-12-31
  due:  2026-12-28 (Mon)

A patent for five months: the whole amount by its end:
  $ acct event add garipov patent --date 2026-05-01 --until 2026-09-30 --json | jq -c '{id, kind, date, until, tasks_created}'
  {"id":2,"kind":"patent","date":"2026-05-01","until":"2026-09-30","tasks_created":1}
  $ db-sql "SELECT instalment, due, title FROM task WHERE event_id = 2"
  1|2026-09-30|Оплата патента 01.05.2026–30.09.2026: вся сумма

A hire on Friday 8 May 2026 (before the May holidays): ЕФС-1 is due the next working day, 12 May;
the order within three working days:
  $ acct event add vektor hire --date 2026-05-08 --note "Петров П. П."
  recorded event #3 (hire of 'vektor' on 2026-05-08); created 2 task(s)
  $ db-sql "SELECT code, due, title FROM task WHERE event_id = 3 ORDER BY due"
  ru.efs1.hire|2026-05-12|ЕФС-1 (подраздел 1.1): приём Петров П. П. (08.05.2026)
  ru.hire.order|2026-05-14|Приём на работу Петров П. П.: приказ и трудовой договор (начало работы 08.05.2026)
  $ acct event add vektor vacation --date 2026-06-15 --note "Петров П. П." --quiet
  $ db-sql "SELECT code, due FROM task WHERE event_id = 4"
  ru.vacation.pay|2026-06-11

Events are listed, oldest first:
  $ acct event list
  ID  CLIENT   KIND      DATE        UNTIL       NOTE
   1  garipov  patent    2026-04-01  2026-12-31
   2  garipov  patent    2026-05-01  2026-09-30
   3  vektor   hire      2026-05-08              Петров П. П.
   4  vektor   vacation  2026-06-15              Петров П. П.
  $ acct event list vektor --json | jq -c '.[] | [.id, .kind, .date, .note]'
  [3,"hire","2026-05-08","Петров П. П."]
  [4,"vacation","2026-06-15","Петров П. П."]

An event recorded by mistake is removed; its tasks not started are cancelled:
  $ acct event remove 4
  removed event #4; cancelled 1 task(s)
  $ db-sql "SELECT code, status FROM task WHERE event_id = 4"
  ru.vacation.pay|cancelled
  $ acct event list --all | tail -1
   4  vektor   vacation (removed)  2026-06-15              Петров П. П.
  $ acct event remove 4
  ! acct: error: event #4 is already removed
  [5]

Bad input: an unknown event kind (4), an end before the start (4), an unknown client (3):
  $ acct event add vektor promotion --date 2026-05-08
  ! acct: error: unknown event kind 'promotion'
  ! hint: kinds the templates react to: 'dismissal', 'hire', 'patent', 'sick-leave' or 'vacation'
  [4]
  $ acct event add vektor hyre --date 2026-05-08
  ! acct: error: unknown event kind 'hyre'
  ! hint: did you mean 'hire'?
  [4]
  $ acct event add garipov patent --date 2026-05-01 --until 2026-04-30
  ! acct: error: the event ends (2026-04-30) before it starts (2026-05-01)
  [4]
  $ acct event add nobody hire --date 2026-05-08
  ! acct: error: no client 'nobody'
  ! hint: see 'acct client list --all'
  [3]
  $ acct event remove 99
  ! acct: error: no event #99
  ! hint: see 'acct event list'
  [3]

An event for a client that takes no service reacting to it is recorded, and the warning says which
service would have made its tasks:
  $ acct event add garipov hire --date 2026-06-01 --note "Сидоров С. С."
  recorded event #5 (hire of 'garipov' on 2026-06-01); created 0 task(s)
  ! acct: warning: client 'garipov' takes no service that reacts to 'hire' on 2026-06-01: ru-payroll-events would ('acct client subscribe garipov ru-payroll-events')
