A client taken over in the middle of January (issue 15): ООО «Век» signs on 15 January 2026; it
has been on УСН «доходы» since 2025 and has had staff since 2023. In the firm's first weeks it
still owes its 2025 reports. The dates below are written from the law, on the 2026 production
calendar (25 January 2026 is a Sunday, 28 March a Saturday; a deadline on a day off moves to the
next working day, НК РФ ст. 6.1 п. 7):
- РСВ for 2025: 26.01.2026 (НК РФ ст. 431 п. 7: by the 25th of the month after the period);
- ЕФС-1 on length of service for 2025: 26.01.2026 (27-ФЗ ст. 11 п. 2: by 25 January);
- ЕФС-1 on injury contributions for 2025: 26.01.2026 (125-ФЗ ст. 24: by the 25th of the month
  after the quarter);
- 6-НДФЛ for 2025: 25.02.2026 (НК РФ ст. 230 п. 2: by 25 February);
- the УСН declaration for 2025: 25.03.2026 (НК РФ ст. 346.23 п. 1 пп. 1: by 25 March);
- the УСН tax for 2025: 30.03.2026 (НК РФ ст. 346.21 п. 7: by 28 March);
- the 2025 financial statements: 31.03.2026 (402-ФЗ ст. 18 п. 5: within three months).
  $ acct init --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll,chief-accountant --quiet
  $ acct client add vek --name "ООО «Век»" --form ooo --inn 7728012340 --contract-start 2026-01-15 --regime usn-income --employer --quiet
  $ acct client assign vek --accountant ivanova --payroll ivanova --chief-accountant ivanova --from 2026-01-15 --quiet
  $ acct client subscribe vek ru-statutory --from 2026-01-15 --quiet

Its facts start with the contract, so whether the 2025 obligations apply is unknown: the plan says
so, with the commands that fix it, instead of skipping them.
  $ acct --today 2026-01-16 plan --through 2026-03-31 --json | jq -r '.gaps[] | .kind, .due, .value'
  unknown-history
  2026-01-26
  2026-01-15
  $ acct --today 2026-01-16 generate --through 2026-03-31 --quiet
  ! acct: warning: client 'vek': 6 obligations of ru-statutory (ru.ndfl.6ndfl, ru.rsv, ru.efs1.stazh, ru.efs1.travm, ru.usn.declaration, ru.usn.payment) due from 2026-01-26 cover periods before its first recorded facts (2026-01-15) and cannot be planned: record its history ('acct client set vek KEY=VALUE --from 2025-01-01') or the first period the firm answers for ('acct client subscribe vek ru-statutory --from 2026-01-15 --param first-period=PERIOD')

Its history, recorded before the contract: a value dated before a fact's earliest record extends
it backwards; a change inside the recorded history is refused as before.
  $ acct client set vek employer=true --from 2023-01-01
  client 'vek' from 2023-01-01: employer=true
  $ acct client set vek regime=usn-income --from 2025-01-01
  client 'vek' from 2025-01-01: regime=usn-income
  $ acct client set vek regime=osno --from 2025-06-01
  ! acct: error: fact 'regime' of client 'vek' changed on 2026-01-15; a value from 2025-06-01 would rewrite history
  ! hint: record changes in date order; to correct the latest one, date it --from 2026-01-15
  [5]
  $ acct --today 2026-01-16 generate --through 2026-03-31 --quiet
  $ acct task list --client vek --all --json | jq -r '.[] | select(.period // "" | startswith("2025")) | select(.obligation // "" | test("^ru[.](rsv|efs1[.]stazh|efs1[.]travm|ndfl[.]6ndfl|usn[.]declaration|usn[.]payment|fin-statements)$")) | "\(.due) \(.obligation)"' | sort
  2026-01-26 ru.efs1.stazh
  2026-01-26 ru.efs1.travm
  2026-01-26 ru.rsv
  2026-02-25 ru.ndfl.6ndfl
  2026-03-25 ru.usn.declaration
  2026-03-30 ru.usn.payment
  2026-03-31 ru.fin-statements
  $ acct --today 2026-01-16 plan --through 2026-03-31 --json | jq '.gaps | length'
  0

A contract "from Q1 2026 only": the first period the firm answers for. The 2025 tasks, not yet
started, are cancelled; an invalid period is refused.
  $ acct client subscribe vek ru-statutory --from 2026-01-15 --param first-period=2026-Q5
  ! acct: error: invalid first-period '2026-Q5'
  ! hint: a period such as 2026-01, 2026-Q1, 2026-H1 or 2026
  [4]
  $ acct client subscribe vek ru-statutory --from 2026-01-15 --param first-period=2026-Q1 --quiet
  $ acct --today 2026-01-16 generate --through 2026-03-31
  created 0, moved 0, updated 0, restored 0, cancelled 7 (run #3, from 2026-01-16 to 2026-03-31)
  $ acct task list --client vek --json | jq '[.[] | select(.period // "" | startswith("2025"))] | length'
  0

New clients with their history in one command: the facts of `client add --facts-from` (and of
`client import --facts-from`) hold from that day, before the contract.
  $ acct client add tor --name "ООО «Тор»" --form ooo --inn 7707083893 --contract-start 2026-02-01 --regime usn-income --facts-from 2025-01-01 --quiet
  $ acct client show tor --json | jq -c '.fact_history | map({key, from})'
  [{"key":"regime","from":"2025-01-01"}]
