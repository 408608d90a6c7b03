#!/usr/bin/env bash
# The demo firm: walks a fresh database through the main job of an accounting firm (staff,
# clients, templates, generation, a working day, reports, digests). Runs any acct: the one on
# PATH, or ACCT_BIN. Installed with the package as /usr/share/doc/acct/examples/demo-firm.sh.
#   demo-firm.sh [DIR]      DIR (default ./acct-demo) is emptied and receives the database,
#                           config and the HTML digest
set -euo pipefail

demo=$(realpath -m "${1:-acct-demo}")
rm -rf "$demo" && mkdir -p "$demo"
export ACCT_DB=$demo/acct.db ACCT_CONFIG=$demo/config.toml ACCT_USER=demo
# A fixed "today", so the demo reads the same whatever day it is run.
export ACCT_TODAY=2026-04-20
acct() { "${ACCT_BIN:-acct}" "$@"; }
bold='' plain=''
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then bold=$'\033[1m' plain=$'\033[0m'; fi
# Shows each command as one would type it, then runs it.
step() {
  local shown="acct" arg
  for arg in "$@"; do
    case "$arg" in *[[:space:]\"\'\$\`\\\|\&\;\(\)\<\>]*) shown+=" \"${arg//\"/\\\"}\"" ;; *) shown+=" $arg" ;; esac
  done
  printf '\n%s$ %s%s\n' "$bold" "$shown" "$plain"
  acct "$@"
}

step init --firm-name "ООО «Демо-Бухгалтерия»"
step staff add orlova --name "Орлова Светлана" --role manager --email orlova@demo-buh.ru \
  --phone "+7 495 100-00-01" --rate 2500
step staff add sokolov --name "Соколов Андрей" --role chief-accountant --email sokolov@demo-buh.ru \
  --rate 3000 --capacity 40
step staff add ivanova --name "Иванова Мария" --role accountant,payroll --telegram @ivanova_buh \
  --rate 1500
step staff add kim --name "Ким Алина" --role operator --capacity 20 --rate 800
step staff add nurlanova --name "Нурланова Айгерим" --role accountant --timezone Asia/Almaty \
  --email nurlanova@demo-buh.kz --rate 1400
step staff list
step staff show ivanova

# Clients of different forms and regimes (made-up names; identifiers with valid check digits),
# with their facts from 2025: the firm files last year's reports that fall due after it takes
# them on, so it records how each client stood then (docs/clients.md#facts).
step client add vektor --name "ООО «Вектор»" --short-name Вектор --form ooo --inn 7728012340 \
  --kpp 772801001 --ogrn 1217700012342 --regime osno --vat --set employer=25 --set property=true \
  --contract-start 2026-01-01 --facts-from 2025-01-01 --fee "45 000" --tag vip
step client add romashka --name "ООО «Ромашка»" --short-name Ромашка --form ooo --inn 7812345675 \
  --kpp 781201001 --ogrn 1227800123451 --regime "УСН доходы" --employer --no-vat \
  --contract-start 2026-01-01 --facts-from 2025-01-01 --fee 18000 --tag spb
step client add smirnov --name "ИП Смирнов Олег Петрович" --form ip --inn 502412345682 \
  --ogrn 319502400123455 --regime usn-income --no-employer --no-vat --contract-start 2026-02-01 --facts-from 2025-01-01 \
  --fee 6000
step client add kuznetsova --name "ИП Кузнецова Анна Викторовна" --form ip --inn 771987654388 \
  --ogrn 320770001234562 --regime osno --vat --set employer=3 --contract-start 2026-03-01 --facts-from 2025-01-01 \
  --fee 15000
step client add garipov --name "ИП Гарипов Ринат Ильдарович" --form ip --inn 165512345632 \
  --ogrn 323160000123450 --regime patent --no-employer --contract-start 2026-04-01 --facts-from 2025-01-01 \
  --status onboarding --fee 5000
step client add alma-trade --name "ТОО «Алма Трейд»" --short-name "Алма Трейд" --form too \
  --country kz --bin 210440012348 --region 75 --regime simplified --employer \
  --contract-start 2026-01-01 --facts-from 2025-01-01 --fee "250 000 KZT"
# Romashka moves from УСН to ОСНО next year: this year's obligations keep this year's facts.
step client set romashka regime=osno vat=true --from 2027-01-01

