#!/usr/bin/env bash
# Start-up cost of acct, compared in the same run with two floors: a C program that does nothing
# and a C++ "hello world" (both built here), so figures from different machines can be compared.
#   tests/bench/startup.sh build/release/cmd/acct
set -euo pipefail
acct=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'int main(void) { return 0; }\n' > c.c && gcc -O2 c.c -o c-noop
printf '#include <iostream>\nint main() { std::cout << "hi\\n"; }\n' > h.cpp && g++ -O2 h.cpp -o cxx-hello
export HOME=$work ACCT_DB=$work/acct.db ACCT_CONFIG=$work/config.toml ACCT_TODAY=2026-04-20
"$acct" init --quiet
"$acct" staff add ivanova --name "Иванова Мария" --role accountant --quiet
hyperfine -N --warmup 50 --runs 500 --export-json startup.json \
  ./c-noop ./cxx-hello "$acct --version" "$acct staff list" "$acct staff list --json" &>/dev/null
jq -r '.results[] | "\(.command)\t\(.mean * 1000 | . * 100 | round / 100) ms ± \(.stddev * 1000 | . * 100 | round / 100)"' startup.json |
  column -t -s $'\t'
