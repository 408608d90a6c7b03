#!/usr/bin/env python3
"""kill -9 at random moments in acct's writers (python3 stdlib only).

For each command, a firm is built once (the starting database) and the command is run to its
end once on a copy (the reference: its state and how long it took, T). Then, N times: a fresh
copy of the starting database, the command started on it and killed with SIGKILL (its whole
process group, hooks included) after a random delay in [0, 1.2 T], and then:

  - `acct db check` is clean;
  - nothing is half-written: the database holds exactly what it held before the command or
    exactly what the reference run left (every row of every table compared, by digest), and no
    stray file is left beside the database or the backup (a backup that exists is complete);
  - a rerun of the command converges: afterwards the database is the reference's, row for row;
    and what a firm sees of it (`task list --all --json`, `client list --all --json`, `log
    --json`) is compared with the reference's too, after the last kill (printing a year of
    tasks as JSON takes seconds, the digest a fraction of one). A rerun that would do the work
    twice (a second `event add`) is not run when the kill left the work done; a rerun of an
    all-or-nothing command whose work is done is refused with 5 (`task accept`, `db backup`).

    kill_reliability.py --acct build/dev/cmd/acct --source . generate
    kill_reliability.py --acct build/dev/cmd/acct --source . --kills 100 all

Commands: generate (a year for --clients clients, 500 by default), client-import (--rows rows,
2,000 by default), event-add (a hire: its tasks at once), task-accept (bulk, ids on stdin),
db-backup (to a new file). `remind run` under kill -9 is tested by remind_reliability.py
kill-nine. RELIABILITY_SEED replays the kill moments; RELIABILITY_KEEP=1 keeps the directories.
Exit status: 0 when every selected command passed, 1 otherwise.
"""

import argparse
import collections
import os
import random
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from firm import Failure, Firm, check, copy_db, digest, kill_group, wait  # noqa: E402

YEAR = ["--since", "2026-01-01", "--through", "2026-12-31"]
EXPECTED_FILES = {"acct.db", "acct.db-wal", "acct.db-shm"}


class Case:
    """One command under test: how to build its starting database and how to run it."""

    name = ""
    summary = ""

    def __init__(self, firm, args):
        self.firm = firm
        self.args = args
        self.stdin_path = None

    def setup(self, db):
        raise NotImplementedError

    def command(self, work_dir):
        raise NotImplementedError

    def rerun_code(self, done):
        """The exit code of a rerun after a kill that left the work done (`done`) or not: 0
        when it (re)does the work, None when a person would not run it again."""
        return 0

    def stray_files(self, work_dir):
        """Files in the work directory that no finished or killed run may leave."""
        return sorted(set(os.listdir(work_dir)) - EXPECTED_FILES)


class Generate(Case):
    name = "generate"
    summary = "a year of tasks for a synthetic firm"

    def setup(self, db):
        self.firm.seed(self.args.clients, db=db)

    def command(self, work_dir):
        return ["generate", *YEAR]


class ClientImport(Case):
    name = "client-import"
    summary = "a client list as Excel writes it"

    def setup(self, db):
        self.firm.run("init", "--firm-name", "Надёжность", "--quiet", db=db)
        self.csv = self.firm.client_csv(self.args.rows)

    def command(self, work_dir):
        return ["client", "import", self.csv]


class GeneratedFirm(Case):
    """Commands that work on a firm with a year of tasks."""

    clients = 100

    def setup(self, db):
        self.firm.seed(self.clients, db=db)
        self.firm.run("generate", *YEAR, "--quiet", db=db)


class EventAdd(GeneratedFirm):
    name = "event-add"
    summary = "a hire recorded, with its tasks"

    def setup(self, db):
        super().setup(db)
        clients = [c for c in self.firm.json("client", "list", db=db)
                   if c["contract_start"] <= "2026-01-01"]
        check(clients, "setup: no client whose contract starts by 2026-01-01")
        self.slug = clients[0]["slug"]
        self.firm.run("client", "subscribe", self.slug, "ru-payroll-events", "--from",
                      "2026-01-01", "--quiet", db=db)

    def command(self, work_dir):
        return ["event", "add", self.slug, "hire", "--date", "2026-02-02", "--note",
                "Петров П. П."]

    def rerun_code(self, done):
        return None if done else 0  # a second hire is another event: one checks first


