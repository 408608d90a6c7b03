acct deadline explain: how a rule gives its due date, step by step. Rules are the TOML that
service templates use (docs/deadlines.md).
One store: SQLite only, as deadline rules are computed above the store.

A deadline on the New Year holidays: the 3rd of the month after December 2025 moves over 3-11
January 2026 to Monday 12 January, and each day off says why:
  $ acct deadline explain --rule '{ day = 3, months_after = 1, basis = "НК РФ ст. 58 п. 9" }' --period 2025-12
  rule:     day 3 of the 1st month after the end of the period; if that is a day off, the next working day (Tax Code art. 6.1 p.7)
  basis:    НК РФ ст. 58 п. 9
  calendar: ru
  period:   2025-12
  anchor:   2025-12-31 (end of 2025-12)
  
  date:  2026-01-03 (Sat): day 3 of the 1st month after 2025-12-31
  moved: 2026-01-03 (Sat) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2026-01-04 (Sun) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2026-01-05 (Mon) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2026-01-06 (Tue) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2026-01-07 (Wed) is off: holiday: Рождество Христово (ст. 112 ТК РФ)
         2026-01-08 (Thu) is off: holiday: Новогодние каникулы (ст. 112 ТК РФ)
         2026-01-09 (Fri) is off: day off: Перенесённый выходной день (с 03.01.2026) (Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»)
         2026-01-10 (Sat) is off: Saturday
         2026-01-11 (Sun) is off: Sunday
  due:   2026-01-12 (Mon)

The 25th of the month after the quarter, on a Saturday:
  $ acct deadline explain --rule '{ day = 25, months_after = 1 }' --period 2026-Q1
  rule:     day 25 of the 1st month after the end of the period; if that is a day off, the next working day (Tax Code art. 6.1 p.7)
  calendar: ru
  period:   2026-Q1
  anchor:   2026-03-31 (end of 2026-Q1)
  
  date:  2026-04-25 (Sat): day 25 of the 1st month after 2026-03-31
  moved: 2026-04-25 (Sat) is off: Saturday
         2026-04-26 (Sun) is off: Sunday
  due:   2026-04-27 (Mon)

VAT in three instalments; 2027 is provisional, and the dates say so:
  $ acct deadline explain --rule '{ day = 28, months_after = [1, 2, 3] }' --period 2026-Q4
  rule:     day 28 of the 1st, 2nd and 3rd months after the end of the period (3 instalments); if that is a day off, the next working day (Tax Code art. 6.1 p.7)
  calendar: ru
  period:   2026-Q4
  anchor:   2026-12-31 (end of 2026-Q4)
  
  date 1: 2027-01-28 (Thu): day 28 of the 1st month after 2026-12-31
  due 1:  2027-01-28 (Thu) PROVISIONAL
  note:   calendar 'ru' for 2027 is provisional
  
  date 2: 2027-02-28 (Sun): day 28 of the 2nd month after 2026-12-31
  moved:  2027-02-28 (Sun) is off: Sunday
  due 2:  2027-03-01 (Mon) PROVISIONAL
  note:   calendar 'ru' for 2027 is provisional
  
  date 3: 2027-03-28 (Sun): day 28 of the 3rd month after 2026-12-31
  moved:  2027-03-28 (Sun) is off: Sunday
  due 3:  2027-03-29 (Mon) PROVISIONAL
  note:   calendar 'ru' for 2027 is provisional

December's exception: НДФЛ on the last working day of the year, moving backwards:
  $ acct deadline explain --rule '{ day = 5, months_after = 1, overrides = [{ end_months = [12], day = "last", months_after = 0, shift = "previous", basis = "НК РФ ст. 226 п. 6" }] }' --period 2026-12
  rule:     day 5 of the 1st month after the end of the period; if that is a day off, the next working day (Tax Code art. 6.1 p.7); for periods ending in month 12: the last day of the month of the end of the period; if that is a day off, the previous working day
  basis:    НК РФ ст. 226 п. 6
  calendar: ru
  period:   2026-12
  override: for periods ending in month 12: the last day of the month of the end of the period; if that is a day off, the previous working day
  anchor:   2026-12-31 (end of 2026-12)
  
  date:  2026-12-31 (Thu): the last day of the month of 2026-12-31
  moved: 2026-12-31 (Thu) is off: day off: Перенесённый выходной день (с 04.01.2026) (Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»)
  due:   2026-12-30 (Wed)
  $ acct deadline explain --rule '{ day = 25, months_after = 1, overrides = [{ end_months = [3, 6, 9, 12], skip = true }] }' --period 2026-03
  rule:     day 25 of the 1st month after the end of the period; if that is a day off, the next working day (Tax Code art. 6.1 p.7); for periods ending in month 3, 6, 9, 12: no due date
  calendar: ru
  period:   2026-03
  override: for periods ending in month 3, 6, 9, 12: no due date
  due:      none for this period

