#!/usr/bin/env bash
# Regenerates what is generated from acct's command tree and committed: the manual page
# docs/man/acct.1 and the completion scripts in completions/. Run it after adding or changing
# a command or option; the tests "man: ..." and "completion: generated" fail until you do.
#   scripts/gen-docs.sh [ACCT]      ACCT: the built binary (default build/dev/cmd/acct)
set -euo pipefail
cd "$(dirname "$0")/.."
acct=${1:-build/dev/cmd/acct}
export LC_ALL=C
"$acct" __man >docs/man/acct.1
"$acct" completion bash >completions/acct.bash
"$acct" completion zsh >completions/_acct
"$acct" completion fish >completions/acct.fish
echo "gen-docs.sh: wrote docs/man/acct.1, completions/acct.bash, completions/_acct, completions/acct.fish"
