#!/usr/bin/env bash
# Validates acct's TOML files against the JSON Schemas in schemas/ with taplo, an independent
# validator (installed by scripts/test.sh from tests/js/package.json), and checks that the
# schemas really reject a bad file.
#   tests/check_schemas.sh SRCDIR
set -euo pipefail
src=$(realpath "${1:-.}")
taplo=$src/tests/js/node_modules/.bin/taplo
if [ ! -x "$taplo" ]; then
  echo "taplo is not installed: run 'npm ci --prefix tests/js' (scripts/test.sh does)" >&2
  exit 1
fi
export RUST_LOG=error
status=0
# taplo takes a second or more to start, so each schema is checked once over all its files.
check() { # schema files... (taplo's report is kept in $work/err)
  local schema=$1
  shift
  "$taplo" check --no-auto-config --schema "file://$src/schemas/$schema" "$@" >/dev/null 2>"$work/err"
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

accepts() { # schema dir: every bundled file in templates/dir matches the schema
  local schema=$1 dir=$2
  if ! check "$schema" "$src"/templates/"$dir"/*.toml; then
    cat "$work/err"
    echo "FAIL: templates/$dir has a file that does not match schemas/$schema"
    status=1
  fi
}
accepts calendar.schema.json calendars
accepts service.schema.json services
accepts reminders.schema.json reminders
accepts chart.schema.json charts
accepts indicators.schema.json indicators

rejects() { # schema bad-files...: each file must be reported invalid by name
  local schema=$1 bad
  shift
  if check "$schema" "$@"; then
    echo "FAIL: schemas/$schema accepts all of: $*"
    status=1
    return
  fi
  for bad in "$@"; do
    if ! grep -qF "path=\"$bad\"" "$work/err"; then
      cat "$work/err"
      echo "FAIL: schemas/$schema accepts $(basename "$bad")"
      status=1
    fi
  done
}

# The schemas must reject what acct rejects.
printf '[service]\nid = "x"\ntitle = "X"\n[[obligation]]\ncode = "a"\ntitle = "A"\nperiods = ["fortnight"]\ndeadline = { day = 25 }\n' > "$work/bad-period.toml"
printf '[service]\nid = "x"\ntitle = "X"\n[[obligation]]\ncode = "a"\ntitle = "A"\nperiods = ["month"]\ndeadline = { day = 32 }\n' > "$work/bad-day.toml"
printf '[service]\nid = "x"\ntitle = "X"\n[[obligation]]\ncode = "a"\ntitle = "A"\nperiods = ["month"]\ndeadline = { day = 25 }\nrole = "boss"\n' > "$work/bad-role.toml"
rejects service.schema.json "$work"/bad-period.toml "$work"/bad-day.toml "$work"/bad-role.toml
printf '[calendar]\nname = "ru"\nyear = 2026\n[[day]]\ndate = 2026-01-01\nkind = "feast"\n' > "$work/bad-kind.toml"
printf '[calendar]\nname = "ru"\nyear = 2026\ncolour = "red"\n' > "$work/bad-key.toml"
printf '[calendar]\nyear = 2026\n' > "$work/no-name.toml"
rejects calendar.schema.json "$work"/bad-kind.toml "$work"/bad-key.toml "$work"/no-name.toml
printf '[[policy]]\nname = "p"\n[[policy.rule]]\nid = "a"\nto = "boss"\nworking_days = -1\ntime = "09:00"\n' > "$work/bad-recipient.toml"
printf '[[policy]]\nname = "p"\n[[policy.rule]]\nid = "a"\nto = "assignee"\nworking_days = -1\ntime = "9am"\n' > "$work/bad-time.toml"
rejects reminders.schema.json "$work"/bad-recipient.toml "$work"/bad-time.toml
mkdir "$work/indicators" "$work/charts"
printf 'chart = "ru-94n"\n[[indicator]]\nid = "x"\ntitle = "X"\nkind = "balance"\nside = "debit"\naccounts = ["50"]\n' > "$work/indicators/bad-kind.toml"
printf 'chart = "ru-94n"\n[[indicator]]\nid = "x"\ntitle = "X"\nkind = "closing"\nside = "debit"\naccounts = ["6O.01"]\n' > "$work/indicators/bad-account.toml"
printf 'chart = "ru-94n"\n[[remark]]\nid = "x"\nindicator = "cash"\nrise_percent = 30\ntext = "T"\n' > "$work/indicators/no-compare.toml"
printf 'chart = "ru-94n"\n[[remark]]\nid = "x"\nindicator = "cash"\ntext = "T"\n' > "$work/indicators/no-condition.toml"
rejects indicators.schema.json "$work"/indicators/*.toml
printf '[chart]\nid = "x"\ncountry = "ru"\n[accounts]\n"6O" = "Ошибка"\n' > "$work/charts/bad-code.toml"
printf '[chart]\nid = "x"\ncountry = "de"\n[accounts]\n"50" = "Касса"\n' > "$work/charts/bad-country.toml"
rejects chart.schema.json "$work"/charts/*.toml
[ $status -eq 0 ] && echo "schemas: ok"
exit $status
