#!/usr/bin/env bash
# Regenerates completions/ from acct's command tree after a command or option changed:
#   scripts/gen-completions.sh [build/cmd/acct]
set -euo pipefail
cd "$(dirname "$0")/.."
acct=${1:-build/cmd/acct}
"$acct" completion bash >completions/acct.bash
"$acct" completion zsh >completions/_acct
"$acct" completion fish >completions/acct.fish
echo "gen-completions.sh: wrote completions/acct.bash, completions/_acct, completions/acct.fish"
