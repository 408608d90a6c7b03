Filings: what was sent to the authority and what it answered (docs/clientside.md). A filing
task records its submission, then the answer; a rejection reopens the work as a correction
task. Today is 2026-04-20, a Monday.
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll,chief-accountant --quiet
  $ acct client add vektor --name "ООО «Вектор»" --short-name Вектор --form ooo --inn 7728012340 --regime osno --vat --employer --from 2026-01-01 --quiet
  $ acct client assign vektor --accountant ivanova --payroll ivanova --chief-accountant ivanova --from 2026-01-01 --quiet
  $ acct client subscribe vektor ru-statutory --from 2026-01-01 --quiet
  $ acct generate --since 2026-04-01 --through 2026-05-31 --quiet

What is still to be filed this week: the template says which tasks are filed ('filing').
  $ acct task list --filing-status unfiled --due-within 7d
  ID  DUE         CLIENT  TITLE                                                     STATUS         ASSIGNEE
   1  2026-04-03  vektor  Уведомление по НДФЛ за 23-е – конец месяца (март 2026)    new (overdue)  ivanova
   4  2026-04-27  vektor  ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026  new            ivanova
   5  2026-04-27  vektor  Уведомление об исчисленных суммах налогов (апрель 2026)   new            ivanova
   6  2026-04-27  vektor  6-НДФЛ за I квартал 2026                                  new            ivanova
   7  2026-04-27  vektor  Декларация по налогу на прибыль за I квартал 2026         new            ivanova
   8  2026-04-27  vektor  Расчёт по страховым взносам за I квартал 2026             new            ivanova
   9  2026-04-27  vektor  Декларация по НДС за I квартал 2026                       new            ivanova

The РСВ went out through the operator on Friday and was accepted on Saturday.
  $ acct task file 8 --on 2026-04-17 --channel kontur --receipt 0A1B-77
  #8 filed on 2026-04-17, receipt 0A1B-77
  $ acct task list --filing-status filed --json | jq -r '.[] | [.id, .filing_status] | @tsv'
  8	filed
  $ acct task answer 8 accepted --on 2026-04-18 --number 1151111-25
  #8 accepted on 2026-04-18
  $ acct task answer 8 accepted --on 2026-04-18
  #8 accepted on 2026-04-18 (unchanged)
  $ acct task show 8 | grep -E '^(filing|status)'
  status:        new
  filing:        filed 2026-04-17 (kontur, receipt 0A1B-77); accepted 2026-04-18 No 1151111-25
  $ acct task show 8 --json | jq -c '.filing_status, [.history[] | select(.action == "file" or .action == "answer") | .action]'
  "accepted"
  ["file","answer"]

Answers only move forward: an accepted report is not rejected afterwards, an answer needs a
filing, and only filing tasks are filed.
  $ acct task answer 8 rejected --on 2026-04-20 --reason "ошибка"
  ! acct: error: #8 cannot be 'rejected': the authority accepted it (accepted on 2026-04-18)
  ! hint: an accepted filing stays accepted; a correction after it is a new filing (a task of its own)
  [5]
  $ acct task answer 9 accepted
  ! acct: error: #9 was never filed: there is nothing for the authority to answer
  ! hint: record the submission first: 'acct task file 9 --on DATE --receipt N'
  [5]
  $ acct task file 2 --on 2026-04-20
  ! acct: error: #2 is not a filing task: its template entry 'ru.ndfl.payment-5' has no 'filing'
  ! hint: only reports, declarations and notices sent to an authority are filed
  [4]
  $ acct task answer 8 maybe
  ! acct: error: unknown answer 'maybe'
  ! hint: use one of: accepted, accepted-with-notice, rejected
  [2]
  $ acct task answer 8 accepted-with-notice --on 2026-04-21
  ! acct: error: the answer's date 2026-04-21 is after today (2026-04-20)
  [4]
  $ acct task file 9 --on 2026-04-21
  ! acct: error: the filing date 2026-04-21 is after today (2026-04-20)
  [4]

