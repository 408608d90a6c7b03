The client register, end to end: clients, dated facts, status, work groups, contacts,
subscriptions. Real published identifiers are used (ПАО Сбербанк, ООО «Яндекс», an ИП's
published ИНН/ОГРНИП, АО «Kaspi Bank»); see tests/unit/client_identifiers_test.cpp for sources.
  $ acct init --quiet
  $ acct staff add orlova --name "Орлова Светлана" --role manager --quiet
  $ acct staff add sokolov --name "Соколов Андрей" --role manager,chief-accountant --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll --quiet

Adding clients; the region defaults to the ИНН's first two digits, the zone to the firm's:
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 7707083893 --kpp 773601001 --ogrn 1027700132195 --regime osno --vat --employer --from 2026-01-01 --fee "150 000" --tag vip
  added client 'sber' (ПАО Сбербанк, ИНН 7707083893)
  $ acct client add romashka --name "ООО «Ромашка»" --short-name Ромашка --form ООО --inn 7736207543 --regime "УСН доходы" --no-vat --employer --set property=false --contract-start 2026-01-01
  added client 'romashka' (ООО «Ромашка», ИНН 7736207543)
  $ acct client add ivanov --name "ИП Иванов Иван Иванович" --form ip --inn 771372793813 --ogrn 321774600538560 --regime patent --no-employer --from 2026-03-01 --status onboarding
  added client 'ivanov' (ИП Иванов Иван Иванович, ИНН 771372793813)
A fact given twice is refused; a Kazakh client has a БИН and its country's zone:
  $ acct client add kaspi --name "АО «Kaspi Bank»" --form ao --country kz --bin 971240001315 --regime general --vat --set vat=12 --from 2026-01-01
  ! acct: error: fact 'vat' is given twice
  [4]
  $ acct client add kaspi --name "АО «Kaspi Bank»" --form ao --country kz --bin 971240001315 --regime general --set vat=12 --from 2026-01-01
  added client 'kaspi' (АО «Kaspi Bank», БИН 971240001315)
  $ acct client list
  SLUG      NAME                     FORM  INN           REGIME      STATUS      MANAGER
  ivanov    ИП Иванов Иван Иванович  ip    771372793813  patent      onboarding
  kaspi     АО «Kaspi Bank»          ao    971240001315  general     active
  romashka  Ромашка                  ooo   7736207543    usn-income  active
  sber      ПАО Сбербанк             pao   7707083893    osno        active

JSON for scripts: the stable fields, with the facts in force today (2026-04-20):
  $ acct client list --json | jq -c '.[] | {slug, name, form, inn, country, status, facts}'
  {"slug":"ivanov","name":"ИП Иванов Иван Иванович","form":"ip","inn":"771372793813","country":"ru","status":"onboarding","facts":{"regime":"patent","employer":false}}
  {"slug":"kaspi","name":"АО «Kaspi Bank»","form":"ao","inn":"971240001315","country":"kz","status":"active","facts":{"regime":"general","vat":12}}
  {"slug":"romashka","name":"ООО «Ромашка»","form":"ooo","inn":"7736207543","country":"ru","status":"active","facts":{"regime":"usn-income","employer":true,"vat":false,"property":false}}
  {"slug":"sber","name":"ПАО Сбербанк","form":"pao","inn":"7707083893","country":"ru","status":"active","facts":{"regime":"osno","employer":true,"vat":true}}
  $ acct client show kaspi --json | jq -c '{country, timezone, region, facts}'
  {"country":"kz","timezone":"Asia/Almaty","region":null,"facts":{"regime":"general","vat":12}}

A regime change from 1 January: last year's facts stay as they were.
  $ acct client set romashka regime=osno vat=20 --from 2027-01-01
  client 'romashka' from 2027-01-01: regime: usn-income -> osno; vat: false -> 20
  $ acct client show romashka --as-of 2026-12-31 --json | jq -c .facts
  {"regime":"usn-income","employer":true,"vat":false,"property":false}
  $ acct client show romashka --as-of 2027-01-01 --json | jq -c .facts
  {"regime":"osno","employer":true,"vat":20,"property":false}
  $ acct client list --regime usn-income --json | jq -r '.[].slug'
  romashka
  $ acct client list --regime osno --as-of 2027-01-01 --json | jq -r '.[].slug'
  romashka
  sber

