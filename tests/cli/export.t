Calendar feeds: `acct export ics` writes open tasks as iCalendar, one all-day event per task on its
due date, the pending reminders as alarms. Today is 2026-04-20 (Moscow). tests/check_ics.sh
validates bigger exports with ical.js.
One store: SQLite only, as the iCalendar and CSV writers read what the store gives them (workflow.t and digest.t run on both).
  $ acct init --firm-name "ООО «Демо»" --quiet
  $ acct staff add ivanova --name "Иванова Мария" --role accountant,manager --email ivanova@demo.ru --phone +79161234567 --quiet
  $ acct client add vektor --name "ООО «Вектор»" --short-name Вектор --form ooo --inn 7728012340 --from 2026-01-01 --quiet
  $ acct client assign vektor --accountant ivanova --manager ivanova --from 2026-01-01 --quiet
  $ acct client contact add vektor --name "Белов Игорь" --role director --email belov@vektor.example --quiet
  $ acct task add vektor "Сверка с поставщиками, акты; подписи" --due 2026-04-24 --description "Акты за I квартал: ООО «Альфа», ИП Ким" --quiet

One small export in full (CR removed for reading: every line ends with CRLF). The UID is the
task's key; SEQUENCE counts moves of its date; the alarms are ivanova's reminders still to come
(the assignee's two working days before, the manager's on the first working day after it).
  $ acct export ics --staff ivanova | tr -d '\r'
  BEGIN:VCALENDAR
  VERSION:2.0
  PRODID:-//acct//acct export ics//RU
  CALSCALE:GREGORIAN
  X-WR-CALNAME:ООО «Демо» — Иванова Мария
  BEGIN:VEVENT
  UID:vektor/manual/1@acct
  DTSTAMP:20260420T060000Z
  CREATED:20260420T060000Z
  LAST-MODIFIED:20260420T060000Z
  SEQUENCE:0
  DTSTART;VALUE=DATE:20260424
  DTEND;VALUE=DATE:20260425
  SUMMARY:Вектор: Сверка с поставщиками\, акты\;
    подписи
  DESCRIPTION:Акты за I квартал: ООО «Альфа»\, ИП К
   им\nКлиент: Вектор\nСрок: 24.04.2026\nСтатус: не
    принята\nИсполнитель: Иванова Мария (+79161
   234567\, ivanova@demo.ru)\nЗадача 1: acct task show 1
  STATUS:CONFIRMED
  TRANSP:TRANSPARENT
  CATEGORIES:Вектор
  BEGIN:VALARM
  ACTION:DISPLAY
  DESCRIPTION:Напоминание: Вектор: Сверка с пост
   авщиками\, акты\; подписи\, срок 24.04.2026
  TRIGGER;VALUE=DATE-TIME:20260422T060000Z
  END:VALARM
  BEGIN:VALARM
  ACTION:DISPLAY
  DESCRIPTION:Напоминание: Вектор: Сверка с пост
   авщиками\, акты\; подписи\, срок 24.04.2026
  TRIGGER;VALUE=DATE-TIME:20260427T060000Z
  END:VALARM
  END:VEVENT
  END:VCALENDAR
  $ acct export ics --staff ivanova | awk '!/\r$/ { bad++ } length($0) > 76 { long++ } END { print NR " lines, " bad + 0 " without CRLF, " long + 0 " longer than 75 octets" }'
  36 lines, 0 without CRLF, 0 longer than 75 octets

The client's own calendar alarms its contacts (none here: the director is reminded of what needs
a signature or a payment) and has no commands in its text.
  $ acct export ics --client vektor | perl -0pe 's/\r\n //g; s/\r//g' | grep -E '^(X-WR-CALNAME|UID|DESCRIPTION|BEGIN:VALARM)'
  X-WR-CALNAME:ООО «Демо» — Вектор
  UID:vektor/manual/1@acct
  DESCRIPTION:Акты за I квартал: ООО «Альфа»\, ИП Ким\nКлиент: Вектор\nСрок: 24.04.2026\nСтатус: запланировано\nИсполнитель: Иванова Мария (+79161234567\, ivanova@demo.ru)\nНомер задачи: 1

