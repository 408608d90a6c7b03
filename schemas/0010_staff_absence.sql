-- acct schema version 10: staff absences (holidays, sick leave). While a person is away, the
-- open tasks assigned to them that fall due inside the absence are the cover's, and reminders
-- meant for them that fire inside it go to the cover; nothing in `task` is rewritten, so the
-- work comes back by itself when the absence ends or is cancelled (docs/commands/staff.md).

CREATE TABLE staff_absence (
  id           INTEGER PRIMARY KEY,
  staff_id     INTEGER NOT NULL REFERENCES staff (id),
  starts       TEXT NOT NULL,              -- first day away, YYYY-MM-DD
  ends         TEXT NOT NULL,              -- last day away
  cover_id     INTEGER REFERENCES staff (id), -- NULL: nobody covers
  note         TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  cancelled_at TEXT,
  CHECK (ends >= starts),
  CHECK (cover_id IS NULL OR cover_id <> staff_id)
) STRICT;

CREATE INDEX staff_absence_by_staff ON staff_absence (staff_id, starts);

-- The reminders of the person away and of their cover are rescheduled when an absence is
-- recorded or cancelled.
CREATE TRIGGER reminder_absence_insert AFTER INSERT ON staff_absence
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT DISTINCT r.task_id FROM reminder r JOIN staff s ON r.recipient = 'staff:' || s.handle
    WHERE (s.id = new.staff_id OR s.id = new.cover_id)
      AND (r.state = 'pending' OR r.state = 'sending');
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT id FROM task WHERE (assignee_id = new.staff_id OR reviewer_id = new.staff_id)
      AND status <> 'done' AND status <> 'cancelled';
END;

CREATE TRIGGER reminder_absence_update AFTER UPDATE ON staff_absence
BEGIN
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT DISTINCT r.task_id FROM reminder r JOIN staff s ON r.recipient = 'staff:' || s.handle
    WHERE (s.id = new.staff_id OR s.id = new.cover_id)
      AND (r.state = 'pending' OR r.state = 'sending');
  INSERT OR IGNORE INTO reminder_stale (task_id)
    SELECT id FROM task WHERE (assignee_id = new.staff_id OR reviewer_id = new.staff_id)
      AND status <> 'done' AND status <> 'cancelled';
END;
