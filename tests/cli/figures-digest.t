A client's financial indicators for a month (`acct digest indicators`), in every format, whole:
the golden client's three months of 2026 (tests/golden/figures-romashka) and March 2025 for the
comparison with a year before (January's figures under March 2025's title). Today is 2026-04-20.
One store: SQLite only, as how figures read in a digest is decided above the store (figures.t runs on both).
  $ acct init --firm-name "ООО «Демо»" --quiet
  $ printf '[firm]\nname = "ООО «Демо»"\nphone = "+7 495 100-00-00"\nemail = "office@demo.ru"\naccent_color = "#0a7d55"\n' > "$HOME/.config/acct/config.toml"
  $ acct client add romashka --name "ООО «Ромашка»" --short-name Ромашка --form ooo --inn 7728012340 --regime osno --vat --employer --from 2026-01-01 --quiet
  $ acct client add almaty --name "ТОО «Алматы»" --form too --country kz --inn 040340008429 --regime simplified --from 2026-01-01 --quiet
  $ acct client add pustoy --name "ООО «Пустой»" --form ooo --inn 7707083893 --regime usn-income --from 2026-01-01 --quiet
  $ cp $SRCDIR/tests/golden/figures-romashka/2026-0* .
  $ sed 's/Январь 2026/Март 2025/' 2026-01.csv > 2025-03.csv
  $ printf 'client\tperiod\tfile\nromashka\t2025-03\t2025-03.csv\nromashka\t2026-01\t2026-01.csv\nromashka\t2026-02\t2026-02.tsv\nromashka\t2026-03\t2026-03.csv\n' > list.tsv
  $ acct figures import --list list.tsv --quiet

Last month by default, as a mail body: the remarks first, then each figure with its changes.
  $ acct digest indicators romashka
  ООО «Демо»
  Ромашка: финансовые показатели за март 2026
  ООО «Ромашка» · ИНН 7728012340 · по данным бухгалтерского учёта
  
  Главное
    Выручка выросла на 25,0 % к прошлому месяцу: 500 000,00 ₽ против 400 000,00 ₽.
  
  Показатели за март 2026
    Выручка: 500 000,00 ₽; за месяц +100 000,00 ₽ (+25,0 %); за год +200 000,00 ₽ (+66,7 %)
    Расходы: 404 234,56 ₽; за месяц −1 365,44 ₽ (−0,3 %); за год +67 699,50 ₽ (+20,1 %)
    Прибыль до налогообложения: 95 765,44 ₽; за месяц +96 365,44 ₽; за год +132 300,50 ₽
    Чистая прибыль: 71 824,08 ₽; за месяц +72 274,08 ₽; за год +99 225,37 ₽
    Дебиторская задолженность: 503 000,00 ₽; за месяц −12 000,00 ₽ (−2,3 %); за год +76 000,00 ₽ (+17,8 %)
    Долг поставщикам: 107 000,00 ₽; за месяц −137 000,00 ₽ (−56,1 %); за год −76 000,00 ₽ (−41,5 %)
    Долг перед бюджетом: 231 257,59 ₽; за месяц +91 257,59 ₽ (+65,2 %); за год +104 257,59 ₽ (+82,1 %)
    Долг перед сотрудниками: 104 400,00 ₽; за месяц +17 400,00 ₽ (+20,0 %); за год +17 400,00 ₽ (+20,0 %)
    Запасы: 35 900,00 ₽; за месяц −130 000,00 ₽ (−78,4 %); за год −194 100,00 ₽ (−84,4 %)
    Деньги: 818 376,55 ₽; за месяц +204 765,44 ₽ (+33,4 %); за год +203 265,44 ₽ (+33,0 %)
    Налоги к уплате: 195 257,59 ₽; за месяц +85 257,59 ₽ (+77,5 %); за год +98 257,59 ₽ (+101,3 %)
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.