A day's receipts from the operator, by ИНН, form code (КНД) and period. The VAT declaration
was rejected: its correction task is due the next working day (the template gives no rule).
  $ printf 'ИНН;КНД;Период;Статус;Дата;Номер;Причина\n7728012340;1151001;2026-Q1;отклонён;20.04.2026;77;Неверный КПП\n7728012340;1151100;2026-Q1;принят;20.04.2026;78;\n' > receipts.csv
  $ acct task list --filing-status filed,accepted,rejected --json | jq length
  1
  $ acct task receipts receipts.csv --channel kontur
  line 2: answered #9 Декларация по НДС за I квартал 2026: rejected
  correction task #20 Исправить и сдать повторно: Декларация по НДС за I квартал 2026 (due 2026-04-21)
  line 3: answered #6 6-НДФЛ за I квартал 2026: accepted
  0 filed, 2 answered, 0 unchanged
  $ acct task receipts receipts.csv --channel kontur
  0 filed, 0 answered, 2 unchanged
  $ acct task list --filing-status rejected --all
  ID  DUE         CLIENT  TITLE                                STATUS  ASSIGNEE
   9  2026-04-27  vektor  Декларация по НДС за I квартал 2026  new     ivanova
  $ acct task show 9 | grep -E '^filing'
  filing:        filed 2026-04-20 (kontur, receipt 77); rejected 2026-04-20: Неверный КПП -> correction #20
  $ acct task list --filing-status unfiled --json | jq -r '.[] | select(.corrects != null) | [.id, .corrects, .due, .title] | @tsv'
  20	9	2026-04-21	Исправить и сдать повторно: Декларация по НДС за I квартал 2026

A bad file changes nothing; every bad row is named by its line.
  $ printf 'inn,form,period,status,date\n7728012340,1151006,2026-Q1,accepted,2026-04-20\n7700000000,1151006,2026-Q1,accepted,2026-04-20\n7728012340,9999,2026-Q1,accepted,2026-04-20\n7728012340,1151006,2026-Q1,maybe,2026-04-20\n' > bad.csv
  $ acct task receipts bad.csv
  ! acct: error: cannot load 'bad.csv': 3 bad rows; nothing was recorded
  !   line 3: no client with ИНН/БИН 7700000000
  !   line 4: unknown form '9999': no template's filing has this form code, and no obligation has this code
  !   line 5: unknown status 'maybe': use filed, accepted, accepted-with-notice or rejected
  ! hint: fix the rows and run again ('--dry-run' checks a file without recording it)
  [4]
  $ acct task list --filing-status accepted --json | jq length
  2
  $ printf 'client,status\nvektor,accepted\n' > cols.csv
  $ acct task receipts cols.csv
  ! acct: error: 'cols.csv' has columns acct does not know: 'client'
  ! hint: known columns: task, inn, form, period, status, date, number, reason, filed_on, channel (or their Russian names, docs/clientside.md#receipts)
  [4]

The client's digest says what was filed and what the authority answered; the firm's overview
puts rejected reports whose correction is open first.
  $ acct digest client vektor --days 7 | sed -n '/Отчёты в органы/,/^$/p'
  Отчёты в органы
  Что мы отправили и что ответили ФНС, СФР и другие.
  \! 20.04.2026, пн  Декларация по НДС за I квартал 2026 — отклонён 20.04.2026, пн: Неверный КПП; исправим и сдадим повторно до 21.04.2026, вт (№ 77)
    20.04.2026, пн  6-НДФЛ за I квартал 2026 — принят 20.04.2026, пн (№ 78)
    18.04.2026, сб  Расчёт по страховым взносам за I квартал 2026 — принят 18.04.2026, сб (№ 0A1B-77)
  
  $ acct digest client vektor --days 7 --format json | jq -c '.filings[] | [.task.id, .status, .answered_on, .correction_id]'
  [9,"rejected","2026-04-20",20]
  [6,"accepted","2026-04-20",null]
  [8,"accepted","2026-04-18",null]
  $ acct digest firm --days 7 | sed -n '3,8p'
  
  Отклонённые отчёты
  Отчёт не принят: исправить и сдать повторно.
  \! 20.04.2026, пн  Вектор: Декларация по НДС за I квартал 2026 — Неверный КПП; исправление #20 до 21.04.2026, вт; Иванова Мария
  
  Просрочено по клиентам
  $ acct digest firm --days 7 --format json | jq -c '.rejections[] | [.task.id, .reason, .correction_id, .correction_due]'
  [9,"Неверный КПП",20,"2026-04-21"]

A dry run names the correction task it would open without an id: the real run may draw another
(PostgreSQL keeps the ids a rolled-back insert took).
  $ acct task file 7 --on 2026-04-20 --quiet
  $ printf 'task,status,date,reason\n7,rejected,2026-04-20,Ошибка в расчёте\n' > profit.csv
  $ acct task receipts profit.csv --dry-run
  line 2: would answer #7 Декларация по налогу на прибыль за I квартал 2026: rejected
  would open a correction task: Исправить и сдать повторно: Декларация по налогу на прибыль за I квартал 2026 (due 2026-04-21)
  dry run: 0 filed, 1 answered, 0 unchanged; nothing was changed
  $ acct task list --filing-status rejected --json | jq -r '.[].id'
  9