Re-exported after the date moves: the same UID (a calendar app updates the event), SEQUENCE 1.
  $ acct task edit 1 --due 2026-04-28 --quiet
  $ acct export ics | tr -d '\r' | grep -E '^(UID|SEQUENCE|DTSTART|DTEND)'
  UID:vektor/manual/1@acct
  SEQUENCE:1
  DTSTART;VALUE=DATE:20260428
  DTEND;VALUE=DATE:20260429

-o writes the file whole or not at all; its directory must exist.
  $ acct export ics --client vektor -o feeds/vektor.ics
  ! acct: error: cannot write 'feeds/vektor.ics': directory 'feeds' does not exist
  [8]
  $ ls
  $ mkdir feeds && acct export ics --client vektor -o feeds/vektor.ics
  wrote 1 event(s) with 0 alarm(s) to feeds/vektor.ics
  $ acct export ics --staff ivanova -o feeds/ivanova.ics --json
  {
    "file": "feeds/ivanova.ics",
    "events": 1,
    "alarms": 3
  }
  $ ls feeds
  ivanova.ics
  vektor.ics
  $ acct export ics -o - | head -1 | tr -d '\r'
  BEGIN:VCALENDAR
  $ acct export ics -o feeds
  ! acct: error: cannot write 'feeds': it is a directory
  [8]

A read-only file or directory: io (8), the old file untouched, no temporary left (run unprivileged,
as root ignores permissions).
  $ chmod 711 . .local .local/share && chmod 777 .local/share/acct feeds && chmod 666 .local/share/acct/acct.db  # sqlite only
  $ chmod 711 . && chmod 777 feeds  # postgresql only
  $ chmod 444 feeds/vektor.ics && sha256sum feeds/vektor.ics > vektor.sum && mkdir -m 555 ro
  $ $TESTDATA/as-unprivileged acct export ics --client vektor -o feeds/vektor.ics
  ! acct: error: cannot write 'feeds/vektor.ics': Permission denied
  [8]
  $ $TESTDATA/as-unprivileged acct export ics -o ro/all.ics
  ! acct: error: cannot write 'ro/all.ics': Permission denied
  [8]
  $ sha256sum -c --quiet vektor.sum && ls feeds ro
  feeds:
  ivanova.ics
  vektor.ics
  
  ro:

Bad input: one line, a documented exit code.
  $ acct export ics --client nosuch
  ! acct: error: no client 'nosuch'
  ! hint: see 'acct client list --all'
  [3]
  $ acct export ics --staff nobody
  ! acct: error: no staff member 'nobody'
  ! hint: see 'acct staff list --all'
  [3]
  $ acct export ics --client vektor --staff ivanova
  ! acct: error: --client and --staff cannot be used together
  ! hint: a calendar is one client's or one person's; export each separately
  [2]
  $ acct export ics --days 0
  ! acct: error: --days must be from 1 to 366, not 0
  [2]
  $ acct export ics --days 99999
  ! acct: error: --days must be from 1 to 366, not 99999
  [2]
  $ acct export ics --days -7
  ! acct: error: --days must be from 1 to 366, not -7
  [2]
  $ acct export ics --days soon
  ! acct: error: acct export ics: could not convert: --days = soon
  ! hint: run 'acct export ics --help' for usage
  [2]
  $ acct export ics --json
  ! acct: error: --json needs -o FILE: the calendar itself goes to stdout
  ! hint: write it to a file with -o to get a JSON summary
  [2]
  $ acct export
  ! acct: error: 'acct export' needs a subcommand: ics, firm
  ! hint: run 'acct export --help' for usage
  [2]
