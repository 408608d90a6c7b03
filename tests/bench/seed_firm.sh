#!/usr/bin/env bash
# Seeds a synthetic firm for benchmarks and load tests: staff (one accountant per 50 clients, a
# chief accountant per 200, a payroll specialist per 100), CLIENTS clients written by
# gen_clients.py (every form and regime, valid identifiers) and imported with acct, each with a
# work group and subscribed to ru-statutory from its contract start (not before 2025-01-01).
# The subscriptions and work groups are written with SQL for speed: 10,000 'acct client
# subscribe' commands would only measure process start-up.
#   ACCT_DB=... ACCT_CONFIG=... tests/bench/seed_firm.sh ACCT_BINARY CLIENTS
set -euo pipefail
acct=$1
clients=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: "${ACCT_DB:?set ACCT_DB}"

[ -e "$ACCT_DB" ] || "$acct" init --quiet
staff() { # prefix count role
  for ((i = 0; i < $2; i++)); do
    "$acct" staff add "$1$i" --name "Сотрудник $1$i" --role "$3" --quiet
  done
}
accountants=$(( (clients + 49) / 50 )) chiefs=$(( (clients + 199) / 200 )) payroll=$(( (clients + 99) / 100 ))
staff acc "$accountants" accountant
staff chief "$chiefs" chief-accountant
staff pay "$payroll" payroll
# GEN_ARGS: more options for gen_clients.py (--employers-vat-third: the firm of issue 16).
python3 "$here/gen_clients.py" --rows "$clients" ${GEN_ARGS:-} > "$work/clients.csv"
"$acct" client import "$work/clients.csv" --quiet >/dev/null
sqlite3 "$ACCT_DB" <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO client_subscription (client_id, service, valid_from, recorded_at)
  SELECT id, 'ru-statutory', max(contract_start, '2025-01-01'), '2026-01-01T00:00:00Z' FROM client;
INSERT INTO client_assignment (client_id, role, staff_id, valid_from, recorded_at)
  SELECT c.id, 'accountant', s.id, c.contract_start, '2026-01-01T00:00:00Z'
  FROM client c JOIN staff s ON s.handle = 'acc' || (c.id % $accountants);
INSERT INTO client_assignment (client_id, role, staff_id, valid_from, recorded_at)
  SELECT c.id, 'chief-accountant', s.id, c.contract_start, '2026-01-01T00:00:00Z'
  FROM client c JOIN staff s ON s.handle = 'chief' || (c.id % $chiefs);
INSERT INTO client_assignment (client_id, role, staff_id, valid_from, recorded_at)
  SELECT c.id, 'payroll', s.id, c.contract_start, '2026-01-01T00:00:00Z'
  FROM client c JOIN staff s ON s.handle = 'pay' || (c.id % $payroll);
COMMIT;
SQL
