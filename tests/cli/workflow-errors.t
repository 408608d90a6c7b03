Bad input to the task workflow: one clear line (with details for bulk), a documented exit code,
and nothing changed (checked by reading the state back).
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll --quiet
  $ acct staff add sokolov --name "Соколов Андрей" --role chief-accountant --quiet
  $ acct client add vektor --name "ООО «Вектор»" --form ooo --inn 7728012340 --regime osno --vat --employer --from 2026-01-01 --quiet
  $ acct client assign vektor --accountant ivanova --payroll ivanova --chief-accountant sokolov --from 2026-01-01 --quiet
  $ acct client subscribe vektor ru-statutory --from 2026-01-01 --quiet
  $ acct client subscribe vektor ru-onboarding --from 2026-04-01 --quiet
  $ acct generate --since 2026-04-01 --through 2026-05-31 --quiet
  $ acct task list --all --json | jq 'map(.status) | unique'
  [
    "new"
  ]

Unknown ids: every bad one is listed, and the good ones do not move either.
  $ acct task accept 2 999 3 998
  ! acct: error: 2 of 4 task id(s) do not exist; nothing changed
  !   #999: no such task
  !   #998: no such task
  ! hint: see 'acct task list --all' for the ids
  [3]
  $ acct task accept abc
  ! acct: error: 'abc' is not a task id
  [2]
  $ acct task list --status accepted --json | jq length
  0

An illegal transition names the status and what is allowed:
  $ acct task done 2
  ! acct: error: #2 is new: 'done' is not allowed (allowed: accept, reject, cancel)
  [5]
  $ acct task reopen 2
  ! acct: error: #2 is new: 'reopen' is not allowed (allowed: accept, reject, cancel)
  [5]
  $ acct task review 2 3
  ! acct: error: 2 of 2 task(s) cannot take 'review'; nothing changed
  !   #2 is new: 'review' is not allowed (allowed: accept, reject, cancel)
  !   #3 is new: 'review' is not allowed (allowed: accept, reject, cancel)
  [5]
  $ acct task list --status done --json | jq length
  0

Reasons are required where they carry information:
  $ acct task reject 2
  ! acct: error: a rejection needs a reason: --reason TEXT
  [4]
  $ acct task accept 2 --quiet
  $ acct task wait 2
  ! acct: error: say what the client must give or do: --reason TEXT
  [4]
  $ acct task show 2 --json | jq -r '.status, (.comments | length)'
  accepted
  0

Done with unchecked checklist items:
  $ acct task list --code ru.vat.declaration --json | jq -r '.[0].id'
  16
  $ acct task accept 16 --quiet
  $ acct task done 16
  ! acct: error: #16 has 3 unchecked checklist item(s) (see 'acct task show 16')
  [5]
  $ acct task check 16 42
  ! acct: error: #16 has no checklist item '42'
  ! hint: items are numbered 1 to 3 (see 'acct task show 16')
  [3]
  $ acct task check 16 "с"
  ! acct: error: 'с' matches 3 checklist items of #16
  !   1. Сверить книги покупок и продаж с учётом
  !   2. Сопоставить счета-фактуры с контрагентами
  !   3. Проверить контрольные соотношения
  ! hint: give the item's number
  [4]
  $ acct task check 16 1 --quiet
  $ acct task done 16
  ! acct: error: #16 has 2 unchecked checklist item(s) (see 'acct task show 16')
  [5]

A programme step whose earlier steps are not done is blocked:
  $ acct task list --service ru-onboarding --json | jq -r '.[] | [.id, .obligation] | @tsv' | sed -n 1,3p
  1	contract
  4	storage
  5	e-reporting
  $ acct task show 4 --json | jq -r '.blocked, (.depends_on | map(.id) | join(","))'
  true
  1
  $ acct task accept 4
  ! acct: error: #4 is blocked: 1 task(s) it depends on are not done (--force accepts it anyway)
  [5]
  $ acct task accept 4 --force
  #4 Подготовить хранилище документов: папки «от клиента» и «клиенту»: new -> accepted
  $ acct log --task 4 --json | jq -c '.[0].changes | map(.field)'
  ["status","accepted_at","forced"]

Logged time: durations that do not parse, zero, too long, the future, unknown people.
  $ acct task log 2 1x --staff ivanova
  ! acct: error: duration '1x' does not parse: use 1h30m, 90m or 1.5h
  [4]
  $ acct task log 2 0 --staff ivanova
  ! acct: error: duration '0' must be more than zero: use 1h30m, 90m or 1.5h
  [4]
  $ acct task log 2 25h --staff ivanova
  ! acct: error: duration '25h' is too long: a single entry cannot exceed 24h
  ! hint: log longer work as one entry per day
  [4]
  $ acct task log 2 1h --staff ivanova --date 2026-04-21
  ! acct: error: 2026-04-21 is in the future: log time once it is spent (today is 2026-04-20)
  [4]
  $ acct task log 2 1h --staff petrov
  ! acct: error: no staff member 'petrov'
  ! hint: see 'acct staff list --all'
  [3]
  $ acct task log 2 1h
  ! acct: error: 'tester' is not a staff handle: give --staff HANDLE (or set ACCT_USER)
  [2]
  $ acct task show 2 --json | jq '.logged_minutes'
  0

