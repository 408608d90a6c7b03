Kazakhstan under the Tax Code of 2026 (docs/law/kz-statutory.md): a ТОО with a БИН and an ИП with
an ИИН, their plans for 2026 against the lists written by hand from the law, the refusals of a
wrong identifier or regime, and a year without a Kazakh calendar.
Today is 2026-04-20 (the transcripts' fixed clock).
One store: SQLite only, as the Kazakh obligations are decided above the store (generate.t runs on both).
  $ acct init --quiet
  $ acct staff add akhmetova --name "Ахметова Айгерим" --role accountant,payroll --quiet
  $ acct staff add serikov --name "Сериков Даурен" --role chief-accountant,manager --quiet
  $ acct client add dala --name "ТОО «Дала»" --form too --country kz --bin 150440001236 --regime general --vat --employer --from 2025-01-01
  added client 'dala' (ТОО «Дала», БИН 150440001236)
  $ acct client assign dala --accountant akhmetova --payroll akhmetova --chief-accountant serikov --from 2025-01-01 --quiet
  $ acct client subscribe dala kz-statutory --from 2025-01-01 --quiet
  $ acct client add kuat --name "ИП Куатов" --form ip --country kz --bin 900101300007 --regime simplified --from 2025-01-01
  added client 'kuat' (ИП Куатов, ИИН 900101300007)
  $ acct client assign kuat --accountant akhmetova --payroll akhmetova --chief-accountant serikov --from 2025-01-01 --quiet
  $ acct client subscribe kuat kz-statutory --from 2025-01-01 --quiet

The ТОО's plan for 2026 equals the list written by hand from the law
(tests/golden/kz-profiles-2026/too-general-vat-staff.tsv), and so does the ИП's without staff:
  $ acct plan --client dala --since 2026-01-01 --through 2026-12-31 --json | jq -r '.changes[] | [.code, .period, .instalment, .due] | @tsv' | sort > plan.tsv
  $ tail -n +2 $SRCDIR/tests/golden/kz-profiles-2026/too-general-vat-staff.tsv | cut -f1-4 | sort > golden.tsv
  $ diff golden.tsv plan.tsv && wc -l < plan.tsv
  86
  $ acct plan --client kuat --since 2026-01-01 --through 2026-12-31 --json | jq -r '.changes[] | [.code, .period, .instalment, .due] | @tsv' | sort > plan.tsv
  $ tail -n +2 $SRCDIR/tests/golden/kz-profiles-2026/ip-simplified-nostaff.tsv | cut -f1-4 | sort > golden.tsv
  $ diff golden.tsv plan.tsv && wc -l < plan.tsv
  44

What people read: the payments of September fall on Sunday 25 October, the День Республики,
whose day off moves to Monday 26 October, so they are due on Tuesday 27 October (Tax Code art. 64
p. 2); and the February ones on 25 March, a day off transferred for Наурыз:
  $ acct plan --client dala --since 2026-10-20 --through 2026-10-31
  CHANGE  CLIENT  CODE                   PERIOD   DUE         DETAILS
  create  dala    kz.ipn.payment         2026-09  2026-10-27  ИПН, удержанный у источника выплаты, за сентябрь 2026
  create  dala    kz.opv.payment         2026-09  2026-10-27  Обязательные пенсионные взносы (ОПВ) за сентябрь 2026
  create  dala    kz.opvr.payment        2026-09  2026-10-27  Обязательные пенсионные взносы работодателя (ОПВР) за сентябрь 2026
  create  dala    kz.osms.payment        2026-09  2026-10-27  Отчисления и взносы на ОСМС (ООСМС, ВОСМС) за сентябрь 2026
  create  dala    kz.so.payment          2026-09  2026-10-27  Социальные отчисления (СО) за сентябрь 2026
  create  dala    kz.social-tax.payment  2026-09  2026-10-27  Социальный налог за сентябрь 2026
  
  6 to create, 0 to move, 0 to update, 0 to restore, 0 to cancel, 0 conflict(s); 0 unchanged (from 2026-10-20 to 2026-10-31, client 'dala')
  $ acct deadline explain --rule '{ day = 25, months_after = 1, basis = "НК РК ст. 560 п. 1" }' --period 2026-02 --calendar kz
  rule:     day 25 of the 1st month after the end of the period; if that is a day off, the next working day (Tax Code of Kazakhstan art. 64 p.2)
  basis:    НК РК ст. 560 п. 1
  calendar: kz
  period:   2026-02
  anchor:   2026-02-28 (end of 2026-02)
  
  date:  2026-03-25 (Wed): day 25 of the 1st month after 2026-02-28
  moved: 2026-03-25 (Wed) is off: day off: Выходной за праздник 22.03.2026, совпавший с выходным (п. 2 ст. 85 ТК РК)
  due:   2026-03-26 (Thu)

A hire: the contract goes into the state register of labour contracts (ЕСУТД) within five working
days of its signing, counted on the Kazakh calendar over Наурыз:
  $ acct client subscribe dala kz-payroll-events --from 2026-01-01 --quiet
  $ acct event add dala hire --date 2026-03-20 --note "Нурланов Е."
  recorded event #1 (hire of 'dala' on 2026-03-20); created 1 task(s)
  $ acct task list --client dala --json | jq -r '.[] | select(.obligation == "kz.hire.esutd") | [.obligation, .due, .title] | @tsv'
  kz.hire.esutd	2026-04-01	ЕСУТД: сведения о трудовом договоре Нурланов Е. (подписан 20.03.2026)

Vacation pay rests on an article not read yet: the task is marked provisional:
  $ acct event add dala vacation --date 2026-05-04 --note "Нурланов Е." --quiet
  $ acct task list --client dala --json | jq -c '.[] | select(.obligation == "kz.vacation.pay") | {due, provisional}'
  {"due":"2026-04-30","provisional":true}
  $ acct template show kz-payroll-events --json | jq -c '[.triggers[] | select(.provisional) | .code]'
  ["kz.dismissal.settlement","kz.vacation.pay","kz.sick-leave.benefit"]
  $ acct template show kz-statutory | grep -A3 '^  kz.910.payment'
    kz.910.payment  ИПН (КПН) по форме 910.00 за {period}
      periods:    half-year
      deadline:   day 25 of the 2nd month after the end of the period; if that is a day off, the next working day (Tax Code of Kazakhstan art. 64 p.2)
      basis:      НК РК ст. 727 п. 2: не позднее 25 числа второго месяца, следующего за отчётным полугодием, в виде ИПН (КПН)

Onboarding a new client: working-day steps on the Kazakh calendar (1 May and 7 May are holidays):
  $ acct client subscribe kuat kz-onboarding --from 2026-04-28 --quiet
  $ acct plan --client kuat --since 2026-04-28 --through 2026-05-31 --json | jq -r '.changes[] | select(.service == "kz-onboarding") | [.code, .due] | @tsv'
  contract	2026-04-30
  storage	2026-05-04
  eds-keys	2026-05-06
  taxpayer-cabinet	2026-05-12
  express-audit	2026-05-19
  go-live	2026-05-20
  $ db-state > before.state

A Kazakh client with a Russian ИНН, an organisation with an ИИН, an ИП with a БИН, and a Russian
client with a Kazakh БИН: invalid (4), one line and a hint, nothing written.
  $ acct client add stepnoe --name "ТОО «Степное»" --form too --country kz --bin 7707083893
  ! acct: error: invalid БИН '7707083893': a БИН/ИИН has 12 digits, not 10
  ! hint: it is a valid Russian ИНН: a Kazakh client is identified by its БИН (an organisation) or ИИН (an entrepreneur); for a Russian client give country ru
  [4]
  $ acct client add stepnoe --name "ТОО «Степное»" --form too --country kz --bin 900101300007
  ! acct: error: '900101300007' is not a БИН: the 5th digit of a БИН is 4, 5 or 6 (an ИИН's is a digit of the birth date); form 'too' (ТОО) has a БИН
  [4]
  $ acct client add erlan --name "ИП Ерланов" --form ip --country kz --bin 150440001236
  ! acct: error: '150440001236' is a БИН (an organisation's number); form 'ip' (ИП) is identified by the owner's ИИН
  [4]
  $ acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 150440001236
  ! acct: error: invalid ИНН '150440001236': the second control digit (12th) does not match: the first 11 digits give 2
  ! hint: it is a valid Kazakh БИН/ИИН: a Russian client is identified by its ИНН; for a Kazakh client give country kz
  [4]

A regime the form cannot apply, a regime abolished by the 2026 Code, a regime of the other country:
  $ acct client add stepnoe --name "ТОО «Степное»" --form too --country kz --bin 200840012340 --regime agricultural --from 2026-01-01
  ! acct: error: regime 'agricultural' (СНР для крестьянских или фермерских хозяйств) is not for form 'too' (ТОО)
  ! hint: it is for 'kh' (КХ)
  [4]
  $ acct client add fond --name "ОЮЛ «Фонд»" --form nko --country kz --bin 200840012340 --regime simplified --from 2026-01-01
  ! acct: error: regime 'simplified' (СНР на основе упрощённой декларации) is not for form 'nko' (НКО)
  ! hint: it is for 'too' (ТОО), 'ao' (АО), 'ip' (ИП), 'kh' (КХ)
  [4]
  $ acct client set kuat regime=patent --from 2026-07-01
  ! acct: error: regime 'patent' (СНР на основе патента) ended on 31.12.2025: it was abolished by Налоговым кодексом РК от 18.07.2025 № 214-VIII
  ! hint: regimes from 2026: 'general', 'simplified' or 'agricultural'
  [4]
  $ acct client set kuat regime=usn-income --from 2026-07-01
  ! acct: error: unknown regime 'usn-income' for country 'kz'
  ! hint: regimes: 'general', 'simplified', 'agricultural', 'patent' or 'retail-tax'
  [4]
  $ db-state | cmp -s before.state - && echo unchanged
  unchanged

A patent in 2025 is history and stays; the regime of 2026 is the simplified declaration:
  $ acct client add erlan --name "ИП Ерланов" --form ip --country kz --bin 850715401236 --regime patent --from 2025-01-01 --quiet
  $ acct client set erlan regime=simplified --from 2026-01-01 --quiet
  $ acct client show erlan --json | jq -c '.facts'
  {"regime":"simplified"}

A Kazakh deadline in a year without a Kazakh calendar: the loud "not covered" error (9), as for
Russia; with --provisional, weekends alone and the mark:
  $ acct plan --client dala --through 2028-03-31
  ! acct: error: calendar 'kz' does not cover 2028 (it covers 2025-2027)
  ! hint: add calendars/kz-2028.toml to the templates directory when the decree on days off for 2028 is published (docs/calendars.md), or ask for provisional dates (--provisional), which count only weekends as days off
  [9]
  $ acct deadline explain --rule '{ day = 25, months_after = 1 }' --period 2028-01 --calendar kz
  ! acct: error: calendar 'kz' does not cover 2028 (it covers 2025-2027)
  ! hint: add calendars/kz-2028.toml to the templates directory when the decree on days off for 2028 is published (docs/calendars.md), or ask for provisional dates (--provisional), which count only weekends as days off
  [9]
  $ acct deadline explain --rule '{ day = 25, months_after = 1 }' --period 2027-02 --calendar kz | tail -2
  due:  2027-03-25 (Thu) PROVISIONAL
  note: calendar 'kz' for 2027 is provisional
