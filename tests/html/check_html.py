#!/usr/bin/env python3
"""Renders every HTML digest on a small firm and loads each in headless Chromium (Debian's
`chromium`): the page must load with no console error and no request leaving the file, and the
DOM Chromium builds must have the title, every section and, for the firm digest, the chart.

    check_html.py --acct build/dev/cmd/acct [--screenshots DIR]

With --screenshots, a PNG of each page is kept there (docs/digests.md: reviewing a change).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

NOW = "2026-04-20T12:00+03:00"


class Failure(Exception):
    pass


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise Failure("chromium is not installed (scripts/deps.sh test installs Debian's chromium)")


def run(argv, env, cwd):
    p = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise Failure(f"`{' '.join(argv)}` exited {p.returncode}: {p.stderr.strip()}")
    return p.stdout


def build_firm(acct, work):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCT_", "XDG_"))}
    env.update({"HOME": work, "ACCT_DB": os.path.join(work, "acct.db"),
                "ACCT_CONFIG": os.path.join(work, "config.toml"), "ACCT_NOW": NOW,
                "ACCT_USER": "tester", "LC_ALL": "C.UTF-8"})
    a = lambda *args: run([acct, *args], env, work)
    a("init", "--firm-name", "ООО «Демо» <script>alert(1)</script>", "--quiet")
    with open(env["ACCT_CONFIG"], "w", encoding="utf-8") as f:
        f.write('[firm]\nname = "ООО «Демо» <script>alert(1)</script>"\n'
                'phone = "+7 495 100-00-00"\naccent_color = "#0a7d55"\n'
                '[digest]\noverhead_percent = 5\n')
    a("staff", "add", "ivanova", "--name", "Иванова Мария", "--role", "accountant,payroll",
      "--email", "ivanova@demo.ru", "--capacity", "10", "--quiet")
    a("staff", "add", "kim", "--name", "Ким Алина", "--role", "chief-accountant,manager",
      "--quiet")
    a("client", "add", "vektor", "--name", "ООО «Вектор & Ко» <b>", "--short-name", "Вектор",
      "--form", "ooo", "--inn", "7728012340", "--regime", "osno", "--vat", "--employer",
      "--from", "2026-01-01", "--quiet")
    a("client", "assign", "vektor", "--accountant", "ivanova", "--payroll", "ivanova",
      "--manager", "kim", "--chief-accountant", "kim", "--from", "2026-01-01", "--quiet")
    a("client", "subscribe", "vektor", "ru-statutory", "--from", "2026-01-01", "--quiet")
    a("generate", "--since", "2026-04-01", "--through", "2026-05-31", "--quiet")
    # Financial indicators: the golden client's three months, and March 2025 for the year-ago
    # comparison (February's figures under March 2025's title).
    golden = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "golden",
                          "figures-romashka")
    for month, name in (("2026-01", "2026-01.csv"), ("2026-02", "2026-02.tsv"),
                        ("2026-03", "2026-03.csv")):
        a("figures", "import", "vektor", os.path.join(golden, name), "--period", month, "--quiet")
    with open(os.path.join(golden, "2026-02.tsv"), encoding="utf-8") as f:
        year_ago = f.read().replace("Февраль 2026", "Март 2025")
    with open(os.path.join(work, "2025-03.tsv"), "w", encoding="utf-8") as f:
        f.write(year_ago)
    a("figures", "import", "vektor", os.path.join(work, "2025-03.tsv"), "--period", "2025-03",
      "--quiet")
    return a


def check_page(browser, path, expect, shots, profile):
    argv = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=3000",
            "--dump-dom", "file://" + path]
    p = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise Failure(f"{path}: chromium exited {p.returncode}: {p.stderr.strip()[-800:]}")
    console = [line for line in p.stderr.splitlines()
               if "CONSOLE" in line or "Failed to load" in line or "ERR_" in line]
    if console:
        raise Failure(f"{path}: the page logged errors:\n  " + "\n  ".join(console))
    dom = p.stdout
    for needle in expect:
        if needle not in dom:
            raise Failure(f"{path}: the DOM Chromium built has no {needle!r}")
    if "<script" in dom.lower():
        raise Failure(f"{path}: a <script> element got into the page (escaping failed)")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    outside = re.findall(r"""(?:src|href)\s*=\s*["']?(?:[a-z]+:)?//[^"' >]*|@import|url\(""",
                         text + dom, re.I)
    if outside:
        raise Failure(f"{path}: the page refers outside itself: {sorted(set(outside))[:5]}")
    sections = len(re.findall(r"<section\b", dom))
    if sections != text.count("<section "):
            raise Failure(f"{path}: Chromium saw {sections} sections, the file has others")
    if shots:
        png = os.path.join(shots, os.path.basename(path).replace(".html", ".png"))
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        f"--user-data-dir={profile}", "--hide-scrollbars",
                        "--window-size=1000,1600", f"--screenshot={png}", "file://" + path],
                       capture_output=True, timeout=120, check=True)
        print(f"  screenshot {png}")
    print(f"PASS {os.path.basename(path)}: {sections} sections, no console errors")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--acct", required=True)
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    acct = os.path.abspath(args.acct)
    work = tempfile.mkdtemp(prefix="acct-html-")
    try:
        browser = chromium()
        a = build_firm(acct, work)
        pages = {
            "client.html": (["digest", "client", "vektor"], ["Вектор: календарь на 15 дней",
                                                             "Что нужно от вас", "Ваша команда"]),
            "client-long.html": (["digest", "client", "vektor", "--days", "60"], ["<time"]),
            "staff.html": (["digest", "staff", "ivanova"], ["Иванова Мария: план на 7 дней"]),
            "firm.html": (["digest", "firm", "--days", "14"], ["<svg", "Загрузка", "<rect"]),
            "indicators.html": (["digest", "indicators", "vektor", "--period", "2026-03"],
                                ["Вектор: финансовые показатели за март 2026", "Главное",
                                 "12 месяцев", "<svg", "<rect", "Долг перед бюджетом"]),
            "indicators-no-data.html": (["digest", "indicators", "vektor", "--period", "2026-04"],
                                        ["Данных за апрель 2026 нет", "<svg"]),
            "client-indicators.html": (["digest", "client", "vektor", "--indicators"],
                                       ["Финансовые показатели за март 2026", "Ваша команда"]),
        }
        shots = os.path.abspath(args.screenshots) if args.screenshots else None
        if shots:
            os.makedirs(shots, exist_ok=True)
        for name, (argv, expect) in pages.items():
            path = os.path.join(work, name)
            a(*argv, "--format", "html", "-o", path)
            check_page(browser, path, expect + ["<h1>"], shots, os.path.join(work, "profile"))
    except Failure as e:
        print(f"FAIL {e}\n  (files kept in {work})")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
