#!/usr/bin/env bash
# A year of turnover-balance sheets for 2,000 clients: 24,000 XLSX files as 1С lays them out
# (gen_sheets.py), imported with one `acct figures import --list` (one transaction, all or
# nothing); then importing them all again (every month replaced), one client's indicators, and
# `acct digest indicators --all` for every client. Target: the import under a minute. Figures
# are wall-clock times of single runs (each import changes the database, so it is not repeated).
# The floor: the sqlite3 shell copying the very rows acct stored into a copy of the database as it
# was before the import (one transaction, INSERT ... SELECT, the pragmas acct sets), so the ratio
# says what reading, checking and binding cost on top of writing the rows at all.
#   tests/bench/figures.sh build/release/cmd/acct     (CLIENTS=2000 MONTHS=12 by default)
set -euo pipefail
acct=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
clients=${CLIENTS:-2000} months=${MONTHS:-12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME=$work ACCT_DB=$work/acct.db ACCT_CONFIG=$work/config.toml ACCT_TODAY=2026-01-20 \
  ACCT_USER=bench
python3 "$here/gen_sheets.py" --clients "$clients" --months "$months" --out "$work"
"$acct" init --quiet
"$acct" client import clients.csv --quiet >/dev/null
"$acct" db backup before.db >/dev/null
files=$(($(wc -l < list.csv) - 1))
echo "$clients clients, $files XLSX files, $(du -sm sheets | cut -f1) MB"
timed() { # label command...
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null
  read -r seconds rss < "$work/t"
  printf '%-44s %8s s  (max RSS %s MB)\n' "$label" "$seconds" "$((rss / 1024))"
  last=$seconds
}
timed "figures import --list (all new)" "$acct" figures import --list list.csv --quiet
first=$last
timed "floor: sqlite3 inserting the same rows" sqlite3 before.db \
  "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
   ATTACH 'acct.db' AS done; BEGIN IMMEDIATE;
   INSERT INTO figures_sheet SELECT * FROM done.figures_sheet;
   INSERT INTO figures_row SELECT * FROM done.figures_row ORDER BY sheet_id, position; COMMIT;"
awk -v a="$first" -v f="$last" 'BEGIN { printf "%-44s %8.1f\n", "import / floor", a / f }'
echo "rows stored: $(sqlite3 acct.db 'SELECT count(*) FROM figures_row'), sheets:" \
     "$(sqlite3 acct.db 'SELECT count(*) FROM figures_sheet'), database $(du -m acct.db | cut -f1) MB"
timed "figures import --list (all replaced)" "$acct" figures import --list list.csv --quiet
timed "digest indicators, one client (text)" "$acct" digest indicators c00001 --period 2025-12
timed "digest indicators, one client (html)" "$acct" digest indicators c00001 --period 2025-12 --format html
mkdir out
timed "digest indicators --all (html, $clients files)" "$acct" digest indicators --all --output-dir out --format html --period 2025-12
