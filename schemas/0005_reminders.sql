-- Reminders (docs/reminders.md): the schedule materialised from the policies, what cron sends,
-- and the queue of tasks whose schedule must be brought up to date.

-- One reminder: a natural key (task, rule, recipient, occurrence) and its moment in UTC.
CREATE TABLE reminder (
  id           INTEGER PRIMARY KEY,
  task_id      INTEGER NOT NULL REFERENCES task (id),
  rule         TEXT NOT NULL,              -- 'policy/rule'
  recipient    TEXT NOT NULL,              -- 'staff:HANDLE' or 'person:KEY'
  occurrence   INTEGER NOT NULL DEFAULT 1 CHECK (occurrence >= 1),
  fire_at      TEXT NOT NULL,              -- UTC
  local_at     TEXT NOT NULL,              -- 'YYYY-MM-DD HH:MM' in the recipient's zone
  timezone     TEXT NOT NULL,
  moved        TEXT NOT NULL DEFAULT '',   -- why the moment was moved: 'day-off', 'night', both
  channel      TEXT NOT NULL DEFAULT '',   -- preferred channel, or '' for the recipient's own
  message      TEXT NOT NULL,              -- the message template
  state        TEXT NOT NULL DEFAULT 'pending'
               CHECK (state = 'pending' OR state = 'sending' OR state = 'sent' OR
                      state = 'failed' OR state = 'cancelled'),
  attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  retry_at     TEXT,                       -- pending after a failure: not before this instant
  claimed_by   TEXT,                       -- sending: 'host:pid' of the run that claimed it
  lease_until  TEXT,                       -- sending: another run may take it over after this
  sent_at      TEXT,
  last_error   TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX reminder_by_key ON reminder (task_id, rule, recipient, occurrence);
-- What cron looks at: only the reminders still to send, by moment.
CREATE INDEX reminder_to_send ON reminder (fire_at) WHERE state = 'pending' OR state = 'sending';

-- Every hook run: the history of a reminder's delivery.
CREATE TABLE reminder_attempt (
  id          INTEGER PRIMARY KEY,
  reminder_id INTEGER NOT NULL REFERENCES reminder (id),
  at          TEXT NOT NULL,
  ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
  exit_code   INTEGER,
  error       TEXT NOT NULL DEFAULT '',
  duration_ms INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX reminder_attempt_by_reminder ON reminder_attempt (reminder_id);

-- Tasks whose reminders must be recomputed. Triggers fill it whenever something a schedule
-- depends on changes, so no writer can forget; the next write command (or `remind run`)
-- empties it in its own transaction.
CREATE TABLE reminder_stale (
  task_id INTEGER PRIMARY KEY
) STRICT, WITHOUT ROWID;

-- 'horizon': the last due date whose tasks have reminders; 'policies': fingerprint of the
-- policies and settings the schedule was computed with.
CREATE TABLE reminder_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER reminder_task_insert AFTER INSERT ON task
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id) VALUES (new.id);
END;

CREATE TRIGGER reminder_task_update
AFTER UPDATE OF due, planned, status, assignee_id, reviewer_id, client_action, client_id,
                service, code ON task
WHEN old.due IS NOT new.due OR old.planned IS NOT new.planned
  OR (old.status = 'done' OR old.status = 'cancelled') <> (new.status = 'done' OR new.status = 'cancelled')
  OR old.assignee_id IS NOT new.assignee_id OR old.reviewer_id IS NOT new.reviewer_id
  OR old.client_action IS NOT new.client_action OR old.client_id IS NOT new.client_id
  OR old.service IS NOT new.service OR old.code IS NOT new.code
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id) VALUES (new.id);
END;

-- Who receives a client's reminders: its contacts, its work group, its time zone.
CREATE TRIGGER reminder_contact_insert AFTER INSERT ON client_contact
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT id FROM task WHERE client_id = new.client_id AND status <> 'done' AND status <> 'cancelled';
END;

CREATE TRIGGER reminder_contact_update AFTER UPDATE ON client_contact
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT id FROM task WHERE client_id = new.client_id AND status <> 'done' AND status <> 'cancelled';
END;

CREATE TRIGGER reminder_assignment_insert AFTER INSERT ON client_assignment
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT id FROM task WHERE client_id = new.client_id AND status <> 'done' AND status <> 'cancelled';
END;

CREATE TRIGGER reminder_assignment_update AFTER UPDATE ON client_assignment
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT id FROM task WHERE client_id = new.client_id AND status <> 'done' AND status <> 'cancelled';
END;

-- A client's zone moves its contacts' moments, its country the working-day calendar; an archived
-- client's tasks get no reminders (and come back when it is restored).
CREATE TRIGGER reminder_client_update AFTER UPDATE OF timezone, country, archived_at ON client
WHEN old.timezone IS NOT new.timezone OR old.country IS NOT new.country
  OR (old.archived_at IS NULL) <> (new.archived_at IS NULL)
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT id FROM task WHERE client_id = new.id AND status <> 'done' AND status <> 'cancelled';
END;

-- A staff member's zone or archiving changes the moments of the reminders addressed to them.
CREATE TRIGGER reminder_staff_update AFTER UPDATE OF timezone, archived_at ON staff
WHEN old.timezone IS NOT new.timezone OR old.archived_at IS NOT new.archived_at
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT DISTINCT task_id FROM reminder
    WHERE recipient = 'staff:' || new.handle AND (state = 'pending' OR state = 'sending');
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT id FROM task WHERE (assignee_id = new.id OR reviewer_id = new.id)
      AND status <> 'done' AND status <> 'cancelled';
END;
