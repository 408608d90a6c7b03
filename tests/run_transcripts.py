#!/usr/bin/env python3
"""Runs acct's end-to-end CLI transcripts (tests/cli/*.t) and compares what acct prints.

A transcript is plain text. Lines that do not start with two spaces are comments. A command is
an indented line "  $ acct ..." (continued by "  > ..." lines); the indented lines after it are
what it must print:

    Adding a staff member prints a confirmation:
      $ acct staff add ivanova --name "Иванова Мария" --role accountant
      added staff member 'ivanova' (Иванова Мария)

    An unknown handle is an error with exit code 3:
      $ acct staff show nobody
      ! acct: error: no staff member 'nobody'
      ! hint: see 'acct staff list --all'
      [3]

"  text" is a line of stdout ("  " alone is an empty line), "  ! text" a line of stderr, and
"  [N]" the exit code when it is not 0. A stdout line that itself starts with "! ", "$ ",
"> ", "\\" or looks like "[N]" is written with a leading backslash.

Each transcript runs in a fresh temporary directory that is also $HOME, with a fixed clock
(ACCT_NOW=2026-04-20T09:00:00+03:00), ACCT_USER=tester, TZ=UTC, NO_COLOR=1, no ACCT_* or XDG_*
variables from the caller, stdin from /dev/null, and the acct under test first on PATH, then
tests/bin (db-sql runs SQL on the store in use, db-state fingerprints it). The
directory's path is shown as $HOME in what acct prints, and the source tree's as $SRCDIR.
Commands run in bash with pipefail, one after another, sharing the directory. $SRCDIR is the
source tree, $TESTDATA is tests/data.

    run_transcripts.py --acct build/cmd/acct tests/cli/staff.t     # check
    run_transcripts.py --acct build/cmd/acct --update tests/cli/*.t  # rewrite expectations

With --postgresql DIR (a test server started by tests/postgresql/server.sh), each transcript runs
against a fresh PostgreSQL database on that server instead of the SQLite file: ACCT_DB is its
URI, which acct's output shows as the path of the SQLite file it stands for
($HOME/.local/share/acct/acct.db), so that one expectation serves both stores. A command that
only makes sense on one store ends with a shell comment saying so, "# sqlite only" or
"# postgresql only"; it is skipped on the other. $SPARE_DB is a second, empty database on the
same store (a file that does not exist yet on SQLite), shown as $SPARE_DB.
"""

import argparse
import difflib
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile

FIXED_NOW = "2026-04-20T09:00:00+03:00"
DEFAULT_DB = "$HOME/.local/share/acct/acct.db"
STORE_ONLY_RE = re.compile(r"#\s*(sqlite|postgresql) only\s*$")
EXIT_RE = re.compile(r"^\[(\d+)\]$")
TIMEOUT_SECONDS = 120


class Block:
    """One command of a transcript with what it is expected to print."""

    def __init__(self, line_no, command):
        self.line_no = line_no
        self.command = command
        self.stdout = []
        self.stderr = []
        self.exit_code = 0


def unescape(text):
    return text[1:] if text.startswith("\\") else text


def needs_escape(text):
    return text.startswith(("! ", "$ ", "> ", "\\")) or text in ("!", "$", ">") or EXIT_RE.match(text)


def parse(path):
    """Returns the file as a list of items: either a comment string or a Block."""
    items = []
    block = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if line.startswith("  $ "):
            block = Block(number, line[4:])
            items.append(block)
        elif line.startswith("  > ") and block is not None and not (block.stdout or block.stderr):
            block.command += "\n" + line[4:]
        elif line.startswith("  ") and block is not None:
            body = line[2:]
            match = EXIT_RE.match(body)
            if match:
                block.exit_code = int(match.group(1))
            elif body.startswith("! ") or body == "!":
                block.stderr.append(body[2:])
            else:
                block.stdout.append(unescape(body))
        else:
            block = None
            items.append(line)
    return items


def render(items):
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
            continue
        first, *rest = item.command.split("\n")
        out.append("  $ " + first)
        out.extend("  > " + line for line in rest)
        for line in item.stdout:
            out.append("  " + ("\\" + line if needs_escape(line) else line))
        for line in item.stderr:
            out.append("  ! " + line if line else "  !")
        if item.exit_code:
            out.append("  [%d]" % item.exit_code)
    return "\n".join(out) + "\n"