Markdown, JSON and CSV of the same month.
  $ acct digest indicators romashka --period 2026-03 --format md
  # Ромашка: финансовые показатели за март 2026
  
  **ООО «Демо»** · ООО «Ромашка» · ИНН 7728012340 · по данным бухгалтерского учёта
  
  ## Главное
  
  - Выручка выросла на 25,0 % к прошлому месяцу: 500 000,00 ₽ против 400 000,00 ₽.
  
  ## Показатели за март 2026
  
  | Показатель | Март 2026 | Изменение за месяц | Изменение за год |
  |---|--:|--:|--:|
  | Выручка | 500 000,00 ₽ | +100 000,00 ₽ (+25,0 %) | +200 000,00 ₽ (+66,7 %) |
  | Расходы | 404 234,56 ₽ | −1 365,44 ₽ (−0,3 %) | +67 699,50 ₽ (+20,1 %) |
  | Прибыль до налогообложения | 95 765,44 ₽ | +96 365,44 ₽ | +132 300,50 ₽ |
  | Чистая прибыль | 71 824,08 ₽ | +72 274,08 ₽ | +99 225,37 ₽ |
  | Дебиторская задолженность | 503 000,00 ₽ | −12 000,00 ₽ (−2,3 %) | +76 000,00 ₽ (+17,8 %) |
  | Долг поставщикам | 107 000,00 ₽ | −137 000,00 ₽ (−56,1 %) | −76 000,00 ₽ (−41,5 %) |
  | Долг перед бюджетом | 231 257,59 ₽ | +91 257,59 ₽ (+65,2 %) | +104 257,59 ₽ (+82,1 %) |
  | Долг перед сотрудниками | 104 400,00 ₽ | +17 400,00 ₽ (+20,0 %) | +17 400,00 ₽ (+20,0 %) |
  | Запасы | 35 900,00 ₽ | −130 000,00 ₽ (−78,4 %) | −194 100,00 ₽ (−84,4 %) |
  | Деньги | 818 376,55 ₽ | +204 765,44 ₽ (+33,4 %) | +203 265,44 ₽ (+33,0 %) |
  | Налоги к уплате | 195 257,59 ₽ | +85 257,59 ₽ (+77,5 %) | +98 257,59 ₽ (+101,3 %) |
  
  ---
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest indicators romashka --period 2026-03 --format json | jq '.indicators |= .[:1]'
  {
    "firm": {
      "name": "ООО «Демо»",
      "phone": "+74951000000",
      "email": "office@demo.ru"
    },
    "client": {
      "slug": "romashka",
      "name": "Ромашка",
      "legal_name": "ООО «Ромашка»",
      "inn": "7728012340"
    },
    "period": "2026-03",
    "today": "2026-04-20",
    "currency": "RUB",
    "chart": "ru-94n",
    "imported": true,
    "file": "2026-03.csv",
    "imported_at": "2026-04-20T06:00:00Z",
    "indicators": [
      {
        "id": "revenue",
        "title": "Выручка",
        "value_minor": 50000000,
        "unavailable": null,
        "previous": {
          "period": "2026-02",
          "imported": true,
          "value_minor": 40000000
        },
        "change_minor": 10000000,
        "change_percent": 25,
        "year_ago": {
          "period": "2025-03",
          "imported": true,
          "value_minor": 30000000
        },
        "year_change_minor": 20000000,
        "year_change_percent": 66.7,
        "history": [
          {
            "period": "2025-04",
            "imported": false,
            "value_minor": null
          },
          {
            "period": "2025-05",
            "imported": false,
            "value_minor": null
          },
          {
            "period": "2025-06",
            "imported": false,
            "value_minor": null
          },
          {
            "period": "2025-07",
            "imported": false,
            "value_minor": null
          },
          {
            "period": "2025-08",
            "imported": false,
            "value_minor": null
          },
          {
            "period": "2025-09",
            "imported": false,
            "value_minor": null
          },
          {
            "period": "2025-10",
            "imported": false,
            "value_minor": null
          },
          {
            "period": "2025-11",
            "imported": false,
            "value_minor": null
          },
          {
            "period": "2025-12",
            "imported": false,
            "value_minor": null
          },
          {
            "period": "2026-01",
            "imported": true,
            "value_minor": 30000000
          },
          {
            "period": "2026-02",
            "imported": true,
            "value_minor": 40000000
          },
          {
            "period": "2026-03",
            "imported": true,
            "value_minor": 50000000
          }
        ]
      }
    ],
    "remarks": [
      {
        "id": "revenue-up",
        "indicator": "revenue",
        "text": "Выручка выросла на 25,0 % к прошлому месяцу: 500 000,00 ₽ против 400 000,00 ₽.",
        "alert": false
      }
    ]
  }
  $ acct digest indicators romashka --period 2026-03 --json | jq -c '.indicators[] | [.id, .value_minor, .change_minor, .change_percent, .year_change_minor]'
  ["revenue",50000000,10000000,25,20000000]
  ["expenses",40423456,-136544,-0.3,6769950]
  ["profit_before_tax",9576544,9636544,null,13230050]
  ["net_profit",7182408,7227408,null,9922537]
  ["receivables",50300000,-1200000,-2.3,7600000]
  ["payables_suppliers",10700000,-13700000,-56.1,-7600000]
  ["payables_budget",23125759,9125759,65.2,10425759]
  ["payables_staff",10440000,1740000,20,1740000]
  ["stock",3590000,-13000000,-78.4,-19410000]
  ["cash",81837655,20476544,33.4,20326544]
  ["taxes_payable",19525759,8525759,77.5,9825759]
  $ acct digest indicators romashka --period 2026-03 --format csv
  indicator,title,period,value,previous_period,previous,change,change_percent,year_ago_period,year_ago,year_change,year_change_percent
  revenue,Выручка,2026-03,500000.00,2026-02,400000.00,100000.00,25.0,2025-03,300000.00,200000.00,66.7
  expenses,Расходы,2026-03,404234.56,2026-02,405600.00,-1365.44,-0.3,2025-03,336535.06,67699.50,20.1
  profit_before_tax,Прибыль до налогообложения,2026-03,95765.44,2026-02,-600.00,96365.44,,2025-03,-36535.06,132300.50,
  net_profit,Чистая прибыль,2026-03,71824.08,2026-02,-450.00,72274.08,,2025-03,-27401.29,99225.37,
  receivables,Дебиторская задолженность,2026-03,503000.00,2026-02,515000.00,-12000.00,-2.3,2025-03,427000.00,76000.00,17.8
  payables_suppliers,Долг поставщикам,2026-03,107000.00,2026-02,244000.00,-137000.00,-56.1,2025-03,183000.00,-76000.00,-41.5
  payables_budget,Долг перед бюджетом,2026-03,231257.59,2026-02,140000.00,91257.59,65.2,2025-03,127000.00,104257.59,82.1
  payables_staff,Долг перед сотрудниками,2026-03,104400.00,2026-02,87000.00,17400.00,20.0,2025-03,87000.00,17400.00,20.0
  stock,Запасы,2026-03,35900.00,2026-02,165900.00,-130000.00,-78.4,2025-03,230000.00,-194100.00,-84.4
  cash,Деньги,2026-03,818376.55,2026-02,613611.11,204765.44,33.4,2025-03,615111.11,203265.44,33.0
  taxes_payable,Налоги к уплате,2026-03,195257.59,2026-02,110000.00,85257.59,77.5,2025-03,97000.00,98257.59,101.3

