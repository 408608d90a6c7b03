#!/usr/bin/env bash
# Regenerates what is generated from acct's command tree and committed: the manual page
# docs/man/acct.1. Run it after adding or changing a command or option (the test
# "man: docs/man/acct.1 is up to date and lint-clean" fails until you do).
#   scripts/gen-docs.sh [ACCT]      ACCT: the built binary (default build/dev/cmd/acct)
set -euo pipefail
cd "$(dirname "$0")/.."
acct=${1:-build/dev/cmd/acct}
LC_ALL=C "$acct" __man >docs/man/acct.1
echo "wrote docs/man/acct.1"