Setting what is already in force changes nothing; a headcount is a number:
  $ acct client set romashka property=false --from 2026-06-01
  client 'romashka' unchanged: these values are in force on 2026-06-01
  $ acct client set romashka employer=12 --from 2026-05-15
  client 'romashka' from 2026-05-15: employer: true -> 12
  $ acct client show romashka --as-of 2026-06-01 --json | jq -c '.facts.employer'
  12

Facts are never rewritten out of order (dated before a fact's earliest record, even before the
contract, they extend its history: takeover.t):
  $ acct client set romashka regime=usn-income-expense --from 2026-07-01
  ! acct: error: fact 'regime' of client 'romashka' changed on 2027-01-01; a value from 2026-07-01 would rewrite history
  ! hint: record changes in date order; to correct the latest one, date it --from 2027-01-01
  [5]
  $ acct client set ivanov regime=osno --from 2026-03-01
  client 'ivanov' from 2026-03-01: regime: patent -> osno

Status lifecycle, dated, with history:
  $ acct client edit ivanov --status active --from 2026-04-01
  updated client 'ivanov': status: onboarding -> active
  $ acct client edit ivanov --status prospect
  ! acct: error: client 'ivanov' is 'active'; it cannot become 'prospect'
  ! hint: from 'active' it can become 'paused' or 'offboarded'
  [5]
  $ acct client edit ivanov --status paused --from 2026-03-15
  ! acct: error: client 'ivanov' became 'active' on 2026-04-01; a status change dated 2026-03-15 would rewrite history
  ! hint: date it 2026-04-01 or later
  [5]
  $ acct client show ivanov --json | jq -c '.status_history'
  [{"status":"onboarding","from":"2026-03-01"},{"status":"active","from":"2026-04-01"}]
  $ acct client list --status onboarding --as-of 2026-03-20 --json | jq -r '.[].slug'
  ivanov

Editing the record: only what changes is recorded; an empty value clears:
  $ acct client edit romashka --fee 25000 --add-tag spb --notes "Документы по ЭДО"
  updated client 'romashka': fee: (none) -> 25000.00 RUB; tags: (none) -> spb; notes: (none) -> Документы по ЭДО
  $ acct client edit romashka --fee 25000
  client 'romashka' unchanged
  $ acct client edit romashka --notes ""
  updated client 'romashka': notes: Документы по ЭДО -> (none)
  $ acct client edit romashka --from 2026-05-01
  ! acct: error: 'acct client edit' needs something to change
  ! hint: run 'acct client edit --help' for the options
  [2]

The work group: roles per staff member with dates; reassignment keeps history:
  $ acct client assign romashka --manager orlova --chief-accountant sokolov --accountant ivanova --payroll ivanova --from 2026-01-01
  client 'romashka' from 2026-01-01: manager: (none) -> orlova; chief-accountant: (none) -> sokolov; accountant: (none) -> ivanova; payroll: (none) -> ivanova
  $ acct client assign romashka --manager sokolov --from 2026-05-01
  client 'romashka' from 2026-05-01: manager: orlova -> sokolov
  $ acct client assign romashka --manager sokolov --from 2026-06-01
  client 'romashka': work group unchanged
  $ acct client assign sber --manager orlova
  client 'sber' from 2026-04-20: manager: (none) -> orlova
  $ acct client list --manager orlova --json | jq -r '.[].slug'
  romashka
  sber
  $ acct client list --manager orlova --as-of 2026-05-01 --json | jq -r '.[].slug'
  sber
  $ acct client show romashka --json | jq -c '.work_group, .work_group_history[0]'
  {"manager":"orlova","chief-accountant":"sokolov","accountant":"ivanova","payroll":"ivanova"}
  {"role":"manager","staff":"orlova","from":"2026-01-01","to":"2026-04-30"}

