Production calendars: no database needed. The firm's country (ru by default) picks the calendar.
One store: SQLite only, as the production calendars need no database.

A month like cal(1), days off marked and named, with the month's working days and hours:
  $ acct calendar show 2026-05
  Calendar 'ru': Производственный календарь РФ на 2026 год
  
           May 2026
   Mo  Tu  We  Th  Fr  Sa  Su
                    1*  2*  3*
    4   5   6   7   8~  9* 10*
   11* 12  13  14  15  16* 17*
   18  19  20  21  22  23* 24*
   25  26  27  28  29  30* 31*
  
  * day off   ~ short day (one hour less)   + working weekend
  
  2026-05-01 Fri  holiday       Праздник Весны и Труда (ст. 112 ТК РФ)
  2026-05-08 Fri  short day     Предпраздничный день, сокращён на 1 час (ст. 95 ТК РФ)
  2026-05-09 Sat  holiday       День Победы (ст. 112 ТК РФ)
  2026-05-11 Mon  day off       Выходной за праздник 09.05.2026 (День Победы), совпавший с выходным (ч. 2 ст. 112 ТК РФ)
  
  19 working days, 151 working hours (2026-05-01 to 2026-05-31)
  $ acct calendar show 2026-01 --json | jq -c '.days[8]'
  {"date":"2026-01-09","weekday":5,"working":false,"short":false,"hours":0,"provisional":false,"listed":[{"kind":"transfer_off","name":"Перенесённый выходной день (с 03.01.2026)","basis":"Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»","source":"$SRCDIR/templates/calendars/ru-2026.toml:62"}]}
  $ acct calendar show 2026-11 --calendar kz | tail -4
  
  * day off   ~ short day (one hour less)   + working weekend
  
  21 working days, 168 working hours (2026-11-01 to 2026-11-30)

