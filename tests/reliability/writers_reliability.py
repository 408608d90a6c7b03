#!/usr/bin/env python3
"""Four writers at once on one database (python3 stdlib only).

A firm of a few clients (subscribed to ru-statutory, with work groups) is built with acct
commands only, then four writers run at the same time, each --iterations times:

  - cron's `acct generate`, its horizon moving forward as time passes;
  - cron's `acct remind run --exec HOOK`, the hook appending the reminder's key to a log;
  - ivanova, moving her tasks through the workflow (accept, wait, accept, reject, reopen,
    cancel, reopen), the status she expects each to be in decided by her own earlier moves;
  - petrova, editing clients (notes, tags, the `employer` fact, which the generator reads).

Time moves for all of them together: each acct process gets --now from one shared virtual
clock (ACCT_NOW), SPEED virtual seconds per real second, so reminders fall due as the run goes
on. Then the test checks:

  - no lost update: every transition that exited 0 is in the audit trail (`acct log --json`),
    in order, and each task's status chain in the trail is unbroken and ends in its status;
    every client edit that exited 0 is in the trail, and each client holds its last edit;
  - no duplicate task: task keys are unique;
  - no reminder sent twice: the hook ran once per sent reminder and never twice for one;
  - no "database is locked" reaching a person: a writer may exit 6 (busy) only after waiting
    at least the busy timeout, and no other failure mentions a lock;
  - `acct db check` is clean.

    writers_reliability.py --acct build/dev/cmd/acct --source . --iterations 200

--db PATH builds the firm there instead of in a temporary directory (the test uses acct alone,
through ACCT_DB, to build and to check the firm; a PostgreSQL store will be given the same way).
RELIABILITY_SEED replays the choices; RELIABILITY_KEEP=1 keeps the directory.
Exit status: 0 when every check held, 1 otherwise.
"""

import argparse
import collections
import datetime
import json
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from firm import Failure, Firm, check  # noqa: E402

START = datetime.datetime(2026, 1, 14, 6, 0, 0, tzinfo=datetime.timezone.utc)  # 09:00 Moscow
SPEED = 12 * 3600  # virtual seconds per real second: half a day a second
BUSY_TIMEOUT_MS = 5000  # the default [database] busy_timeout_ms


class Clock:
    """One virtual clock for every writer: START plus SPEED times the real time elapsed."""

    def __init__(self):
        self.started = time.monotonic()

    def now(self):
        return START + datetime.timedelta(seconds=(time.monotonic() - self.started) * SPEED)

    def arg(self):
        return self.now().strftime("%Y-%m-%dT%H:%M:%S+00:00")


class Writer(threading.Thread):
    """One person or cron job running acct commands one after another."""

    def __init__(self, name, firm, clock, iterations, rng, user="cron"):
        super().__init__(name=name)
        self.firm = firm
        self.clock = clock
        self.iterations = iterations
        self.rng = rng
        self.user = user
        self.calls = collections.Counter()  # exit code -> count
        self.busy = []  # seconds each busy exit had waited
        self.problems = []
        self.refusals = collections.Counter()  # the first line of each allowed refusal
        self.error = None

    def acct(self, *args, allowed=(0,), stdin=None):
        """Runs acct at the virtual now; returns (exit code, stdout). Unexpected exits are
        recorded as problems."""
        env = dict(self.firm.env, ACCT_NOW=self.clock.arg(), ACCT_USER=self.user)
        started = time.monotonic()
        import subprocess
        p = subprocess.run([self.firm.acct, *args], env={**env, "ACCT_DB": self.firm.db},
                           cwd=self.firm.dir, input=stdin or "", capture_output=True, text=True,
                           timeout=600)
        waited = time.monotonic() - started
        self.calls[p.returncode] += 1
        if p.returncode == 6:
            self.busy.append(waited)
            if waited < BUSY_TIMEOUT_MS / 1000:
                self.problems.append(f"`acct {' '.join(args)}` was busy after {waited:.2f} s, "
                                     f"before the busy timeout: {p.stderr.strip()}")
        elif p.returncode not in allowed:
            self.problems.append(f"`acct {' '.join(args)}` exited {p.returncode}: "
                                 f"{p.stderr.strip()[:500]}")
        if p.returncode in allowed and p.returncode != 0:
            self.refusals[p.stderr.splitlines()[0] if p.stderr else "(no message)"] += 1
        if p.returncode != 6 and "locked" in p.stderr:
            self.problems.append(f"`acct {' '.join(args)}` mentions a lock without the busy "
                                 f"code: {p.stderr.strip()[:500]}")
        return p.returncode, p.stdout

    def run(self):
        try:
            for i in range(self.iterations):
                self.step(i)
        except Exception as e:  # reported by the main thread
            self.error = e