Contacts: one person, several clients:
  $ acct client contact add romashka --name "Петров Иван Сергеевич" --role director,owner --email petrov@romashka.ru --phone "8 (916) 123-45-67"
  added contact 'petrov-ivan-sergeevich' (Петров Иван Сергеевич: director,owner) to client 'romashka'
  $ acct client contact add sber --name "Петров Иван Сергеевич" --role director --email PETROV@romashka.ru --telegram @petrov_is --channel telegram
  added contact 'petrov-ivan-sergeevich' (Петров Иван Сергеевич: director) to client 'sber'; also a contact of 'romashka'
  $ acct client contact add romashka --name "Кузнецова Анна" --role chief-accountant
  added contact 'kuznetsova-anna' (Кузнецова Анна: chief-accountant) to client 'romashka'
  $ acct client contact list romashka
  PERSON                  NAME                   ROLES             CHANNEL                   REMINDERS
  kuznetsova-anna         Кузнецова Анна         chief-accountant                            no
  petrov-ivan-sergeevich  Петров Иван Сергеевич  director,owner    email petrov@romashka.ru  yes
  $ acct client contact list --role director
  PERSON                  NAME                   CLIENT    ROLES           CHANNEL                   REMINDERS
  petrov-ivan-sergeevich  Петров Иван Сергеевич  romashka  director,owner  email petrov@romashka.ru  yes
  petrov-ivan-sergeevich  Петров Иван Сергеевич  sber      director        telegram @petrov_is       yes
  $ acct client contact edit romashka kuznetsova-anna --email anna@romashka.ru --reminders
  updated contact 'kuznetsova-anna' (Кузнецова Анна) of client 'romashka'
  $ acct client contact remove sber petrov-ivan-sergeevich
  removed contact 'petrov-ivan-sergeevich' (Петров Иван Сергеевич) from client 'sber'
  $ acct client contact list --json | jq -c '.[] | [.client, .person, .roles, .channel, .reminders]'
  ["romashka","kuznetsova-anna",["chief-accountant"],"email",true]
  ["romashka","petrov-ivan-sergeevich",["director","owner"],"email",true]

Subscriptions to services, with dates and parameters:
  $ acct client subscribe romashka ru-statutory --from 2026-01-01 --param payroll-runs=2
  subscribed client 'romashka' to 'ru-statutory' from 2026-01-01
  $ acct client subscribe romashka ru-statutory --from 2026-03-01 --param payroll-runs=2
  client 'romashka' is already subscribed to 'ru-statutory' (since 2026-01-01)
  $ acct client subscribe romashka ru-statutory --from 2026-07-01 --param payroll-runs=1
  changed the parameters of client 'romashka' for 'ru-statutory' from 2026-07-01: payroll-runs=1
  $ acct client subscribe kaspi kz-statutory --from 2026-01-01
  subscribed client 'kaspi' to 'kz-statutory' from 2026-01-01
  $ acct client unsubscribe kaspi kz-statutory --to 2026-12-31
  client 'kaspi' is subscribed to 'kz-statutory' until 2026-12-31 (its last day)
  $ acct client show romashka --json | jq -c '.subscriptions[]'
  {"service":"ru-statutory","from":"2026-01-01","to":"2026-06-30","params":{"payroll-runs":2}}
  {"service":"ru-statutory","from":"2026-07-01","to":null,"params":{"payroll-runs":1}}

Everything about one client, as people read it:
  $ acct client show romashka
  slug:       romashka
  name:       ООО «Ромашка»
  short name: Ромашка
  form:       ooo (ООО, общество с ограниченной ответственностью)
  country:    ru
  inn:        7736207543
  region:     77
  timezone:   Europe/Moscow
  status:     active since 2026-01-01
  contract:   from 2026-01-01
  fee:        25000.00 RUB a month
  tags:       spb
  
  facts on 2026-04-20:
    FACT      VALUE       SINCE
    regime    usn-income  2026-01-01
    employer  true        2026-01-01
    vat       false       2026-01-01
    property  false       2026-01-01
  
  changes after 2026-04-20:
    FROM        FACT      VALUE
    2026-05-15  employer  12
    2027-01-01  regime    osno
    2027-01-01  vat       20
  
  work group on 2026-04-20:
    ROLE              STAFF    SINCE
    manager           orlova   2026-01-01
    chief-accountant  sokolov  2026-01-01
    accountant        ivanova  2026-01-01
    payroll           ivanova  2026-01-01
  
  contacts:
    PERSON                  NAME                   ROLES             CHANNEL                   REMINDERS
    kuznetsova-anna         Кузнецова Анна         chief-accountant  email anna@romashka.ru    yes
    petrov-ivan-sergeevich  Петров Иван Сергеевич  director,owner    email petrov@romashka.ru  yes
  
  subscriptions:
    SERVICE       FROM        TO          PARAMS
    ru-statutory  2026-01-01  2026-06-30  payroll-runs=2
    ru-statutory  2026-07-01              payroll-runs=1