January: the loss is remarked on; there is no month before it and no year-ago sheet.
  $ acct digest indicators romashka --period 2026-01
  ООО «Демо»
  Ромашка: финансовые показатели за январь 2026
  ООО «Ромашка» · ИНН 7728012340 · по данным бухгалтерского учёта
  
  Главное
  \! Месяц закрыт с убытком: чистая прибыль за январь 2026 составила −27 401,29 ₽.
  
  Показатели за январь 2026
    Выручка: 300 000,00 ₽; за месяц нет данных; за год нет данных
    Расходы: 336 535,06 ₽; за месяц нет данных; за год нет данных
    Прибыль до налогообложения: −36 535,06 ₽; за месяц нет данных; за год нет данных
    Чистая прибыль: −27 401,29 ₽; за месяц нет данных; за год нет данных
    Дебиторская задолженность: 427 000,00 ₽; за месяц нет данных; за год нет данных
    Долг поставщикам: 183 000,00 ₽; за месяц нет данных; за год нет данных
    Долг перед бюджетом: 127 000,00 ₽; за месяц нет данных; за год нет данных
    Долг перед сотрудниками: 87 000,00 ₽; за месяц нет данных; за год нет данных
    Запасы: 230 000,00 ₽; за месяц нет данных; за год нет данных
    Деньги: 615 111,11 ₽; за месяц нет данных; за год нет данных
    Налоги к уплате: 97 000,00 ₽; за месяц нет данных; за год нет данных
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.