class CronGenerate(Writer):
    def step(self, i):
        through = (self.clock.now() + datetime.timedelta(days=45)).date().isoformat()
        self.acct("generate", "--since", "2026-01-01", "--through", through, "--quiet")


class CronRemind(Writer):
    def __init__(self, *args, hook):
        super().__init__(*args)
        self.hook = hook

    def step(self, i):
        self.acct("remind", "run", "--exec", self.hook, "--quiet")


# What ivanova does to a task in each status she believes it is in: (verb, extra args, to).
MOVES = {
    "new": [("accept", ["--force"], "accepted"), ("cancel", [], "cancelled")],
    "accepted": [("wait", ["--reason", "документы"], "waiting-client"),
                 ("reject", ["--reason", "не моё"], "rejected")],
    "waiting-client": [("accept", ["--force"], "accepted"), ("cancel", [], "cancelled")],
    "rejected": [("reopen", [], "new"), ("accept", ["--force"], "accepted")],
    "cancelled": [("reopen", [], "new")],
}


class Person(Writer):
    """ivanova: transitions of her tasks."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tasks = {}  # id -> status as she last saw or made it
        self.moves = []  # (task id, from, to) that exited 0, in order

    def refresh(self):
        code, out = self.acct("--json", "task", "list", "--all", "--assignee", self.user)
        if code == 0:
            self.tasks = {t["id"]: t["status"] for t in json.loads(out)
                          if t["status"] in MOVES}

    def step(self, i):
        if i % 10 == 0 or not self.tasks:
            self.refresh()
        if not self.tasks:
            return
        task = self.rng.choice(sorted(self.tasks))
        status = self.tasks[task]
        verb, extra, to = self.rng.choice(MOVES[status])
        # 5: the status changed under her (the generator cancels or moves tasks); 4: a move the
        # task cannot take (review without a reviewer is never tried); both change nothing.
        code, _ = self.acct("task", verb, str(task), *extra, allowed=(0, 5))
        if code == 0:
            self.moves.append((task, status, to))
            self.tasks[task] = to
        else:
            self.tasks.pop(task, None)  # look again at the next refresh


class Editor(Writer):
    """petrova: client edits."""

    def __init__(self, *args, starts, **kwargs):
        super().__init__(*args, **kwargs)
        self.starts = starts  # slug -> contract start
        self.slugs = sorted(starts)
        self.edits = []  # (slug, field, value) that exited 0, in order

    def step(self, i):
        slug = self.rng.choice(self.slugs)
        kind = self.rng.randrange(3)
        if kind == 0:
            note = f"правка {i} от {self.user}"
            code, _ = self.acct("client", "edit", slug, "--notes", note)
            if code == 0:
                self.edits.append((slug, "notes", note))
        elif kind == 1:
            tag = f"t{i % 7}"
            code, _ = self.acct("client", "edit", slug, "--add-tag", tag)
            if code == 0:
                self.edits.append((slug, "add-tag", tag))
        else:
            value = self.rng.choice(["true", "false"])
            day = max(self.clock.now().date().isoformat(), self.starts[slug])
            # 5: a fact dated before the latest change of it (another day's edit got there
            # first in virtual time) is refused, and changes nothing.
            code, _ = self.acct("client", "set", slug, f"employer={value}", "--from", day,
                                allowed=(0, 5))
            if code == 0:
                self.edits.append((slug, "employer", value))


def setup(firm, clients):
    run = lambda *a: firm.run(*a, "--quiet")
    firm.env["ACCT_NOW"] = START.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    run("init", "--firm-name", "Четыре писателя")
    run("staff", "add", "ivanova", "--name", "Иванова Мария", "--role", "accountant",
        "--email", "ivanova@example.ru")
    run("staff", "add", "sokolov", "--name", "Соколов Андрей", "--role", "chief-accountant",
        "--email", "sokolov@example.ru")
    run("staff", "add", "petrova", "--name", "Петрова Анна", "--role", "manager",
        "--email", "petrova@example.ru")
    firm.run("client", "import", firm.client_csv(clients), "--quiet")
    clients = firm.json("client", "list")
    for c in clients:
        start = max(c["contract_start"], "2026-01-01")
        run("client", "assign", c["slug"], "--accountant", "ivanova", "--chief-accountant",
            "sokolov", "--manager", "petrova", "--from", start)
        run("client", "subscribe", c["slug"], "ru-statutory", "--from", start)
    run("generate", "--since", "2026-01-01", "--through", "2026-02-28")
    return {c["slug"]: c["contract_start"] for c in clients}


def verify(firm, person, editor, reminder_log):
    """The checks after the run; returns a summary line."""
    firm.db_check(when="after the run: ")
    tasks = firm.json("task", "list", "--all")
    keys = collections.Counter(t["key"] for t in tasks)
    dup = [k for k, c in keys.items() if c > 1]
    check(not dup, f"duplicate tasks: {dup[:5]}")
    status = {t["id"]: t["status"] for t in tasks}
    log = firm.json("log")

    # Transitions: the trail of each task's status, from the audit log.
    trail = collections.defaultdict(list)  # task id -> [(from, to, actor)]
    for entry in log:
        if entry["entity"] != "task":
            continue
        for change in entry["changes"]:
            if change["field"] == "status":
                trail[int(entry["key"])].append((change["from"], change["to"], entry["actor"]))
    for task, chain in trail.items():
        for (a_from, a_to, _), (b_from, b_to, _) in zip(chain, chain[1:]):
            check(a_to == b_from, f"task {task}: the audit trail's status chain breaks: "
                                  f"{a_from}->{a_to} then {b_from}->{b_to}")
        check(chain[-1][1] == status[task], f"task {task} is {status[task]}, but its audit "
                                            f"trail ends in {chain[-1][1]}")
    by_task = collections.defaultdict(list)
    for task, frm, to in person.moves:
        by_task[task].append((frm, to))
    for task, moves in by_task.items():
        mine = [(f, t) for f, t, actor in trail.get(task, []) if actor == person.user]
        check(mine == moves, f"task {task}: ivanova's transitions {moves} but the audit trail "
                             f"has {mine} (a lost update)")

    # Client edits: each in the trail, and each client holds its last edit.
    clients = {c["slug"]: c for c in firm.json("client", "list", "--all")}
    edited = collections.defaultdict(list)
    for entry in log:
        if entry["entity"] == "client" and entry["actor"] == editor.user:
            edited[entry["key"]].append(entry)
    last_note = {}
    notes_in_log = collections.Counter()
    for entry_list in edited.values():
        for entry in entry_list:
            for change in entry["changes"]:
                if change["field"] == "notes":
                    notes_in_log[(entry["key"], change["to"])] += 1
    for slug, field, value in editor.edits:
        if field == "notes":
            last_note[slug] = value
            check(notes_in_log[(slug, value)] == 1,
                  f"client {slug}: the edit notes={value!r} is not in the audit trail once")
        if field == "add-tag":
            check(value in clients[slug]["tags"], f"client {slug}: tag {value} was lost")
    for slug, note in last_note.items():
        check(clients[slug]["notes"] == note, f"client {slug} has notes "
                                              f"{clients[slug]['notes']!r}, its last edit was {note!r}")

    # Reminders: sent once each.
    lines = open(reminder_log, encoding="utf-8").read().split() if os.path.exists(reminder_log) else []
    twice = [k for k, c in collections.Counter(lines).items() if c > 1]
    check(not twice, f"reminders sent more than once: {twice[:5]}")
    sent = {r["key"] for r in firm.json("remind", "list", "--all") if r["state"] == "sent"}
    check(set(lines) == sent, f"{len(sent - set(lines))} reminders marked sent without a hook "
                              f"run, {len(set(lines) - sent)} hook runs for reminders not sent")
    return (f"{len(person.moves)} transitions and {len(editor.edits)} client edits all in the "
            f"audit trail, {len(tasks)} tasks with unique keys, {len(sent)} reminders sent once "
            f"each, db check clean")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--acct", required=True, help="the acct binary under test")
    parser.add_argument("--source", required=True, help="the source tree")
    parser.add_argument("--iterations", type=int, default=20, help="commands per writer")
    parser.add_argument("--clients", type=int, default=8, help="clients of the firm")
    parser.add_argument("--db", help="build the firm in this database (default: a new file)")
    args = parser.parse_args()
    seed = int(os.environ.get("RELIABILITY_SEED", random.SystemRandom().randrange(1 << 30)))
    print(f"seed {seed} (RELIABILITY_SEED={seed} replays the writers' choices)", flush=True)
    firm = Firm(os.path.abspath(args.acct), os.path.abspath(args.source), "writers")
    if args.db:
        firm.db = os.path.abspath(args.db)
    try:
        started = time.monotonic()
        starts = setup(firm, args.clients)
        reminder_log = firm.path("sent.log")
        hook = firm.path("hook.sh")
        with open(hook, "w", encoding="utf-8") as f:
            f.write(f"#!/bin/sh\nprintf '%s\\n' \"$ACCT_REMINDER_KEY\" >> '{reminder_log}'\n")
        os.chmod(hook, 0o755)
        print(f"  setup {time.monotonic() - started:.1f} s: {len(starts)} clients", flush=True)
        clock = Clock()
        rng = lambda name: random.Random(f"{seed}-{name}")
        n = args.iterations
        writers = [
            CronGenerate("generate", firm, clock, n, rng("generate")),
            CronRemind("remind", firm, clock, n, rng("remind"), hook=hook),
            Person("ivanova", firm, clock, n, rng("ivanova"), user="ivanova"),
            Editor("petrova", firm, clock, n, rng("petrova"), user="petrova", starts=starts),
        ]
        started = time.monotonic()
        for w in writers:
            w.start()
        for w in writers:
            w.join()
        elapsed = time.monotonic() - started
        for w in writers:
            if w.error:
                raise Failure(f"writer {w.name} stopped: {w.error!r}")
        problems = [f"{w.name}: {p}" for w in writers for p in w.problems]
        check(not problems, f"{len(problems)} problem(s):\n  " + "\n  ".join(problems[:20]))
        for w in writers:
            busy = f", {len(w.busy)} busy after {max(w.busy):.1f} s" if w.busy else ""
            print(f"  {w.name}: {n} iterations, exit codes {dict(sorted(w.calls.items()))}{busy}",
                  flush=True)
            for line, count in w.refusals.most_common(3):
                print(f"    {count} x {line}", flush=True)
        summary = verify(firm, writers[2], writers[3], reminder_log)
        print(f"  {elapsed:.1f} s, virtual time to {clock.now():%Y-%m-%d %H:%M} UTC: {summary}",
              flush=True)
        print("PASS writers", flush=True)
        firm.cleanup()
        return 0
    except Failure as e:
        print(f"FAIL writers: {e}\n  (files kept in {firm.dir})", flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
