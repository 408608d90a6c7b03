Client lists as accountants have them: CSV import and export. The fixtures in tests/data are
written byte for byte as Excel in a Russian locale writes them: a UTF-8 BOM, ';', CRLF, quotes
doubled inside quoted cells, line breaks inside a cell, dates as 01.01.2026, money as
"15 000,00".
  $ acct init --quiet && cp $TESTDATA/clients-*.csv .
  $ head -c 3 clients-excel.csv | od -An -tx1 && grep -c $'\r$' clients-excel.csv
   ef bb bf
  6
  $ head -1 clients-excel.csv | sed 's/^\xef\xbb\xbf//; s/\r$//'
  Наименование;ИНН;КПП;ОГРН;Система налогообложения;Сотрудники;НДС;Имущество;Дата договора;Абонплата;Менеджер;Примечание
  $ db-state > empty.state

A bad row in the middle: every bad row is listed with its line and reason, and nothing is
imported, not even the good rows.
  $ acct client import clients-bad.csv
  ! acct: error: cannot import 'clients-bad.csv': 6 bad rows; nothing was imported
  !   line 3: invalid ИНН '7736207544': the control digit (10th) does not match: the first 9 digits give 3
  !   line 4: ИНН '7707083893' has 10 digits, an organisation's; form 'ip' (ИП) is an individual with a 12-digit ИНН
  !   line 5: invalid date '31.02.2026' for contract_start (expected DD.MM.YYYY or YYYY-MM-DD)
  !   line 6: invalid КПП '77360100': a КПП has 9 characters: 4 digits (tax office), 2 digits or capital latin letters (reason), 3 digits
  !   line 7: no legal form: the row has no 'form' and the name 'Рога и копыта' does not start with one (ООО, ИП, ...)
  !   line 8: ИНН 7736207543 is also on line 2
  ! hint: fix the rows and run again ('--dry-run' checks a file without importing it)
  [4]
  $ acct client import clients-bad.csv --dry-run
  ! acct: error: cannot import 'clients-bad.csv': 6 bad rows; nothing was imported
  !   line 3: invalid ИНН '7736207544': the control digit (10th) does not match: the first 9 digits give 3
  !   line 4: ИНН '7707083893' has 10 digits, an organisation's; form 'ip' (ИП) is an individual with a 12-digit ИНН
  !   line 5: invalid date '31.02.2026' for contract_start (expected DD.MM.YYYY or YYYY-MM-DD)
  !   line 6: invalid КПП '77360100': a КПП has 9 characters: 4 digits (tax office), 2 digits or capital latin letters (reason), 3 digits
  !   line 7: no legal form: the row has no 'form' and the name 'Рога и копыта' does not start with one (ООО, ИП, ...)
  !   line 8: ИНН 7736207543 is also on line 2
  ! hint: fix the rows and run again ('--dry-run' checks a file without importing it)
  [4]
  $ db-state | cmp -s empty.state - && echo unchanged
  unchanged

