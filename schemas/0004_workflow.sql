-- The task workflow (docs/workflow.md): who took a task on and when, what it waits for,
-- its checklist, comments, attached files and the time logged on it.

ALTER TABLE task ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE task ADD COLUMN accepted_at TEXT;    -- taken on: from then on its due date is agreed
ALTER TABLE task ADD COLUMN waiting_for TEXT;    -- waiting-client: what the client must give
ALTER TABLE task ADD COLUMN waiting_since TEXT;  -- waiting-client: since which day
ALTER TABLE task ADD COLUMN request INTEGER NOT NULL DEFAULT 0 CHECK (request IN (0, 1));

-- Lists of open work ("due within 7 days", overdue) read only open tasks: a firm's done tasks
-- pile up year after year and must not be scanned. The query repeats this condition.
DROP INDEX task_by_due;
CREATE INDEX task_open_by_due ON task (due) WHERE status <> 'done' AND status <> 'cancelled';

-- A task's checklist, copied from its template when the first item is checked (until then
-- the template's current list applies), so that later template edits do not change it.
CREATE TABLE task_check (
  task_id    INTEGER NOT NULL REFERENCES task (id),
  position   INTEGER NOT NULL CHECK (position >= 1),
  item       TEXT NOT NULL CHECK (item <> ''),
  checked_at TEXT,
  checked_by TEXT,
  PRIMARY KEY (task_id, position)
) STRICT, WITHOUT ROWID;

-- Comments, and the reasons given with transitions (a rejection, what the client must give).
CREATE TABLE task_comment (
  id      INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES task (id),
  at      TEXT NOT NULL,
  author  TEXT NOT NULL,
  kind    TEXT NOT NULL,   -- 'comment', or the transition it explains: 'reject', 'wait', ...
  text    TEXT NOT NULL CHECK (text <> '')
) STRICT;
CREATE INDEX task_comment_by_task ON task_comment (task_id);

CREATE TABLE task_attachment (
  id      INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES task (id),
  path    TEXT NOT NULL,   -- absolute, as it was when attached
  size    INTEGER NOT NULL CHECK (size >= 0),
  sha256  TEXT NOT NULL CHECK (length(sha256) = 64),
  at      TEXT NOT NULL,
  author  TEXT NOT NULL
) STRICT;
CREATE INDEX task_attachment_by_task ON task_attachment (task_id);

CREATE TABLE time_entry (
  id         INTEGER PRIMARY KEY,
  task_id    INTEGER NOT NULL REFERENCES task (id),
  staff_id   INTEGER NOT NULL REFERENCES staff (id),
  day        TEXT NOT NULL,
  minutes    INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  author     TEXT NOT NULL
) STRICT;
CREATE INDEX time_entry_by_task ON time_entry (task_id);
CREATE INDEX time_entry_by_day ON time_entry (day);

-- What waits for a reviewer (the agenda). No generated task is in review, so generation never
-- writes to it.
CREATE INDEX task_in_review ON task (reviewer_id) WHERE status = 'in-review';
