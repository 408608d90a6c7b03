Golden files of every digest in every format, whole, on the same small firm and fixed today as
digest.t (2026-04-20, Moscow): a change to any wording, field or markup shows here.
One store: SQLite only, as how a digest reads is decided above the store (digest.t runs on both).
  $ acct init --firm-name "ООО «Демо»" --quiet
  $ printf '[firm]\nname = "ООО «Демо»"\nphone = "+7 495 100-00-00"\nemail = "office@demo.ru"\naccent_color = "#0a7d55"\n' > "$HOME/.config/acct/config.toml"
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,payroll --email ivanova@demo.ru --phone "+7 916 000-00-01" --capacity 20 --quiet
  $ acct staff add kim --name "Ким Алина" --role chief-accountant,manager --telegram @kim_buh --quiet
  $ acct client add vektor --name "ООО «Вектор»" --short-name Вектор --form ooo --inn 7728012340 --regime osno --vat --employer --from 2026-01-01 --quiet
  $ acct client assign vektor --accountant ivanova --payroll ivanova --manager kim --chief-accountant kim --from 2026-01-01 --quiet
  $ acct client subscribe vektor ru-statutory --from 2026-01-01 --quiet
  $ acct generate --since 2026-04-01 --through 2026-05-31 --quiet
  $ acct task add vektor "Созвон с директором" --due 2026-04-15 --assignee kim --estimate 1h --category communication --force --quiet
  $ acct task add vektor "Сверка с контрагентами" --due 2026-04-24 --role manager --estimate 2h --quiet
  $ acct task list --client vektor --json | jq -r '.[] | select(.title | startswith("Декларация по НДС")) | .id'
  9
  $ acct task accept 9 --quiet
  $ acct task wait 9 --reason "подпись директора на декларации" --quiet
  $ acct task log "$(acct task list --json | jq '.[] | select(.title == "Созвон с директором") | .id')" 1h --staff kim --quiet
  $ acct task log 9 3h --staff ivanova --quiet
  $ acct digest client vektor --days 7 --format text
  ООО «Демо»
  Вектор: календарь на 7 дней
  с 20.04.2026 по 27.04.2026 · ООО «Вектор» · ИНН 7728012340
  
  Просрочено
  \! 03.04.2026, пт  Уведомление по НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 17 дней; запланировано; отвечает Иванова Мария
  \! 06.04.2026, пн  Уплата НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 14 дней; запланировано; отвечает Иванова Мария
  \! 15.04.2026, ср  Взносы на травматизм за март 2026 — просрочено на 5 дней; запланировано; отвечает Иванова Мария
  \! 15.04.2026, ср  Созвон с директором — просрочено на 5 дней; запланировано; отвечает Ким Алина
  
  Что нужно от вас
  Чтобы мы успели к сроку, сделайте это до указанной даты.
  \! 02.04.2026, чт  Нужно оплатить: уплата НДФЛ за 23-е – конец месяца (март 2026)
  \! 13.04.2026, пн  Нужно оплатить: взносы на травматизм за март 2026
    23.04.2026, чт  Нужно подписать: 6-НДФЛ за I квартал 2026
    23.04.2026, чт  Нужно подписать: декларация по налогу на прибыль за I квартал 2026
    23.04.2026, чт  Нужно подписать: расчёт по страховым взносам за I квартал 2026
    23.04.2026, чт  Нужно подписать: декларация по НДС за I квартал 2026 — ждём: подпись директора на декларации
  
  Сроки на 7 дней
  Что мы сдадим или заплатим за вас, и когда.
    24.04.2026, пт  Сверка с контрагентами — запланировано; отвечает Ким Алина
    27.04.2026, пн  ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026 — запланировано; отвечает Иванова Мария
    27.04.2026, пн  Уведомление об исчисленных суммах налогов (апрель 2026) — запланировано; отвечает Иванова Мария
    27.04.2026, пн  6-НДФЛ за I квартал 2026 — запланировано; отвечает Иванова Мария
    27.04.2026, пн  Декларация по налогу на прибыль за I квартал 2026 — запланировано; отвечает Иванова Мария
    27.04.2026, пн  Расчёт по страховым взносам за I квартал 2026 — запланировано; отвечает Иванова Мария
    27.04.2026, пн  Декларация по НДС за I квартал 2026 — ждём от вас; отвечает Иванова Мария
  
  Сделано за 7 дней
    За эти дни закрытых задач нет.
  
  Ваша команда
    Менеджер, главный бухгалтер: Ким Алина — @kim_buh
    Бухгалтер, расчётчик зарплаты: Иванова Мария — +79160000001, ivanova@demo.ru
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest client vektor --days 7 --format md
  # Вектор: календарь на 7 дней
  
  **ООО «Демо»** · с 20.04.2026 по 27.04.2026 · ООО «Вектор» · ИНН 7728012340
  
  ## Просрочено
  
  - ⚠ **03.04.2026, пт** Уведомление по НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 17 дней; запланировано; отвечает Иванова Мария
  - ⚠ **06.04.2026, пн** Уплата НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 14 дней; запланировано; отвечает Иванова Мария
  - ⚠ **15.04.2026, ср** Взносы на травматизм за март 2026 — просрочено на 5 дней; запланировано; отвечает Иванова Мария
  - ⚠ **15.04.2026, ср** Созвон с директором — просрочено на 5 дней; запланировано; отвечает Ким Алина
  
  ## Что нужно от вас
  
  _Чтобы мы успели к сроку, сделайте это до указанной даты._
  
  - ⚠ **02.04.2026, чт** Нужно оплатить: уплата НДФЛ за 23-е – конец месяца (март 2026)
  - ⚠ **13.04.2026, пн** Нужно оплатить: взносы на травматизм за март 2026
  - **23.04.2026, чт** Нужно подписать: 6-НДФЛ за I квартал 2026
  - **23.04.2026, чт** Нужно подписать: декларация по налогу на прибыль за I квартал 2026
  - **23.04.2026, чт** Нужно подписать: расчёт по страховым взносам за I квартал 2026
  - **23.04.2026, чт** Нужно подписать: декларация по НДС за I квартал 2026 — ждём: подпись директора на декларации
  
  ## Сроки на 7 дней
  
  _Что мы сдадим или заплатим за вас, и когда._
  
  - **24.04.2026, пт** Сверка с контрагентами — запланировано; отвечает Ким Алина
  - **27.04.2026, пн** ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026 — запланировано; отвечает Иванова Мария
  - **27.04.2026, пн** Уведомление об исчисленных суммах налогов (апрель 2026) — запланировано; отвечает Иванова Мария
  - **27.04.2026, пн** 6-НДФЛ за I квартал 2026 — запланировано; отвечает Иванова Мария
  - **27.04.2026, пн** Декларация по налогу на прибыль за I квартал 2026 — запланировано; отвечает Иванова Мария
  - **27.04.2026, пн** Расчёт по страховым взносам за I квартал 2026 — запланировано; отвечает Иванова Мария
  - **27.04.2026, пн** Декларация по НДС за I квартал 2026 — ждём от вас; отвечает Иванова Мария
  
  ## Сделано за 7 дней
  
  За эти дни закрытых задач нет.
  
  ## Ваша команда
  
  - Менеджер, главный бухгалтер: Ким Алина — @kim\_buh
  - Бухгалтер, расчётчик зарплаты: Иванова Мария — +79160000001, ivanova@demo.ru
  
  ---
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest client vektor --days 7 --format html
  <!DOCTYPE html>
  <html lang="ru">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Вектор: календарь на 7 дней</title>
  <style>
  :root { --accent: #0a7d55; --alert: #cf222e; --muted: #57606a; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
  header { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
  .firm { color: var(--accent); font-weight: 600; margin: 0; }
  h1 { font-size: 1.5rem; margin: .2rem 0; }
  h2 { font-size: 1.1rem; color: var(--accent); margin: 1.5rem 0 .4rem; }
  .subtitle, .note, footer { color: var(--muted); }
  ul { list-style: none; padding: 0; margin: 0; }
  li { padding: .3rem 0; border-bottom: 1px solid #d0d7de; }
  li time { display: inline-block; min-width: 8.5rem; font-variant-numeric: tabular-nums; font-weight: 600; }
  .detail { color: var(--muted); }
  .alert, .alert time { color: var(--alert); }
  li.alert::before { content: "⚠ "; }
  table { border-collapse: collapse; width: 100%; margin: .3rem 0; }
  th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #d0d7de; }
  tr.alert td:first-child { font-weight: 600; }
  svg { max-width: 100%; height: auto; font-family: inherit; }
  footer { margin-top: 2rem; border-top: 1px solid #d0d7de; padding-top: .5rem; font-size: .9rem; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } li, tr { break-inside: avoid; } }
  </style>
  </head>
  <body>
  <header>
  <p class="firm">ООО «Демо»</p>
  <h1>Вектор: календарь на 7 дней</h1>
  <p class="subtitle">с 20.04.2026 по 27.04.2026 · ООО «Вектор» · ИНН 7728012340</p>
  </header>
  <main>
  <section aria-labelledby="s1">
  <h2 id="s1">Просрочено</h2>
  <ul>
  <li class="alert"><time datetime="2026-04-03">03.04.2026, пт</time> Уведомление по НДФЛ за 23-е – конец месяца (март 2026) <span class="detail">— просрочено на 17 дней; запланировано; отвечает Иванова Мария</span></li>
  <li class="alert"><time datetime="2026-04-06">06.04.2026, пн</time> Уплата НДФЛ за 23-е – конец месяца (март 2026) <span class="detail">— просрочено на 14 дней; запланировано; отвечает Иванова Мария</span></li>
  <li class="alert"><time datetime="2026-04-15">15.04.2026, ср</time> Взносы на травматизм за март 2026 <span class="detail">— просрочено на 5 дней; запланировано; отвечает Иванова Мария</span></li>
  <li class="alert"><time datetime="2026-04-15">15.04.2026, ср</time> Созвон с директором <span class="detail">— просрочено на 5 дней; запланировано; отвечает Ким Алина</span></li>
  </ul>
  </section>
  <section aria-labelledby="s2">
  <h2 id="s2">Что нужно от вас</h2>
  <p class="note">Чтобы мы успели к сроку, сделайте это до указанной даты.</p>
  <ul>
  <li class="alert"><time datetime="2026-04-02">02.04.2026, чт</time> Нужно оплатить: уплата НДФЛ за 23-е – конец месяца (март 2026)</li>
  <li class="alert"><time datetime="2026-04-13">13.04.2026, пн</time> Нужно оплатить: взносы на травматизм за март 2026</li>
  <li><time datetime="2026-04-23">23.04.2026, чт</time> Нужно подписать: 6-НДФЛ за I квартал 2026</li>
  <li><time datetime="2026-04-23">23.04.2026, чт</time> Нужно подписать: декларация по налогу на прибыль за I квартал 2026</li>
  <li><time datetime="2026-04-23">23.04.2026, чт</time> Нужно подписать: расчёт по страховым взносам за I квартал 2026</li>
  <li><time datetime="2026-04-23">23.04.2026, чт</time> Нужно подписать: декларация по НДС за I квартал 2026 <span class="detail">— ждём: подпись директора на декларации</span></li>
  </ul>
  </section>
  <section aria-labelledby="s3">
  <h2 id="s3">Сроки на 7 дней</h2>
  <p class="note">Что мы сдадим или заплатим за вас, и когда.</p>
  <ul>
  <li><time datetime="2026-04-24">24.04.2026, пт</time> Сверка с контрагентами <span class="detail">— запланировано; отвечает Ким Алина</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026 <span class="detail">— запланировано; отвечает Иванова Мария</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Уведомление об исчисленных суммах налогов (апрель 2026) <span class="detail">— запланировано; отвечает Иванова Мария</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> 6-НДФЛ за I квартал 2026 <span class="detail">— запланировано; отвечает Иванова Мария</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Декларация по налогу на прибыль за I квартал 2026 <span class="detail">— запланировано; отвечает Иванова Мария</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Расчёт по страховым взносам за I квартал 2026 <span class="detail">— запланировано; отвечает Иванова Мария</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Декларация по НДС за I квартал 2026 <span class="detail">— ждём от вас; отвечает Иванова Мария</span></li>
  </ul>
  </section>
  <section aria-labelledby="s4">
  <h2 id="s4">Сделано за 7 дней</h2>
  <p>За эти дни закрытых задач нет.</p>
  </section>
  <section aria-labelledby="s5">
  <h2 id="s5">Ваша команда</h2>
  <ul>
  <li>Менеджер, главный бухгалтер: Ким Алина <span class="detail">— @kim_buh</span></li>
  <li>Бухгалтер, расчётчик зарплаты: Иванова Мария <span class="detail">— +79160000001, ivanova@demo.ru</span></li>
  </ul>
  </section>
  </main>
  <footer>ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.</footer>
  </body>
  </html>
  $ acct digest client vektor --days 7 --format json
  {
    "firm": {
      "name": "ООО «Демо»",
      "phone": "+74951000000",
      "email": "office@demo.ru"
    },
    "today": "2026-04-20",
    "until": "2026-04-27",
    "days": 7,
    "client": {
      "slug": "vektor",
      "name": "Вектор",
      "legal_name": "ООО «Вектор»",
      "inn": "7728012340"
    },
    "overdue": [
      {
        "id": 1,
        "key": "vektor/ru-statutory/ru.ndfl.notice-3/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Уведомление по НДФЛ за 23-е – конец месяца (март 2026)",
        "period": "за март 2026 г.",
        "due": "2026-04-03",
        "planned": "2026-04-01",
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 17
      },
      {
        "id": 2,
        "key": "vektor/ru-statutory/ru.ndfl.payment-5/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Уплата НДФЛ за 23-е – конец месяца (март 2026)",
        "period": "за март 2026 г.",
        "due": "2026-04-06",
        "planned": "2026-04-02",
        "provisional": false,
        "status": "new",
        "client_action": "pay",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 14
      },
      {
        "id": 3,
        "key": "vektor/ru-statutory/ru.travm.payment/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Взносы на травматизм за март 2026",
        "period": "за март 2026 г.",
        "due": "2026-04-15",
        "planned": "2026-04-13",
        "provisional": false,
        "status": "new",
        "client_action": "pay",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 5
      },
      {
        "id": 20,
        "key": "vektor/manual/20",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Созвон с директором",
        "period": "",
        "due": "2026-04-15",
        "planned": null,
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "kim",
        "reviewer": null,
        "estimate_minutes": 60,
        "done_at": null,
        "days_overdue": 5
      }
    ],
    "from_client": [
      {
        "id": 2,
        "key": "vektor/ru-statutory/ru.ndfl.payment-5/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Уплата НДФЛ за 23-е – конец месяца (март 2026)",
        "period": "за март 2026 г.",
        "due": "2026-04-06",
        "planned": "2026-04-02",
        "provisional": false,
        "status": "new",
        "client_action": "pay",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 14
      },
      {
        "id": 3,
        "key": "vektor/ru-statutory/ru.travm.payment/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Взносы на травматизм за март 2026",
        "period": "за март 2026 г.",
        "due": "2026-04-15",
        "planned": "2026-04-13",
        "provisional": false,
        "status": "new",
        "client_action": "pay",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 5
      },
      {
        "id": 6,
        "key": "vektor/ru-statutory/ru.ndfl.6ndfl/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "6-НДФЛ за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "sign",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 120,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 7,
        "key": "vektor/ru-statutory/ru.profit.declaration/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Декларация по налогу на прибыль за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "sign",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 240,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 8,
        "key": "vektor/ru-statutory/ru.rsv/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Расчёт по страховым взносам за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "sign",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 180,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 9,
        "key": "vektor/ru-statutory/ru.vat.declaration/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Декларация по НДС за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "waiting-client",
        "client_action": "sign",
        "waiting_for": "подпись директора на декларации",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 240,
        "done_at": null,
        "days_overdue": 0
      }
    ],
    "upcoming": [
      {
        "id": 21,
        "key": "vektor/manual/21",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Сверка с контрагентами",
        "period": "",
        "due": "2026-04-24",
        "planned": null,
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "kim",
        "reviewer": null,
        "estimate_minutes": 120,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 4,
        "key": "vektor/ru-statutory/ru.efs1.travm/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 60,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 5,
        "key": "vektor/ru-statutory/ru.enp.notice/2026-04",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Уведомление об исчисленных суммах налогов (апрель 2026)",
        "period": "за апрель 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 30,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 6,
        "key": "vektor/ru-statutory/ru.ndfl.6ndfl/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "6-НДФЛ за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "sign",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 120,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 7,
        "key": "vektor/ru-statutory/ru.profit.declaration/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Декларация по налогу на прибыль за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "sign",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 240,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 8,
        "key": "vektor/ru-statutory/ru.rsv/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Расчёт по страховым взносам за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "sign",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 180,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 9,
        "key": "vektor/ru-statutory/ru.vat.declaration/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Декларация по НДС за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "waiting-client",
        "client_action": "sign",
        "waiting_for": "подпись директора на декларации",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 240,
        "done_at": null,
        "days_overdue": 0
      }
    ],
    "completed": [],
    "team": [
      {
        "role": "manager,chief-accountant",
        "name": "Ким Алина",
        "phone": "",
        "email": "",
        "telegram": "@kim_buh"
      },
      {
        "role": "accountant,payroll",
        "name": "Иванова Мария",
        "phone": "+79160000001",
        "email": "ivanova@demo.ru",
        "telegram": ""
      }
    ]
  }
  $ acct digest client vektor --days 7 --format csv
  section,task_id,client,title,due,planned,status,client_action,assignee,reviewer,estimate_minutes,days_overdue,done_at,provisional
  overdue,1,vektor,Уведомление по НДФЛ за 23-е – конец месяца (март 2026),2026-04-03,2026-04-01,new,none,ivanova,kim,15,17,,0
  overdue,2,vektor,Уплата НДФЛ за 23-е – конец месяца (март 2026),2026-04-06,2026-04-02,new,pay,ivanova,kim,15,14,,0
  overdue,3,vektor,Взносы на травматизм за март 2026,2026-04-15,2026-04-13,new,pay,ivanova,kim,15,5,,0
  overdue,20,vektor,Созвон с директором,2026-04-15,,new,none,kim,,60,5,,0
  from_client,2,vektor,Уплата НДФЛ за 23-е – конец месяца (март 2026),2026-04-06,2026-04-02,new,pay,ivanova,kim,15,14,,0
  from_client,3,vektor,Взносы на травматизм за март 2026,2026-04-15,2026-04-13,new,pay,ivanova,kim,15,5,,0
  from_client,6,vektor,6-НДФЛ за I квартал 2026,2026-04-27,2026-04-23,new,sign,ivanova,kim,120,0,,0
  from_client,7,vektor,Декларация по налогу на прибыль за I квартал 2026,2026-04-27,2026-04-23,new,sign,ivanova,kim,240,0,,0
  from_client,8,vektor,Расчёт по страховым взносам за I квартал 2026,2026-04-27,2026-04-23,new,sign,ivanova,kim,180,0,,0
  from_client,9,vektor,Декларация по НДС за I квартал 2026,2026-04-27,2026-04-23,waiting-client,sign,ivanova,kim,240,0,,0
  upcoming,21,vektor,Сверка с контрагентами,2026-04-24,,new,none,kim,,120,0,,0
  upcoming,4,vektor,ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026,2026-04-27,2026-04-23,new,none,ivanova,kim,60,0,,0
  upcoming,5,vektor,Уведомление об исчисленных суммах налогов (апрель 2026),2026-04-27,2026-04-23,new,none,ivanova,kim,30,0,,0
  upcoming,6,vektor,6-НДФЛ за I квартал 2026,2026-04-27,2026-04-23,new,sign,ivanova,kim,120,0,,0
  upcoming,7,vektor,Декларация по налогу на прибыль за I квартал 2026,2026-04-27,2026-04-23,new,sign,ivanova,kim,240,0,,0
  upcoming,8,vektor,Расчёт по страховым взносам за I квартал 2026,2026-04-27,2026-04-23,new,sign,ivanova,kim,180,0,,0
  upcoming,9,vektor,Декларация по НДС за I квартал 2026,2026-04-27,2026-04-23,waiting-client,sign,ivanova,kim,240,0,,0
  $ acct digest staff ivanova --days 7 --format text
  ООО «Демо»
  Иванова Мария: план на 7 дней
  с 20.04.2026 по 27.04.2026 · оценка 15,3 ч при норме 20 ч в неделю
  
  Просрочено
  Самые давние первыми.
  \! 03.04.2026, пт  Вектор: Уведомление по НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 17 дней; не принята; ~0,3 ч
  \! 06.04.2026, пн  Вектор: Уплата НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 14 дней; не принята; ~0,3 ч
  \! 15.04.2026, ср  Вектор: Взносы на травматизм за март 2026 — просрочено на 5 дней; не принята; ~0,3 ч
  
  Ждут вашей проверки
    На проверке у вас ничего нет.
  
  По дням
    27.04.2026, пн  Вектор: ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026 — не принята; ~1 ч
    27.04.2026, пн  Вектор: Уведомление об исчисленных суммах налогов (апрель 2026) — не принята; ~0,5 ч
    27.04.2026, пн  Вектор: 6-НДФЛ за I квартал 2026 — не принята; ~2 ч; клиенту: подписать
    27.04.2026, пн  Вектор: Декларация по налогу на прибыль за I квартал 2026 — не принята; ~4 ч; клиенту: подписать
    27.04.2026, пн  Вектор: Расчёт по страховым взносам за I квартал 2026 — не принята; ~3 ч; клиенту: подписать
    27.04.2026, пн  Вектор: Декларация по НДС за I квартал 2026 — ждём клиента; ~4 ч; клиенту: подписать
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest staff ivanova --days 7 --format md
  # Иванова Мария: план на 7 дней
  
  **ООО «Демо»** · с 20.04.2026 по 27.04.2026 · оценка 15,3 ч при норме 20 ч в неделю
  
  ## Просрочено
  
  _Самые давние первыми._
  
  - ⚠ **03.04.2026, пт** Вектор: Уведомление по НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 17 дней; не принята; ~0,3 ч
  - ⚠ **06.04.2026, пн** Вектор: Уплата НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 14 дней; не принята; ~0,3 ч
  - ⚠ **15.04.2026, ср** Вектор: Взносы на травматизм за март 2026 — просрочено на 5 дней; не принята; ~0,3 ч
  
  ## Ждут вашей проверки
  
  На проверке у вас ничего нет.
  
  ## По дням
  
  - **27.04.2026, пн** Вектор: ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026 — не принята; ~1 ч
  - **27.04.2026, пн** Вектор: Уведомление об исчисленных суммах налогов (апрель 2026) — не принята; ~0,5 ч
  - **27.04.2026, пн** Вектор: 6-НДФЛ за I квартал 2026 — не принята; ~2 ч; клиенту: подписать
  - **27.04.2026, пн** Вектор: Декларация по налогу на прибыль за I квартал 2026 — не принята; ~4 ч; клиенту: подписать
  - **27.04.2026, пн** Вектор: Расчёт по страховым взносам за I квартал 2026 — не принята; ~3 ч; клиенту: подписать
  - **27.04.2026, пн** Вектор: Декларация по НДС за I квартал 2026 — ждём клиента; ~4 ч; клиенту: подписать
  
  ---
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest staff ivanova --days 7 --format html
  <!DOCTYPE html>
  <html lang="ru">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Иванова Мария: план на 7 дней</title>
  <style>
  :root { --accent: #0a7d55; --alert: #cf222e; --muted: #57606a; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
  header { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
  .firm { color: var(--accent); font-weight: 600; margin: 0; }
  h1 { font-size: 1.5rem; margin: .2rem 0; }
  h2 { font-size: 1.1rem; color: var(--accent); margin: 1.5rem 0 .4rem; }
  .subtitle, .note, footer { color: var(--muted); }
  ul { list-style: none; padding: 0; margin: 0; }
  li { padding: .3rem 0; border-bottom: 1px solid #d0d7de; }
  li time { display: inline-block; min-width: 8.5rem; font-variant-numeric: tabular-nums; font-weight: 600; }
  .detail { color: var(--muted); }
  .alert, .alert time { color: var(--alert); }
  li.alert::before { content: "⚠ "; }
  table { border-collapse: collapse; width: 100%; margin: .3rem 0; }
  th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #d0d7de; }
  tr.alert td:first-child { font-weight: 600; }
  svg { max-width: 100%; height: auto; font-family: inherit; }
  footer { margin-top: 2rem; border-top: 1px solid #d0d7de; padding-top: .5rem; font-size: .9rem; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } li, tr { break-inside: avoid; } }
  </style>
  </head>
  <body>
  <header>
  <p class="firm">ООО «Демо»</p>
  <h1>Иванова Мария: план на 7 дней</h1>
  <p class="subtitle">с 20.04.2026 по 27.04.2026 · оценка 15,3 ч при норме 20 ч в неделю</p>
  </header>
  <main>
  <section aria-labelledby="s1">
  <h2 id="s1">Просрочено</h2>
  <p class="note">Самые давние первыми.</p>
  <ul>
  <li class="alert"><time datetime="2026-04-03">03.04.2026, пт</time> Вектор: Уведомление по НДФЛ за 23-е – конец месяца (март 2026) <span class="detail">— просрочено на 17 дней; не принята; ~0,3 ч</span></li>
  <li class="alert"><time datetime="2026-04-06">06.04.2026, пн</time> Вектор: Уплата НДФЛ за 23-е – конец месяца (март 2026) <span class="detail">— просрочено на 14 дней; не принята; ~0,3 ч</span></li>
  <li class="alert"><time datetime="2026-04-15">15.04.2026, ср</time> Вектор: Взносы на травматизм за март 2026 <span class="detail">— просрочено на 5 дней; не принята; ~0,3 ч</span></li>
  </ul>
  </section>
  <section aria-labelledby="s2">
  <h2 id="s2">Ждут вашей проверки</h2>
  <p>На проверке у вас ничего нет.</p>
  </section>
  <section aria-labelledby="s3">
  <h2 id="s3">По дням</h2>
  <ul>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Вектор: ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026 <span class="detail">— не принята; ~1 ч</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Вектор: Уведомление об исчисленных суммах налогов (апрель 2026) <span class="detail">— не принята; ~0,5 ч</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Вектор: 6-НДФЛ за I квартал 2026 <span class="detail">— не принята; ~2 ч; клиенту: подписать</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Вектор: Декларация по налогу на прибыль за I квартал 2026 <span class="detail">— не принята; ~4 ч; клиенту: подписать</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Вектор: Расчёт по страховым взносам за I квартал 2026 <span class="detail">— не принята; ~3 ч; клиенту: подписать</span></li>
  <li><time datetime="2026-04-27">27.04.2026, пн</time> Вектор: Декларация по НДС за I квартал 2026 <span class="detail">— ждём клиента; ~4 ч; клиенту: подписать</span></li>
  </ul>
  </section>
  </main>
  <footer>ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.</footer>
  </body>
  </html>
  $ acct digest staff ivanova --days 7 --format json
  {
    "firm": {
      "name": "ООО «Демо»",
      "phone": "+74951000000",
      "email": "office@demo.ru"
    },
    "today": "2026-04-20",
    "until": "2026-04-27",
    "days": 7,
    "staff": {
      "handle": "ivanova",
      "name": "Иванова Мария"
    },
    "capacity_minutes": 1200,
    "estimate_minutes": 915,
    "overdue": [
      {
        "id": 1,
        "key": "vektor/ru-statutory/ru.ndfl.notice-3/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Уведомление по НДФЛ за 23-е – конец месяца (март 2026)",
        "period": "за март 2026 г.",
        "due": "2026-04-03",
        "planned": "2026-04-01",
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 17
      },
      {
        "id": 2,
        "key": "vektor/ru-statutory/ru.ndfl.payment-5/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Уплата НДФЛ за 23-е – конец месяца (март 2026)",
        "period": "за март 2026 г.",
        "due": "2026-04-06",
        "planned": "2026-04-02",
        "provisional": false,
        "status": "new",
        "client_action": "pay",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 14
      },
      {
        "id": 3,
        "key": "vektor/ru-statutory/ru.travm.payment/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Взносы на травматизм за март 2026",
        "period": "за март 2026 г.",
        "due": "2026-04-15",
        "planned": "2026-04-13",
        "provisional": false,
        "status": "new",
        "client_action": "pay",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 5
      }
    ],
    "to_review": [],
    "upcoming": [
      {
        "id": 4,
        "key": "vektor/ru-statutory/ru.efs1.travm/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 60,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 5,
        "key": "vektor/ru-statutory/ru.enp.notice/2026-04",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Уведомление об исчисленных суммах налогов (апрель 2026)",
        "period": "за апрель 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 30,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 6,
        "key": "vektor/ru-statutory/ru.ndfl.6ndfl/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "6-НДФЛ за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "sign",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 120,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 7,
        "key": "vektor/ru-statutory/ru.profit.declaration/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Декларация по налогу на прибыль за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "sign",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 240,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 8,
        "key": "vektor/ru-statutory/ru.rsv/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Расчёт по страховым взносам за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "new",
        "client_action": "sign",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 180,
        "done_at": null,
        "days_overdue": 0
      },
      {
        "id": 9,
        "key": "vektor/ru-statutory/ru.vat.declaration/2026-Q1",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Декларация по НДС за I квартал 2026",
        "period": "за I квартал 2026 г.",
        "due": "2026-04-27",
        "planned": "2026-04-23",
        "provisional": false,
        "status": "waiting-client",
        "client_action": "sign",
        "waiting_for": "подпись директора на декларации",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 240,
        "done_at": null,
        "days_overdue": 0
      }
    ]
  }
  $ acct digest staff ivanova --days 7 --format csv
  section,task_id,client,title,due,planned,status,client_action,assignee,reviewer,estimate_minutes,days_overdue,done_at,provisional
  overdue,1,vektor,Уведомление по НДФЛ за 23-е – конец месяца (март 2026),2026-04-03,2026-04-01,new,none,ivanova,kim,15,17,,0
  overdue,2,vektor,Уплата НДФЛ за 23-е – конец месяца (март 2026),2026-04-06,2026-04-02,new,pay,ivanova,kim,15,14,,0
  overdue,3,vektor,Взносы на травматизм за март 2026,2026-04-15,2026-04-13,new,pay,ivanova,kim,15,5,,0
  upcoming,4,vektor,ЕФС-1: взносы на травматизм (раздел 2) за I квартал 2026,2026-04-27,2026-04-23,new,none,ivanova,kim,60,0,,0
  upcoming,5,vektor,Уведомление об исчисленных суммах налогов (апрель 2026),2026-04-27,2026-04-23,new,none,ivanova,kim,30,0,,0
  upcoming,6,vektor,6-НДФЛ за I квартал 2026,2026-04-27,2026-04-23,new,sign,ivanova,kim,120,0,,0
  upcoming,7,vektor,Декларация по налогу на прибыль за I квартал 2026,2026-04-27,2026-04-23,new,sign,ivanova,kim,240,0,,0
  upcoming,8,vektor,Расчёт по страховым взносам за I квартал 2026,2026-04-27,2026-04-23,new,sign,ivanova,kim,180,0,,0
  upcoming,9,vektor,Декларация по НДС за I квартал 2026,2026-04-27,2026-04-23,waiting-client,sign,ivanova,kim,240,0,,0
  $ acct digest firm --days 7 --format text
  ООО «Демо»
  Обзор на 7 дней
  с 20.04.2026 по 27.04.2026 · просрочено задач: 4
  
  Просрочено по клиентам
     Клиент  Просрочено
  \!  Вектор           4
  
  Просрочено по исполнителям
     Исполнитель    Просрочено
  \!  Иванова Мария           3
  \!  Ким Алина               1
  
  Просроченные задачи
  \! 03.04.2026, пт  Вектор: Уведомление по НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 17 дней; Иванова Мария
  \! 06.04.2026, пн  Вектор: Уплата НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 14 дней; Иванова Мария
  \! 15.04.2026, ср  Вектор: Взносы на травматизм за март 2026 — просрочено на 5 дней; Иванова Мария
  \! 15.04.2026, ср  Вектор: Созвон с директором — просрочено на 5 дней; Ким Алина
  
  Загрузка
  Оценки открытых задач по неделям срока против нормы из реестра сотрудников.
    Сотрудник             с 20.04      с 27.04
    Иванова Мария  15,3 ч из 20 ч  0 ч из 20 ч
    Ким Алина         3 ч из 40 ч  0 ч из 40 ч
  
  Без исполнителя
    Все задачи распределены.
  
  Много общения и администрирования
  Доля выше 10% учтённого времени с 20.01.2026 по 20.04.2026.
     Клиент  Всего  Общение и администрирование  Доля
  \!  Вектор    4 ч                          1 ч   25%
  
  Производственные календари
    Календари покрывают весь срок.
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest firm --days 7 --format md
  # Обзор на 7 дней
  
  **ООО «Демо»** · с 20.04.2026 по 27.04.2026 · просрочено задач: 4
  
  ## Просрочено по клиентам
  
  | Клиент | Просрочено |
  |---|---|
  | **Вектор** | 4 |
  
  ## Просрочено по исполнителям
  
  | Исполнитель | Просрочено |
  |---|---|
  | **Иванова Мария** | 3 |
  | **Ким Алина** | 1 |
  
  ## Просроченные задачи
  
  - ⚠ **03.04.2026, пт** Вектор: Уведомление по НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 17 дней; Иванова Мария
  - ⚠ **06.04.2026, пн** Вектор: Уплата НДФЛ за 23-е – конец месяца (март 2026) — просрочено на 14 дней; Иванова Мария
  - ⚠ **15.04.2026, ср** Вектор: Взносы на травматизм за март 2026 — просрочено на 5 дней; Иванова Мария
  - ⚠ **15.04.2026, ср** Вектор: Созвон с директором — просрочено на 5 дней; Ким Алина
  
  ## Загрузка
  
  _Оценки открытых задач по неделям срока против нормы из реестра сотрудников._
  
  | Сотрудник | с 20.04 | с 27.04 |
  |---|---|---|
  | Иванова Мария | 15,3 ч из 20 ч | 0 ч из 20 ч |
  | Ким Алина | 3 ч из 40 ч | 0 ч из 40 ч |
  
  ## Без исполнителя
  
  Все задачи распределены.
  
  ## Много общения и администрирования
  
  _Доля выше 10% учтённого времени с 20.01.2026 по 20.04.2026._
  
  | Клиент | Всего | Общение и администрирование | Доля |
  |---|---|---|---|
  | **Вектор** | 4 ч | 1 ч | 25% |
  
  ## Производственные календари
  
  Календари покрывают весь срок.
  
  ---
  
  ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.
  $ acct digest firm --days 7 --format html
  <!DOCTYPE html>
  <html lang="ru">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Обзор на 7 дней</title>
  <style>
  :root { --accent: #0a7d55; --alert: #cf222e; --muted: #57606a; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
  header { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
  .firm { color: var(--accent); font-weight: 600; margin: 0; }
  h1 { font-size: 1.5rem; margin: .2rem 0; }
  h2 { font-size: 1.1rem; color: var(--accent); margin: 1.5rem 0 .4rem; }
  .subtitle, .note, footer { color: var(--muted); }
  ul { list-style: none; padding: 0; margin: 0; }
  li { padding: .3rem 0; border-bottom: 1px solid #d0d7de; }
  li time { display: inline-block; min-width: 8.5rem; font-variant-numeric: tabular-nums; font-weight: 600; }
  .detail { color: var(--muted); }
  .alert, .alert time { color: var(--alert); }
  li.alert::before { content: "⚠ "; }
  table { border-collapse: collapse; width: 100%; margin: .3rem 0; }
  th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #d0d7de; }
  tr.alert td:first-child { font-weight: 600; }
  svg { max-width: 100%; height: auto; font-family: inherit; }
  footer { margin-top: 2rem; border-top: 1px solid #d0d7de; padding-top: .5rem; font-size: .9rem; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } li, tr { break-inside: avoid; } }
  </style>
  </head>
  <body>
  <header>
  <p class="firm">ООО «Демо»</p>
  <h1>Обзор на 7 дней</h1>
  <p class="subtitle">с 20.04.2026 по 27.04.2026 · просрочено задач: 4</p>
  </header>
  <main>
  <section aria-labelledby="s1">
  <h2 id="s1">Просрочено по клиентам</h2>
  <table>
  <thead><tr><th scope="col">Клиент</th><th scope="col">Просрочено</th></tr></thead>
  <tbody>
  <tr class="alert"><th scope="row">Вектор</th><td>4</td></tr>
  </tbody>
  </table>
  </section>
  <section aria-labelledby="s2">
  <h2 id="s2">Просрочено по исполнителям</h2>
  <table>
  <thead><tr><th scope="col">Исполнитель</th><th scope="col">Просрочено</th></tr></thead>
  <tbody>
  <tr class="alert"><th scope="row">Иванова Мария</th><td>3</td></tr>
  <tr class="alert"><th scope="row">Ким Алина</th><td>1</td></tr>
  </tbody>
  </table>
  </section>
  <section aria-labelledby="s3">
  <h2 id="s3">Просроченные задачи</h2>
  <ul>
  <li class="alert"><time datetime="2026-04-03">03.04.2026, пт</time> Вектор: Уведомление по НДФЛ за 23-е – конец месяца (март 2026) <span class="detail">— просрочено на 17 дней; Иванова Мария</span></li>
  <li class="alert"><time datetime="2026-04-06">06.04.2026, пн</time> Вектор: Уплата НДФЛ за 23-е – конец месяца (март 2026) <span class="detail">— просрочено на 14 дней; Иванова Мария</span></li>
  <li class="alert"><time datetime="2026-04-15">15.04.2026, ср</time> Вектор: Взносы на травматизм за март 2026 <span class="detail">— просрочено на 5 дней; Иванова Мария</span></li>
  <li class="alert"><time datetime="2026-04-15">15.04.2026, ср</time> Вектор: Созвон с директором <span class="detail">— просрочено на 5 дней; Ким Алина</span></li>
  </ul>
  </section>
  <section aria-labelledby="s4">
  <h2 id="s4">Загрузка</h2>
  <p class="note">Оценки открытых задач по неделям срока против нормы из реестра сотрудников.</p>
  <table>
  <thead><tr><th scope="col">Сотрудник</th><th scope="col">с 20.04</th><th scope="col">с 27.04</th></tr></thead>
  <tbody>
  <tr><th scope="row">Иванова Мария</th><td>15,3 ч из 20 ч</td><td>0 ч из 20 ч</td></tr>
  <tr><th scope="row">Ким Алина</th><td>3 ч из 40 ч</td><td>0 ч из 40 ч</td></tr>
  </tbody>
  </table>
  <figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 116" width="640" height="116" role="img" aria-labelledby="chart-title"><title id="chart-title">Плановые часы по неделям против нормы</title><text x="184" y="21" font-size="11" text-anchor="end">Иванова Мария · 20.04</text><rect x="190" y="10" width="137" height="14" fill="#0a7d55"><title>Иванова Мария: 15,3 ч из 20 ч</title></rect><text x="331" y="21" font-size="11">15,3 ч</text><text x="184" y="39" font-size="11" text-anchor="end">Иванова Мария · 27.04</text><rect x="190" y="28" width="1" height="14" fill="#0a7d55"><title>Иванова Мария: 0 ч из 20 ч</title></rect><text x="195" y="39" font-size="11">0 ч</text><line x1="370" x2="370" y1="8" y2="44" stroke="#57606a" stroke-dasharray="3 2"><title>норма 20 ч</title></line><text x="184" y="69" font-size="11" text-anchor="end">Ким Алина · 20.04</text><rect x="190" y="58" width="27" height="14" fill="#0a7d55"><title>Ким Алина: 3 ч из 40 ч</title></rect><text x="221" y="69" font-size="11">3 ч</text><text x="184" y="87" font-size="11" text-anchor="end">Ким Алина · 27.04</text><rect x="190" y="76" width="1" height="14" fill="#0a7d55"><title>Ким Алина: 0 ч из 40 ч</title></rect><text x="195" y="87" font-size="11">0 ч</text><line x1="550" x2="550" y1="56" y2="92" stroke="#57606a" stroke-dasharray="3 2"><title>норма 40 ч</title></line></svg></figure>
  </section>
  <section aria-labelledby="s5">
  <h2 id="s5">Без исполнителя</h2>
  <p>Все задачи распределены.</p>
  </section>
  <section aria-labelledby="s6">
  <h2 id="s6">Много общения и администрирования</h2>
  <p class="note">Доля выше 10% учтённого времени с 20.01.2026 по 20.04.2026.</p>
  <table>
  <thead><tr><th scope="col">Клиент</th><th scope="col">Всего</th><th scope="col">Общение и администрирование</th><th scope="col">Доля</th></tr></thead>
  <tbody>
  <tr class="alert"><th scope="row">Вектор</th><td>4 ч</td><td>1 ч</td><td>25%</td></tr>
  </tbody>
  </table>
  </section>
  <section aria-labelledby="s7">
  <h2 id="s7">Производственные календари</h2>
  <p>Календари покрывают весь срок.</p>
  </section>
  </main>
  <footer>ООО «Демо»: +74951000000, office@demo.ru. Составлено 20.04.2026.</footer>
  </body>
  </html>
  $ acct digest firm --days 7 --format json
  {
    "firm": {
      "name": "ООО «Демо»",
      "phone": "+74951000000",
      "email": "office@demo.ru"
    },
    "today": "2026-04-20",
    "until": "2026-04-27",
    "days": 7,
    "overdue": [
      {
        "id": 1,
        "key": "vektor/ru-statutory/ru.ndfl.notice-3/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Уведомление по НДФЛ за 23-е – конец месяца (март 2026)",
        "period": "за март 2026 г.",
        "due": "2026-04-03",
        "planned": "2026-04-01",
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 17
      },
      {
        "id": 2,
        "key": "vektor/ru-statutory/ru.ndfl.payment-5/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Уплата НДФЛ за 23-е – конец месяца (март 2026)",
        "period": "за март 2026 г.",
        "due": "2026-04-06",
        "planned": "2026-04-02",
        "provisional": false,
        "status": "new",
        "client_action": "pay",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 14
      },
      {
        "id": 3,
        "key": "vektor/ru-statutory/ru.travm.payment/2026-03",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Взносы на травматизм за март 2026",
        "period": "за март 2026 г.",
        "due": "2026-04-15",
        "planned": "2026-04-13",
        "provisional": false,
        "status": "new",
        "client_action": "pay",
        "waiting_for": "",
        "assignee": "ivanova",
        "reviewer": "kim",
        "estimate_minutes": 15,
        "done_at": null,
        "days_overdue": 5
      },
      {
        "id": 20,
        "key": "vektor/manual/20",
        "client": "vektor",
        "client_name": "Вектор",
        "title": "Созвон с директором",
        "period": "",
        "due": "2026-04-15",
        "planned": null,
        "provisional": false,
        "status": "new",
        "client_action": "none",
        "waiting_for": "",
        "assignee": "kim",
        "reviewer": null,
        "estimate_minutes": 60,
        "done_at": null,
        "days_overdue": 5
      }
    ],
    "overdue_by_client": [
      {
        "key": "vektor",
        "name": "Вектор",
        "count": 4
      }
    ],
    "overdue_by_person": [
      {
        "key": "ivanova",
        "name": "Иванова Мария",
        "count": 3
      },
      {
        "key": "kim",
        "name": "Ким Алина",
        "count": 1
      }
    ],
    "load": [
      {
        "staff": "ivanova",
        "name": "Иванова Мария",
        "week": "2026-04-20",
        "minutes": 915,
        "capacity_minutes": 1200,
        "overloaded": false
      },
      {
        "staff": "ivanova",
        "name": "Иванова Мария",
        "week": "2026-04-27",
        "minutes": 0,
        "capacity_minutes": 1200,
        "overloaded": false
      },
      {
        "staff": "kim",
        "name": "Ким Алина",
        "week": "2026-04-20",
        "minutes": 180,
        "capacity_minutes": 2400,
        "overloaded": false
      },
      {
        "staff": "kim",
        "name": "Ким Алина",
        "week": "2026-04-27",
        "minutes": 0,
        "capacity_minutes": 2400,
        "overloaded": false
      }
    ],
    "unassigned": [],
    "overhead": {
      "threshold": 0.1,
      "from": "2026-01-20",
      "clients": [
        {
          "client": "vektor",
          "name": "Вектор",
          "minutes": 240,
          "overhead_minutes": 60,
          "share": 0.25
        }
      ]
    },
    "calendars": {
      "until": "2026-06-04",
      "gaps": []
    }
  }
  $ acct digest firm --days 7 --format csv
  section,task_id,client,title,due,planned,status,client_action,assignee,reviewer,estimate_minutes,days_overdue,done_at,provisional,week,minutes,capacity_minutes,share
  overdue,1,vektor,Уведомление по НДФЛ за 23-е – конец месяца (март 2026),2026-04-03,2026-04-01,new,none,ivanova,kim,15,17,,0,,,
  overdue,2,vektor,Уплата НДФЛ за 23-е – конец месяца (март 2026),2026-04-06,2026-04-02,new,pay,ivanova,kim,15,14,,0,,,
  overdue,3,vektor,Взносы на травматизм за март 2026,2026-04-15,2026-04-13,new,pay,ivanova,kim,15,5,,0,,,
  overdue,20,vektor,Созвон с директором,2026-04-15,,new,none,kim,,60,5,,0,,,
  load,,,Иванова Мария,,,,,ivanova,,,,,,2026-04-20,915,1200,
  load,,,Иванова Мария,,,,,ivanova,,,,,,2026-04-27,0,1200,
  load,,,Ким Алина,,,,,kim,,,,,,2026-04-20,180,2400,
  load,,,Ким Алина,,,,,kim,,,,,,2026-04-27,0,2400,
  overhead,,vektor,Вектор,,,,,,,,,,,,240,,0.250
  $ acct digest client vektor --days 7 --format ics | tr -d '\r'
  BEGIN:VCALENDAR
  VERSION:2.0
  PRODID:-//acct//acct export ics//RU
  CALSCALE:GREGORIAN
  X-WR-CALNAME:ООО «Демо» — Вектор
  BEGIN:VEVENT
  UID:vektor/ru-statutory/ru.ndfl.notice-3/2026-03@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260403
  DTEND;VALUE=DATE:20260404
  SUMMARY:Вектор: Уведомление по НДФЛ за 23-е – 
   конец месяца (март 2026)
  DESCRIPTION:Клиент: Вектор\nПериод: март 2026\nСро
   к: 03.04.2026 — просрочено\nПлановая дата: 01.04.
   2026\nСтатус: запланировано\nИсполнитель: И
   ванова Мария (+79160000001\, ivanova@demo.ru)\nПроверяю
   щий: Ким Алина\nНомер задачи: 1
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/ru-statutory/ru.ndfl.payment-5/2026-03@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260406
  DTEND;VALUE=DATE:20260407
  SUMMARY:Вектор: Уплата НДФЛ за 23-е – конец ме
   сяца (март 2026)
  DESCRIPTION:Клиент: Вектор\nПериод: март 2026\nСро
   к: 06.04.2026 — просрочено\nПлановая дата: 02.04.
   2026\nСтатус: запланировано\nИсполнитель: И
   ванова Мария (+79160000001\, ivanova@demo.ru)\nПроверяю
   щий: Ким Алина\nНужно от клиента: оплатит
   ь\nНомер задачи: 2
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/ru-statutory/ru.travm.payment/2026-03@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260415
  DTEND;VALUE=DATE:20260416
  SUMMARY:Вектор: Взносы на травматизм за март 
   2026
  DESCRIPTION:Клиент: Вектор\nПериод: март 2026\nСро
   к: 15.04.2026 — просрочено\nПлановая дата: 13.04.
   2026\nСтатус: запланировано\nИсполнитель: И
   ванова Мария (+79160000001\, ivanova@demo.ru)\nПроверяю
   щий: Ким Алина\nНужно от клиента: оплатит
   ь\nНомер задачи: 3
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/manual/20@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260415
  DTEND;VALUE=DATE:20260416
  SUMMARY:Вектор: Созвон с директором
  DESCRIPTION:Клиент: Вектор\nСрок: 15.04.2026 — проср
   очено\nСтатус: запланировано\nИсполнител
   ь: Ким Алина (@kim_buh)\nНомер задачи: 20
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/manual/21@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260424
  DTEND;VALUE=DATE:20260425
  SUMMARY:Вектор: Сверка с контрагентами
  DESCRIPTION:Клиент: Вектор\nСрок: 24.04.2026\nСтатус:
    запланировано\nИсполнитель: Ким Алина (@k
   im_buh)\nНомер задачи: 21
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/ru-statutory/ru.efs1.travm/2026-Q1@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260427
  DTEND;VALUE=DATE:20260428
  SUMMARY:Вектор: ЕФС-1: взносы на травматизм (р
   аздел 2) за I квартал 2026
  DESCRIPTION:Клиент: Вектор\nПериод: I квартал 2026
   \nСрок: 27.04.2026\nПлановая дата: 23.04.2026\nСтату
   с: запланировано\nИсполнитель: Иванова М
   ария (+79160000001\, ivanova@demo.ru)\nПроверяющий: Ким 
   Алина\nНомер задачи: 4
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/ru-statutory/ru.enp.notice/2026-04@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260427
  DTEND;VALUE=DATE:20260428
  SUMMARY:Вектор: Уведомление об исчисленных с
   уммах налогов (апрель 2026)
  DESCRIPTION:Клиент: Вектор\nПериод: апрель 2026\nС
   рок: 27.04.2026\nПлановая дата: 23.04.2026\nСтатус: 
   запланировано\nИсполнитель: Иванова Мар
   ия (+79160000001\, ivanova@demo.ru)\nПроверяющий: Ким Ал
   ина\nНомер задачи: 5
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/ru-statutory/ru.ndfl.6ndfl/2026-Q1@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260427
  DTEND;VALUE=DATE:20260428
  SUMMARY:Вектор: 6-НДФЛ за I квартал 2026
  DESCRIPTION:Клиент: Вектор\nПериод: I квартал 2026
   \nСрок: 27.04.2026\nПлановая дата: 23.04.2026\nСтату
   с: запланировано\nИсполнитель: Иванова М
   ария (+79160000001\, ivanova@demo.ru)\nПроверяющий: Ким 
   Алина\nНужно от клиента: подписать\nНомер
    задачи: 6
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/ru-statutory/ru.profit.declaration/2026-Q1@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260427
  DTEND;VALUE=DATE:20260428
  SUMMARY:Вектор: Декларация по налогу на приб
   ыль за I квартал 2026
  DESCRIPTION:Клиент: Вектор\nПериод: I квартал 2026
   \nСрок: 27.04.2026\nПлановая дата: 23.04.2026\nСтату
   с: запланировано\nИсполнитель: Иванова М
   ария (+79160000001\, ivanova@demo.ru)\nПроверяющий: Ким 
   Алина\nНужно от клиента: подписать\nНомер
    задачи: 7
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/ru-statutory/ru.rsv/2026-Q1@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260427
  DTEND;VALUE=DATE:20260428
  SUMMARY:Вектор: Расчёт по страховым взносам 
   за I квартал 2026
  DESCRIPTION:Клиент: Вектор\nПериод: I квартал 2026
   \nСрок: 27.04.2026\nПлановая дата: 23.04.2026\nСтату
   с: запланировано\nИсполнитель: Иванова М
   ария (+79160000001\, ivanova@demo.ru)\nПроверяющий: Ким 
   Алина\nНужно от клиента: подписать\nНомер
    задачи: 8
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  BEGIN:VEVENT
  UID:vektor/ru-statutory/ru.vat.declaration/2026-Q1@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260427
  DTEND;VALUE=DATE:20260428
  SUMMARY:Вектор: Декларация по НДС за I кварта
   л 2026
  DESCRIPTION:Клиент: Вектор\nПериод: I квартал 2026
   \nСрок: 27.04.2026\nПлановая дата: 23.04.2026\nСтату
   с: ждём от вас\nИсполнитель: Иванова Мари
   я (+79160000001\, ivanova@demo.ru)\nПроверяющий: Ким Али
   на\nНужно от клиента: подписать\nЖдём от к
   лиента: подпись директора на декларации\
   nНомер задачи: 9
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  END:VEVENT
  END:VCALENDAR
