Service templates: the bundled ones, and a firm's own in its templates directory.
One store: SQLite only, as templates are files; the store only lists what they produce.

  $ acct template list
  SERVICE            TITLE                                                         VERSION  OBLIGATIONS  PROGRAMMES  TRIGGERS  SOURCE
  kz-onboarding      Переход на бухгалтерское обслуживание (РК)                    2026.1             0           1         0  bundled
  kz-payroll-events  Кадровые события (РК): приём, увольнение, отпуск, больничный  2026.1             0           0         5  bundled
  kz-statutory       Налоговая отчётность и платежи (РК)                           2026.1            23           0         0  bundled
  ru-onboarding      Переход на бухгалтерское обслуживание                         2026.1             0           1         0  bundled
  ru-payroll-events  Кадровые события: приём, увольнение, отпуск, больничный       2026.1             0           0         7  bundled
  ru-statutory       Обязательная отчётность и платежи (РФ)                        2026.2            59           0         1  bundled
  $ acct template list --json | jq -c '.[] | [.id, .obligations, .programmes, .triggers, .provisional]'
  ["kz-onboarding",0,1,0,false]
  ["kz-payroll-events",0,0,5,false]
  ["kz-statutory",23,0,0,false]
  ["ru-onboarding",0,1,0,false]
  ["ru-payroll-events",0,0,7,false]
  ["ru-statutory",59,0,1,false]
  $ acct template show ru-onboarding
  service:   ru-onboarding
  title:     Переход на бухгалтерское обслуживание
  version:   2026.1
  calendar:  ru
  source:    bundled: $SRCDIR/templates/services/ru-onboarding.toml
  lead time: 1 working day(s): Запросы клиента принимаются не позднее чем за 1 рабочий день до желаемого срока исполнения.
  about:     Программа перехода нового клиента: от договора до открытия доступа к учёту.
  
  Programme ru.onboarding: Программа перехода на обслуживание (7 steps)
  
    contract  Подписать договор на бухгалтерское обслуживание
      deadline:  2 working days after the programme's start
      role:      manager
      client:    sign
      estimate:  1 h
      file:      required
      checklist: Согласовать перечень услуг и абонентскую плату
                 Подписать договор
                 Передать клиенту его экземпляр
  
    express-audit  Экспресс-аудит учёта клиента
      after:     contract
      deadline:  5 working days after the later of those steps
      role:      chief-accountant
      estimate:  6 h
      file:      required
      checklist: Несданная отчётность за последние три года
                 Выписка из ЕНС: недоимка, пени, штрафы
                 Невосстановимые остатки по счетам учёта
                 Кассовая дисциплина и подотчётные суммы
                 Кадровые документы и договоры с сотрудниками
  
    e-reporting  Подключить электронную отчётность
      after:     contract
      deadline:  3 working days after the later of those steps
      role:      manager
      client:    documents
      estimate:  1.50 h
      checklist: Получить от клиента данные для сертификата ЭП
                 Подключить оператора ЭДО
                 Проверить отправку тестового запроса в ФНС
  
    storage  Подготовить хранилище документов: папки «от клиента» и «клиенту»
      after:     contract
      deadline:  1 working day after the later of those steps
      role:      operator
      estimate:  0.50 h
      checklist: Создать папки «от клиента» и «клиенту»
                 Выдать клиенту доступ
                 Описать клиенту, какие документы и когда класть
  
    payroll  Настроить учёт заработной платы
      after:      storage
      deadline:   5 working days after the later of those steps
      applies to: employer = true
      role:       payroll
      client:     documents
      estimate:   4 h
      checklist:  Получить штатное расписание и кадровые документы
                  Загрузить сотрудников и начисления
                  Согласовать даты выплаты зарплаты
  
    authorised-persons  Назначить уполномоченных лиц клиента (МЧД, доверенности)
      after:     e-reporting
      deadline:  3 working days after the later of those steps
      role:      manager
      client:    sign
      estimate:  1 h
      file:      required
      checklist: Оформить машиночитаемую доверенность на сдачу отчётности
                 Оформить доверенность на получение документов
                 Записать контакты уполномоченных лиц
  
    go-live  Уведомить клиента о подключении и открыть доступ к учёту
      after:     express-audit, e-reporting, storage, payroll, authorised-persons
      deadline:  1 working day after the later of those steps
      role:      manager
      estimate:  0.50 h
      checklist: Отправить клиенту уведомление о подключении
                 Выдать логины и ссылки
                 Представить рабочую группу
  $ acct template show ru-statutory --json | jq -c '.obligations[] | select(.code == "ru.usn.declaration") | {periods, deadline, applies_to, variants}'
  {"periods":"year","deadline":"day 25 of the 3rd month after the end of the period; if that is a day off, the next working day (Tax Code art. 6.1 p.7)","applies_to":"regime in [usn-income, usn-income-expense]","variants":[{"when":"form = ip","periods":null,"skip":false,"deadline":"day 25 of the 4th month after the end of the period; if that is a day off, the next working day (Tax Code art. 6.1 p.7)"}]}
  $ acct template show ru-statutory --json | jq '.obligations | length'
  59

