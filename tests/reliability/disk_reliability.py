#!/usr/bin/env python3
"""A full disk under acct's writers (python3 stdlib only).

The database (or, for db backup, the backup's folder) is put on a small file system the test
mounts itself: a tmpfs with size=, mounted directly when the test runs as root, else inside a
user and mount namespace (`unshare --user --map-root-user --mount`, re-running this script
there). A filler file leaves only a little free space, at several levels from none to a few
hundred kilobytes, so that the disk fills up at different points of the command. Each time:

  - the command fails with the io code (8) and one line, `acct: error: ...`, that says the disk
    is full;
  - the database is unchanged: the same state (`task list --all --json`, `client list --all
    --json`, `log --json`), `acct db check` clean, no partial backup file;
  - once the filler is removed, the same command succeeds and gives the reference state.

At the higher levels the command may find enough room after all; then its work must be done
whole. At least one level must fill the disk up.

When no file system can be mounted, the test says why and exits 77 (ctest reports it skipped).

    disk_reliability.py --acct build/dev/cmd/acct --source . generate client-import db-backup

RELIABILITY_KEEP=1 keeps the directories. Exit status: 0 passed, 1 failed, 77 skipped.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from firm import Failure, Firm, check, copy_db  # noqa: E402

SKIP = 77
YEAR = ["--since", "2026-01-01", "--through", "2026-12-31"]
FREE_LEVELS_KB = [0, 16, 64, 256, 1024, 2048, 3072, 4096, 16384]  # free space left by the filler


def mount_tmpfs(path, size_kb):
    """Mounts a tmpfs of size_kb at path; returns None or the reason it could not."""
    p = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "acct-full",
                        path], capture_output=True, text=True)
    return None if p.returncode == 0 else (p.stderr.strip() or f"mount exited {p.returncode}")


def umount(path):
    subprocess.run(["umount", path], capture_output=True)


def free_bytes(path):
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


def fill(path, leave_kb):
    """A filler file that leaves about leave_kb kilobytes free on path's file system."""
    filler = os.path.join(path, "filler")
    free = free_bytes(path)
    size = max(0, free - leave_kb * 1024)
    with open(filler, "ab") as f:
        chunk = b"\0" * 65536
        written = 0
        try:
            while written < size:
                n = min(len(chunk), size - written)
                f.write(chunk[:n])
                written += n
            f.flush()
        except OSError:
            pass  # the disk is as full as it gets
    return filler


class Case:
    name = ""

    def __init__(self, firm, args):
        self.firm = firm
        self.args = args

    def database_on_small_fs(self):
        return True


class Generate(Case):
    name = "generate"

    def setup(self, db):
        self.firm.seed(self.args.clients, db=db)

    def command(self, mount):
        return ["generate", *YEAR]


class ClientImport(Case):
    name = "client-import"

    def setup(self, db):
        self.firm.run("init", "--firm-name", "Полный диск", "--quiet", db=db)
        self.csv = self.firm.client_csv(self.args.rows)

    def command(self, mount):
        return ["client", "import", self.csv]


class DbBackup(Case):
    name = "db-backup"

    def setup(self, db):
        self.firm.seed(self.args.clients, db=db)
        self.firm.run("generate", *YEAR, "--quiet", db=db)

    def database_on_small_fs(self):
        return False  # the backup's folder is on it

    def target(self, mount):
        return os.path.join(mount, "acct-backup.db")

    def command(self, mount):
        return ["db", "backup", self.target(mount)]


CASES = {c.name: c for c in (Generate, ClientImport, DbBackup)}