Working days after an event: an order signed on Friday 8 May 2026:
  $ acct deadline explain --rule '{ anchor = "event", working_days = 1 }' --event 2026-05-08
  rule:     1 working day after the event
  calendar: ru
  anchor:   2026-05-08 (event)
  
  date: 2026-05-12 (Tue): the 1st working day after 2026-05-08
  due:  2026-05-12 (Tue)

Calendar days after an event: 90 days after a patent starts:
  $ acct deadline explain --rule '{ anchor = "event", days = 90 }' --event 2026-02-01 --json | jq -c '.dates[0] | {raw, due, skipped: [.skipped[].date]}'
  {"raw":"2026-05-02","due":"2026-05-04","skipped":["2026-05-02","2026-05-03"]}

JSON for scripts:
  $ acct deadline explain --rule '{ day = 25, months_after = 1 }' --period 2025-Q4 --json
  {
    "rule": "day 25 of the 1st month after the end of the period; if that is a day off, the next working day (Tax Code art. 6.1 p.7)",
    "basis": null,
    "calendar": "ru",
    "period": "2025-Q4",
    "anchor": "2025-12-31 (end of 2025-Q4)",
    "override": null,
    "skipped": false,
    "dates": [
      {
        "instalment": 1,
        "formula": "day 25 of the 1st month after 2025-12-31",
        "raw": "2026-01-25",
        "shift": "next",
        "skipped": [
          {
            "date": "2026-01-25",
            "reason": "Sunday"
          }
        ],
        "due": "2026-01-26",
        "provisional": false,
        "provisional_note": null
      }
    ]
  }

A year the calendar does not cover is an error (9) naming the calendar and the year, unless
provisional dates are asked for:
  $ acct deadline explain --rule '{ day = 25, months_after = 1 }' --period 2027-12
  ! acct: error: calendar 'ru' does not cover 2028 (it covers 2025-2027)
  ! hint: add calendars/ru-2028.toml to the templates directory when the decree on days off for 2028 is published (docs/calendars.md), or ask for provisional dates (--provisional), which count only weekends as days off
  [9]
  $ acct deadline explain --rule '{ day = 25, months_after = 1 }' --period 2027-12 --provisional | tail -3
  date: 2028-01-25 (Tue): day 25 of the 1st month after 2027-12-31
  due:  2028-01-25 (Tue) PROVISIONAL
  note: calendar 'ru' does not cover 2028: only weekends were counted as days off

Bad rules and inputs (4), with the position in the rule:
  $ acct deadline explain --rule '{ day = 32, months_after = 1 }' --period 2026-Q1
  ! acct: error: invalid deadline rule: --rule:1:9: impossible day 32: use 1 to 31 or "last"
  [4]
  $ acct deadline explain --rule '{ day = 25, months_after = 1, overrides = [{ periods = ["fortnight"], skip = true }] }' --period 2026-Q1
  ! acct: error: invalid deadline rule: --rule:1:57: unknown period kind 'fortnight': use 'month', 'quarter', 'half-year', 'nine-months', 'year' or 'once'
  [4]
  $ acct deadline explain --rule '{ day = 25 months_after = 1 }' --period 2026-Q1
  ! acct: error: invalid deadline rule: --rule:1:12: error while parsing inline table: expected comma or closing '}', saw 'm'
  [4]
  $ acct deadline explain --rule '{ day = 25, months_after = 1 }' --period 2026-Q5
  ! acct: error: invalid period '2026-Q5' for --period
  ! hint: write a month 2026-03, a quarter 2026-Q1, a half-year 2026-H1, nine months 2026-9M, a year 2026, or a day 2026-04-15
  [4]
  $ acct deadline explain --rule '{ anchor = "event", working_days = 3 }' --period 2026-Q1
  ! acct: error: this deadline rule counts from an event: give its date
  ! hint: e.g. --event 2026-04-15
  [4]
  $ acct deadline explain --period 2026-Q1
  ! acct: error: 'acct deadline explain' needs a rule (--rule)
  ! hint: e.g. --rule '{ day = 25, months_after = 1 }' --period 2026-Q1
  [2]