Archiving hides a client; nothing is deleted:
  $ acct client archive ivanov
  archived client 'ivanov' (ИП Иванов Иван Иванович, ИНН 771372793813)
  $ acct client list --json | jq -r '.[].slug'
  kaspi
  romashka
  sber
  $ acct client list --all
  SLUG      NAME                     FORM  INN           REGIME      STATUS  MANAGER  ARCHIVED
  ivanov    ИП Иванов Иван Иванович  ip    771372793813  osno        active           yes
  kaspi     АО «Kaspi Bank»          ao    971240001315  general     active
  romashka  Ромашка                  ooo   7736207543    usn-income  active  orlova
  sber      ПАО Сбербанк             pao   7707083893    osno        active  orlova
  $ acct client edit ivanov --fee 1000
  ! acct: error: client 'ivanov' is archived
  ! hint: bring it back first with 'acct client restore ivanov'
  [5]
  $ acct client restore ivanov --json | jq -c '{slug, archived}'
  {"slug":"ivanov","archived":false}

Filters by country, tag and text (any case, Cyrillic too):
  $ acct client list --country kz --json | jq -r '.[].slug'
  kaspi
  $ acct client list --tag VIP --json | jq -r '.[].slug'
  sber
  $ acct client list --text ромаш --json | jq -r '.[].slug'
  romashka
  $ acct client list --text 7707 --json | jq -r '.[].slug'
  sber
  $ acct client list --status paused
  no clients match
  $ acct client list --manager nobody
  ! acct: error: no staff member 'nobody'
  ! hint: see 'acct staff list --all'
  [3]

The audit log has every change, under the client's slug:
  $ acct log --entity client:romashka
  TIME              ACTOR   ENTITY           ACTION        CHANGES
  2026-04-20 09:00  tester  client romashka  create        name=ООО «Ромашка»; short_name=Ромашка; form=ooo; country=ru; inn=7736207543; region=77; timezone=Europe/Moscow; contract_start=2026-01-01; status=active; valid_from=2026-01-01; regime=usn-income; employer=true; vat=false; property=false
  2026-04-20 09:00  tester  client romashka  set           valid_from=2027-01-01; regime: usn-income -> osno; vat: false -> 20
  2026-04-20 09:00  tester  client romashka  set           valid_from=2026-05-15; employer: true -> 12
  2026-04-20 09:00  tester  client romashka  update        fee: (none) -> 25000.00 RUB; tags: (none) -> spb; notes: (none) -> Документы по ЭДО
  2026-04-20 09:00  tester  client romashka  update        notes: Документы по ЭДО -> (none)
  2026-04-20 09:00  tester  client romashka  assign        valid_from=2026-01-01; manager=orlova; chief-accountant=sokolov; accountant=ivanova; payroll=ivanova
  2026-04-20 09:00  tester  client romashka  assign        valid_from=2026-05-01; manager: orlova -> sokolov
  2026-04-20 09:00  tester  client romashka  contact-add   person=petrov-ivan-sergeevich; roles=director,owner; channel=email; reminders=true
  2026-04-20 09:00  tester  client romashka  contact-add   person=kuznetsova-anna; roles=chief-accountant; reminders=false
  2026-04-20 09:00  tester  client romashka  contact-edit  person=kuznetsova-anna; channel=email; reminders: false -> true
  2026-04-20 09:00  tester  client romashka  subscribe     service=ru-statutory; valid_from=2026-01-01; params={"payroll-runs":2}
  2026-04-20 09:00  tester  client romashka  subscribe     service=ru-statutory; valid_from=2026-07-01; params: {"payroll-runs":2} -> {"payroll-runs":1}
  $ acct log --entity person --json | jq -r '.[] | "\(.key) \(.action)"'
  petrov-ivan-sergeevich create
  petrov-ivan-sergeevich update
  kuznetsova-anna create
  kuznetsova-anna update

A database of the previous schema (version 1, staff only) is upgraded in place, its staff kept:
  $ sqlite3 old.db < $SRCDIR/schemas/0001_foundation.sql
  $ sqlite3 old.db "PRAGMA application_id = 1633903476; PRAGMA user_version = 1; CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT; INSERT INTO schema_migrations VALUES (1, 'foundation', '2026-01-01T00:00:00Z'); INSERT INTO staff (handle, name, created_at) VALUES ('old', 'Старый Сотрудник', '2026-01-01T00:00:00Z'); INSERT INTO staff_role VALUES (1, 'manager');"
  $ acct --db old.db db migrate
  applied 9 migration(s); old.db is at schema version 10
  $ acct --db old.db client add romashka --name "ООО «Ромашка»" --form ooo --inn 7736207543 --quiet && acct --db old.db client assign romashka --manager old
  client 'romashka' from 2026-04-20: manager: (none) -> old
  $ acct --db old.db db check
  old.db: ok (schema version 10)