Manual tasks: no due date in the past without --force; a client request inside the lead time.
  $ acct task add vektor "Сверка" --due 2026-04-17
  ! acct: error: the due date 2026-04-17 is before today (2026-04-20)
  ! hint: give a later --due, or --force to record a task that is already late
  [4]
  $ acct task add vektor "Сверка" --due 2026-04-17 --force --json | jq -r '.due, .status'
  2026-04-17
  new
  $ acct task add vektor "Выписка" --due 2026-04-20 --request
  ! acct: error: a client request needs the service it is made under
  ! hint: add --service ID
  [4]
  $ acct task add vektor "Выписка" --due 2026-04-20 --service ru-onboarding --request
  ! acct: error: a request under 'ru-onboarding' cannot be due 2026-04-20: the earliest due date is 2026-04-21 (Запросы клиента принимаются не позднее чем за 1 рабочий день до желаемого срока исполнения.)
  ! hint: give --due 2026-04-21 or later, or --force to accept it anyway (recorded)
  [5]
  $ acct task add vektor "Выписка" --due 2026-04-21 --service ru-onboarding --request --json | jq -r '.request'
  true
A request under a service the client does not take is refused; each bundled service that takes
requests has a lead time (payroll: 2 working days, the law's own deadlines after it).
  $ acct task add vektor "Приказ об отпуске" --due 2026-04-30 --service ru-payroll-events --request
  ! acct: error: client 'vektor' does not take 'ru-payroll-events' on 2026-04-30: a request needs a subscription
  ! hint: subscribe it first: acct client subscribe vektor ru-payroll-events
  [5]
  $ acct client subscribe vektor ru-payroll-events --from 2026-01-01 --quiet
  $ acct task add vektor "Приказ об отпуске" --due 2026-04-21 --service ru-payroll-events --request
  ! acct: error: a request under 'ru-payroll-events' cannot be due 2026-04-21: the earliest due date is 2026-04-22 (О приёме, увольнении и отпуске клиент сообщает не позднее чем за 2 рабочих дня до срока: отпускные выплачиваются не позднее чем за 3 дня до начала отпуска (ТК РФ ст. 136), расчёт при увольнении — в день увольнения (ТК РФ ст. 140).)
  ! hint: give --due 2026-04-22 or later, or --force to accept it anyway (recorded)
  [5]
  $ acct task add nobody "Сверка" --due 2026-04-30
  ! acct: error: no client 'nobody'
  ! hint: see 'acct client list --all'
  [3]
  $ acct task add vektor "Сверка" --due 2026-04-30 --assignee petrov
  ! acct: error: no staff member 'petrov'
  ! hint: see 'acct staff list --all'
  [3]

An accepted task's due date is agreed:
  $ acct task edit 2 --due 2026-04-30
  ! acct: error: #2 is accepted: its due date and description were agreed when it was accepted
  ! hint: add --force to change them anyway (the change is recorded)
  [5]
  $ acct task edit 2 --due 2026-04-30 --force --json | jq -r '.due'
  2026-04-30

Attaching a file that is not there:
  $ acct task attach 16 missing.xml
  ! acct: error: no such file: missing.xml
  [3]
  $ acct task attach 16 .
  ! acct: error: . is a directory: attach a file
  [4]
  $ acct task show 16 --json | jq '.attachments | length'
  0

Lists: bad filters are errors, not empty results.
  $ acct task list --status finished
  ! acct: error: unknown status 'finished'
  ! hint: use one of: new, accepted, in-review, waiting-client, done, rejected, cancelled
  [4]
  $ acct task list --due-within soon
  ! acct: error: --due-within 'soon' is not a number of days: use 7d, 2w or 7
  [4]
  $ acct task list --assignee petrov
  ! acct: error: no staff member 'petrov'
  ! hint: see 'acct staff list' for the handles
  [3]
  $ acct task list --client nobody
  ! acct: error: no client 'nobody'
  ! hint: see 'acct client list' for the slugs
  [3]
  $ acct task list --period 2026-Q5
  ! acct: error: invalid period '2026-Q5' for --period
  ! hint: write a month 2026-03, a quarter 2026-Q1, a half-year 2026-H1, nine months 2026-9M, a year 2026, or a day 2026-04-15
  [4]
