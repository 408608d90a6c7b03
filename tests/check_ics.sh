#!/usr/bin/env bash
# `acct export ics` checked by a real parser: builds a small firm with the acct under test,
# exports the calendar of a client, of two staff members and of the whole firm, and validates
# each with ical.js (tests/js/validate_ics.mjs, installed by scripts/test.sh from
# tests/js/package.json). Then moves a task's due date twice and checks that re-exports keep
# its UID (calendar apps update the event, not add one) and raise its SEQUENCE. Finally checks
# that the validator itself rejects broken files.
#   tests/check_ics.sh ACCT SRCDIR
set -euo pipefail
acct_bin=$(realpath "$1")
src=$(realpath "${2:-.}")
validate=$src/tests/js/validate_ics.mjs
if [ ! -d "$src/tests/js/node_modules/ical.js" ]; then
  echo "ical.js is not installed: run 'npm ci --prefix tests/js' (scripts/test.sh does)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# Hermetic, like the transcripts: a fresh HOME, a fixed clock, no caller's ACCT_* settings.
for name in $(env | sed -n 's/^\(ACCT_[A-Z_]*\|XDG_[A-Z_]*\)=.*/\1/p'); do unset "$name"; done
export HOME=$work ACCT_NOW=2026-04-20T09:00:00+03:00 ACCT_USER=tester TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8
acct() { "$acct_bin" "$@"; }
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

acct init --firm-name "ООО «Демо», Москва; филиал \\ 2" --quiet
acct staff add ivanova --name "Иванова Мария" --role accountant,payroll,manager --email ivanova@demo.ru --phone +79161234567 --quiet
acct staff add kim --name "Ким Алина" --role chief-accountant --timezone Asia/Yekaterinburg --telegram @kim_buh --quiet
acct client add vektor --name "ООО «Вектор»" --short-name "Вектор, Рога; и Копыта" --form ooo --inn 7728012340 --regime osno --vat --employer --from 2026-01-01 --quiet
acct client assign vektor --accountant ivanova --payroll ivanova --manager ivanova --chief-accountant kim --from 2026-01-01 --quiet
acct client contact add vektor --name "Белов Игорь" --role director --email belov@vektor.example --quiet
acct client subscribe vektor ru-statutory --from 2026-01-01 --quiet
acct generate --since 2026-04-01 --through 2026-06-30 --quiet
# A manual task with a long, multi-line description full of characters TEXT must escape.
description=$'Сверить акты за I квартал: поставщики, покупатели; банк.\nОбратная косая \\ черта, «кавычки» и эмодзи 😀 — на стыке строк сгиба, длинная строка для переноса.'
acct task add vektor "Сверка с контрагентами, акты; подписи" --due 2026-05-12 --assignee ivanova --reviewer kim --description "$description" --quiet
moved=$(acct task list --client vektor --json | jq -r 'map(select(.origin == "manual")) | .[0].id')
[ -n "$moved" ] && [ "$moved" != null ] || fail "the manual task was not created"

acct export ics --client vektor -o client.ics --quiet
acct export ics --staff ivanova -o ivanova.ics --quiet
acct export ics --days 366 -o firm.ics --quiet
acct digest client vektor --format ics --days 30 -o digest-client.ics
node "$validate" client.ics ivanova.ics firm.ics digest-client.ics
# The client digest's calendar is the client's feed: the same events.
cmp <(node "$validate" --list client.ics 2>/dev/null) <(node "$validate" --list digest-client.ics 2>/dev/null) ||
  { echo "FAIL: acct digest client --format ics differs from acct export ics --client"; exit 1; }

grep -q $'^BEGIN:VALARM\r$' ivanova.ics || fail "ivanova's calendar has no alarms"
events=$(grep -c $'^BEGIN:VEVENT\r$' firm.ics)
[ "$events" -gt 10 ] || fail "the firm's calendar has only $events events"

# Moving the date: the same UID, a SEQUENCE one higher each time, the new DTSTART.
row() { # file: the --list row of the manual task
  node "$validate" --list "$1" 2>/dev/null | grep "^vektor/manual/$moved@acct "
}
before=$(row firm.ics) || fail "the manual task is not in the firm's calendar"
[ "$(cut -d' ' -f2,3 <<<"$before")" = "0 20260512" ] || fail "before the move: $before"
acct task edit "$moved" --due 2026-05-14 --quiet
acct export ics --days 366 -o firm.ics --quiet
after=$(row firm.ics) || fail "the moved task's UID changed"
[ "$(cut -d' ' -f2,3 <<<"$after")" = "1 20260514" ] || fail "after one move: $after"
acct task edit "$moved" --due 2026-05-12 --quiet
acct export ics --days 366 -o firm.ics --quiet
again=$(row firm.ics) || fail "the moved task's UID changed"
[ "$(cut -d' ' -f2,3 <<<"$again")" = "2 20260512" ] || fail "after the move back: $again"
[ "$(grep -c $'^BEGIN:VEVENT\r$' firm.ics)" = "$events" ] || fail "moving a date changed the number of events"
# The other events are the same revisions of the same UIDs.
node "$validate" --list firm.ics 2>/dev/null | grep -v "^vektor/manual/" | cut -d' ' -f1,2 > uids-after
acct export ics --days 366 --now 2026-04-21T09:00:00+03:00 > later.ics
node "$validate" --list later.ics 2>/dev/null | grep -v "^vektor/manual/" | cut -d' ' -f1,2 > uids-later
cmp -s uids-after uids-later || fail "a re-export the next day changed other UIDs or SEQUENCEs"

# A reviewer's calendar: what waits for their review.
acct task accept "$moved" --quiet
acct task review "$moved" --quiet
acct export ics --staff kim --days 90 > kim.ics
node "$validate" kim.ics
node "$validate" --list kim.ics 2>/dev/null | grep -q "^vektor/manual/$moved@acct 2 20260512 " ||
  fail "kim's calendar lacks the task in review"

# The validator rejects what it must (it is the test's only judge).
crlf=$'\r'
sed "s/^SUMMARY:/SUMMARY:a,b /" client.ics > bad-comma.ics
sed "0,/^END:VEVENT${crlf}\$/s//END:VEVENT/" client.ics > bad-lf.ics
sed "0,/^DTSTART;VALUE=DATE:2026..../s//DTSTART;VALUE=DATE:20260230/" client.ics > bad-date.ics
uid=$(grep -m1 '^UID:' client.ics)
sed "s|^UID:.*|${uid%$crlf}${crlf}|" client.ics > bad-uid.ics
python3 - client.ics bad-fold.ics <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
i = data.index("Вектор".encode())
open(sys.argv[2], "wb").write(data[: i + 1] + b"\r\n " + data[i + 1 :])  # inside a letter
EOF
for bad in bad-comma bad-lf bad-date bad-uid bad-fold; do
  if node "$validate" "$bad.ics" 2>/dev/null; then
    fail "the validator accepts $bad.ics"
  fi
done
echo "ics: ok"
