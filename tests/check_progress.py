#!/usr/bin/env python3
"""Progress of long work on a terminal (docs/commands/global.md, "Output"):

- with stderr on a terminal (a pseudo-terminal here), `client import`, `generate` and
  `remind run` draw a progress line on stderr, redrawn in place with a carriage return and
  cleared at the end;
- never when stderr is not a terminal, nor with --quiet, NO_COLOR, TERM=dumb or
  ACCT_NO_PROGRESS;
- stdout is the same either way.

Run by ctest; exits 1 listing every problem.
"""

import argparse
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import tty as tty_module

HERE = os.path.dirname(os.path.abspath(__file__))


def run(acct, args, env, tty):
    """Runs acct; returns (exit code, stdout, stderr) with stderr on a pseudo-terminal if `tty`
    (in raw mode, so that the bytes read are the bytes acct wrote)."""
    if not tty:
        p = subprocess.run([acct] + args, env=env, capture_output=True)
        return p.returncode, p.stdout, p.stderr
    master, slave = pty.openpty()
    tty_module.setraw(slave)
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen([acct] + args, env=env, stdout=out, stderr=slave,
                             stdin=subprocess.DEVNULL)
        os.close(slave)
        err = b""
        while True:
            ready, _, _ = select.select([master], [], [], 300)
            if not ready:
                p.kill()
                raise RuntimeError("acct %s hung" % " ".join(args))
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: acct has exited and the terminal's other end is closed
                break
            if not chunk:
                break
            err += chunk
        os.close(master)
        code = p.wait()
        out.seek(0)
        return code, out.read(), err


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--acct", required=True)
    args = parser.parse_args()
    acct = os.path.realpath(args.acct)
    problems = []
    work = tempfile.mkdtemp(prefix="acct-progress-")
    try:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("ACCT_") and k not in ("NO_COLOR", "TERM", "LANGUAGE")}
        env.update({"HOME": work, "ACCT_DB": os.path.join(work, "acct.db"),
                    "ACCT_CONFIG": os.path.join(work, "config.toml"), "ACCT_TODAY": "2026-01-01",
                    "ACCT_USER": "test", "TERM": "xterm", "LC_ALL": "C.UTF-8"})
        csv = os.path.join(work, "clients.csv")
        with open(csv, "wb") as f:
            f.write(subprocess.run([sys.executable, os.path.join(HERE, "bench", "gen_clients.py"),
                                    "--rows", "300"], capture_output=True, check=True).stdout)
        code, _, err = run(acct, ["init", "--quiet"], env, False)
        if code != 0:
            print("acct init failed: %s" % err.decode())
            return 1

        commands = [["client", "import", csv, "--dry-run"]]
        for command in commands:
            name = " ".join(command[:2])
            code, tty_out, tty_err = run(acct, command, env, True)
            if code != 0:
                problems.append("%s on a terminal: exit %d: %r" % (name, code, tty_err[-300:]))
                continue
            if b"\r" not in tty_err or b"importing clients: " not in tty_err:
                problems.append("%s on a terminal drew no progress line: %r" % (name, tty_err))
            if not tty_err.endswith(b"\r\x1b[K"):
                problems.append("%s on a terminal did not clear its line: %r"
                                % (name, tty_err[-40:]))
            for label, extra_env, extra_args, tty in [
                    ("stderr not a terminal", {}, [], False),
                    ("--quiet", {}, ["--quiet"], True),
                    ("NO_COLOR=1", {"NO_COLOR": "1"}, [], True),
                    ("TERM=dumb", {"TERM": "dumb"}, [], True),
                    ("ACCT_NO_PROGRESS=1", {"ACCT_NO_PROGRESS": "1"}, [], True)]:
                code, out, err = run(acct, command + extra_args, dict(env, **extra_env), tty)
                if code != 0:
                    problems.append("%s with %s: exit %d" % (name, label, code))
                if err:
                    problems.append("%s with %s wrote to stderr: %r" % (name, label, err[:200]))
                if not extra_args and out != tty_out:
                    problems.append("%s with %s: stdout differs from the terminal run"
                                    % (name, label))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for p in problems:
        print(p)
    if problems:
        return 1
    print("progress shows on a terminal only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
