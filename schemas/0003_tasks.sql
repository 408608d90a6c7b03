-- acct schema version 3: events, tasks, their dependencies, and generation runs.

-- What happened to a client that creates tasks: a hire, a dismissal, a patent.
CREATE TABLE event (
  id         INTEGER PRIMARY KEY,
  client_id  INTEGER NOT NULL REFERENCES client (id),
  kind       TEXT NOT NULL,
  date       TEXT NOT NULL,
  until      TEXT,
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  removed_at TEXT           -- a mistaken event: its tasks are cancelled by the next plan
) STRICT;

CREATE INDEX event_by_client ON event (client_id, date);

-- One generation run: what a `generate` did, for history and for the tasks it created.
CREATE TABLE generation_run (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  since     TEXT NOT NULL,
  through   TEXT NOT NULL,
  client_id INTEGER REFERENCES client (id),   -- NULL: every client
  created   INTEGER NOT NULL,
  moved     INTEGER NOT NULL,
  updated   INTEGER NOT NULL,
  restored  INTEGER NOT NULL,
  cancelled INTEGER NOT NULL,
  conflicts INTEGER NOT NULL
) STRICT;

-- A piece of work with a deadline. Generated tasks are identified by their natural key
-- (client, service, code, period, instalment, event), which is unique; manual tasks are not.
CREATE TABLE task (
  id             INTEGER PRIMARY KEY,
  client_id      INTEGER NOT NULL REFERENCES client (id),
  origin         INTEGER NOT NULL CHECK (origin BETWEEN 0 AND 3), -- obligation, programme, trigger, manual
  service        TEXT,
  code           TEXT NOT NULL,
  period         TEXT NOT NULL,
  instalment     INTEGER NOT NULL DEFAULT 1,
  event_id       INTEGER REFERENCES event (id),
  title          TEXT NOT NULL,
  due            TEXT NOT NULL,
  planned        TEXT,
  provisional    INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),
  -- Written as ORs, not IN (...): SQLite builds a temporary table for an IN list of more than
  -- two values on every insert, which made a year's generation 15% slower.
  status         TEXT NOT NULL DEFAULT 'new'
                 CHECK (status = 'new' OR status = 'accepted' OR status = 'in-review' OR
                        status = 'waiting-client' OR status = 'done' OR status = 'rejected' OR
                        status = 'cancelled'),
  role           TEXT,
  reviewer_role  TEXT,
  assignee_id    INTEGER REFERENCES staff (id),
  reviewer_id    INTEGER REFERENCES staff (id),
  estimate_minutes INTEGER NOT NULL DEFAULT 0,
  requires_file  INTEGER NOT NULL DEFAULT 0 CHECK (requires_file IN (0, 1)),
  client_action  TEXT NOT NULL DEFAULT 'none',
  category       TEXT NOT NULL DEFAULT 'production',
  cancelled_by_generator INTEGER NOT NULL DEFAULT 0 CHECK (cancelled_by_generator IN (0, 1)),
  done_at        TEXT,     -- the day it was done: a programme's next steps count from it
  run_id         INTEGER REFERENCES generation_run (id),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX task_by_key ON task (client_id, service, code, period, instalment, coalesce(event_id, 0))
  WHERE origin <> 3;
CREATE INDEX task_by_due ON task (due);
CREATE INDEX task_by_assignee ON task (assignee_id, due);
-- Recording or removing an event plans its tasks alone.
CREATE INDEX task_by_event ON task (event_id) WHERE event_id IS NOT NULL;

-- Work that must be done before a task: previous programme steps, the amounts of an ЕНП payment.
CREATE TABLE task_dependency (
  task_id    INTEGER NOT NULL REFERENCES task (id),
  depends_on INTEGER NOT NULL REFERENCES task (id),
  PRIMARY KEY (task_id, depends_on)
) STRICT, WITHOUT ROWID;

CREATE INDEX task_dependency_by_target ON task_dependency (depends_on);
