Reminders: the schedule from the bundled policy, what a cron run prints and marks, and bad
input that gets one clear line and changes nothing. Today is 2026-04-20 (Moscow).
  $ acct init --firm-name "ООО «Демо»" --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll,manager --email ivanova@demo.ru --quiet
  $ acct staff add kim --name "Ким Алина" --role chief-accountant --timezone Asia/Yekaterinburg --telegram @kim_buh --quiet
  $ acct client add vektor --name "ООО «Вектор»" --short-name Вектор --form ooo --inn 7728012340 --regime osno --vat --employer --from 2026-01-01 --quiet
  $ acct client assign vektor --accountant ivanova --payroll ivanova --manager ivanova --chief-accountant kim --from 2026-01-01 --quiet
  $ acct client contact add vektor --name "Белов Игорь" --role director --email belov@vektor.example --quiet
  $ acct client subscribe vektor ru-statutory --from 2026-01-01 --quiet
  $ acct generate --since 2026-04-01 --through 2026-05-31 --quiet

Generating the tasks scheduled their reminders (the horizon is 45 days): who gets what, when.
  $ acct remind list --json | jq -r 'group_by(.rule)[] | "\(.[0].rule) \(length)"'
  default/assignee-2 16
  default/assignee-5 7
  default/director-0 11
  default/director-3 11
  default/manager-overdue 16
  $ acct remind list --task 8
  ID  WHEN (LOCAL)      STATE    TO                 TASK  CLIENT  DUE         RULE
  13  2026-04-21 09:00  pending  staff:ivanova      8     vektor  2026-04-27  default/assignee-2
  14  2026-04-22 16:30  pending  person:belov-igor  8     vektor  2026-04-27  default/director-3
  15  2026-04-27 16:30  pending  person:belov-igor  8     vektor  2026-04-27  default/director-0
  16  2026-04-28 09:00  pending  staff:ivanova      8     vektor  2026-04-27  default/manager-overdue
  4 reminder(s); * moved off a day off or outside working hours
  $ acct remind list --json | jq -r 'map(.recipient) | unique[]'
  person:belov-igor
  staff:ivanova

Nothing due before 09:00 on Tuesday; a dry run prints what a run would send and changes nothing.
  $ acct remind run --now 2026-04-21T08:59+03:00
  $ acct remind run --now 2026-04-21T09:30+03:00 --dry-run | jq -r '"\(.id) \(.to.name) \(.channel) | \(.subject)"' | head -3
  1 Иванова Мария email | Напоминание: ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026 — Вектор, срок 27.04.2026
  3 Иванова Мария email | Напоминание: Уведомление об исчисленных суммах налогов (апрель 2026) — Вектор, срок 27.04.2026
  5 Иванова Мария email | Напоминание: 6-НДФЛ за I квартал 2026 — Вектор, срок 27.04.2026
  $ acct remind run --now 2026-04-21T09:30+03:00 --dry-run | jq -rs '.[0].body'
  Иванова Мария, добрый день!
  
  ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026
  Клиент: ООО «Вектор»
  Срок: 27.04.2026
  Плановая дата: 23.04.2026
  Статус: не принята
  
  Задача 4: acct task show 4
  
  $ acct remind list --due --now 2026-04-21T09:30+03:00 --json | jq 'map(.state) | unique'
  [
    "pending"
  ]

A run without --exec prints JSON lines and marks them sent; a second run sends nothing more.
  $ acct remind run --now 2026-04-21T09:30+03:00 | jq -r .id | wc -l
  6
  $ acct remind run --now 2026-04-21T09:30+03:00 | wc -l
  0
  $ acct remind list --state sent --json | jq 'map(.attempts) | unique'
  [
    1
  ]

The director's reminder, in Russian, with whom to contact:
  $ acct remind run --now 2026-04-22T16:45+03:00 --dry-run | jq -r 'select(.recipient | startswith("person:")) | .subject' | head -2
  Напоминание: до 27.04.2026 нужно подписать: 6-НДФЛ за I квартал 2026
  Напоминание: до 27.04.2026 нужно подписать: декларация по налогу на прибыль за I квартал 2026

A hook gets the reminder on stdin and in ACCT_* variables, run without a shell.
  $ printf '#!/bin/sh\nprintf "%%s|%%s|%%s|%%s\\n" "$ACCT_RECIPIENT" "$ACCT_CHANNEL" "$ACCT_EMAIL$ACCT_TELEGRAM" "$(jq -r .task_key)" >> "$HOME/hook.log"\n' > hook.sh && chmod +x hook.sh
  $ acct remind run --now 2026-04-22T16:45+03:00 --exec "$PWD/hook.sh"
  8 sent, 0 to retry, 0 failed
  $ sort hook.log | head -4
  person:belov-igor|email|belov@vektor.example|vektor/ru-statutory/ru.ndfl.6ndfl/2026-Q1
  person:belov-igor|email|belov@vektor.example|vektor/ru-statutory/ru.profit.declaration/2026-Q1
  person:belov-igor|email|belov@vektor.example|vektor/ru-statutory/ru.rsv/2026-Q1
  person:belov-igor|email|belov@vektor.example|vektor/ru-statutory/ru.vat.declaration/2026-Q1