A month never imported says so and shows no zeros.
  $ acct digest indicators romashka --period 2026-04
  ООО «Демо»
  Ромашка: финансовые показатели за апрель 2026
  ООО «Ромашка» · ИНН 7728012340 · по данным бухгалтерского учёта
  
  Показатели за апрель 2026
  Данных за апрель 2026 нет: ведомость за этот месяц ещё не загружена.
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest indicators romashka --period 2026-04 --format csv
  indicator,title,period,value,previous_period,previous,change,change_percent,year_ago_period,year_ago,year_change,year_change_percent
  revenue,Выручка,2026-04,,2026-03,500000.00,,,2025-04,,,
  expenses,Расходы,2026-04,,2026-03,404234.56,,,2025-04,,,
  profit_before_tax,Прибыль до налогообложения,2026-04,,2026-03,95765.44,,,2025-04,,,
  net_profit,Чистая прибыль,2026-04,,2026-03,71824.08,,,2025-04,,,
  receivables,Дебиторская задолженность,2026-04,,2026-03,503000.00,,,2025-04,,,
  payables_suppliers,Долг поставщикам,2026-04,,2026-03,107000.00,,,2025-04,,,
  payables_budget,Долг перед бюджетом,2026-04,,2026-03,231257.59,,,2025-04,,,
  payables_staff,Долг перед сотрудниками,2026-04,,2026-03,104400.00,,,2025-04,,,
  stock,Запасы,2026-04,,2026-03,35900.00,,,2025-04,,,
  cash,Деньги,2026-04,,2026-03,818376.55,,,2025-04,,,
  taxes_payable,Налоги к уплате,2026-04,,2026-03,195257.59,,,2025-04,,,
  $ acct digest indicators romashka --period 2026-04 --json | jq -c '{imported, first: .indicators[0] | {value_minor, previous}}'
  {"imported":false,"first":{"value_minor":null,"previous":{"period":"2026-03","imported":true,"value_minor":50000000}}}