class PostgresDatabase:
    """A fresh database on the test server for one transcript, dropped afterwards."""

    counter = itertools.count()

    def __init__(self, server_dir):
        with open(os.path.join(server_dir, "port"), encoding="utf-8") as f:
            port = f.read().strip()
        self.base = "postgresql://postgres@/%s?host=%s&port=%s"
        self.server = (server_dir, port)
        self.name = "acct_t_%d_%d" % (os.getpid(), next(self.counter))
        self.admin("CREATE DATABASE %s TEMPLATE template0 ENCODING 'UTF8'" % self.name)
        self.uri = self.base % ((self.name,) + self.server)

    def admin(self, sql):
        subprocess.run(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", self.base % (("postgres",) + self.server),
             "-c", sql],
            check=True, capture_output=True)

    def drop(self):
        self.admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % self.name)


def environment(acct, workdir, srcdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCT_", "XDG_"))}
    env.update(
        {
            "PATH": os.pathsep.join([os.path.dirname(os.path.abspath(acct)),
                                     os.path.join(srcdir, "tests", "bin"), env.get("PATH", "")]),
            "HOME": workdir,
            "ACCT_NOW": FIXED_NOW,
            "ACCT_USER": "tester",
            "TZ": "UTC",
            "NO_COLOR": "1",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "SRCDIR": srcdir,
            "TESTDATA": os.path.join(srcdir, "tests", "data"),
        }
    )
    env.pop("LANGUAGE", None)
    return env


def lines_of(data, workdir, srcdir, database_uri=None, spare=None):
    # The temporary directory differs on every run; show it as $HOME, which it also is. Paths
    # into the source tree (bundled templates) show as $SRCDIR. A PostgreSQL database shows as
    # the SQLite file it stands for.
    text = data.decode("utf-8", errors="replace")
    if database_uri:
        text = text.replace(database_uri, DEFAULT_DB)
    if spare:
        text = text.replace(spare, "$SPARE_DB")
    text = text.replace(workdir, "$HOME").replace(srcdir, "$SRCDIR")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


def run_block(block, env, workdir, srcdir, database_uri=None):
    spare = env.get("SPARE_DB")
    try:
        result = subprocess.run(
            ["bash", "-o", "pipefail", "-c", block.command],
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return [], ["(timed out after %d s)" % TIMEOUT_SECONDS], 124
    return (
        lines_of(result.stdout, workdir, srcdir, database_uri, spare),
        lines_of(result.stderr, workdir, srcdir, database_uri, spare),
        result.returncode,
    )


def describe(block):
    return block.stdout + ["! " + line for line in block.stderr] + (
        ["[%d]" % block.exit_code] if block.exit_code else []
    )


def run_file(path, acct, srcdir, update, postgresql=None):
    items = parse(path)
    failures = 0
    workdir = tempfile.mkdtemp(prefix="acct-transcript-")
    store = "postgresql" if postgresql else "sqlite"
    database = PostgresDatabase(postgresql) if postgresql else None
    spare = PostgresDatabase(postgresql) if postgresql else None
    try:
        env = environment(acct, workdir, srcdir)
        env["SPARE_DB"] = spare.uri if spare else os.path.join(workdir, "spare.db")
        if database:
            env["ACCT_DB"] = database.uri
        for item in items:
            if isinstance(item, str):
                continue
            only = STORE_ONLY_RE.search(item.command.split("\n")[0])
            if only and only.group(1) != store:
                continue
            stdout, stderr, code = run_block(item, env, workdir, srcdir,
                                             database.uri if database else None)
            actual = Block(item.line_no, item.command)
            actual.stdout, actual.stderr, actual.exit_code = stdout, stderr, code
            if describe(actual) == describe(item):
                continue
            if update:
                item.stdout, item.stderr, item.exit_code = stdout, stderr, code
                continue
            failures += 1
            print("%s:%d: $ %s" % (path, item.line_no, item.command.replace("\n", "\n  > ")))
            for line in difflib.unified_diff(
                describe(item), describe(actual), "expected", "actual", lineterm=""
            ):
                print("    " + line)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        for db in (database, spare):
            if db:
                db.drop()
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write(render(items))
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--acct", required=True, help="the acct binary under test")
    parser.add_argument("--update", action="store_true", help="rewrite expectations")
    parser.add_argument("--postgresql", metavar="DIR",
                        help="run against a fresh database on the test server in DIR")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    srcdir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    failures = sum(run_file(f, args.acct, srcdir, args.update, args.postgresql) for f in args.files)
    if failures:
        print("%d command(s) printed something other than expected" % failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
