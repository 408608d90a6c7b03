#!/usr/bin/env python3
"""Writes an acct database's tasks as Taskwarrior 2.6 import JSON (tests/bench/workflow.sh).

Every task, one JSON object per line (what `task import` reads line by line): uuid derived from
the task id (00000000-0000-4000-8000-<id as 12 hex digits>: stable, and the id can be read back),
status (done -> completed, cancelled -> deleted, every other -> pending: open in acct), description
= title, project = the client's slug, due, entry, and end for completed and deleted tasks.

Taskwarrior reads the real clock and acct reads ACCT_TODAY, so every date is shifted by
(today - --acct-today) days: the tasks acct sees in its window on --acct-today fall in the same
window of Taskwarrior's today. A date D becomes local midnight of D + shift, written in UTC the
way Taskwarrior stores dates; Taskwarrior's `today` is local midnight too (the same TZ).
Standard library only.
  to_taskwarrior.py acct.db --acct-today 2026-04-20 [--today 2026-11-22] > tasks.json
"""
import argparse
import datetime
import json
import sqlite3
import sys

STATUS = {"done": "completed", "cancelled": "deleted"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--acct-today", required=True, type=datetime.date.fromisoformat,
                        help="the ACCT_TODAY the acct commands are timed with")
    parser.add_argument("--today", type=datetime.date.fromisoformat,
                        default=datetime.date.today(),
                        help="Taskwarrior's today (default: the real, local one)")
    args = parser.parse_args()
    shift = args.today - args.acct_today

    stamps = {}  # 'YYYY-MM-DD' -> Taskwarrior's UTC stamp of the shifted day's local midnight

    def stamp(day):
        value = stamps.get(day)
        if value is None:
            local = datetime.datetime.combine(datetime.date.fromisoformat(day) + shift,
                                              datetime.time())
            value = local.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            stamps[day] = value
        return value

    # Read-only and immutable: the file is not touched, no WAL or lock is needed.
    db = sqlite3.connect(f"file:{args.database}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT t.id, t.status, t.title, c.slug, t.due, substr(t.created_at, 1, 10), t.done_at,"
        "       substr(t.updated_at, 1, 10)"
        " FROM task t JOIN client c ON c.id = t.client_id ORDER BY t.id")
    out = sys.stdout
    encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    count = 0
    for task_id, status, title, slug, due, created, done_at, updated in rows:
        task = {
            "uuid": f"00000000-0000-4000-8000-{task_id:012x}",
            "status": STATUS.get(status, "pending"),
            "description": title,
            "project": slug,
            "entry": stamp(created),
            "due": stamp(due),
        }
        if task["status"] != "pending":
            task["end"] = stamp(done_at or updated)
        out.write(encode(task))
        out.write("\n")
        count += 1
    print(f"to_taskwarrior.py: {count} tasks, dates shifted by {shift.days} days",
          file=sys.stderr)


if __name__ == "__main__":
    main()
