Turnover-balance sheets (оборотно-сальдовые ведомости) imported per client and month, shown, listed;
and every kind of bad input refused with one line, a documented exit code, and nothing changed.
The sheets are those of the golden client (tests/golden/figures-romashka), as CSV and TSV.
  $ acct init --firm-name "ООО «Демо»" --quiet
  $ acct client add romashka --name "ООО «Ромашка»" --short-name Ромашка --form ooo --inn 7728012340 --regime osno --vat --employer --from 2026-01-01 --quiet
  $ acct client add almaty --name "ТОО «Алматы»" --form too --country kz --inn 040340008429 --regime simplified --from 2026-01-01 --quiet
  $ cp $SRCDIR/tests/golden/figures-romashka/2026-0* .

A month's sheet: CSV as Excel writes it in a Russian locale, TSV with no-break spaces in numbers.
  $ acct figures import romashka 2026-01.csv --period 2026-01
  imported 2026-01 for 'romashka' from 2026-01.csv: 49 accounts
  $ acct figures import romashka 2026-02.tsv --period 2026-02
  imported 2026-02 for 'romashka' from 2026-02.tsv: 52 accounts
  $ acct figures import romashka 2026-03.csv --period 2026-03 --dry-run
  dry run: would import 2026-03 for 'romashka' from 2026-03.csv: 51 accounts; nothing was changed
  $ acct figures import romashka 2026-03.csv --period 2026-03
  imported 2026-03 for 'romashka' from 2026-03.csv: 51 accounts
  $ acct figures list
  CLIENT    PERIOD   FILE         ACCOUNTS  IMPORTED          BY
  romashka  2026-01  2026-01.csv        49  2026-04-20T09:00  tester
  romashka  2026-02  2026-02.tsv        52  2026-04-20T09:00  tester
  romashka  2026-03  2026-03.csv        51  2026-04-20T09:00  tester

Importing a month again replaces it, and the audit log says what it replaced.
  $ cp 2026-03.csv march.csv
  $ acct figures import romashka march.csv --period 2026-03
  replaced 2026-03 for 'romashka' from march.csv: 51 accounts (was 2026-03.csv)
  $ acct log --entity figures
  TIME              ACTOR   ENTITY                    ACTION   CHANGES
  2026-04-20 09:00  tester  figures romashka/2026-01  import   file=2026-01.csv; sha256=1399f82c42bc9d954de1862d8c63e28fc48f6f81e8974f74d0263705802d1479; rows=49; totals={"opening_debit":172564617,"opening_credit":172564617,"turnover_debit":179463816,"turnover_credit":179463816,"closing_debit":232031500,"closing_credit":232031500}
  2026-04-20 09:00  tester  figures romashka/2026-02  import   file=2026-02.tsv; sha256=86f0b1f10b6da0d849dd48cc42d03acabd982826894c97f6ee6103077d1223cd; rows=52; totals={"opening_debit":232031500,"opening_credit":232031500,"turnover_debit":222660000,"turnover_credit":222660000,"closing_debit":283933044,"closing_credit":283933044}
  2026-04-20 09:00  tester  figures romashka/2026-03  import   file=2026-03.csv; sha256=8ea09ecf045a41bb1fdcfe7e02963bf09ef3ca1eb52edd89747ce1a4d28e516d; rows=51; totals={"opening_debit":283933044,"opening_credit":283933044,"turnover_debit":261195184,"turnover_credit":261195184,"closing_debit":345021791,"closing_credit":345021791}
  2026-04-20 09:00  tester  figures romashka/2026-03  replace  file: 2026-03.csv -> march.csv