Without an argument, this month (the injected clock's):
  $ acct calendar show --today 2026-06-10 | sed -n 1,4p
  Calendar 'ru': Производственный календарь РФ на 2026 год
  
           June 2026
   Mo  Tu  We  Th  Fr  Sa  Su

A year, three months a row; 2027 is provisional:
  $ acct calendar show 2027 | sed -n 1,10p
  Calendar 'ru' (PROVISIONAL): Производственный календарь РФ на 2027 год
  
         January 2027                  February 2027                  March 2027
   Mo  Tu  We  Th  Fr  Sa  Su    Mo  Tu  We  Th  Fr  Sa  Su    Mo  Tu  We  Th  Fr  Sa  Su
                    1*  2*  3*    1   2   3   4   5   6*  7*    1   2   3   4   5   6*  7*
    4*  5*  6*  7*  8*  9* 10*    8   9  10  11  12  13* 14*    8*  9  10  11  12  13* 14*
   11  12  13  14  15  16* 17*   15  16  17  18  19  20~ 21*   15  16  17  18  19  20* 21*
   18  19  20  21  22  23* 24*   22* 23* 24  25  26  27* 28*   22  23  24  25  26  27* 28*
   25  26  27  28  29  30* 31*                                 29  30  31
  

Working days and hours in a range, inclusive; the figures match the published 40-hour norms:
  $ acct calendar workdays 2026-01-01 2026-12-31
  247 working days, 1972 working hours, 118 days off (2026-01-01 to 2026-12-31, calendar 'ru')
  $ acct calendar workdays 2026-04-27 2026-05-12 --json
  {
    "calendar": "ru",
    "from": "2026-04-27",
    "to": "2026-05-12",
    "days": 16,
    "working_days": 10,
    "working_hours": 78,
    "days_off": 6,
    "short_days": 2,
    "provisional": false
  }
  $ acct calendar workdays 2027-01-01 2027-01-31 --json | jq -c '{working_days, working_hours, provisional}'
  {"working_days":15,"working_hours":120,"provisional":true}
  $ acct calendar workdays 2026-01-01 2026-01-31 --calendar kz --json | jq .working_days
  19

The next working day (Tax Code art. 6.1 p.7), or the previous one (Labour Code art. 136):
  $ acct calendar next-workday 2026-01-03
  2026-01-12
  $ acct calendar next-workday 2026-05-15
  2026-05-15
  $ acct calendar next-workday 2026-05-31 --back
  2026-05-29
  $ acct calendar next-workday 2026-12-31 --back --json
  {
    "date": "2026-12-31",
    "result": "2026-12-30",
    "provisional": false
  }

Adding working days: the day itself is not counted; negative counts back:
  $ acct calendar add-workdays 2026-05-08 1
  2026-05-12
  $ acct calendar add-workdays 2026-05-12 -1
  2026-05-08
  $ acct calendar add-workdays 2025-12-26 5
  2026-01-14

Which calendars and years are known, and from which files:
  $ acct calendar list
  CALENDAR  YEAR  STATUS       FILES
  kz        2025  official     $SRCDIR/templates/calendars/kz-2025.toml
  kz        2026  official     $SRCDIR/templates/calendars/kz-2026.toml
  kz        2027  provisional  $SRCDIR/templates/calendars/kz-2027.toml
  ru        2025  official     $SRCDIR/templates/calendars/ru-2025.toml
  ru        2026  official     $SRCDIR/templates/calendars/ru-2026.toml
  ru        2027  provisional  $SRCDIR/templates/calendars/ru-2027.toml
  $ acct calendar list --json | jq -c '.[] | {name, years: [.years[] | [.year, .status]]}'
  {"name":"kz","years":[[2025,"official"],[2026,"official"],[2027,"provisional"]]}
  {"name":"ru","years":[[2025,"official"],[2026,"official"],[2027,"provisional"]]}

A firm adds a regional calendar (extending ru) and a corrected day in its templates directory;
the result says where each day came from:
  $ mkdir -p firm/calendars
  $ cat > firm/calendars/ru-tatarstan-2026.toml <<'TOML'
  > [calendar]
  > name = "ru-tatarstan"
  > year = 2026
  > extends = "ru"
  > title = "Татарстан, 2026"
  > [[day]]
  > date = 2026-05-27
  > kind = "holiday"
  > name = "Курбан-байрам"
  > basis = "Указ Президента Республики Татарстан"
  > TOML
  $ acct calendar workdays 2026-05-01 2026-05-31 --calendar ru-tatarstan --templates firm
  18 working days, 143 working hours, 13 days off (2026-05-01 to 2026-05-31, calendar 'ru-tatarstan')
  $ acct calendar show 2026-05 --calendar ru-tatarstan --templates firm --json | jq -c '.days[26] | {date, working, source: .listed[0].source}'
  {"date":"2026-05-27","working":false,"source":"firm/calendars/ru-tatarstan-2026.toml:6"}
  $ acct calendar show 2026-05 --calendar ru-tatarstan --templates firm --json | jq -r '.days[0].listed[0].source'
  $SRCDIR/templates/calendars/ru-2026.toml:92
  $ acct calendar list --templates firm
  CALENDAR      YEAR  STATUS       FILES
  kz            2025  official     $SRCDIR/templates/calendars/kz-2025.toml
  kz            2026  official     $SRCDIR/templates/calendars/kz-2026.toml
  kz            2027  provisional  $SRCDIR/templates/calendars/kz-2027.toml
  ru            2025  official     $SRCDIR/templates/calendars/ru-2025.toml
  ru            2026  official     $SRCDIR/templates/calendars/ru-2026.toml
  ru            2027  provisional  $SRCDIR/templates/calendars/ru-2027.toml
  ru-tatarstan  2026  official     $SRCDIR/templates/calendars/ru-2026.toml, firm/calendars/ru-tatarstan-2026.toml

Bad input gets one clear error: an unknown calendar (3), a year no calendar covers (9), a date
that does not parse or a range that ends before it starts (4), an unknown templates directory (3).
  $ acct calendar show 2026-05 --calendar rus
  ! acct: error: unknown calendar 'rus'
  ! hint: did you mean 'ru'?
  [3]
  $ acct calendar workdays 2026-01-01 2028-12-31
  ! acct: error: calendar 'ru' does not cover 2028 (it covers 2025-2027)
  ! hint: add calendars/ru-2028.toml to the templates directory when the decree on days off for 2028 is published (docs/calendars.md), or ask for provisional dates (--provisional), which count only weekends as days off
  [9]
  $ acct calendar show 2024
  ! acct: error: calendar 'ru' does not cover 2024 (it covers 2025-2027)
  ! hint: add calendars/ru-2024.toml to the templates directory when the decree on days off for 2024 is published (docs/calendars.md), or ask for provisional dates (--provisional), which count only weekends as days off
  [9]
  $ acct calendar next-workday 2026-02-30
  ! acct: error: invalid date '2026-02-30' for DATE (expected YYYY-MM-DD)
  [4]
  $ acct calendar workdays 2026-05-01 2026-04-01
  ! acct: error: the range ends (2026-04-01) before it starts (2026-05-01)
  [4]
  $ acct calendar add-workdays 2026-05-01 three
  ! acct: error: invalid number of working days 'three'
  ! hint: give a whole number, negative to count backwards: 3, -2
  [4]
  $ acct calendar show 2026-13
  ! acct: error: invalid month or year '2026-13'
  ! hint: write a year (2026) or a month (2026-05)
  [4]
  $ acct calendar list --templates nowhere
  ! acct: error: templates directory 'nowhere' does not exist
  ! hint: check --templates or ACCT_TEMPLATES
  [3]

Calendar files with mistakes are reported with file:line:column, all at once:
  $ mkdir -p bad/calendars
  $ printf '[calendar]\nname = "office"\nyear = 2026\n[[day]]\ndate = 2026-02-30\nkind = "holiday"\n' > bad/calendars/office-2026.toml
  $ acct calendar list --templates bad
  ! acct: error: invalid calendar files: bad/calendars/office-2026.toml:5:18: error while parsing date: expected day between 1 and 28 (inclusive), saw 30
  [4]
  $ cat > bad/calendars/office-2026.toml <<'TOML'
  > [calendar]
  > name = "office"
  > year = 2026
  > [[day]]
  > date = 2026-03-10
  > kind = "working_weekend"
  > [[day]]
  > date = 2026-06-15
  > kind = "holiday"
  > [[day]]
  > date = 2026-06-15
  > kind = "transfer_off"
  > [[day]]
  > date = 2026-07-01
  > kind = "party"
  > TOML
  $ acct calendar list --templates bad
  ! acct: error: invalid calendar files: 3 problems
  !   bad/calendars/office-2026.toml:5:8: 2026-03-10 is a weekday, so it cannot be a working_weekend
  !   bad/calendars/office-2026.toml:10: 2026-06-15 is listed twice: holiday (line 7) and transfer_off (line 10)
  !   bad/calendars/office-2026.toml:15:8: unknown kind 'party': use holiday, transfer_off, working_weekend, short_day or not_holiday
  [4]
