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
variables from the caller, stdin from /dev/null, and the acct under test first on PATH. The
directory's path is shown as $HOME in what acct prints, and the source tree's as $SRCDIR.
Commands run in bash with pipefail, one after another, sharing the directory. $SRCDIR is the
source tree, $TESTDATA is tests/data.

    run_transcripts.py --acct build/cmd/acct tests/cli/staff.t     # check
    run_transcripts.py --acct build/cmd/acct --update tests/cli/*.t  # rewrite expectations
"""

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

FIXED_NOW = "2026-04-20T09:00:00+03:00"
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


def environment(acct, workdir, srcdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCT_", "XDG_"))}
    env.update(
        {
            "PATH": os.path.dirname(os.path.abspath(acct)) + os.pathsep + env.get("PATH", ""),
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


def lines_of(data, workdir, srcdir):
    # The temporary directory differs on every run; show it as $HOME, which it also is. Paths
    # into the source tree (bundled templates) show as $SRCDIR.
    text = data.decode("utf-8", errors="replace").replace(workdir, "$HOME").replace(srcdir, "$SRCDIR")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


def run_block(block, env, workdir, srcdir):
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
        lines_of(result.stdout, workdir, srcdir),
        lines_of(result.stderr, workdir, srcdir),
        result.returncode,
    )


def describe(block):
    return block.stdout + ["! " + line for line in block.stderr] + (
        ["[%d]" % block.exit_code] if block.exit_code else []
    )


def run_file(path, acct, srcdir, update):
    items = parse(path)
    failures = 0
    workdir = tempfile.mkdtemp(prefix="acct-transcript-")
    try:
        env = environment(acct, workdir, srcdir)
        for item in items:
            if isinstance(item, str):
                continue
            stdout, stderr, code = run_block(item, env, workdir, srcdir)
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
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write(render(items))
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--acct", required=True, help="the acct binary under test")
    parser.add_argument("--update", action="store_true", help="rewrite expectations")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    srcdir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    failures = sum(run_file(f, args.acct, srcdir, args.update) for f in args.files)
    if failures:
        print("%d command(s) printed something other than expected" % failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
