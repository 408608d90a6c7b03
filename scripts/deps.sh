#!/usr/bin/env bash
# Installs the Debian 12 packages acct needs, only those missing; uses sudo when not root.
#   scripts/deps.sh build    what building needs
#   scripts/deps.sh test     building plus running the test suite
#   scripts/deps.sh bench    building plus the benchmarks' tools
#   scripts/deps.sh package  building plus what CPack needs for the .deb (dpkg-shlibdeps)
set -euo pipefail

build=(cmake make g++ pkg-config gettext libcli11-dev libsqlitecpp-dev libfmt-dev libtomlplusplus-dev
       libhowardhinnant-date-dev nlohmann-json3-dev libsqlite3-dev libpq-dev tzdata libzip-dev
       libexpat1-dev)
test=(doctest-dev python3 sqlite3 jq util-linux coreutils chromium dpkg-dev file mandoc
      bash-completion zsh fish shellcheck postgresql python3-openpyxl)
package=(dpkg-dev file)
bench=(hyperfine sqlite3 jq python3 time taskwarrior)

want=("${build[@]}")
for group in "$@"; do
  case "$group" in
    build) ;;
    test) want+=("${test[@]}") ;;
    bench) want+=("${bench[@]}") ;;
    package) want+=("${package[@]}") ;;
    *) echo "deps.sh: unknown group '$group' (build, test, bench, package)" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
# The test suite's independent validators (taplo, ...) come from npm: node and npm are
# NodeSource's on the reference machine, Debian's nodejs and npm elsewhere.
if [[ " $* " == *" test "* ]] && ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps.sh: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "deps.sh: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