class TaskAccept(GeneratedFirm):
    name = "task-accept"
    summary = "new tasks accepted in bulk, ids on standard input"

    def setup(self, db):
        super().setup(db)
        tasks = self.firm.json("task", "list", "--status", "new", db=db)
        ids = [str(t["id"]) for t in tasks][: self.args.accept]
        check(len(ids) == self.args.accept,
              f"setup: {len(ids)} new tasks, expected at least {self.args.accept}")
        self.stdin_path = self.firm.path("ids.txt")
        with open(self.stdin_path, "w", encoding="ascii") as f:
            f.write("\n".join(ids) + "\n")

    def command(self, work_dir):
        return ["task", "accept", "-", "--force", "--reason", "взято в работу"]

    def rerun_code(self, done):
        return 5 if done else 0  # all or nothing: accepted tasks refuse "accept" again


class DbBackup(GeneratedFirm):
    name = "db-backup"
    summary = "a backup to a new file"

    def target(self, work_dir):
        return os.path.join(work_dir, "backups", "acct-backup.db")

    def command(self, work_dir):
        os.makedirs(os.path.dirname(self.target(work_dir)), exist_ok=True)
        return ["db", "backup", self.target(work_dir)]

    def rerun_code(self, done):
        return 5 if done else 0  # an existing backup is never replaced

    def stray_files(self, work_dir):
        stray = sorted(set(os.listdir(work_dir)) - EXPECTED_FILES - {"backups"})
        backups = os.path.join(work_dir, "backups")
        if os.path.isdir(backups):
            stray += ["backups/" + n for n in os.listdir(backups) if n != "acct-backup.db"]
        return stray

    def check_backup(self, work_dir, reference_digest):
        """A backup that exists is complete: it passes db check and holds the database."""
        target = self.target(work_dir)
        if not os.path.exists(target):
            return False
        check(digest(target) == reference_digest,
              "the backup does not hold what the database holds")
        self.firm.db_check(db=target, when="the backup: ")
        for suffix in ("-wal", "-shm", "-journal"):
            check(not os.path.exists(target + suffix), f"opening the backup made {suffix}: "
                                                       "it is not a self-contained file")
        return True


CASES = {c.name: c for c in (Generate, ClientImport, EventAdd, TaskAccept, DbBackup)}


