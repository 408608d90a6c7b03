Regimes, levies and changes of regime (issue 23): what the plan says about them, and what it says
when a client's facts call for nothing it knows. Today is 2026-04-20.
One store: SQLite only, as which obligations a regime brings is decided above the store (generate.t and workflow.t run on both).
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll,chief-accountant --quiet

An ООО on ОСНО moving to УСН from 2027. The notice is due by 31 December of the year before
(НК РФ ст. 346.13 п. 1); 31.12.2026 is a day off, and so are 1–10 January 2027, so the notice
falls on 11 January (ст. 6.1 п. 7). 2027's calendar is provisional: the date is marked '?'.
  $ acct client add sigma --name "ООО «Сигма»" --form ooo --inn 7736207543 --regime osno --vat --from 2025-01-01 --quiet
  $ acct client subscribe sigma ru-statutory --from 2025-01-01 --quiet
  $ acct client assign sigma --accountant ivanova --chief-accountant ivanova --from 2025-01-01 --quiet
  $ acct client set sigma regime=usn-income vat=false --from 2027-01-01
  client 'sigma' from 2027-01-01: regime: osno -> usn-income; vat: true -> false
  $ acct plan --client sigma --since 2026-12-01 --through 2027-01-31
  CHANGE  CLIENT  CODE                      PERIOD      DUE          DETAILS
  create  sigma   ru.enp.payment            2026-12     2026-12-28   ЕНП: пополнить единый налоговый счёт к 28-му (декабрь 2026)
  create  sigma   ru.vat.payment            2026-Q3 #3  2026-12-28   НДС за III квартал 2026: уплата 3/3
  create  sigma   ru.usn.transition-notice  2027-01-01  2027-01-11?  Уведомление о переходе на УСН с 01.01.2027
  create  sigma   ru.vat.declaration        2026-Q4     2027-01-25?  Декларация по НДС за IV квартал 2026
  create  sigma   ru.enp.payment            2027-01     2027-01-28?  ЕНП: пополнить единый налоговый счёт к 28-му (январь 2027)
  create  sigma   ru.vat.payment            2026-Q4 #1  2027-01-28?  НДС за IV квартал 2026: уплата 1/3
  
  6 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 0 conflict(s); 0 unchanged (from 2026-12-01 to 2027-01-31, client 'sigma')

The notice is explained like any other task, day by day:
  $ acct generate --client sigma --since 2026-12-01 --through 2027-01-31 --quiet
  $ acct deadline explain $(acct task list --client sigma --json | jq '.[] | select(.obligation == "ru.usn.transition-notice") | .id')
  task:     #3 Уведомление о переходе на УСН с 01.01.2027
  client:   sigma
  template: ru-statutory / ru.usn.transition-notice
  rule:     1 calendar day before the change; if that is a day off, the next working day (Tax Code art. 6.1 p.7)
  basis:    НК РФ ст. 346.13 п. 1: не позднее 31 декабря года, предшествующего году перехода; выходной — на следующий рабочий день (ст. 6.1 п. 7)
  calendar: ru
  period:   2027-01-01
  anchor:   2027-01-01 (the change of regime)
  
  date:  2026-12-31 (Thu): 1 calendar day before 2027-01-01
  moved: 2026-12-31 (Thu) is off: day off: Перенесённый выходной день (с 04.01.2026) (Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»)
         2027-01-01 (Fri) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2027-01-02 (Sat) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2027-01-03 (Sun) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2027-01-04 (Mon) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2027-01-05 (Tue) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2027-01-06 (Wed) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2027-01-07 (Thu) is off: holiday: Рождество Христово (ст. 112 ТК РФ)
         2027-01-08 (Fri) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2027-01-09 (Sat) is off: Saturday
         2027-01-10 (Sun) is off: Sunday
  due:   2027-01-11 (Mon) PROVISIONAL
  note:  calendar 'ru' for 2027 is provisional

