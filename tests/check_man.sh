#!/usr/bin/env bash
# The manual page: the committed docs/man/acct.1 is exactly what `acct __man` generates from
# the command tree (so it is in step with --help), and `mandoc -T lint` finds nothing, not even
# a style remark (exit 0 only when clean).
#   check_man.sh ACCT SOURCE_DIR
set -euo pipefail
acct=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C "$acct" __man >"$tmp/acct.1"
if ! diff -u "$src/docs/man/acct.1" "$tmp/acct.1" >"$tmp/diff"; then
  head -40 "$tmp/diff" >&2
  echo "check_man: docs/man/acct.1 is stale; run scripts/gen-docs.sh and commit it" >&2
  exit 1
fi
mandoc -T lint "$src/docs/man/acct.1"
# Every leaf command has its section, and every section is a real command.
"$acct" __commands | grep -v '^acct __' | sed 's/^/.SS \\fB/; s/-/\\-/g' >"$tmp/commands"
while IFS= read -r heading; do
  grep -qF "$heading" "$src/docs/man/acct.1" || { echo "check_man: no section for: $heading" >&2; exit 1; }
done <"$tmp/commands"
echo "ok: $(wc -l <"$tmp/commands") commands, lint clean"