def run_case(case_class, args, rng):
    firm = Firm(args.acct, args.source, "kill-" + case_class.name)
    case = case_class(firm, args)
    try:
        base = firm.path("base.db")
        started = time.monotonic()
        case.setup(base)
        copy_db(base, firm.db)
        base_digest = digest(base)
        print(f"  setup {time.monotonic() - started:.1f} s", flush=True)

        # The reference: the command run to its end on a copy.
        ref_dir = firm.path("reference")
        os.makedirs(ref_dir)
        ref_db = os.path.join(ref_dir, "acct.db")
        copy_db(base, ref_db)
        started = time.monotonic()
        p, _, err = firm.start(*case.command(ref_dir), db=ref_db, stdin_path=case.stdin_path,
                               tag="reference")
        code = wait(p)
        duration = time.monotonic() - started
        check(code == 0, f"the reference run exited {code}: {open(err).read().strip()}")
        reference = firm.state(db=ref_db)
        ref_digest = digest(ref_db)
        if isinstance(case, DbBackup):
            check(case.check_backup(ref_dir, ref_digest), "the reference run wrote no backup")
        else:
            check(ref_digest != base_digest, "the reference run changed nothing")
        print(f"  reference run {duration:.2f} s", flush=True)

        outcomes = collections.Counter()
        work_dir = firm.path("work")
        os.makedirs(work_dir)
        work_db = os.path.join(work_dir, "acct.db")
        for n in range(args.kills):
            clear(work_dir)
            copy_db(base, work_db)
            delay = rng.uniform(0, 1.2 * duration)
            p, _, err = firm.start(*case.command(work_dir), db=work_db,
                                   stdin_path=case.stdin_path, tag="killed")
            time.sleep(delay)
            kill_group(p)
            where = f"kill {n + 1} after {delay:.3f} s: "
            if p.returncode != -9:
                check(p.returncode == 0, f"{where}the run ended by itself with exit "
                                         f"{p.returncode}: {open(err).read().strip()}")
            stray = case.stray_files(work_dir)
            check(not stray, f"{where}files left behind: {stray}")
            firm.db_check(db=work_db, when=where)
            now = digest(work_db)
            if isinstance(case, DbBackup):
                check(now == base_digest, f"{where}the backup changed the database")
                done = case.check_backup(work_dir, ref_digest)
                outcome = "left a complete backup" if done else "left no backup"
            elif now == base_digest:
                done, outcome = False, "left the database as before"
            elif now == ref_digest:
                done, outcome = True, "left the command's work committed"
            else:
                raise Failure(f"{where}half-written: the database is neither as before the "
                              f"command nor as after it")
            outcomes[outcome if p.returncode == -9 else "finished before the kill"] += 1
            expected = case.rerun_code(done)
            if expected is not None:
                rerun = firm.run(*case.command(work_dir), db=work_db, expect=None,
                                 stdin=open(case.stdin_path).read() if case.stdin_path else None)
                check(rerun.returncode == expected, f"{where}the rerun exited {rerun.returncode}, "
                                                    f"expected {expected}: {rerun.stderr.strip()}")
            check(digest(work_db) == ref_digest,
                  f"{where}the rerun did not converge: the database differs from the reference")
            if n == args.kills - 1:
                check(firm.state(db=work_db) == reference, f"{where}after the rerun, acct's "
                      "task, client or log JSON differs from the reference's")
            if isinstance(case, DbBackup):
                check(case.check_backup(work_dir, ref_digest), f"{where}no backup after the rerun")
            firm.db_check(db=work_db, when=where + "after the rerun: ")
        print(f"  {args.kills} kill -9 in [0, {1.2 * duration:.2f}] s: "
              f"{', '.join(f'{v} {k}' for k, v in sorted(outcomes.items()))}; each time db "
              f"check clean, nothing half-written, and the rerun converged", flush=True)
        firm.cleanup()
        return True
    except Failure as e:
        print(f"FAIL {case_class.name}: {e}\n  (files kept in {firm.dir})", flush=True)
        return False


def clear(folder):
    """Removes what a round left in the work folder."""
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            shutil.rmtree(path)
        else:
            os.remove(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--acct", required=True, help="the acct binary under test")
    parser.add_argument("--source", required=True, help="the source tree")
    parser.add_argument("--kills", type=int, default=5, help="kills per command (default 5)")
    parser.add_argument("--clients", type=int, default=500, help="clients for generate")
    parser.add_argument("--rows", type=int, default=2000, help="rows for client-import")
    parser.add_argument("--accept", type=int, default=2000, help="tasks for task-accept")
    parser.add_argument("cases", nargs="+", choices=[*CASES, "all"])
    args = parser.parse_args()
    args.acct = os.path.abspath(args.acct)
    args.source = os.path.abspath(args.source)
    seed = int(os.environ.get("RELIABILITY_SEED", random.SystemRandom().randrange(1 << 30)))
    print(f"seed {seed} (RELIABILITY_SEED={seed} replays the kill moments)", flush=True)
    names = list(CASES) if "all" in args.cases else args.cases
    failed = 0
    for name in names:
        rng = random.Random(f"{seed}-{name}")
        started = time.monotonic()
        print(f"{name}: kill -9 during {CASES[name].summary}", flush=True)
        if run_case(CASES[name], args, rng):
            print(f"PASS {name} ({time.monotonic() - started:.1f} s)", flush=True)
        else:
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
