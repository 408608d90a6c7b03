#!/usr/bin/env bash
# Extracts acct's translatable messages into po/acct.pot and merges them into every po/*.po.
# Run after changing messages; then translate the new or fuzzy entries of po/ru.po. The test
# "unit: i18n ..." checks every translation formats with the same placeholders as its source.
#
# What is extracted: the first argument of tr()/trf(), both of trn()/trnf(), N_(), and the help
# text of the command tree (descriptions given to add_option/add_flag/add_subcommand,
# Registry::command and Registry::group, and the groups' section names). Each keyword that
# takes its text at a different position is its own xgettext pass (xgettext refuses two
# positions of one keyword in one call), merged with msgcat.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
mapfile -t sources < <(git ls-files 'lib/*.cpp' 'lib/*.hpp' 'cmd/*.cpp' 'cmd/*.hpp' | sort)
mapfile -t cmd_sources < <(git ls-files 'cmd/*.cpp' | sort)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

common=(--from-code=UTF-8 --language=C++ --add-comments=TRANSLATORS: --sort-by-file
        --package-name=acct "--package-version=$version" "--msgid-bugs-address=https://example.invalid/acct/issues"
        --no-wrap --keyword)
xgettext "${common[@]}" -o "$tmp/1.pot" \
  --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=trnf:1,2 --keyword=N_ \
  --keyword=add_option:2 --keyword=add_option:3 --keyword=add_flag:2 --keyword=add_flag:3 \
  --keyword=add_subcommand:2 --keyword=command:3 --keyword=description --keyword=footer \
  --keyword=add_optional:4 --keyword=add_flag_callback:3 \
  --flag=trf:1:no-c-format --flag=trnf:1:no-c-format --flag=trnf:2:no-c-format \
  --flag=tr:1:no-c-format "${sources[@]}"
# Registry::group(name, description, section): the description, then the section.
xgettext "${common[@]}" -o "$tmp/2.pot" --keyword=group:2 "${cmd_sources[@]}"
xgettext "${common[@]}" -o "$tmp/3.pot" --keyword=group:3 "${cmd_sources[@]}"
# Registry::command(..., section): the sixth argument, when given.
xgettext "${common[@]}" -o "$tmp/4.pot" --keyword=command:6 $(printf "%s\n" "${cmd_sources[@]}" | grep -v meta.cpp)
parts=()
for part in "$tmp"/[1-4].pot; do [ -s "$part" ] && parts+=("$part"); done
msgcat --use-first --no-wrap --sort-by-file -o "$tmp/acct.pot" "${parts[@]}"
# Keep the charset UTF-8 (xgettext leaves CHARSET in the header when it writes one).
sed -e 's/charset=CHARSET/charset=UTF-8/' "$tmp/acct.pot" > po/acct.pot

for po in po/*.po; do
  [ -e "$po" ] || continue
  msgmerge --quiet --update --backup=none --no-wrap --sort-by-file "$po" po/acct.pot
done
for po in po/*.po; do
  [ -e "$po" ] || continue
  printf '%s: ' "$po"
  msgfmt --statistics --check -o /dev/null "$po"
done
