-- How many times each task's due date changed: the SEQUENCE of its event in calendar exports
-- (`acct export ics`), so that a calendar app takes a moved deadline as a new revision of the
-- same event. Kept by a trigger, so no writer can forget it: the generator's moves and
-- restores, `task edit --due`, and whatever comes later.

ALTER TABLE task ADD COLUMN due_revision INTEGER NOT NULL DEFAULT 0 CHECK (due_revision >= 0);

-- Tasks moved before this migration: the due changes the audit log recorded (the generator's
-- 'move', `task edit`'s 'edit' with a "due" field).
UPDATE task SET due_revision = moved.times
FROM (SELECT CAST(a.entity_key AS INTEGER) AS task_id, count(*) AS times
      FROM audit_log a
      WHERE a.entity = 'task' AND (a.action = 'move' OR a.action = 'edit')
        AND EXISTS (SELECT 1 FROM json_each(a.changes) WHERE json_extract(value, '$.field') = 'due')
      GROUP BY a.entity_key) AS moved
WHERE task.id = moved.task_id;

CREATE TRIGGER task_due_revision AFTER UPDATE OF due ON task
WHEN old.due IS NOT new.due
BEGIN
  UPDATE task SET due_revision = old.due_revision + 1 WHERE id = new.id;
END;