The same list saved as Excel's plain "CSV" (Windows-1251): refused, with the line and the way
out.
  $ acct client import clients-cp1251.csv
  ! acct: error: clients-cp1251.csv:1:1: invalid UTF-8
  ! hint: save the file as 'CSV UTF-8' in Excel, or convert it: iconv -f cp1251 -t utf-8 (Excel's plain 'CSV' in a Russian locale is Windows-1251)
  [4]

A wrong separator, a missing required column, an unknown column or field, an empty or missing
file: refused before any row is read.
  $ acct client import clients-comma.csv --separator ';'
  ! acct: error: the header of 'clients-comma.csv' does not split into known columns with ';'
  ! hint: the file seems to use ',': run with --separator ','
  [4]
  $ printf 'Наименование;КПП\r\nООО «Ромашка»;773601001\r\n' > no-inn.csv && acct client import no-inn.csv
  ! acct: error: 'no-inn.csv' has no 'inn' column
  ! hint: name a column 'inn' or 'ИНН', or map one: --map 'Header=inn'
  [4]
  $ printf 'Наименование;ИНН;Телефон директора\r\nООО «Ромашка»;7707083893;+7 495 000-00-00\r\n' > extra.csv && acct client import extra.csv
  ! acct: error: 'extra.csv' has columns acct does not know: 'Телефон директора'
  ! hint: map them to fields, or skip them: --map 'Телефон директора=' (fields: slug, name, short_name, form, inn, kpp, ogrn, country, region, timezone, status, contract_start, contract_end, fee, tags, notes, regime, employer, vat, vat-exempt, vat-agent, property, transport, land, water-tax, trade-fee, tourist-tax, profit-advances, property-base, rosstat, manager, chief-accountant, accountant, operator, payroll, lawyer)
  [4]
  $ acct client import extra.csv --map "Телефон директора=phone"
  ! acct: error: unknown field 'phone' in --map
  ! hint: fields: 'slug', 'name', 'short_name', 'form', 'inn', 'kpp', 'ogrn', 'country', 'region', 'timezone', 'status', 'contract_start', 'contract_end', 'fee', 'tags', 'notes', 'regime', 'employer', 'vat', 'vat-exempt', 'vat-agent', 'property', 'transport', 'land', 'water-tax', 'trade-fee', 'tourist-tax', 'profit-advances', 'property-base', 'rosstat', 'manager', 'chief-accountant', 'accountant', 'operator', 'payroll', 'lawyer'
  [2]
  $ : > empty.csv && acct client import empty.csv
  ! acct: error: 'empty.csv' is empty
  ! hint: the first line must name the columns, e.g. Наименование;ИНН;КПП
  [4]
  $ acct client import missing.csv
  ! acct: error: cannot read 'missing.csv': No such file or directory
  [3]
  $ db-state | cmp -s empty.state - && echo unchanged
  unchanged

A dry run reports what would be created and changes nothing; --map skips the unknown column:
  $ acct client import clients-excel.csv --map "Менеджер=" --dry-run
  line 2: would create 'vektor' (ООО "Вектор")
  line 3: would create 'romashka' (ООО «Ромашка»)
  line 5: would create 'ivanov-ivan-ivanovich' (ИП Иванов Иван Иванович)
  line 6: would create 'vitushkin-artem' (ИП Витушкин Артем)
  line 7: would create 'gazprom' (ПАО "Газпром")
  dry run: 5 created, 0 updated, 0 unchanged; nothing was changed
  $ db-state | cmp -s empty.state - && echo unchanged
  unchanged

The real run; slugs come from the names (transliterated), forms from their prefixes:
  $ acct client import clients-excel.csv --map "Менеджер="
  line 2: created 'vektor' (ООО "Вектор")
  line 3: created 'romashka' (ООО «Ромашка»)
  line 5: created 'ivanov-ivan-ivanovich' (ИП Иванов Иван Иванович)
  line 6: created 'vitushkin-artem' (ИП Витушкин Артем)
  line 7: created 'gazprom' (ПАО "Газпром")
  5 created, 0 updated, 0 unchanged
  $ acct client list
  SLUG                   NAME                     FORM  INN           REGIME              STATUS  MANAGER
  gazprom                ПАО "Газпром"            pao   7736050003    osno                active
  ivanov-ivan-ivanovich  ИП Иванов Иван Иванович  ip    771372793813  patent              active
  romashka               ООО «Ромашка»            ooo   7707083893    usn-income          active
  vektor                 ООО "Вектор"             ooo   7736207543    osno                active
  vitushkin-artem        ИП Витушкин Артем        ip    421210273345  usn-income-expense  active
  $ acct client show romashka --json | jq -c '{name, form, kpp, contract_start, fee, notes, facts}'
  {"name":"ООО «Ромашка»","form":"ooo","kpp":"773601001","contract_start":"2026-02-01","fee":{"amount_minor":1500000,"currency":"RUB"},"notes":"Звонить после 10:00;\nдокументы по ЭДО","facts":{"regime":"usn-income","employer":true,"vat":false,"property":false}}
  $ acct client show ivanov-ivan-ivanovich --json | jq -c '{form, ogrn, facts}'
  {"form":"ip","ogrn":"321774600538560","facts":{"regime":"patent","employer":false,"vat":false}}
  $ acct client show vitushkin-artem --json | jq -c '.facts'
  {"regime":"usn-income-expense","employer":3,"vat":false}

Importing the same file again changes nothing, not even the audit log:
  $ db-state > imported.state
  $ acct client import clients-excel.csv --map "Менеджер="
  0 created, 0 updated, 5 unchanged
  $ db-state | cmp -s imported.state - && echo unchanged
  unchanged

A changed cell updates that client only; facts change from --from, keeping the past:
  $ sed 's/УСН доходы;да/ОСНО;да/' clients-excel.csv > changed.csv
  $ acct client import changed.csv --map "Менеджер=" --from 2027-01-01 --dry-run
  line 3: would update 'romashka': regime: usn-income -> osno
  dry run: 0 created, 1 updated, 4 unchanged; nothing was changed
  $ acct client import changed.csv --map "Менеджер=" --from 2027-01-01
  line 3: updated 'romashka': regime: usn-income -> osno
  0 created, 1 updated, 4 unchanged
  $ acct client show romashka --as-of 2026-12-31 --json | jq -c .facts.regime
  "usn-income"
  $ acct client show romashka --as-of 2027-01-01 --json | jq -c .facts.regime
  "osno"
  $ acct client import changed.csv --map "Менеджер=" --from 2027-01-01 --json | jq -c '{dry_run, separator, bom, created, updated, unchanged}'
  {"dry_run":false,"separator":";","bom":true,"created":0,"updated":0,"unchanged":5}

A comma-separated file with English headers and a slug column: matched by slug, new clients
added, the separator detected; tags are a list:
  $ acct client import clients-comma.csv
  line 2: updated 'vektor': short_name: (none) -> Вектор; tags: (none) -> msk,vip
  line 3: created 'kaspi' (АО «Kaspi Bank»)
  1 created, 1 updated, 0 unchanged
  $ acct client show kaspi --json | jq -c '{country, form, timezone, facts}'
  {"country":"kz","form":"ao","timezone":"Asia/Almaty","facts":{"regime":"general","employer":true,"vat":12}}
  $ acct client list --tag vip --json | jq -r '.[].slug'
  vektor

Export writes the import's columns, so a round trip changes nothing:
  $ acct client export > all.csv && head -1 all.csv && sed -n 2p all.csv
  slug,name,short_name,form,inn,kpp,ogrn,country,region,timezone,status,contract_start,contract_end,fee,tags,notes,regime,employer,vat,vat-exempt,vat-agent,property,transport,land,water-tax,trade-fee,tourist-tax,profit-advances,property-base,rosstat
  gazprom,"ПАО ""Газпром""",,pao,7736050003,,1027700070518,ru,77,Europe/Moscow,active,2026-04-01,,,,,osno,true,true,,,true,,,,,,,,
  $ acct client import all.csv
  0 created, 0 updated, 6 unchanged
  $ acct client export --excel > excel.csv && head -c 3 excel.csv | od -An -tx1 && head -1 excel.csv | grep -c $'\r$'
   ef bb bf
  1
  $ acct client import excel.csv
  0 created, 0 updated, 6 unchanged
  $ acct client export --format json | jq -c '.[] | {slug, status, facts}'
  {"slug":"gazprom","status":"active","facts":{"regime":"osno","employer":true,"vat":true,"property":true}}
  {"slug":"ivanov-ivan-ivanovich","status":"active","facts":{"regime":"patent","employer":false,"vat":false}}
  {"slug":"kaspi","status":"active","facts":{"regime":"general","employer":true,"vat":12}}
  {"slug":"romashka","status":"active","facts":{"regime":"usn-income","employer":true,"vat":false,"property":false}}
  {"slug":"vektor","status":"active","facts":{"regime":"osno","employer":25,"vat":20,"property":true}}
  {"slug":"vitushkin-artem","status":"active","facts":{"regime":"usn-income-expense","employer":3,"vat":false}}
  $ acct client export --format json --excel
  ! acct: error: --excel is for --format csv
  [2]