The bundled templates pass lint:
  $ acct template lint
  9 file(s) checked: no problems
  $ acct template lint $SRCDIR/templates/services/ru-statutory.toml --json | jq -c .
  {"files":1,"ok":true,"problems":[]}

A firm's service with mistakes: every one is reported with file:line:column, and lint exits 1:
  $ mkdir -p firm/services
  $ cat > firm/services/monthly-close.toml <<'TOML'
  > [service]
  > id = "monthly-close"
  > title = "Закрытие месяца"
  > country = "ru"
  > colour = "blue"
  > [[obligation]]
  > code = "close"
  > title = "Закрытие {period} {weather}"
  > periods = ["month", "fortnight"]
  > deadline = { day = 32, months_after = 1 }
  > role = "acountant"
  > applies_to = { vatt = true, regime = "usn" }
  > [[obligation]]
  > code = "close"
  > title = "Повтор"
  > periods = ["month"]
  > deadline = { day = 10, months_after = 1 }
  > role = "accountant"
  > [[programme]]
  > code = "setup"
  > title = "Настройка"
  > [[programme.step]]
  > code = "a"
  > title = "A"
  > after = ["b"]
  > deadline = { working_days = 1 }
  > role = "manager"
  > [[programme.step]]
  > code = "b"
  > title = "B"
  > after = ["a"]
  > deadline = { working_days = 1 }
  > role = "manager"
  > TOML
  $ acct template lint firm
  firm/services/monthly-close.toml:5:1: unknown key 'colour' in [service]
  firm/services/monthly-close.toml:8:9: unknown placeholder {weather} in the title
  firm/services/monthly-close.toml:9:11: unknown period 'fortnight': use month, quarter, half-year, nine-months, year, or one of Q1-Q4, H1, H2, 9M
  firm/services/monthly-close.toml:10:20: impossible day 32: use 1 to 31 or "last"
  firm/services/monthly-close.toml:11:8: unknown role 'acountant' (did you mean 'accountant'?)
  firm/services/monthly-close.toml:12:16: condition on unknown fact 'vatt' (did you mean 'vat'?)
  firm/services/monthly-close.toml:12:38: unknown regime 'usn' (did you mean 'usn-income' or 'usn-income-expense'?)
  firm/services/monthly-close.toml:13: code 'close' is used twice in service 'monthly-close' (first at line 6)
  firm/services/monthly-close.toml:22: steps of programme 'setup' depend on each other in a cycle: a, b
  ! acct: error: 9 problem(s) in 1 file(s) checked
  [1]
  $ acct template lint --templates firm --json | jq -c '.problems | length'
  9
  ! acct: error: 9 problem(s) in 1 file(s) checked
  [1]

A firm's broken template stops every command that needs templates:
  $ acct template list --templates firm
  ! acct: error: invalid service templates: 9 problems
  !   firm/services/monthly-close.toml:5:1: unknown key 'colour' in [service]
  !   firm/services/monthly-close.toml:8:9: unknown placeholder {weather} in the title
  !   firm/services/monthly-close.toml:9:11: unknown period 'fortnight': use month, quarter, half-year, nine-months, year, or one of Q1-Q4, H1, H2, 9M
  !   firm/services/monthly-close.toml:10:20: impossible day 32: use 1 to 31 or "last"
  !   firm/services/monthly-close.toml:11:8: unknown role 'acountant' (did you mean 'accountant'?)
  !   firm/services/monthly-close.toml:12:16: condition on unknown fact 'vatt' (did you mean 'vat'?)
  !   firm/services/monthly-close.toml:12:38: unknown regime 'usn' (did you mean 'usn-income' or 'usn-income-expense'?)
  !   firm/services/monthly-close.toml:13: code 'close' is used twice in service 'monthly-close' (first at line 6)
  !   firm/services/monthly-close.toml:22: steps of programme 'setup' depend on each other in a cycle: a, b
  [4]

A correct firm service adds to the bundled ones, and one with a bundled id replaces it:
  $ cat > firm/services/monthly-close.toml <<'TOML'
  > [service]
  > id = "monthly-close"
  > title = "Закрытие месяца"
  > country = "ru"
  > [[obligation]]
  > code = "close"
  > title = "Закрытие месяца: {period}"
  > periods = ["month"]
  > deadline = { working_days = 5, anchor = "period_end" }
  > role = "accountant"
  > TOML
  $ acct template lint --templates firm
  1 file(s) checked: no problems
  $ acct template list --templates firm --json | jq -r '.[] | [.id, .bundled] | @tsv'
  kz-onboarding	true
  kz-payroll-events	true
  kz-statutory	true
  monthly-close	false
  ru-onboarding	true
  ru-payroll-events	true
  ru-statutory	true

Unknown services get a suggestion:
  $ acct template show ru-statutor
  ! acct: error: unknown service 'ru-statutor'
  ! hint: did you mean 'ru-statutory'?
  [3]