A sheet and the indicators computed from it.
  $ acct figures show romashka --period 2026-01
  client:       romashka
  period:       2026-01 (январь 2026)
  file:         2026-01.csv
  title:        Оборотно-сальдовая ведомость за Январь 2026 г.
  organisation: ООО "Ромашка"
  imported:     2026-04-20T09:00:00+03:00 by tester
  accounts:     49
  totals:       opening 1725646.17 / 1725646.17, turnover 1794638.16 / 1794638.16, closing 2320315.00 / 2320315.00
  
  INDICATOR           TITLE                           VALUE
  revenue             Выручка                     300000.00
  expenses            Расходы                     336535.06
  profit_before_tax   Прибыль до налогообложения  -36535.06
  net_profit          Чистая прибыль              -27401.29
  receivables         Дебиторская задолженность   427000.00
  payables_suppliers  Долг поставщикам            183000.00
  payables_budget     Долг перед бюджетом         127000.00
  payables_staff      Долг перед сотрудниками      87000.00
  stock               Запасы                      230000.00
  cash                Деньги                      615111.11
  taxes_payable       Налоги к уплате              97000.00
  $ acct figures show romashka --rows --period 2026-02 | tail -n 12
  90.03    Налог на добавленную стоимость              66000.00                 88000.00                154000.00
  90.07    Расходы на продажу                         130000.00                130000.00                260000.00
  90.08    Управленческие расходы                      15300.50                 14100.00                 29400.50
  90.09    Прибыль / убыток от продаж                              35300.50                   4100.00                39400.50
  91       Прочие доходы и расходы                      1234.56     1234.56      5000.00      5000.00     5000.00     5000.00
  91.01    Прочие доходы                                                                      5000.00                 5000.00
  91.02    Прочие расходы                               1234.56                  1500.00                  2734.56
  91.09    Сальдо прочих доходов и расходов                         1234.56      3500.00                  2265.44
  99       Прибыли и убытки                            36535.06     9133.77      4100.00      3650.00    37135.06     9283.77
  99.01    Прибыли и убытки (за исключением налога…    36535.06                  4100.00      3500.00    37135.06
  99.02    Налог на прибыль                                         9133.77                    150.00                 9283.77
  99.02.2  Условный доход по налогу на прибыль                      9133.77                    150.00                 9283.77
  $ acct figures show romashka --json | jq '{period, rows, totals, revenue: (.indicators[] | select(.id == "revenue") | .value_minor)}'
  {
    "period": "2026-03",
    "rows": 51,
    "totals": {
      "opening_debit": 283933044,
      "opening_credit": 283933044,
      "turnover_debit": 261195184,
      "turnover_credit": 261195184,
      "closing_debit": 345021791,
      "closing_credit": 345021791
    },
    "revenue": 50000000
  }
  $ acct figures list romashka --json | jq -c '.[] | [.period, .file, .rows]'
  ["2026-01","2026-01.csv",49]
  ["2026-02","2026-02.tsv",52]
  ["2026-03","march.csv",51]

A list imports many files at once, all or nothing (for a firm's monthly export of every client).
  $ printf 'client;period;file\nromashka;2026-01;%s\nromashka;2026-02;%s\n' 2026-01.csv 2026-02.tsv > list.csv
  $ acct figures import --list list.csv
  imported 2 sheet(s) for 1 client(s), 2 of them replacing one
  $ printf 'client;period;file\nromashka;2026-01;%s\nnobody;2026-02;%s\n' 2026-01.csv 2026-02.tsv > bad-list.csv
  $ acct figures import --list bad-list.csv
  ! acct: error: line 3 of the list: no client 'nobody'
  ! hint: see 'acct client list'
  [3]
  $ printf 'client;period;file\nromashka;2026-01;%s\nromashka;2026-02;%s\n' 2026-01.csv 2026-03.csv > wrong-list.csv
  $ acct figures import --list wrong-list.csv
  ! acct: error: line 3 of the list: '2026-03.csv' is a sheet for «Март 2026 г.», not for 2026-02 (февраль 2026)
  ! hint: check --period, or the period the sheet was made for in 1С
  [4]

  $ printf 'client;period;file\nromashka;2026-01;%s\nromashka;2026-01;%s\n' 2026-01.csv 2026-01.csv > twice-list.csv
  $ acct figures import --list twice-list.csv
  ! acct: error: line 3 of the list: romashka 2026-01 is on line 2 already
  [4]

A sheet without subaccounts of 90 cannot give revenue: it is imported, with a warning.
  $ sed -e '/^90\.0/d' -e '/^91\.0/d' -e '/^99\.0/d' 2026-01.csv > no-subaccounts.csv
  $ acct figures import romashka no-subaccounts.csv --period 2026-01 --dry-run
  dry run: would import 2026-01 for 'romashka' from no-subaccounts.csv: 38 accounts; nothing was changed
  ! acct: warning: 'romashka' 2026-01: the sheet shows 90 without subaccounts, so revenue, expenses, profit_before_tax, net_profit cannot be computed; save the sheet from 1С with «По субсчетам» ticked

Bad input. A file that is not a spreadsheet:
  $ printf '\211PNG\r\n\032\n\0\0\0\rIHDR' > picture.png
  $ acct figures import romashka picture.png --period 2026-03
  ! acct: error: 'picture.png' is not a spreadsheet: it is neither an XLSX workbook nor text
  ! hint: save the turnover-balance sheet from 1С or the spreadsheet as Excel (.xlsx) or CSV
  [4]
  $ printf '\320\317\021\340\241\261\032\341old' > old.xls
  $ acct figures import romashka old.xls --period 2026-03
  ! acct: error: 'old.xls' is an Excel 97-2003 workbook (.xls), which acct does not read
  ! hint: save it as Excel (.xlsx) or CSV
  [4]
  $ : > empty.csv
  $ acct figures import romashka empty.csv --period 2026-03
  ! acct: error: 'empty.csv' is not a spreadsheet: the file is empty
  ! hint: save the turnover-balance sheet from 1С or the spreadsheet as Excel (.xlsx) or CSV
  [4]
  $ printf '\316\316\316 \253\320\356\354\340\370\352\340\273\n' > cp1251.csv
  $ acct figures import romashka cp1251.csv --period 2026-03
  ! acct: error: cp1251.csv:1:1: invalid UTF-8
  ! hint: save the file as 'CSV UTF-8' in Excel, or convert it: iconv -f cp1251 -t utf-8 (Excel's plain 'CSV' in a Russian locale is Windows-1251)
  [4]

A ZIP archive that is not an XLSX workbook, and a workbook with no turnover-balance table (both
written by Debian's python3-openpyxl and zipfile):
  $ /usr/bin/python3 $SRCDIR/tests/figures/make_xlsx.py 2026-03.csv not-a-workbook.xlsx --zip-not-xlsx
  $ acct figures import romashka not-a-workbook.xlsx --period 2026-03
  ! acct: error: 'not-a-workbook.xlsx' is a ZIP archive but not an XLSX workbook: it has no part 'xl/workbook.xml'
  ! hint: save the sheet from 1С or the spreadsheet as Excel (.xlsx) or CSV
  [4]
  $ /usr/bin/python3 $SRCDIR/tests/figures/make_xlsx.py 2026-03.csv no-table.xlsx --set "E5=Итоги" --first-sheet Параметры
  $ acct figures import romashka no-table.xlsx --period 2026-03
  ! acct: error: 'no-table.xlsx' has no turnover-balance table (sheets read: 'Параметры', 'TDSheet'): no header with «Сальдо на начало периода», «Обороты за период» and «Сальдо на конец периода», each over «Дебет» and «Кредит»
  ! hint: save the report «Оборотно-сальдовая ведомость» from 1С:Бухгалтерия as Excel (.xlsx), or that table as CSV
  [4]
  $ printf 'Наименование;ИНН\nООО «Ромашка»;7728012340\n' > clients.csv
  $ acct figures import romashka clients.csv --period 2026-03
  ! acct: error: 'clients.csv' has no turnover-balance table: no header with «Сальдо на начало периода», «Обороты за период» and «Сальдо на конец периода», each over «Дебет» and «Кредит»
  ! hint: save the report «Оборотно-сальдовая ведомость» from 1С:Бухгалтерия as Excel (.xlsx), or that table as CSV
  [4]

Totals that do not balance (one account a rouble more, and «Итого» with it):
  $ sed -e 's/^01;Основные средства;600 000,00;;;;600 000,00;/01;Основные средства;600 001,00;;;;600 001,00;/' -e 's/^Итого;;1 725 646,17;1 725 646,17;\(.*\);2 320 315,00;2 320 315,00/Итого;;1 725 647,17;1 725 646,17;\1;2 320 316,00;2 320 315,00/' 2026-01.csv > unbalanced.csv
  $ acct figures import romashka unbalanced.csv --period 2026-01
  ! acct: error: invalid turnover-balance sheet: 2 problems
  !   unbalanced.csv: row 56: debit and credit totals do not balance: opening debit 1725647.17, opening credit 1725646.17
  !   unbalanced.csv: row 56: debit and credit totals do not balance: closing debit 2320316.00, closing credit 2320315.00
  [4]

An account code that does not parse, an amount that is not one:
  $ sed -e 's/^60\.01;/6O.01;/' -e 's/^50;Касса;8 000,00;/50;Касса;8 000,0,0;/' 2026-01.csv > bad-cells.csv
  $ acct figures import romashka bad-cells.csv --period 2026-01
  ! acct: error: invalid turnover-balance sheet: 2 problems
  !   bad-cells.csv: row 19, column C: '8 000,0,0' is not an amount (expected digits, spaces and one decimal comma or point)
  !   bad-cells.csv: row 23, column A: '6O.01' is not an account code (like 60, 60.01 or 76.АВ)
  [4]

A period that does not match the file's header, or is not a month:
  $ acct figures import romashka 2026-03.csv --period 2026-02
  ! acct: error: '2026-03.csv' is a sheet for «Март 2026 г.», not for 2026-02 (февраль 2026)
  ! hint: check --period, or the period the sheet was made for in 1С
  [4]
  $ acct figures import romashka 2026-03.csv --period 2026-Q1
  ! acct: error: --period '2026-Q1' is not a month: a turnover-balance sheet is imported per month, like 2026-03
  [4]
  $ acct figures import romashka 2026-03.csv
  ! acct: error: --period is required: the month the sheet is for
  ! hint: acct figures import SLUG FILE --period 2026-03
  [2]

An unknown client, a missing file, a month without a sheet:
  $ acct figures import nobody 2026-03.csv --period 2026-03
  ! acct: error: no client 'nobody'
  ! hint: see 'acct client list --all'
  [3]
  $ acct figures import romashka missing.csv --period 2026-03
  ! acct: error: cannot read 'missing.csv': No such file or directory
  [3]
  $ acct figures show romashka --period 2025-12
  ! acct: error: client 'romashka' has no sheet for 2025-12
  ! hint: see 'acct figures list romashka'
  [3]
  $ acct figures show almaty
  ! acct: error: client 'almaty' has no imported sheets
  ! hint: acct figures import SLUG FILE --period 2026-03
  [3]

None of that changed anything:
  $ acct figures list
  CLIENT    PERIOD   FILE         ACCOUNTS  IMPORTED          BY
  romashka  2026-01  2026-01.csv        49  2026-04-20T09:00  tester
  romashka  2026-02  2026-02.tsv        52  2026-04-20T09:00  tester
  romashka  2026-03  march.csv          51  2026-04-20T09:00  tester
  $ acct log --entity figures | wc -l
  7

An indicator naming an account no chart has is a lint error (and a digest refuses to run on it).
  $ mkdir -p firm/indicators
  $ printf 'chart = "ru-94n"\n\n[[indicator]]\nid = "cash"\ntitle = "Деньги"\nkind = "closing"\nside = "debit"\naccounts = ["50", "53"]\n' > firm/indicators/mine.toml
  $ acct template lint firm
  firm/indicators/mine.toml:8:19: account 53 is not in chart 'ru-94n' ($SRCDIR/templates/charts/ru-94n.toml)
  ! acct: error: 1 problem(s) in 1 file(s) checked
  [1]
  $ acct --templates firm digest indicators romashka --period 2026-03
  ! acct: error: invalid indicators: firm/indicators/mine.toml:8:19: account 53 is not in chart 'ru-94n' ($SRCDIR/templates/charts/ru-94n.toml)
  [4]