A task cancelled loses its pending reminders at once:
  $ acct remind list --task 8 --json | jq 'map(.state)'
  [
    "pending",
    "pending"
  ]
  $ acct task cancel 8 --quiet
  $ acct remind list --task 8 --all --json | jq 'map(.state) | unique'
  [
    "cancelled",
    "sent"
  ]

Bad input: one line, a documented exit code, nothing claimed.
  $ acct remind run --exec /nonexistent/hook
  ! acct: error: hook command '/nonexistent/hook' does not exist or is not executable
  ! hint: nothing was claimed; check the path and its execute permission
  [3]
  $ acct remind run --exec "nosuch-hook --flag"
  ! acct: error: hook command 'nosuch-hook' not found on PATH
  ! hint: nothing was claimed; give the full path or fix PATH (cron's PATH is short)
  [3]
  $ acct remind run --exec "'unbalanced"
  ! acct: error: --exec: unbalanced ' quote
  [2]
  $ acct remind run --exec ""
  ! acct: error: --exec needs a command
  [2]
  $ acct remind run --now "tomorrow at nine"
  ! acct: error: invalid timestamp 'tomorrow at nine' for --now (ACCT_NOW)
  ! hint: write it like 2026-04-27T09:30:00+03:00; without an offset it is the firm's local time
  [4]
  $ acct remind run --limit -1
  ! acct: error: --limit must be 0 (no limit) or more
  [2]
  $ acct remind list --state bogus
  ! acct: error: unknown state 'bogus' (known: pending, sending, sent, failed, cancelled)
  [2]
  $ acct remind list --due --now 2026-04-23T09:30+03:00 --json | jq 'map(.attempts) | unique'
  [
    0
  ]

A firm's policy file with mistakes is refused with file:line:column; nothing is rescheduled.
  $ mkdir -p firm/reminders firm/services
  $ printf '[[policy]]\nname = "x"\n[[policy.rule]]\nid = "a"\nto = "boss"\nworking_days = -1\ntime = "9.30"\n' > firm/reminders/x.toml
  $ acct remind list --templates firm
  ! acct: error: invalid reminder policies: 2 problems
  !   firm/reminders/x.toml:5:6: unknown recipient 'boss': use assignee, reviewer, a staff role (manager, ...) or client:ROLE (client:director, ...)
  !   firm/reminders/x.toml:7:8: time of day '9.30' does not parse: use HH:MM, 00:00 to 23:59
  [4]
  $ acct template lint firm
  firm/reminders/x.toml:5:6: unknown recipient 'boss': use assignee, reviewer, a staff role (manager, ...) or client:ROLE (client:director, ...)
  firm/reminders/x.toml:7:8: time of day '9.30' does not parse: use HH:MM, 00:00 to 23:59
  ! acct: error: 2 problem(s) in 1 file(s) checked
  [1]
  $ rm firm/reminders/x.toml
  $ sed 's/reminders = "default"/reminders = "missing"/' $SRCDIR/templates/services/ru-onboarding.toml > firm/services/ru-onboarding.toml
  $ acct template lint firm | head -2
  firm/services/ru-onboarding.toml:25: 'contract' uses reminder policy 'missing', which is not defined (defined: 'none', 'default' or 'strict')
  firm/services/ru-onboarding.toml:34: 'express-audit' uses reminder policy 'missing', which is not defined (defined: 'none', 'default' or 'strict')
  ! acct: error: 7 problem(s) in 1 file(s) checked
  [1]

A policy no file defines does not stop the rest: its tasks keep their reminders, stay queued, and
every write command says so until the policy exists.
  $ acct remind list --json | jq length
  45
  $ sed 's/^reminders = "default"/reminders = "nosuch"/' $SRCDIR/templates/services/ru-statutory.toml > firm/services/ru-statutory.toml
  $ acct remind sync --templates firm --json | jq -c .
  {"tasks":0,"created":0,"moved":0,"revived":0,"cancelled":0,"skipped":18,"undefined_policies":["nosuch"]}
  ! acct: warning: reminder policy 'nosuch' is not defined: its tasks get no new reminders until it is (see 'acct template lint')
  $ acct remind list --templates firm --json | jq length
  45
  ! acct: warning: reminder policy 'nosuch' is not defined: its tasks get no new reminders until it is (see 'acct template lint')
  $ acct task add vektor "Звонок" --due 2026-05-20 --templates firm --quiet
  ! acct: warning: reminder policy 'nosuch' is not defined: its tasks get no new reminders until it is (see 'acct template lint')
  $ acct remind sync
  19 task(s) rescheduled: 0 reminder(s) created, 0 moved, 0 revived, 0 cancelled
  $ printf '[firm]\nname = "x"\n[reminders]\nworking_hours = ["18:00", "09:00"]\n' > bad.toml
  $ acct remind list --config bad.toml
  ! acct: error: invalid config: bad.toml:4:17: 'reminders.working_hours' must be two times of day, the start before the end: ["09:00", "18:00"]
  [4]

An unknown client or task is an error (exit 3), not an empty list.
  $ acct remind list --client nosuch
  ! acct: error: no client 'nosuch'
  ! hint: see 'acct client list --all'
  [3]
  $ acct remind list --task 999
  ! acct: error: no task #999
  ! hint: see 'acct task list --all' for the ids
  [3]
