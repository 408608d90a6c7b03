#!/usr/bin/python3
"""XLSX files written by openpyxl, an independent writer, imported by acct: the golden client's
three months (tests/golden/figures-romashka) as 1С lays them out — merged header cells, numbers
as numeric cells, as text with no-break spaces and decimal commas, or both; inline or shared
strings; the table on a second sheet — must give the indicators worked out by hand, to the
kopeck. Broken workbooks must be refused with the sheet, row and column named, and change
nothing. Run with Debian's /usr/bin/python3 (python3-openpyxl).

    check_xlsx.py --acct build/dev/cmd/acct --source .
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

NOW = "2026-04-20T12:00+03:00"
MONTHS = {"2026-01": "2026-01.csv", "2026-02": "2026-02.tsv", "2026-03": "2026-03.csv"}


class Failure(Exception):
    pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--acct", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    acct = os.path.abspath(args.acct)
    source = os.path.abspath(args.source)
    golden = os.path.join(source, "tests/golden/figures-romashka")
    make = [sys.executable, os.path.join(source, "tests/figures/make_xlsx.py")]
    work = tempfile.mkdtemp(prefix="acct-xlsx-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCT_", "XDG_"))}
    env.update({"HOME": work, "ACCT_DB": os.path.join(work, "acct.db"), "ACCT_NOW": NOW,
                "ACCT_CONFIG": os.path.join(work, "config.toml"), "ACCT_USER": "tester",
                "LC_ALL": "C.UTF-8", "TZ": "UTC"})

    def run(*argv, expect=0):
        p = subprocess.run([acct, *argv], env=env, cwd=work, capture_output=True, text=True,
                           timeout=120)
        if p.returncode != expect:
            raise Failure(f"`acct {' '.join(argv)}` exited {p.returncode}, not {expect}: "
                          f"{p.stderr.strip()}")
        return p

    def xlsx(name, month, *options):
        path = os.path.join(work, name)
        subprocess.run([*make, os.path.join(golden, MONTHS[month]), path, *options], check=True)
        return path

    expected = {}
    with open(os.path.join(golden, "expected.tsv"), encoding="utf-8") as f:
        months = f.readline().rstrip("\n").split("\t")[1:]
        for line in f:
            fields = line.rstrip("\n").split("\t")
            expected[fields[0]] = dict(zip(months, fields[1:]))

    def check_month(month, label):
        shown = json.loads(run("figures", "show", "romashka", "--period", month, "--json").stdout)
        for indicator in shown["indicators"]:
            want = expected[indicator["id"]][month]
            got = indicator["value_minor"]
            got_text = "-" if got is None else f"{'-' if got < 0 else ''}{abs(got) // 100}.{abs(got) % 100:02d}"
            if got_text != want:
                raise Failure(f"{label}: {month} {indicator['id']} is {got_text}, by hand {want}")
        print(f"PASS {label}: {month}, {len(shown['indicators'])} indicators to the kopeck")

    try:
        run("init", "--firm-name", "ООО «Демо»", "--quiet")
        run("client", "add", "romashka", "--name", "ООО «Ромашка»", "--short-name", "Ромашка",
            "--form", "ooo", "--inn", "7728012340", "--regime", "osno", "--vat", "--employer",
            "--from", "2026-01-01", "--quiet")
        variants = [
            ("numbers", "2026-01", ["--numbers", "number"]),
            ("text", "2026-02", ["--numbers", "text"]),
            ("mixed+shared strings", "2026-03", ["--numbers", "mixed", "--shared-strings"]),
            ("second sheet", "2026-03", ["--numbers", "text", "--first-sheet", "Параметры",
                                         "--sheet", "Лист1"]),
        ]
        for label, month, options in variants:
            path = xlsx(label.replace(" ", "-").replace("+", "-") + ".xlsx", month, *options)
            run("figures", "import", "romashka", path, "--period", month)
            check_month(month, label)

        before = run("figures", "list", "--json").stdout
        audit_before = run("log", "--json").stdout
        refusals = [
            ("a cell that is not an amount", xlsx("bad-cell.xlsx", "2026-03", "--set", "F12=12 34,5.6"),
             "2026-03", "sheet 'TDSheet', row 12, column F: '12 34,5.6' is not an amount"),
            ("an account code that does not parse", xlsx("bad-code.xlsx", "2026-03", "--set", "A9=6O.01"),
             "2026-03", "sheet 'TDSheet', row 9, column A: '6O.01' is not an account code"),
            # Account 01 one rouble more, and «Итого» with it: consistent, but debits exceed
            # credits.
            ("totals that do not balance",
             xlsx("unbalanced.xlsx", "2026-03", "--numbers", "text", "--set", "C7=600 001,00",
                  "--set", "G7=600 001,00", "--set", "C58=2 839 331,44", "--set",
                  "G58=3 450 218,91"),
             "2026-03", "row 58: debit and credit totals do not balance: opening debit"),
            ("a period other than the header's", xlsx("march.xlsx", "2026-03"), "2026-02",
             "is a sheet for «Март 2026 г.», not for 2026-02"),
            ("no turnover-balance table", xlsx("no-table.xlsx", "2026-03", "--set", "E5=Итоги"),
             "2026-03", "has no turnover-balance table (sheets read: 'TDSheet')"),
            ("a ZIP that is not XLSX", xlsx("not.xlsx", "2026-03", "--zip-not-xlsx"), "2026-03",
             "is a ZIP archive but not an XLSX workbook: it has no part 'xl/workbook.xml'"),
        ]
        for label, path, month, message in refusals:
            p = run("figures", "import", "romashka", path, "--period", month, expect=4)
            if message not in p.stderr or not p.stderr.startswith("acct: error: "):
                raise Failure(f"{label}: stderr does not say {message!r}: {p.stderr.strip()}")
            print(f"PASS refused: {label}")
        if run("figures", "list", "--json").stdout != before or run("log", "--json").stdout != audit_before:
            raise Failure("a refused import changed the database")
        print("PASS refusals changed nothing")
    except (Failure, subprocess.CalledProcessError) as e:
        print(f"FAIL {e}\n  (files kept in {work})")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