HTML: one self-contained page, a 12-month chart per indicator.
  $ acct digest indicators romashka --period 2026-03 --format html
  <!DOCTYPE html>
  <html lang="ru">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Ромашка: финансовые показатели за март 2026</title>
  <style>
  :root { --accent: #0a7d55; --alert: #cf222e; --good: #1a7f37; --muted: #57606a; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }
  header { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
  .firm { color: var(--accent); font-weight: 600; margin: 0; }
  h1 { font-size: 1.5rem; margin: .2rem 0; }
  h2 { font-size: 1.1rem; color: var(--accent); margin: 1.5rem 0 .4rem; }
  .subtitle, .note, footer, .about { color: var(--muted); }
  ul { list-style: none; padding: 0; margin: 0; }
  li { padding: .3rem 0; border-bottom: 1px solid #d0d7de; }
  li.alert { color: var(--alert); }
  li.alert::before { content: "⚠ "; }
  table { border-collapse: collapse; width: 100%; margin: .3rem 0; }
  th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
  td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  td.nodata { color: var(--muted); text-align: right; }
  .good { color: var(--good); } .bad { color: var(--alert); }
  .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
  figure { margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem; break-inside: avoid; }
  figcaption { font-weight: 600; }
  figcaption .value { float: right; font-variant-numeric: tabular-nums; }
  .about { font-size: .85rem; margin: .1rem 0 .3rem; }
  svg { max-width: 100%; height: auto; font-family: inherit; }
  svg .bar { fill: var(--accent); opacity: .45; } svg .now { fill: var(--accent); }
  svg .neg { fill: var(--alert); opacity: .7; }
  svg .none { fill: none; stroke: #8c959f; stroke-dasharray: 2 2; }
  svg .axis { stroke: #8c959f; }
  svg text { font-size: 10px; fill: var(--muted); text-anchor: middle; }
  svg text.now { fill: #1f2328; font-weight: 600; }
  footer { margin-top: 2rem; border-top: 1px solid #d0d7de; padding-top: .5rem; font-size: .9rem; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } li, tr { break-inside: avoid; } }
  </style>
  </head>
  <body>
  <header>
  <p class="firm">ООО «Демо»</p>
  <h1>Ромашка: финансовые показатели за март 2026</h1>
  <p class="subtitle">ООО «Ромашка» · ИНН 7728012340 · по данным бухгалтерского учёта</p>
  </header>
  <main>
  <section aria-labelledby="s1">
  <h2 id="s1">Главное</h2>
  <ul>
  <li>Выручка выросла на 25,0 % к прошлому месяцу: 500 000,00 ₽ против 400 000,00 ₽.</li>
  </ul>
  </section>
  <section aria-labelledby="s2">
  <h2 id="s2">Показатели за март 2026</h2>
  <table>
  <thead><tr><th scope="col">Показатель</th><th scope="col">Март 2026</th><th scope="col">Изменение за месяц</th><th scope="col">Изменение за год</th></tr></thead>
  <tbody>
  <tr><th scope="row">Выручка</th><td class="num">500 000,00 ₽</td><td class="num good">+100 000,00 ₽ (+25,0 %)</td><td class="num good">+200 000,00 ₽ (+66,7 %)</td></tr>
  <tr><th scope="row">Расходы</th><td class="num">404 234,56 ₽</td><td class="num good">−1 365,44 ₽ (−0,3 %)</td><td class="num bad">+67 699,50 ₽ (+20,1 %)</td></tr>
  <tr><th scope="row">Прибыль до налогообложения</th><td class="num">95 765,44 ₽</td><td class="num good">+96 365,44 ₽</td><td class="num good">+132 300,50 ₽</td></tr>
  <tr><th scope="row">Чистая прибыль</th><td class="num">71 824,08 ₽</td><td class="num good">+72 274,08 ₽</td><td class="num good">+99 225,37 ₽</td></tr>
  <tr><th scope="row">Дебиторская задолженность</th><td class="num">503 000,00 ₽</td><td class="num">−12 000,00 ₽ (−2,3 %)</td><td class="num">+76 000,00 ₽ (+17,8 %)</td></tr>
  <tr><th scope="row">Долг поставщикам</th><td class="num">107 000,00 ₽</td><td class="num good">−137 000,00 ₽ (−56,1 %)</td><td class="num good">−76 000,00 ₽ (−41,5 %)</td></tr>
  <tr><th scope="row">Долг перед бюджетом</th><td class="num">231 257,59 ₽</td><td class="num bad">+91 257,59 ₽ (+65,2 %)</td><td class="num bad">+104 257,59 ₽ (+82,1 %)</td></tr>
  <tr><th scope="row">Долг перед сотрудниками</th><td class="num">104 400,00 ₽</td><td class="num bad">+17 400,00 ₽ (+20,0 %)</td><td class="num bad">+17 400,00 ₽ (+20,0 %)</td></tr>
  <tr><th scope="row">Запасы</th><td class="num">35 900,00 ₽</td><td class="num">−130 000,00 ₽ (−78,4 %)</td><td class="num">−194 100,00 ₽ (−84,4 %)</td></tr>
  <tr><th scope="row">Деньги</th><td class="num">818 376,55 ₽</td><td class="num good">+204 765,44 ₽ (+33,4 %)</td><td class="num good">+203 265,44 ₽ (+33,0 %)</td></tr>
  <tr><th scope="row">Налоги к уплате</th><td class="num">195 257,59 ₽</td><td class="num bad">+85 257,59 ₽ (+77,5 %)</td><td class="num bad">+98 257,59 ₽ (+101,3 %)</td></tr>
  </tbody>
  </table>
  </section>
  <section aria-labelledby="s3">
  <h2 id="s3">12 месяцев</h2>
  <p class="note">Пунктиром — месяцы без данных.</p>
  <div class="charts">
  <figure>
  <figcaption>Выручка<span class="value">500 000,00 ₽</span></figcaption>
  <p class="about">Продажи за месяц без НДС и акцизов.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart1"><title id="chart1">Выручка: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="120" y2="120" class="axis"/><rect x="11" y="108" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="108" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="108" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="108" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="108" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="108" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="108" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="108" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="108" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="54" width="19" height="66" class="bar"><title>январь 2026: 300 000,00 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="32" width="19" height="88" class="bar"><title>февраль 2026: 400 000,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="10" width="19" height="110" class="now"><title>март 2026: 500 000,00 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Расходы<span class="value">404 234,56 ₽</span></figcaption>
  <p class="about">Себестоимость проданного, расходы на продажу, управленческие и прочие расходы за месяц.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart2"><title id="chart2">Расходы: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="120" y2="120" class="axis"/><rect x="11" y="108" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="108" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="108" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="108" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="108" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="108" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="108" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="108" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="108" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="29" width="19" height="91" class="bar"><title>январь 2026: 336 535,06 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="10" width="19" height="110" class="bar"><title>февраль 2026: 405 600,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="11" width="19" height="109" class="now"><title>март 2026: 404 234,56 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Прибыль до налогообложения<span class="value">95 765,44 ₽</span></figcaption>
  <p class="about">Выручка и прочие доходы за месяц за вычетом расходов, НДС и акцизов.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart3"><title id="chart3">Прибыль до налогообложения: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="89" y2="89" class="axis"/><rect x="11" y="77" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="77" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="77" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="77" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="77" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="77" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="77" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="77" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="77" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="89" width="19" height="30" class="neg"><title>январь 2026: −36 535,06 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="89" width="19" height="1" class="neg"><title>февраль 2026: −600,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="10" width="19" height="79" class="now"><title>март 2026: 95 765,44 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Чистая прибыль<span class="value">71 824,08 ₽</span></figcaption>
  <p class="about">Прибыль за месяц после налога на прибыль.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart4"><title id="chart4">Чистая прибыль: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="89" y2="89" class="axis"/><rect x="11" y="77" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="77" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="77" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="77" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="77" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="77" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="77" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="77" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="77" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="89" width="19" height="30" class="neg"><title>январь 2026: −27 401,29 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="89" width="19" height="1" class="neg"><title>февраль 2026: −450,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="10" width="19" height="79" class="now"><title>март 2026: 71 824,08 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Дебиторская задолженность<span class="value">503 000,00 ₽</span></figcaption>
  <p class="about">Сколько должны вам: покупатели, поставщики по выданным авансам, подотчётные лица, сотрудники и прочие дебиторы.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart5"><title id="chart5">Дебиторская задолженность: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="120" y2="120" class="axis"/><rect x="11" y="108" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="108" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="108" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="108" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="108" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="108" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="108" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="108" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="108" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="29" width="19" height="91" class="bar"><title>январь 2026: 427 000,00 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="10" width="19" height="110" class="bar"><title>февраль 2026: 515 000,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="13" width="19" height="107" class="now"><title>март 2026: 503 000,00 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Долг поставщикам<span class="value">107 000,00 ₽</span></figcaption>
  <p class="about">Сколько вы должны поставщикам и подрядчикам.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart6"><title id="chart6">Долг поставщикам: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="120" y2="120" class="axis"/><rect x="11" y="108" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="108" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="108" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="108" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="108" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="108" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="108" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="108" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="108" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="38" width="19" height="82" class="bar"><title>январь 2026: 183 000,00 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="10" width="19" height="110" class="bar"><title>февраль 2026: 244 000,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="72" width="19" height="48" class="now"><title>март 2026: 107 000,00 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Долг перед бюджетом<span class="value">231 257,59 ₽</span></figcaption>
  <p class="about">Начисленные, но ещё не уплаченные налоги и страховые взносы.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart7"><title id="chart7">Долг перед бюджетом: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="120" y2="120" class="axis"/><rect x="11" y="108" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="108" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="108" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="108" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="108" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="108" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="108" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="108" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="108" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="60" width="19" height="60" class="bar"><title>январь 2026: 127 000,00 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="54" width="19" height="66" class="bar"><title>февраль 2026: 140 000,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="10" width="19" height="110" class="now"><title>март 2026: 231 257,59 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Долг перед сотрудниками<span class="value">104 400,00 ₽</span></figcaption>
  <p class="about">Начисленная, но ещё не выплаченная зарплата и долг подотчётным лицам.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart8"><title id="chart8">Долг перед сотрудниками: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="120" y2="120" class="axis"/><rect x="11" y="108" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="108" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="108" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="108" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="108" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="108" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="108" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="108" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="108" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="29" width="19" height="91" class="bar"><title>январь 2026: 87 000,00 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="29" width="19" height="91" class="bar"><title>февраль 2026: 87 000,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="10" width="19" height="110" class="now"><title>март 2026: 104 400,00 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Запасы<span class="value">35 900,00 ₽</span></figcaption>
  <p class="about">Материалы, товары и готовая продукция, незавершённое производство и отгруженные товары.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart9"><title id="chart9">Запасы: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="120" y2="120" class="axis"/><rect x="11" y="108" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="108" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="108" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="108" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="108" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="108" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="108" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="108" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="108" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="10" width="19" height="110" class="bar"><title>январь 2026: 230 000,00 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="41" width="19" height="79" class="bar"><title>февраль 2026: 165 900,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="103" width="19" height="17" class="now"><title>март 2026: 35 900,00 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Деньги<span class="value">818 376,55 ₽</span></figcaption>
  <p class="about">Деньги в кассе, на счетах в банках и в пути на конец месяца.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart10"><title id="chart10">Деньги: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="120" y2="120" class="axis"/><rect x="11" y="108" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="108" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="108" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="108" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="108" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="108" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="108" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="108" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="108" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="38" width="19" height="82" class="bar"><title>январь 2026: 615 111,11 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="38" width="19" height="82" class="bar"><title>февраль 2026: 613 611,11 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="10" width="19" height="110" class="now"><title>март 2026: 818 376,55 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  <figure>
  <figcaption>Налоги к уплате<span class="value">195 257,59 ₽</span></figcaption>
  <p class="about">Налоги, которые осталось уплатить, за вычетом переплаты.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 150" width="360" height="150" role="img" aria-labelledby="chart11"><title id="chart11">Налоги к уплате: апрель 2025 — март 2026</title><line x1="6" x2="354" y1="120" y2="120" class="axis"/><rect x="11" y="108" width="19" height="12" class="none"><title>апрель 2025: нет данных</title></rect><text x="20" y="133" class="month">апр</text><text x="20" y="145" class="year">2025</text><rect x="40" y="108" width="19" height="12" class="none"><title>май 2025: нет данных</title></rect><text x="49" y="133" class="month">май</text><rect x="69" y="108" width="19" height="12" class="none"><title>июнь 2025: нет данных</title></rect><text x="78" y="133" class="month">июн</text><rect x="98" y="108" width="19" height="12" class="none"><title>июль 2025: нет данных</title></rect><text x="107" y="133" class="month">июл</text><rect x="127" y="108" width="19" height="12" class="none"><title>август 2025: нет данных</title></rect><text x="136" y="133" class="month">авг</text><rect x="156" y="108" width="19" height="12" class="none"><title>сентябрь 2025: нет данных</title></rect><text x="165" y="133" class="month">сен</text><rect x="185" y="108" width="19" height="12" class="none"><title>октябрь 2025: нет данных</title></rect><text x="194" y="133" class="month">окт</text><rect x="214" y="108" width="19" height="12" class="none"><title>ноябрь 2025: нет данных</title></rect><text x="223" y="133" class="month">ноя</text><rect x="243" y="108" width="19" height="12" class="none"><title>декабрь 2025: нет данных</title></rect><text x="252" y="133" class="month">дек</text><rect x="272" y="66" width="19" height="54" class="bar"><title>январь 2026: 97 000,00 ₽</title></rect><text x="281" y="133" class="month">янв</text><text x="281" y="145" class="year">2026</text><rect x="301" y="59" width="19" height="61" class="bar"><title>февраль 2026: 110 000,00 ₽</title></rect><text x="310" y="133" class="month">фев</text><rect x="330" y="10" width="19" height="110" class="now"><title>март 2026: 195 257,59 ₽</title></rect><text x="339" y="133" class="month now">мар</text></svg>
  </figure>
  </div>
  </section>
  </main>
  <footer>ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.</footer>
  </body>
  </html>

For cron: one file per client with imported sheets, into a directory that must exist.
  $ mkdir out
  $ acct digest indicators --all --output-dir out --format html --period 2026-03
  wrote 1 file(s) to out for 2026-03 (0 without a sheet for that month)
  $ ls out
  romashka.html
  $ acct digest indicators --all --output-dir out --period 2026-04
  wrote 1 file(s) to out for 2026-04 (1 without a sheet for that month)
  $ ls out
  romashka.html
  romashka.txt

The monthly client digest with last month's indicators after the calendar.
  $ acct digest client romashka --indicators
  ООО «Демо»
  Ромашка: календарь на 15 дней
  с 20.04.2026 по 05.05.2026 · ООО «Ромашка» · ИНН 7728012340
  
  Просрочено
    Просроченных задач нет.
  
  Что нужно от вас
    Сейчас от вас ничего не нужно.
  
  Сроки на 15 дней
    В эти дни сроков нет.
  
  Сделано за 15 дней
    За эти дни закрытых задач нет.
  
  Ваша команда
    Команда ещё не назначена: звоните +74951000000.
  
  Финансовые показатели: главное
    Выручка выросла на 25,0 % к прошлому месяцу: 500 000,00 ₽ против 400 000,00 ₽.
  
  Финансовые показатели за март 2026
    Показатель                     Март 2026       Изменение за месяц         Изменение за год
    Выручка                     500 000,00 ₽  +100 000,00 ₽ (+25,0 %)  +200 000,00 ₽ (+66,7 %)
    Расходы                     404 234,56 ₽     −1 365,44 ₽ (−0,3 %)   +67 699,50 ₽ (+20,1 %)
    Прибыль до налогообложения   95 765,44 ₽             +96 365,44 ₽            +132 300,50 ₽
    Чистая прибыль               71 824,08 ₽             +72 274,08 ₽             +99 225,37 ₽
    Дебиторская задолженность   503 000,00 ₽    −12 000,00 ₽ (−2,3 %)   +76 000,00 ₽ (+17,8 %)
    Долг поставщикам            107 000,00 ₽  −137 000,00 ₽ (−56,1 %)   −76 000,00 ₽ (−41,5 %)
    Долг перед бюджетом         231 257,59 ₽   +91 257,59 ₽ (+65,2 %)  +104 257,59 ₽ (+82,1 %)
    Долг перед сотрудниками     104 400,00 ₽   +17 400,00 ₽ (+20,0 %)   +17 400,00 ₽ (+20,0 %)
    Запасы                       35 900,00 ₽  −130 000,00 ₽ (−78,4 %)  −194 100,00 ₽ (−84,4 %)
    Деньги                      818 376,55 ₽  +204 765,44 ₽ (+33,4 %)  +203 265,44 ₽ (+33,0 %)
    Налоги к уплате             195 257,59 ₽   +85 257,59 ₽ (+77,5 %)  +98 257,59 ₽ (+101,3 %)
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest client romashka --indicators --format md | tail -n 16
  |---|---|---|---|
  | Выручка | 500 000,00 ₽ | +100 000,00 ₽ (+25,0 %) | +200 000,00 ₽ (+66,7 %) |
  | Расходы | 404 234,56 ₽ | −1 365,44 ₽ (−0,3 %) | +67 699,50 ₽ (+20,1 %) |
  | Прибыль до налогообложения | 95 765,44 ₽ | +96 365,44 ₽ | +132 300,50 ₽ |
  | Чистая прибыль | 71 824,08 ₽ | +72 274,08 ₽ | +99 225,37 ₽ |
  | Дебиторская задолженность | 503 000,00 ₽ | −12 000,00 ₽ (−2,3 %) | +76 000,00 ₽ (+17,8 %) |
  | Долг поставщикам | 107 000,00 ₽ | −137 000,00 ₽ (−56,1 %) | −76 000,00 ₽ (−41,5 %) |
  | Долг перед бюджетом | 231 257,59 ₽ | +91 257,59 ₽ (+65,2 %) | +104 257,59 ₽ (+82,1 %) |
  | Долг перед сотрудниками | 104 400,00 ₽ | +17 400,00 ₽ (+20,0 %) | +17 400,00 ₽ (+20,0 %) |
  | Запасы | 35 900,00 ₽ | −130 000,00 ₽ (−78,4 %) | −194 100,00 ₽ (−84,4 %) |
  | Деньги | 818 376,55 ₽ | +204 765,44 ₽ (+33,4 %) | +203 265,44 ₽ (+33,0 %) |
  | Налоги к уплате | 195 257,59 ₽ | +85 257,59 ₽ (+77,5 %) | +98 257,59 ₽ (+101,3 %) |
  
  ---
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest client romashka --indicators --json | jq -c '{client: .client.slug, period: .indicators.period, revenue: .indicators.indicators[0].value_minor}'
  {"client":"romashka","period":"2026-03","revenue":50000000}

Bad input: one line, a documented exit code.
  $ acct digest indicators
  ! acct: error: give a client's SLUG, or --all with --output-dir
  [2]
  $ acct digest indicators nobody
  ! acct: error: no client 'nobody'
  ! hint: see 'acct client list --all'
  [3]
  $ acct digest indicators almaty --period 2026-03
  ! acct: error: no chart of accounts for clients in 'kz' (charts are for: ru)
  ! hint: add a chart and its indicators to the templates directory (docs/figures.md)
  [3]
  $ acct digest indicators romashka --period 2026-Q1
  ! acct: error: --period '2026-Q1' is not a month, like 2026-03
  [4]
  $ acct digest indicators romashka --period 2026-13
  ! acct: error: invalid period '2026-13' for --period
  ! hint: write a month 2026-03, a quarter 2026-Q1, a half-year 2026-H1, nine months 2026-9M, a year 2026, or a day 2026-04-15
  [4]
  $ acct digest indicators romashka --format ics
  ! acct: error: acct digest indicators: --format: ics not in {text,md,html,json,csv}
  ! hint: run 'acct digest indicators --help' for usage
  [2]
  $ acct digest indicators --all
  ! acct: error: --all needs --output-dir DIR
  [2]
  $ acct digest indicators romashka --all --output-dir out
  ! acct: error: --all writes one file per client into --output-dir: give no SLUG or -o
  [2]
  $ acct digest indicators romashka --output-dir out
  ! acct: error: --output-dir is for --all; for one client use -o FILE
  [2]
  $ acct digest indicators --all --output-dir missing/dir --period 2026-03
  ! acct: error: cannot write 'missing/dir/romashka.txt': directory 'missing/dir' does not exist
  [8]
  $ acct digest client romashka --indicators --format csv
  ! acct: error: --indicators is for the text, md, html and json formats; for CSV use 'acct digest indicators --format csv'
  [2]
