#!/usr/bin/env bash
# `acct init --group`: two unprivileged users of one group share a database, a third user is kept
# out. Creates a group and three users for the run (so it needs root; otherwise it is skipped
# with exit 77) and removes them afterwards.
#   tests/store/check_shared_group.sh ACCT
set -euo pipefail
if [ "$(id -u)" -ne 0 ] || ! command -v useradd >/dev/null || ! command -v runuser >/dev/null; then
  echo "skipped: creating the test users needs root, useradd and runuser"
  exit 77
fi
tag=acg$$
group=${tag}g one=${tag}a two=${tag}b out=${tag}c
work=$(mktemp -d /tmp/acct-group.XXXXXX)
cleanup() {
  for user in "$one" "$two" "$out"; do userdel "$user" 2>/dev/null || true; done
  groupdel "$group" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
groupadd "$group"
useradd -M -N -s /bin/sh -G "$group" "$one"
useradd -M -N -s /bin/sh -G "$group" "$two"
useradd -M -N -s /bin/sh "$out"
chmod 755 "$work"
cp "$1" "$work/acct"
chmod 755 "$work/acct"
# The firm's directory does not exist yet; its parent belongs to the first user.
mkdir "$work/srv"
chown "$one" "$work/srv"
db=$work/srv/firm/acct.db

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
# as USER ARGS...: acct as USER, the way each person runs it from their own account. Leak
# checking needs ptrace, which another user may not have here; every other test checks leaks.
as() {
  local user=$1
  shift
  (cd / && runuser -u "$user" -- env ACCT_DB="$db" ACCT_CONFIG="$work/srv/firm/config.toml" \
    ACCT_USER="$user" ASAN_OPTIONS=detect_leaks=0 "$work/acct" "$@")
}
mode() { stat -c '%a %G' "$1"; }

as "$one" init --group "$group" --firm-name "ООО «Счёт»" --quiet
[ "$(mode "$work/srv/firm")" = "2770 $group" ] || fail "directory is $(mode "$work/srv/firm")"
[ "$(mode "$db")" = "660 $group" ] || fail "database is $(mode "$db")"

# The second member writes (SQLite makes new -wal and -shm files), the first writes after it.
as "$two" staff add ivanova --name "Иванова Мария" --role accountant --quiet
as "$one" staff add petrova --name "Петрова Анна" --role accountant --quiet
[ "$(as "$two" staff list --json | jq length)" = 2 ] || fail "the members do not see each other's staff"
for file in "$db"-wal "$db"-shm; do
  [ ! -e "$file" ] || [ "$(stat -c '%G' "$file")" = "$group" ] || fail "$file is not the group's"
done

# expect CODE WHAT COMMAND...: the command fails with exit CODE, saying "acct: error: ..." first.
expect() {
  local want=$1 what=$2 code=0 err
  shift 2
  err=$("$@" 2>&1 >/dev/null) || code=$?
  [ "$code" -eq "$want" ] || fail "$what exits $code, not $want: $err"
  case "$err" in "acct: error: "*) ;; *) fail "$what says: $err" ;; esac
}

# Someone outside the group can neither read it nor share a database with the group.
expect 8 "an outsider's read" as "$out" staff list
expect 10 "init --group by a non-member" as "$out" --db "$work/outsider/acct.db" \
  --config "$work/outsider.toml" init --group "$group"
[ ! -e "$work/outsider" ] || fail "a refused init --group created $work/outsider"

# An unknown group, and a PostgreSQL URI, are refused before anything is made.
expect 4 "an unknown group" as "$one" --db "$work/srv/other/acct.db" init --group "no-such-$tag"
[ ! -e "$work/srv/other" ] || fail "an unknown group still created a directory"
expect 2 "--group with PostgreSQL" as "$one" --db "postgresql:///acct?host=$work" \
  init --group "$group"
echo "ok: $one and $two share $db through group $group; $out is kept out"
