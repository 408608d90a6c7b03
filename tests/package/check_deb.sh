#!/usr/bin/env bash
# The Debian package, end to end: CPack builds the .deb from this build tree, `dpkg -x` unpacks
# it into a scratch root, and the installed acct runs from there: --version, the Russian
# catalogue, the man page and the completions at their FHS places, and the whole demo firm
# against the installed templates and calendars (never the source tree's).
#   check_deb.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check_deb: $*" >&2; exit 1; }

if ! cpack --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  fail "cpack failed"
fi
debs=("$tmp"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $tmp/out"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Control fields: the name, the version of the binary, dependencies that exist in Debian.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = acct-firm ] || fail "Package is '$(field Package)'"
version=$("$build/cmd/acct" --version | cut -d' ' -f2)
[ "$(field Version)" = "$version" ] || fail "Version '$(field Version)' is not the binary's $version"
depends=$(field Depends)
echo "Depends: $depends"
for needed in libc6 libstdc++6 tzdata; do
  [[ ", $depends," == *", $needed"[\ ,]* ]] || fail "Depends lacks $needed"
done
# Every dependency names a package Debian has (installed here, as the binary was built here).
IFS=',' read -ra alternatives <<<"$depends"
for dependency in "${alternatives[@]}"; do
  name=$(sed -E 's/^ *([^ (|]+).*/\1/' <<<"$dependency")
  dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' ||
    fail "dependency '$name' is not a known installed package"
done

# The files, at their FHS places.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/files"
for path in /usr/bin/acct \
            /usr/share/acct/templates/calendars/ru-2026.toml \
            /usr/share/acct/templates/services/ru-statutory.toml \
            /usr/share/locale/ru/LC_MESSAGES/acct.mo \
            /usr/share/man/man1/acct.1 \
            /usr/share/bash-completion/completions/acct \
            /usr/share/zsh/vendor-completions/_acct \
            /usr/share/fish/vendor_completions.d/acct.fish \
            /usr/share/doc/acct/README.md \
            /usr/share/doc/acct/getting-started.md \
            /usr/share/doc/acct/examples/demo-firm.sh \
            /usr/share/doc/acct/examples/acct.default \
            /usr/share/doc/acct/postgresql.md; do
  grep -qx "$path" "$tmp/files" || fail "the package lacks $path"
done
# systemd units for the periodic jobs, shipped disabled: no enablement symlink, and a timer for
# each service that names what it runs.
for job in generate remind digest; do
  for unit in acct-$job.service acct-$job.timer; do
    grep -qx "/usr/lib/systemd/system/$unit" "$tmp/files" || fail "the package lacks $unit"
  done
done
if grep -q '\.wants/' "$tmp/files"; then fail "the package enables a unit: $(grep '\.wants/' "$tmp/files")"; fi
if grep -q '^/usr/local\|^/home\|/build/' "$tmp/files"; then fail "files outside /usr: $(grep '^/usr/local\|^/home\|/build/' "$tmp/files")"; fi

# Unpacked into a scratch root, it runs from there.
root=$tmp/root
dpkg -x "$deb" "$root"
acct=$root/usr/bin/acct
[ "$("$acct" --version)" = "acct $version" ] || fail "installed --version: $("$acct" --version)"
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
mkdir -p "$HOME"
unset ACCT_DB ACCT_CONFIG ACCT_TEMPLATES LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8
"$acct" init --quiet
message=$(LANGUAGE=ru "$acct" client add x --name X --form ooo --inn 123 2>&1 || true)
[[ "$message" == *"в ИНН 10 цифр"* ]] || fail "the installed catalogue is not used: $message"
# The bundled templates are the installed ones: lint reads them from the scratch root.
"$acct" template lint >"$tmp/lint" 2>&1 || { cat "$tmp/lint" >&2; fail "template lint failed"; }
"$acct" template list --json | grep -q "$root/usr/share/acct/templates" ||
  fail "template list does not read the installed templates"
mandoc -T lint "$root/usr/share/man/man1/acct.1" || fail "mandoc -T lint on the installed page"

# The demo firm, start to finish, with the installed binary.
ACCT_BIN=$acct bash "$root/usr/share/doc/acct/examples/demo-firm.sh" "$tmp/demo" >"$tmp/demo.log" 2>&1 ||
  { tail -20 "$tmp/demo.log" >&2; fail "the demo failed with the installed acct"; }
[ -s "$tmp/demo/digest-vektor.html" ] || fail "the demo wrote no digest"
grep -q 'Вектор' "$tmp/demo/digest-vektor.html" || fail "the digest does not name the client"
echo "ok: installed from $(basename "$deb"), demo ran ($(grep -c '^\$ acct' "$tmp/demo.log") commands)"