def run_case(case_class, args):
    firm = Firm(args.acct, args.source, "disk-" + case_class.name)
    case = case_class(firm, args)
    mount = firm.path("small")
    os.makedirs(mount)
    mounted = False
    keep = os.environ.get("RELIABILITY_KEEP") == "1"
    try:
        base = firm.path("base.db")
        case.setup(base)
        base_state = firm.state(db=base)
        # The reference: the command on a copy on the ordinary disk.
        ref_dir = firm.path("reference")
        os.makedirs(ref_dir)
        ref_db = os.path.join(ref_dir, "acct.db")
        copy_db(base, ref_db)
        firm.run(*case.command(ref_dir), db=ref_db)
        reference = firm.state(db=ref_db)
        db_size_kb = os.path.getsize(base) // 1024
        fs_kb = db_size_kb * 2 + 32768  # room for the database and its growth, filled up below
        reason = mount_tmpfs(mount, fs_kb)
        if reason:
            raise Skip(f"cannot mount a tmpfs at {mount}: {reason}")
        mounted = True
        db = os.path.join(mount, "acct.db") if case.database_on_small_fs() else firm.path("acct.db")
        results = []
        failures = 0
        for free_kb in FREE_LEVELS_KB:
            copy_db(base, db)
            filler = fill(mount, free_kb)
            left = free_bytes(mount) // 1024
            p = firm.run(*case.command(mount), db=db, expect=None)
            where = f"with {left} KB free: "
            if p.returncode == 0:
                # Enough room after all: the command's work is done, whole.
                os.remove(filler)
                check(firm.state(db=db) == reference, f"{where}the command succeeded, but the "
                                                      "database is not the reference's")
                firm.db_check(db=db, when=where)
                results.append(f"{left} KB: enough, the command succeeded")
                if isinstance(case, DbBackup):
                    clear(mount)
                continue
            check(p.returncode == 8, f"{where}exit {p.returncode}, expected 8 (io); "
                                     f"stdout {p.stdout.strip()[:500]!r}, stderr {p.stderr.strip()!r}")
            # generate's notes on the plan (warnings) come before the commit that fails; the
            # failure itself is one error line and its hint.
            lines = [line for line in p.stderr.splitlines() if not line.startswith("acct: warning: ")]
            check(1 <= len(lines) <= 2 and lines[0].startswith("acct: error: ") and
                  all(line.startswith("hint: ") for line in lines[1:]),
                  f"{where}expected one line 'acct: error: ...' (and a hint) on stderr, got {lines}")
            check("full" in lines[0] or "No space left" in lines[0],
                  f"{where}the error does not say the disk is full: {lines[0]}")
            check(p.stdout == "", f"{where}stdout not empty: {p.stdout[:300]!r}")
            os.remove(filler)
            firm.db_check(db=db, when=where)
            check(firm.state(db=db) == base_state, f"{where}the database changed")
            if isinstance(case, DbBackup):
                stray = os.listdir(mount)
                check(not stray, f"{where}files left on the full disk: {stray}")
            # Space is back: the same command works.
            firm.run(*case.command(mount), db=db)
            check(firm.state(db=db) == reference, f"{where}after freeing space, the command "
                                                  "did not give the reference state")
            firm.db_check(db=db, when=where + "after freeing space: ")
            if isinstance(case, DbBackup):
                target = case.target(mount)
                firm.db_check(db=target, when=where + "the backup: ")
                check(firm.state(db=target) == reference, f"{where}the backup differs")
                clear(mount)
            failures += 1
            results.append(f"{left} KB: {lines[0].removeprefix('acct: error: ')}")
        check(failures > 0, "the disk never filled up: the file system is too large for the test")
        print(f"  tmpfs of {fs_kb} KB, database {db_size_kb} KB; at each level of free space, "
              f"either exit 8 with one line, the database unchanged and success once space was "
              f"freed, or enough room and the whole work done:", flush=True)
        for r in results:
            print(f"    {r}", flush=True)
        return "pass"
    except Failure as e:
        print(f"FAIL {case_class.name}: {e}\n  (files kept in {firm.dir})", flush=True)
        keep = True
        return "fail"
    except Skip as e:
        print(f"SKIP {case_class.name}: {e}", flush=True)
        return "skip"
    finally:
        if mounted:
            umount(mount)
        if not keep:
            shutil.rmtree(firm.dir, ignore_errors=True)


class Skip(Exception):
    pass


def clear(folder):
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))


def in_namespace():
    return os.environ.get("ACCT_DISK_TEST_NAMESPACE") == "1"


def can_mount():
    """None when this process can mount a tmpfs, else the reason."""
    probe = tempfile.mkdtemp(prefix="acct-mount-probe-")
    try:
        reason = mount_tmpfs(probe, 64)
        if reason is None:
            umount(probe)
        return reason
    finally:
        os.rmdir(probe)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--acct", required=True, help="the acct binary under test")
    parser.add_argument("--source", required=True, help="the source tree")
    parser.add_argument("--clients", type=int, default=100, help="clients of the firm")
    parser.add_argument("--rows", type=int, default=2000, help="rows for client-import")
    parser.add_argument("cases", nargs="+", choices=[*CASES, "all"])
    args = parser.parse_args()
    args.acct = os.path.abspath(args.acct)
    args.source = os.path.abspath(args.source)
    reason = can_mount()
    if reason and not in_namespace() and shutil.which("unshare"):
        # Not allowed to mount here: run again as root of a user and mount namespace of our own,
        # when the system allows those.
        userns = ["unshare", "--user", "--map-root-user", "--mount"]
        probe = subprocess.run([*userns, "true"], capture_output=True, text=True)
        if probe.returncode == 0:
            env = dict(os.environ, ACCT_DISK_TEST_NAMESPACE="1")
            return subprocess.run([*userns, sys.executable, *sys.argv], env=env).returncode
        reason += f"; no user namespace either: {probe.stderr.strip()}"
    if reason:
        print(f"SKIP: cannot mount a small file system for the full-disk tests: {reason}",
              flush=True)
        return SKIP
    names = list(CASES) if "all" in args.cases else args.cases
    results = []
    for name in names:
        started = time.monotonic()
        print(f"{name}: the disk fills up", flush=True)
        result = run_case(CASES[name], args)
        if result == "pass":
            print(f"PASS {name} ({time.monotonic() - started:.1f} s)", flush=True)
        results.append(result)
    if "fail" in results:
        return 1
    return SKIP if all(r == "skip" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