for client_start in vektor:2026-01-01 romashka:2026-01-01 smirnov:2026-02-01 \
  kuznetsova:2026-03-01 garipov:2026-04-01; do
  client=${client_start%:*} start=${client_start#*:}
  step client assign "$client" --manager orlova --chief-accountant sokolov --accountant ivanova \
    --payroll ivanova --operator kim --from "$start"
  step client subscribe "$client" ru-statutory --from "$start"
done
# Garipov is being taken on: the onboarding programme; Kuznetsova's staff changes need HR paperwork.
step client subscribe garipov ru-onboarding --from 2026-04-01
step client subscribe kuznetsova ru-payroll-events --from 2026-03-01
step client assign alma-trade --manager orlova --accountant nurlanova --from 2026-01-01
step client subscribe alma-trade kz-statutory --from 2026-01-01
step client contact add vektor --name "Белов Игорь Сергеевич" --role director,owner \
  --email belov@vektor.example --phone "+7 495 200-00-01"
# The same director runs Romashka too: one person, two clients.
step client contact add romashka --person belov-igor-sergeevich --role director
step client contact add romashka --name "Лебедева Ольга" --role chief-accountant \
  --telegram @lebedeva_buh
step client contact add smirnov --name "Смирнов Олег Петрович" --role director \
  --phone "+7 916 300-00-02" --channel phone
step client contact add alma-trade --name "Ахметов Ерлан" --role director --email erlan@alma.example
step client list
step client show romashka
step client list --regime osno --as-of 2027-01-01
step log --limit 3
step calendar show 2026-05
step deadline explain --rule '{ day = 3, months_after = 1, basis = "НК РФ ст. 58 п. 9" }' --period 2025-12


# Tasks: the templates, what generation would do, then doing it (twice: the second run has nothing
# to do), and events that bring their own tasks.
step template list
step plan --since 2026-01-01 --through 2026-12-31 --summary
step plan --client vektor --since 2026-04-20 --through 2026-05-31
step generate --since 2026-01-01 --through 2026-12-31
step generate --since 2026-01-01 --through 2026-12-31
step event add garipov patent --date 2026-04-01 --until 2026-12-31 --note "Патент на розничную торговлю"
step event add kuznetsova hire --date 2026-04-20 --note "Продавец, Петрова Е. А."
step event list
step deadline explain 1

# The months before "today" as a firm leaves them: the work done on its due day (checklist
# ticked, the filed report attached where the template asks for one; accepted with --force where
# it waits for a later step), done quietly; what fell due
# on 15 April is still open, so the digests show a firm in its normal state, a few things late.
printf '<Файл ИдФайл="demo"/>\n' > "$demo/filed.xml"
printf '\n%s# finishing the work due before 15.04.2026 (%s task(s), not shown)%s\n' "$bold" \
  "$(acct task list --to 2026-04-14 --csv | awk 'NR > 1' | wc -l)" "$plain"
day=2026-01-01
while [ "$day" != 2026-04-15 ]; do
  for id in $(acct task list --from "$day" --to "$day" --sort id --csv | awk -F, 'NR > 1 { print $1 }'); do
    ACCT_TODAY=$day acct task accept "$id" --force --quiet
    item=1
    while ACCT_TODAY=$day acct task check "$id" "$item" --quiet 2>/dev/null; do item=$((item + 1)); done
    ACCT_TODAY=$day acct task done "$id" --quiet 2>/dev/null ||
      { ACCT_TODAY=$day acct task attach "$id" "$demo/filed.xml" --quiet &&
        ACCT_TODAY=$day acct task done "$id" --quiet; }
  done
  day=$(date -d "$day + 1 day" +%F)
done
step task list --overdue

# A working day: the chief accountant's week, then Vektor's VAT declaration taken on, its
# checklist ticked, time logged, reviewed, waiting for the director's signature, done with the
# file attached; a call with the client logged as communication; what Vektor cost in April.
step agenda sokolov --days 7
step task list --client vektor --due-within 7d
vat=$(acct task list --client vektor --code ru.vat.declaration --period 2026-Q1 --csv | awk -F, 'NR == 2 { print $1 }')
step task accept "$vat"
for item in 1 2 3; do step task check "$vat" "$item"; done
step task log "$vat" 2h30m --staff ivanova --note "Книги покупок и продаж, счета-фактуры"
step task review "$vat"
step task log "$vat" 40m --staff sokolov --note "Проверка декларации"
step task wait "$vat" --reason "Подпись директора (Белов И. С.)"
printf '<Файл ИдФайл="NO_NDS_demo"/>\n' > "$demo/NO_NDS_2026Q1.xml"
step task attach "$vat" "$demo/NO_NDS_2026Q1.xml"
step task done "$vat"
step task show "$vat"
step task add vektor "Созвон с директором: закрытие квартала" --due 2026-04-21 --category communication --assignee orlova
call=$(acct task list --client vektor --text "созвон" --csv | awk -F, 'NR == 2 { print $1 }')
step task log "$call" 30m --staff orlova
step report time --period 2026-04

# What goes out by mail on Monday morning: Vektor's two weeks as an HTML page, and the
# accountant's agenda as text.
step digest client vektor --format html -o "$demo/digest-vektor.html"
step digest staff ivanova --days 7

printf '\nThe demo firm is in %s (database acct.db, config config.toml).\n' "$demo"
printf 'Open the client digest in a browser: %s/digest-vektor.html\n' "$demo"
printf 'Try: ACCT_DB=%s ACCT_CONFIG=%s %s staff list --json\n' "$ACCT_DB" "$ACCT_CONFIG" "${ACCT_BIN:-acct}"
