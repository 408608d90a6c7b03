A working day at the firm, end to end: the agenda, accepting work, logging time, waiting for the
client's signature, finishing with the file attached, and what the client cost.
Today is 2026-04-20, a Monday (the transcripts' fixed clock).
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll --rate 1500 --quiet
  $ acct staff add sokolov --name "Соколов Андрей" --role chief-accountant --rate 3000 --quiet
  $ acct client add vektor --name "ООО «Вектор»" --short-name Вектор --form ooo --inn 7728012340 --regime osno --vat --employer --fee 45000 --from 2026-01-01 --quiet
  $ acct client assign vektor --accountant ivanova --payroll ivanova --chief-accountant sokolov --from 2026-01-01 --quiet
  $ acct client subscribe vektor ru-statutory --from 2026-01-01 --quiet
  $ acct generate --since 2026-04-01 --through 2026-06-30 --quiet

Ivanova's week: overdue first, then day by day. Without a HANDLE the agenda is the user's
(ACCT_USER), who must be a staff member.
  $ acct agenda ivanova --days 7
  overdue
    #1      vektor         Уведомление по НДФЛ за 23-е – конец месяца (март 2026) due 2026-04-03
    #2      vektor         Уплата НДФЛ за 23-е – конец месяца (март 2026) due 2026-04-06
    #3      vektor         Взносы на травматизм за март 2026 due 2026-04-15
  
  2026-04-27 Mon
    #4      vektor         ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026
    #5      vektor         Уведомление об исчисленных суммах налогов (апрель 2026)
    #6      vektor         6-НДФЛ за I квартал 2026
    #7      vektor         Декларация по налогу на прибыль за I квартал 2026
    #8      vektor         Расчёт по страховым взносам за I квартал 2026
    #9      vektor         Декларация по НДС за I квартал 2026
  $ ACCT_USER=ivanova acct agenda --days 0 --json | jq length
  3
  $ acct agenda
  ! acct: error: 'tester' is not a staff handle: give a HANDLE (or set ACCT_USER)
  [2]
  $ acct task list --due-within 7d --code ru.vat.* --json | jq -r '.[] | [.id, .key, .status, .assignee] | @tsv'
  9	vektor/ru-statutory/ru.vat.declaration/2026-Q1	new	ivanova

She takes the VAT declaration on, works through its checklist and logs her time.
  $ acct task accept 9
  #9 Декларация по НДС за I квартал 2026: new -> accepted
  $ acct task show 9 --json | jq -r '.checklist[] | "\(.position) \(.item) \(.checked)"'
  1 Сверить книги покупок и продаж с учётом false
  2 Сопоставить счета-фактуры с контрагентами false
  3 Проверить контрольные соотношения false
  $ acct task check 9 1
  [x] 1. Сверить книги покупок и продаж с учётом
  $ acct task check 9 "Сопоставить"
  [x] 2. Сопоставить счета-фактуры с контрагентами
  $ acct task check 9 3
  [x] 3. Проверить контрольные соотношения
  $ acct task log 9 2h30m --staff ivanova --note "книги покупок и продаж"
  logged 2h30m on #9 for ivanova on 2026-04-20
  $ acct task log 9 45m --staff sokolov --note "проверка"
  logged 45m on #9 for sokolov on 2026-04-20

The director has to sign it: the task waits for the client.
  $ acct task wait 9 --reason "подпись директора на декларации"
  #9 Декларация по НДС за I квартал 2026: accepted -> waiting-client
  $ acct task list --status waiting-client --json | jq -r '.[] | [.id, .waiting_for, .waiting_since] | @tsv'
  9	подпись директора на декларации	2026-04-20

Signed: finishing needs the file the template requires.
  $ acct task done 9
  ! acct: error: #9 requires a file: attach it with 'acct task attach 9 FILE'
  [5]
  $ printf '<Файл/>' > nds-2026-q1.xml
  $ acct task attach 9 nds-2026-q1.xml
  attached $HOME/nds-2026-q1.xml (11 bytes, sha256 983c97f0086ded6bcc8b9350c24eb9b209b0dd12cbd0276adc57851299e92cfb) to #9
  $ acct task done 9
  #9 Декларация по НДС за I квартал 2026: waiting-client -> done
  $ acct task list --status done --csv
  id,key,client,service,obligation,period,title,due,planned,status,assignee,reviewer,provisional,overdue
  9,vektor/ru-statutory/ru.vat.declaration/2026-Q1,vektor,ru-statutory,ru.vat.declaration,2026-Q1,Декларация по НДС за I квартал 2026,2026-04-27,2026-04-23,done,ivanova,sokolov,0,0
  $ acct task show 9 --json | jq -r '.status, .done_at, .logged_minutes, (.attachments[0].sha256), (.history | map(.action) | join(" "))'
  done
  2026-04-20
  195
  983c97f0086ded6bcc8b9350c24eb9b209b0dd12cbd0276adc57851299e92cfb
  accept check check check log log wait attach done

A call with the client is communication, not production.
  $ acct task add vektor "Созвон с директором о закрытии квартала" --due 2026-04-21 --category communication
  added #27 Созвон с директором о закрытии квартала (due 2026-04-21, assignee ivanova)
  $ ACCT_USER=ivanova acct task log 27 1h --note "созвон"
  logged 1h on #27 for ivanova on 2026-04-20
  $ acct task list --text "созвон" --json | jq -r '.[] | [.id, .key, .assignee, .category] | @tsv'
  27	vektor/manual/27	ivanova	communication

What the client cost this month: hours at each person's rate against the fee.
  $ acct report time --period 2026-04
  time logged from 2026-04-01 to 2026-04-30
  CLIENT  NAME    HOURS  COMM+ADMIN         COST           FEE        MARGIN
  vektor  Вектор  4h15m         24%  7500.00 RUB  45000.00 RUB  37500.00 RUB
  total           4h15m         24%  7500.00 RUB  45000.00 RUB  37500.00 RUB
  $ acct report time --by staff --period 2026-04 --csv
  staff,name,minutes,overhead_minutes,overhead_share,cost
  ivanova,Иванова Мария,210,60,0.286,5250.00 RUB
  sokolov,Соколов Андрей,45,0,0.000,2250.00 RUB
  total,,255,60,0.235,7500.00 RUB
  $ acct report time --period 2026-04 --json | jq -c '.total | {minutes, cost_minor, fee_minor, margin_minor, overhead_share}'
  {"minutes":255,"cost_minor":{"RUB":750000},"fee_minor":4500000,"margin_minor":3750000,"overhead_share":0.23529411764705882}

The history of the task, from the audit log:
  $ acct log --task 9 --json | jq -r '.[] | [.actor, .action] | @tsv'
  tester	accept
  tester	check
  tester	check
  tester	check
  tester	log
  tester	log
  tester	wait
  tester	attach
  tester	done
