#!/usr/bin/env bash
# CSV import of 2,000 clients written as Excel in a Russian locale writes them (gen_clients.py):
# the first import into an empty database, a dry run of it, and importing the same file again
# (which must change nothing: the database is checksummed before and after), and listing them
# all as JSON (which loads every client's profile, the task generator's input).
#   tests/bench/import.sh build/release/cmd/acct
set -euo pipefail
acct=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
rows=${ROWS:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME=$work ACCT_DB=$work/acct.db ACCT_CONFIG=$work/config.toml ACCT_TODAY=2026-04-20 \
  ACCT_USER=bench
python3 "$here/gen_clients.py" --rows "$rows" > clients.csv
"$acct" init --quiet
"$acct" db backup empty.db >/dev/null
echo "$rows rows, $(wc -c < clients.csv) bytes; BOM: $(head -c 3 clients.csv | od -An -tx1 | tr -d ' '); \
lines ending in CRLF: $(grep -c $'\r$' clients.csv)"

# Each timed first import starts from the empty database again.
reset='cp empty.db acct.db && rm -f acct.db-wal acct.db-shm'
hyperfine --warmup 1 --runs 10 --export-json first.json --prepare "$reset" \
  "$acct client import clients.csv --quiet" &>/dev/null
hyperfine --warmup 1 --runs 10 --export-json dry.json --prepare "$reset" \
  "$acct client import clients.csv --dry-run --quiet" &>/dev/null
eval "$reset"
"$acct" client import clients.csv --quiet >/dev/null
sha256sum acct.db > imported.sum
hyperfine --warmup 1 --runs 10 --export-json again.json \
  "$acct client import clients.csv --quiet" &>/dev/null
hyperfine --warmup 1 --runs 10 --export-json list.json "$acct client list --json" &>/dev/null
figures() { jq -r --arg what "$1" '.results[0] | "\($what)\t\(.mean * 1000 | round) ms ± \(.stddev * 1000 | round)"' "$2"; }
{
  figures "first import ($rows created)" first.json
  figures "dry run of it (nothing written)" dry.json
  figures "import again (all unchanged)" again.json
  figures "client list --json (every profile loaded)" list.json
} | column -t -s $'\t'
echo "import again says: $("$acct" client import clients.csv)"
sha256sum -c --quiet imported.sum && echo "database unchanged by the re-imports: yes"
echo "clients: $("$acct" client list --json | jq length)"
