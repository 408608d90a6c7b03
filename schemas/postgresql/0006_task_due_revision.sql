-- acct schema version 6 for PostgreSQL: the twin of schemas/0006_task_due_revision.sql.

ALTER TABLE task ADD COLUMN due_revision bigint NOT NULL DEFAULT 0 CHECK (due_revision >= 0);

-- Tasks moved before this migration: the due changes the audit log recorded.
UPDATE task SET due_revision = moved.times
FROM (SELECT CAST(a.entity_key AS bigint) AS task_id, count(*) AS times
      FROM audit_log a
      WHERE a.entity = 'task' AND (a.action = 'move' OR a.action = 'edit')
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.changes::jsonb) AS c(value)
                    WHERE c.value ->> 'field' = 'due')
      GROUP BY a.entity_key) AS moved
WHERE task.id = moved.task_id;

-- SQLite's trigger updates the row after the fact; here the new row is counted before it is
-- written, which is the same result without a second update.
CREATE FUNCTION acct_task_due_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.due_revision := OLD.due_revision + 1;
  RETURN NEW;
END;
$$;

CREATE TRIGGER task_due_revision BEFORE UPDATE OF due ON task
FOR EACH ROW WHEN (OLD.due IS DISTINCT FROM NEW.due)
EXECUTE FUNCTION acct_task_due_revision();
