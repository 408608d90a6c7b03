"""A firm in a temporary directory and acct run over it: what the fault tests share (stdlib only).

The fault tests (kill_reliability.py, disk_reliability.py, writers_reliability.py) build their
firms with acct itself, run acct as real processes, and judge the result by what acct prints
(`--json` lists, `acct db check`), so that they say what a firm would see.
"""

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time

PROCESS_TIMEOUT = 600  # seconds one acct process may take (a loaded CI machine with sanitizers)
NOW = "2026-01-12T09:00:00+03:00"  # a Monday in January: a year of tasks ahead


class Failure(Exception):
    """A test's assertion that did not hold."""


def check(condition, message):
    if not condition:
        raise Failure(message)


class Firm:
    """One database and config in a temporary directory (also $HOME), and acct run over them."""

    def __init__(self, acct, source, name, now=NOW, root=None):
        self.acct = acct
        self.source = source
        self.dir = tempfile.mkdtemp(prefix=f"acct-{name}-", dir=root)
        self.db = os.path.join(self.dir, "acct.db")
        self.config = os.path.join(self.dir, "config.toml")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCT_", "XDG_"))}
        env.update({"ACCT_CONFIG": self.config, "ACCT_USER": "tester", "ACCT_NOW": now,
                    "HOME": self.dir, "TZ": "UTC", "NO_COLOR": "1", "LANGUAGE": "en",
                    "LC_ALL": "C.UTF-8"})
        self.env = env

    def path(self, *names):
        return os.path.join(self.dir, *names)

    def cleanup(self):
        if os.environ.get("RELIABILITY_KEEP") == "1":
            print(f"  kept {self.dir}", flush=True)
            return
        shutil.rmtree(self.dir, ignore_errors=True)

    def environment(self, db=None, user=None):
        env = dict(self.env)
        env["ACCT_DB"] = db or self.db
        if user:
            env["ACCT_USER"] = user
        return env

    def run(self, *args, db=None, expect=0, stdin=None, user=None, timeout=PROCESS_TIMEOUT):
        """Runs acct to its end; checks the exit code unless expect is None."""
        argv = [self.acct, *args]
        try:
            p = subprocess.run(argv, env=self.environment(db, user), cwd=self.dir,
                               input=stdin if stdin is not None else "", capture_output=True,
                               text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failure(f"`acct {' '.join(args)}` did not finish within {timeout} s")
        if expect is not None and p.returncode != expect:
            raise Failure(f"`acct {' '.join(args)}` exited {p.returncode}, expected {expect}\n"
                          f"  stdout: {p.stdout.strip()[:2000]}\n  stderr: {p.stderr.strip()[:2000]}")
        return p

    def json(self, *args, db=None):
        return json.loads(self.run("--json", *args, db=db).stdout)

    def start(self, *args, db=None, stdin_path=None, tag="run", user=None):
        """Starts acct in its own session, output to files; returns (Popen, out, err)."""
        out, err = self.path(f"{tag}.out"), self.path(f"{tag}.err")
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            with open(out, "wb") as o, open(err, "wb") as e:
                p = subprocess.Popen([self.acct, *args], env=self.environment(db, user),
                                     cwd=self.dir, stdin=stdin, stdout=o, stderr=e,
                                     start_new_session=True)
        finally:
            if stdin_path:
                stdin.close()
        return p, out, err

    def db_check(self, db=None, when=""):
        p = self.run("db", "check", db=db, expect=None)
        check(p.returncode == 0, f"{when}`acct db check` exited {p.returncode}: "
                                 f"{p.stdout.strip()} {p.stderr.strip()}")

    def state(self, db=None):
        """What a firm sees: every task, every client, the audit trail (as JSON text)."""
        return {
            "tasks": self.run("--json", "task", "list", "--all", db=db).stdout,
            "clients": self.run("--json", "client", "list", "--all", db=db).stdout,
            "log": self.run("--json", "log", "--limit", "0", db=db).stdout,
        }

    def seed(self, clients, db=None):
        """A synthetic firm of `clients` clients subscribed to ru-statutory with work groups
        (tests/bench/seed_firm.sh)."""
        env = self.environment(db)
        subprocess.run(["bash", os.path.join(self.source, "tests/bench/seed_firm.sh"), self.acct,
                        str(clients)], env=env, cwd=self.dir, check=True, capture_output=True,
                       timeout=PROCESS_TIMEOUT)

    def client_csv(self, rows, name="clients.csv", seed=1):
        """A client list as Excel writes it (tests/bench/gen_clients.py); returns its path."""
        path = self.path(name)
        with open(path, "wb") as f:
            subprocess.run(["python3", os.path.join(self.source, "tests/bench/gen_clients.py"),
                            "--rows", str(rows), "--seed", str(seed)], stdout=f, check=True)
        return path


def digest(db):
    """A digest of everything an SQLite database holds: every row of every table, in a fixed
    order. Equal digests mean equal databases (with a fixed --now, equal runs give equal rows)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=60)
    try:
        h = hashlib.sha256()
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")]
        for table in tables:
            columns = len(con.execute(f'PRAGMA table_info("{table}")').fetchall())
            order = ", ".join(str(i) for i in range(1, columns + 1))
            h.update(f"table {table}\n".encode())
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY {order}'):
                h.update(repr(row).encode() + b"\n")
        return h.hexdigest()
    finally:
        con.close()


def checkpoint(db):
    """Folds the WAL into the database file, so that copying the file copies the database."""
    con = sqlite3.connect(db, timeout=60)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def copy_db(src, dst):
    """A copy of an SQLite database that no process has open: its file, after a checkpoint."""
    checkpoint(src)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
    shutil.copyfile(src, dst)


def kill_group(p):
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    p.wait()


def wait(p, timeout=PROCESS_TIMEOUT, what="acct"):
    try:
        return p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(p)
        raise Failure(f"{what} did not finish within {timeout} s (killed)")


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def elapsed_since(started):
    return time.monotonic() - started