A regime change recorded after its notice was due is allowed, but the plan says the notice is
overdue instead of quietly creating a late task; generate says it again.
  $ acct client add omega --name "ООО «Омега»" --form ooo --inn 7707083893 --regime osno --from 2025-01-01 --quiet
  $ acct client subscribe omega ru-statutory --from 2025-01-01 --quiet
  $ acct client set omega regime=usn-income-expense --from 2026-01-01 --quiet
  $ acct plan --client omega --through 2026-05-31
  CHANGE  CLIENT  CODE                      PERIOD      DUE         DETAILS
  create  omega   ru.usn.transition-notice  2026-01-01  2026-01-12  Уведомление о переходе на УСН с 01.01.2026 (overdue)
  create  omega   ru.enp.notice             2026-04     2026-04-27  Уведомление об исчисленных суммах налогов (апрель 2026)
  create  omega   ru.usn.notice             2026-Q1     2026-04-27  Уведомление по авансу УСН за I квартал 2026
  create  omega   ru.enp.payment            2026-04     2026-04-28  ЕНП: пополнить единый налоговый счёт к 28-му (апрель 2026)
  create  omega   ru.usn.advance            2026-Q1     2026-04-28  Авансовый платёж по УСН за I квартал 2026
  
  5 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 0 conflict(s); 0 unchanged (from 2026-04-20 to 2026-05-31, client 'omega')
  overdue: client 'omega': ru.usn.transition-notice for the change on 2026-01-01 was due 2026-01-12: it is overdue, file it now
  $ acct plan --client omega --through 2026-05-31 --json | jq -c '.gaps[]'
  {"kind":"overdue","client":"omega","key":null,"value":null,"services":null,"code":"ru.usn.transition-notice","change_date":"2026-01-01","due":"2026-01-12","message":"client 'omega': ru.usn.transition-notice for the change on 2026-01-01 was due 2026-01-12: it is overdue, file it now"}
  $ acct generate --client omega --through 2026-05-31
  created 5, moved 0, updated 0, restored 0, cancelled 0 (run #2, from 2026-04-20 to 2026-05-31)
  ! acct: warning: client 'omega': ru.usn.transition-notice for the change on 2026-01-01 was due 2026-01-12: it is overdue, file it now
  $ acct plan --client omega --through 2026-05-31
  0 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 0 conflict(s); 5 unchanged (from 2026-04-20 to 2026-05-31, client 'omega')

A Moscow shop: the торговый сбор is a fact from the day it starts trading. Its ТС-1 notice is due
within five working days (НК РФ ст. 416 п. 2), then the fee and its notice every quarter.
  $ acct client add lavka --name "ИП Лавкин Пётр" --form ip --inn 771372793813 --regime usn-income --from 2025-01-01 --quiet
  $ acct client subscribe lavka ru-statutory --from 2025-01-01 --quiet
  $ acct client set lavka trade-fee=да --from 2026-04-29 --quiet
  $ acct plan --client lavka --through 2026-07-31 --json | jq -r '.changes[] | [.code, .period, .due, .title] | @tsv'
  ru.enp.notice	2026-04	2026-04-27	Уведомление об исчисленных суммах налогов (апрель 2026)
  ru.usn.declaration	2025	2026-04-27	Декларация по УСН за 2025 год
  ru.usn.notice	2026-Q1	2026-04-27	Уведомление по авансу УСН за I квартал 2026
  ru.enp.payment	2026-04	2026-04-28	ЕНП: пополнить единый налоговый счёт к 28-му (апрель 2026)
  ru.usn.advance	2026-Q1	2026-04-28	Авансовый платёж по УСН за I квартал 2026
  ru.usn.payment	2025	2026-04-28	Налог по УСН за 2025 год
  ru.trade-fee.registration	2026-04-29	2026-05-07	Уведомление о постановке на учёт плательщика торгового сбора (ТС-1) с 29.04.2026
  ru.ip.contributions-1pct	2025	2026-07-01	Взнос ИП 1% с дохода свыше 300 000 ₽ за 2025 год
  ru.enp.notice	2026-07	2026-07-27	Уведомление об исчисленных суммах налогов (июль 2026)
  ru.trade-fee.notice	2026-Q2	2026-07-27	Уведомление по торговому сбору за II квартал 2026
  ru.usn.notice	2026-H1	2026-07-27	Уведомление по авансу УСН за полугодие 2026
  ru.enp.payment	2026-07	2026-07-28	ЕНП: пополнить единый налоговый счёт к 28-му (июль 2026)
  ru.trade-fee.payment	2026-Q2	2026-07-28	Торговый сбор за II квартал 2026
  ru.usn.advance	2026-H1	2026-07-28	Авансовый платёж по УСН за полугодие 2026

A client whose facts lead to no obligation at all, and facts no template covers, are said, not
skipped: in the plan and in client show.
  $ acct client add samozanyaty --name "ИП Занятов Иван" --form ip --inn 500100732259 --regime npd --from 2025-01-01 --quiet
  $ acct client subscribe samozanyaty ru-statutory --from 2025-01-01 --quiet
  $ acct client add ferma --name "ООО «Ферма»" --form ooo --inn 7728168971 --regime eshn --from 2025-01-01 --quiet
  $ acct client set ferma x-kkt=2 rosstat=x-1-fermer --from 2025-01-01 --quiet
  $ acct client subscribe ferma ru-onboarding --from 2026-04-01 --quiet
  $ acct client add nobody --name "ООО «Никто»" --form ooo --inn 7710140679 --regime osno --from 2025-01-01 --quiet
  $ acct plan --summary
  17 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 0 conflict(s); 5 unchanged (from 2026-04-20 to 2026-07-21)
  6 notes on what clients owe: see 'acct plan'
  $ acct plan | grep -E '^(note|overdue):'
  note: client 'ferma': regime=eshn is not covered: no template of ru-onboarding tests it
  note: client 'ferma': rosstat=x-1-fermer is not covered: no template of ru-onboarding tests it
  note: client 'ferma': x-kkt=2 is not covered: no template of ru-onboarding tests it
  note: client 'ferma' (regime eshn): its facts lead to no obligation of ru-onboarding from 2026-04-20 to 2026-07-21
  note: client 'nobody' is served from 2026-04-20 to 2026-07-21 but subscribed to no service
  note: client 'samozanyaty' (regime npd): its facts lead to no obligation of ru-statutory from 2026-04-20 to 2026-07-21
  $ acct client show samozanyaty | tail -3
  
  gaps from 2026-04-20 to 2027-04-19:
    client 'samozanyaty' (regime npd): its facts lead to no obligation of ru-statutory from 2026-04-20 to 2027-04-19
  $ acct client show ferma --json | jq -r '.gaps[] | [.kind, .key, .value] | @tsv'
  not-covered	regime	eshn
  not-covered	rosstat	x-1-fermer
  not-covered	x-kkt	2
  no-obligation		eshn
  $ acct client show sigma --json | jq -c '.gaps'
  []

A ЕСХН payer pays VAT unless it is exempt (НК РФ ст. 145): with no `vat` fact recorded, its VAT
return and payments are planned beside the ЕСХН half-year advance and its notice.
  $ acct client subscribe ferma ru-statutory --from 2026-04-01 --quiet
  $ acct plan --client ferma --through 2026-07-31 --json | jq -r '.changes[] | select(.code | test("vat|eshn")) | [.code, .period, .instalment, .due] | @tsv'
  ru.vat.declaration	2026-Q1	1	2026-04-27
  ru.vat.payment	2026-Q1	1	2026-04-28
  ru.vat.payment	2026-Q1	2	2026-05-28
  ru.vat.payment	2026-Q1	3	2026-06-29
  ru.eshn.notice	2026-H1	1	2026-07-27
  ru.vat.declaration	2026-Q2	1	2026-07-27
  ru.eshn.advance	2026-H1	1	2026-07-28
  ru.vat.payment	2026-Q2	1	2026-07-28
  $ acct client set ferma vat-exempt=true --from 2026-06-01 --quiet
  $ acct plan --client ferma --through 2026-07-31 --json | jq -r '.changes[] | select(.code | test("vat")) | [.code, .period, .due] | @tsv'
  ru.vat.declaration	2026-Q1	2026-04-27
  ru.vat.payment	2026-Q1	2026-04-28
  ru.vat.payment	2026-Q1	2026-05-28
  ru.vat.exemption-notice	2026-06-01	2026-06-22
  ru.vat.payment	2026-Q1	2026-06-29
  ru.vat.declaration	2026-Q2	2026-07-27
  ru.vat.payment	2026-Q2	2026-07-28

Bad facts: one clear line, exit code 4, nothing changed.
  $ acct client add too --name "ТОО «Дала»" --form too --country kz --bin 971240001315 --regime simplified --from 2026-01-01 --quiet
  $ db-state > before.state
  $ acct client set too trade-fee=true
  ! acct: error: fact 'trade-fee' (торговый сбор, НК РФ гл. 33) is for clients in 'ru', not in 'kz'
  [4]
  $ acct client set lavka profit-advances=monthly
  ! acct: error: fact 'profit-advances' (авансы по налогу на прибыль, НК РФ ст. 286) is for organisations, not for individual entrepreneurs
  [4]
  $ acct client set sigma rosstat=ПМ-пром
  ! acct: error: unknown Росстат form 'ПМ-пром'
  ! hint: bundled forms: 'pm', 'mp-micro', 'p-4-nz', 'mp-sp', '1-predprinimatel'; a firm's own form starts with 'x-'
  [4]
  $ acct client set lavka rosstat=ПМ
  ! acct: error: Росстат form ПМ ('pm') is filed by organisations, not by individual entrepreneurs
  [4]
  $ acct client set sigma tourist-tax=true --from 2024-12-01
  ! acct: error: fact 'tourist-tax' (туристический налог, НК РФ гл. 33.1) exists from 2025-01-01, not from 2024-12-01
  ! hint: date it --from 2025-01-01 or later
  [4]
  $ db-state | cmp -s before.state -

A Росстат form the client was told to file has its due dates from the form's instructions:
  $ acct client set sigma rosstat="ПМ; П-4 (НЗ)" --from 2026-01-01
  client 'sigma' from 2026-01-01: rosstat=p-4-nz,pm
  $ acct plan --client sigma --through 2026-08-31 --json | jq -r '.changes[] | select(.code | test("rosstat")) | [.code, .period, .due] | @tsv'
  ru.rosstat.pm	2026-Q1	2026-04-29
  ru.rosstat.p-4-nz	2026-Q2	2026-07-08
  ru.rosstat.pm	2026-H1	2026-07-29

The levy facts and the Росстат forms come in from a spreadsheet too, under their Russian headers:
  $ printf 'Наименование;ИНН;Режим;Торговый сбор;Водный налог;Освобождение от НДС;Формы Росстата\nООО «Родник»;7702070139;ОСНО;нет;да;да;ПМ, МП(микро)\n' > levies.csv
  $ acct client import levies.csv --from 2026-01-01
  line 2: created 'rodnik' (ООО «Родник»)
  1 created, 0 updated, 0 unchanged
  $ acct client show rodnik --json | jq -c '.facts'
  {"regime":"osno","vat-exempt":true,"water-tax":true,"trade-fee":false,"rosstat":"mp-micro,pm"}
