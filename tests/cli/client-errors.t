Every bad client input gets a clear message, a documented exit code, and changes nothing (the
database file's checksum is compared at the end).
  $ acct init --quiet
  $ acct staff add orlova --name "Орлова Светлана" --role manager --quiet
  $ acct staff add kim --name "Ким Алина" --role operator --quiet
  $ acct staff add gone --name "Уволенный" --role manager --quiet && acct staff archive gone --quiet
  $ acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 7736207543 --regime usn-income --contract-start 2026-01-01 --quiet
  $ acct client set romashka regime=osno --from 2027-01-01 --quiet
  $ acct client add ivanov --name "ИП Иванов" --form ip --inn 771372793813 --from 2026-01-01 --quiet
  $ db-state > before.state

A wrong control digit: invalid (4), saying which check failed.
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 7707083894
  ! acct: error: invalid ИНН '7707083894': the control digit (10th) does not match: the first 9 digits give 3
  [4]
  $ acct client add petrov --name "ИП Петров" --form ip --inn 771372793823
  ! acct: error: invalid ИНН '771372793823': the first control digit (11th) does not match: the first 10 digits give 1
  [4]
  $ acct client add petrov --name "ИП Петров" --form ip --inn 771372793814
  ! acct: error: invalid ИНН '771372793814': the second control digit (12th) does not match: the first 11 digits give 3
  [4]
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 7707083893 --ogrn 1027700132196
  ! acct: error: invalid ОГРН '1027700132196': the control digit (13th) does not match: the first 12 digits give 5 (mod 11)
  [4]
  $ acct client add petrov --name "ИП Петров" --form ip --inn 421210273345 --ogrn 323547600197696
  ! acct: error: invalid ОГРНИП '323547600197696': the control digit (15th) does not match: the first 14 digits give 5 (mod 13)
  [4]
  $ acct client add kaspi --name "АО «Kaspi Bank»" --form ao --country kz --bin 971240001316
  ! acct: error: invalid БИН '971240001316': the control digit (12th) does not match: the first 11 digits give 5
  [4]
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 770708389
  ! acct: error: invalid ИНН '770708389': an ИНН has 10 digits (organisation) or 12 (individual), not 9
  [4]

An ИНН whose length does not fit the form; a КПП on an ИП; an ОГРН of the other kind:
  $ acct client add petrov --name "ИП Петров" --form ip --inn 7707083893
  ! acct: error: ИНН '7707083893' has 10 digits, an organisation's; form 'ip' (ИП) is an individual with a 12-digit ИНН
  [4]
  $ acct client add yandex --name "ООО «Яндекс»" --form ooo --inn 421210273345
  ! acct: error: ИНН '421210273345' has 12 digits, an individual's; form 'ooo' (ООО) is an organisation with a 10-digit ИНН
  [4]
  $ acct client add petrov --name "ИП Петров" --form ip --inn 421210273345 --kpp 773601001
  ! acct: error: form 'ip' (ИП) has no КПП: a КПП is for organisations
  ! hint: leave the КПП out
  [4]
  $ acct client add petrov --name "ИП Петров" --form ip --inn 421210273345 --ogrn 1027700132195
  ! acct: error: '1027700132195' is a 13-digit ОГРН, an organisation's; form 'ip' (ИП) has a 15-digit ОГРНИП
  [4]
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 7707083893 --kpp 77360100
  ! acct: error: invalid КПП '77360100': a КПП has 9 characters: 4 digits (tax office), 2 digits or capital latin letters (reason), 3 digits
  [4]
  $ acct client add kaspi --name "АО «Kaspi Bank»" --form ao --country kz --bin 971240001315 --kpp 773601001
  ! acct: error: a КПП is a Russian identifier; a Kazakh client has only its БИН/ИИН
  [4]

A duplicate slug or ИНН: conflict (5), naming the existing client.
  $ acct client add romashka --name "ООО «Другая»" --form ooo --inn 7707083893
  ! acct: error: client 'romashka' already exists
  ! hint: change it with 'acct client edit romashka'
  [5]
  $ acct client add romashka2 --name "ООО «Ромашка» (дубль)" --form ooo --inn 7736207543
  ! acct: error: ИНН 7736207543 is already client 'romashka' (ООО «Ромашка»)
  ! hint: see 'acct client show romashka'
  [5]

An unknown form, regime, country or status: the message lists the allowed values.
  $ acct client add sber --name "ПАО Сбербанк" --form llc --inn 7707083893
  ! acct: error: unknown legal form 'llc' for country 'ru'
  ! hint: forms: 'ooo', 'ao', 'pao', 'ip', 'kfh', 'nko', 'tsn' or 'gup'
  [4]
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 7707083893 --regime usn
  ! acct: error: unknown regime 'usn' for country 'ru'
  ! hint: did you mean 'usn-income' or 'usn-income-expense'? regimes: 'osno', 'usn-income', 'usn-income-expense', 'patent', 'ausn', 'eshn' or 'npd'
  [4]
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 7707083893 --regime simplified
  ! acct: error: unknown regime 'simplified' for country 'ru'
  ! hint: regimes: 'osno', 'usn-income', 'usn-income-expense', 'patent', 'ausn', 'eshn' or 'npd'
  [4]
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 7707083893 --regime patent
  ! acct: error: regime 'patent' (ПСН (патент)) is only for individual entrepreneurs, not for organisations
  [4]
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 7707083893 --country de
  ! acct: error: unknown country 'de'
  ! hint: countries: 'ru' (Russia) or 'kz' (Kazakhstan)
  [4]
  $ acct client add sber --name "ПАО Сбербанк" --form pao --inn 7707083893 --status sleeping
  ! acct: error: unknown status 'sleeping'
  ! hint: statuses: 'prospect', 'onboarding', 'active', 'paused' or 'offboarded'
  [4]
  $ acct client set romashka regim=osno
  ! acct: error: unknown fact 'regim'
  ! hint: did you mean 'regime'?
  [4]

Facts dated before the contract, or out of order:
  $ acct client set romashka vat=true --from 2025-12-31
  ! acct: error: facts dated 2025-12-31 are before the contract start of client 'romashka' (2026-01-01)
  ! hint: date them 2026-01-01 or later, or move the contract start with 'acct client edit romashka --contract-start DATE'
  [5]
  $ acct client set romashka regime=usn-income-expense --from 2026-06-01
  ! acct: error: fact 'regime' of client 'romashka' changed on 2027-01-01; a value from 2026-06-01 would rewrite history
  ! hint: record changes in date order; to correct the latest one, date it --from 2027-01-01
  [5]
  $ acct client set romashka vat=maybe
  ! acct: error: invalid value 'maybe' for fact 'vat': give true or false, or the rate in percent, e.g. 20
  [4]
  $ acct client set romashka regime
  ! acct: error: 'regime' is not KEY=VALUE
  ! hint: e.g. regime=osno, employer=true, vat=20, x-kkt=2 (an empty value clears)
  [4]
  $ acct client set romashka vat=true --from 2026-02-30
  ! acct: error: invalid date '2026-02-30' for --from (expected YYYY-MM-DD)
  [4]

Unknown, archived or unfit staff in assign; unknown clients:
  $ acct client assign romashka --manager orlva
  ! acct: error: no staff member 'orlva'
  ! hint: did you mean 'orlova'?
  [3]
  $ acct client assign romashka --manager gone
  ! acct: error: staff member 'gone' is archived
  ! hint: bring them back with 'acct staff restore gone', or choose another
  [5]
  $ acct client assign romashka --manager kim
  ! acct: error: staff member 'kim' does not have the role 'manager' (has operator)
  ! hint: add it with 'acct staff edit kim --add-role manager'
  [4]
  $ acct client assign romashka
  ! acct: error: 'acct client assign' needs at least one role
  ! hint: e.g. acct client assign romashka --manager orlova --accountant ivanova
  [2]
A valid role beside an invalid one is not assigned either: a failed command changes nothing.
  $ acct client assign romashka --manager orlova --accountant kim --from 2026-04-01
  ! acct: error: staff member 'kim' does not have the role 'accountant' (has operator)
  ! hint: add it with 'acct staff edit kim --add-role accountant'
  [4]
  $ acct client show romashk
  ! acct: error: no client 'romashk'
  ! hint: did you mean 'romashka'?
  [3]
  $ acct client set nobody vat=true
  ! acct: error: no client 'nobody'
  ! hint: see 'acct client list --all'
  [3]

Status moves the lifecycle does not allow:
  $ acct client edit romashka --status prospect
  ! acct: error: client 'romashka' is 'active'; it cannot become 'prospect'
  ! hint: from 'active' it can become 'paused' or 'offboarded'
  [5]
  $ acct client edit romashka --status paused --from 2025-12-01
  ! acct: error: client 'romashka' became 'active' on 2026-01-01; a status change dated 2025-12-01 would rewrite history
  ! hint: date it 2026-01-01 or later
  [5]

Contacts and subscriptions:
  $ acct client contact add romashka --name "Петров Иван" --role boss
  ! acct: error: unknown contact role 'boss'
  ! hint: roles: 'director', 'chief-accountant', 'accountant', 'hr', 'owner', 'lawyer' or 'contact'
  [4]
  $ acct client contact add romashka --name "Петров Иван" --role director --email petrov@
  ! acct: error: invalid email 'petrov@': the domain needs a dot, as in 'example.ru'
  [4]
  $ acct client contact add romashka --name "Петров Иван" --role director --channel telegram --email petrov@romashka.ru
  ! acct: error: person 'petrov-ivan' has no telegram to prefer
  ! hint: give it with --telegram
  [4]
  $ acct client contact add romashka --role director
  ! acct: error: a new contact needs a name (--name) or a person (--person)
  [4]
  $ acct client contact edit romashka nobody --phone "+79161234567"
  ! acct: error: no person 'nobody'
  ! hint: see 'acct client contact list'
  [3]
  $ acct client subscribe romashka "RU Statutory"
  ! acct: error: invalid service id 'RU Statutory': use lowercase latin letters, digits, '.', '_' and '-', starting with a letter (at most 40 characters)
  [4]
  $ acct client subscribe romashka ru-statutory --from 2025-12-01
  ! acct: error: a subscription from 2025-12-01 is before the contract start of client 'romashka' (2026-01-01)
  ! hint: start it 2026-01-01 or later
  [5]
  $ acct client unsubscribe romashka ru-statutory
  ! acct: error: client 'romashka' is not subscribed to 'ru-statutory'
  ! hint: see 'acct client show romashka'
  [5]

Nothing above changed the database:
  $ db-state | cmp -s before.state - && echo unchanged
  unchanged
