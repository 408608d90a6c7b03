The staff register, end to end.
  $ acct init --quiet

Adding people; Cyrillic names line up in the table:
  $ acct staff add ivanova --name "Иванова Мария" --role accountant --email Ivanova@Example.RU --rate 1500
  added staff member 'ivanova' (Иванова Мария)
  $ acct staff add petrov --name "Петров Пётр" --role manager,chief-accountant --capacity 37.5 --phone "8 (916) 123-45-67"
  added staff member 'petrov' (Петров Пётр)
  $ acct staff add li --name "Ли Анна" --role operator --role payroll --telegram https://t.me/li_anna --timezone Asia/Almaty --capacity 20
  added staff member 'li' (Ли Анна)
  $ acct staff list
  HANDLE   NAME           ROLES                     H/WEEK       RATE/H  EMAIL
  ivanova  Иванова Мария  accountant                    40  1500.00 RUB  Ivanova@example.ru
  li       Ли Анна        operator,payroll              20
  petrov   Петров Пётр    manager,chief-accountant    37.5
  $ acct staff list --role payroll
  HANDLE  NAME     ROLES             H/WEEK  RATE/H  EMAIL
  li      Ли Анна  operator,payroll      20

JSON for scripts:
  $ acct staff list --json | jq -c '.[] | {handle, roles, capacity_hours, rate}'
  {"handle":"ivanova","roles":["accountant"],"capacity_hours":40,"rate":{"amount_minor":150000,"currency":"RUB"}}
  {"handle":"li","roles":["operator","payroll"],"capacity_hours":20,"rate":null}
  {"handle":"petrov","roles":["manager","chief-accountant"],"capacity_hours":37.5,"rate":null}
  $ acct staff show petrov --json
  {
    "handle": "petrov",
    "name": "Петров Пётр",
    "roles": [
      "manager",
      "chief-accountant"
    ],
    "email": null,
    "phone": "+79161234567",
    "telegram": null,
    "timezone": null,
    "capacity_hours": 37.5,
    "rate": null,
    "status": "active",
    "created_at": "2026-04-20T09:00:00+03:00",
    "archived_at": null
  }
  $ acct staff show ivanova
  handle:   ivanova
  name:     Иванова Мария
  roles:    accountant
  email:    Ivanova@example.ru
  capacity: 40 h/week
  rate:     1500.00 RUB per hour
  status:   active
  created:  2026-04-20T09:00:00+03:00

Editing changes only what is given; an empty value clears:
  $ acct staff edit ivanova --add-role payroll --rate "" --email ivanova@example.ru
  updated staff member 'ivanova' (Иванова Мария)
  $ acct staff show ivanova --json | jq -c '{roles, rate, email}'
  {"roles":["accountant","payroll"],"rate":null,"email":"ivanova@example.ru"}
  $ acct staff edit petrov --role manager --quiet
  $ acct staff show petrov --json | jq -c .roles
  ["manager"]
  $ acct staff edit petrov
  ! acct: error: 'acct staff edit' needs something to change
  ! hint: run 'acct staff edit --help' for the options
  [2]

Archiving hides a person from lists but keeps them:
  $ acct staff archive li
  archived staff member 'li' (Ли Анна)
  $ acct staff list
  HANDLE   NAME           ROLES               H/WEEK  RATE/H  EMAIL
  ivanova  Иванова Мария  accountant,payroll      40          ivanova@example.ru
  petrov   Петров Пётр    manager               37.5
  $ acct staff list --all
  HANDLE   NAME           ROLES               H/WEEK  RATE/H  EMAIL               STATUS
  ivanova  Иванова Мария  accountant,payroll      40          ivanova@example.ru  active
  li       Ли Анна        operator,payroll        20                              archived
  petrov   Петров Пётр    manager               37.5                              active
  $ acct staff restore li --json | jq -r .status
  active

Every change is in the audit log, with its actor:
  $ acct log
  TIME              ACTOR   ENTITY         ACTION   CHANGES
  2026-04-20 09:00  tester  staff ivanova  create   name=Иванова Мария; roles=accountant; email=Ivanova@example.ru; capacity_hours=40; rate=1500.00 RUB
  2026-04-20 09:00  tester  staff petrov   create   name=Петров Пётр; roles=manager,chief-accountant; phone=+79161234567; capacity_hours=37.5
  2026-04-20 09:00  tester  staff li       create   name=Ли Анна; roles=operator,payroll; telegram=@li_anna; timezone=Asia/Almaty; capacity_hours=20
  2026-04-20 09:00  tester  staff ivanova  update   roles: accountant -> accountant,payroll; email: Ivanova@example.ru -> ivanova@example.ru; rate: 1500.00 RUB -> (none)
  2026-04-20 09:00  tester  staff petrov   update   roles: manager,chief-accountant -> manager
  2026-04-20 09:00  tester  staff li       archive  archived_at: (none) -> 2026-04-20T06:00:00Z
  2026-04-20 09:00  tester  staff li       restore  archived_at: 2026-04-20T06:00:00Z -> (none)
  $ acct log --entity staff:ivanova --json | jq -c '.[] | {actor, action, changes: [.changes[].field]}'
  {"actor":"tester","action":"create","changes":["name","roles","email","capacity_hours","rate"]}
  {"actor":"tester","action":"update","changes":["roles","email","rate"]}
  $ ACCT_USER=boss acct staff edit li --capacity 30 --quiet && acct log --actor boss --json | jq -c '.[] | [.actor, .key, .changes[0]]'
  ["boss","li",{"field":"capacity_hours","from":20,"to":30}]
  $ acct log --limit 1 --json | jq length
  1
  $ acct log --since 2026-04-21
  no changes recorded
  $ acct log --since 2026-04-20 --until 2026-04-20 --json | jq length
  8
