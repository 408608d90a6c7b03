-- The client's side of the work (docs/clientside.md): what was filed and what the authority
-- answered, amounts to pay, notifications to the client and their delivery, extra paid
-- services, and the log of contacts.

-- A correction task redoes a filing the authority rejected: it points at the rejected task.
ALTER TABLE task ADD COLUMN corrects INTEGER REFERENCES task (id);

-- A filing task's submission and the authority's answer, one per task: a rejected filing is
-- redone by its correction task, which is filed on its own. The answer only moves forward
-- (docs/clientside.md#answers): none -> accepted, accepted-with-notice or rejected; accepted
-- -> accepted-with-notice. Every change is in the audit log.
CREATE TABLE task_filing (
  task_id       INTEGER PRIMARY KEY REFERENCES task (id),
  filed_on      TEXT NOT NULL,
  channel       TEXT NOT NULL DEFAULT '',    -- the e-reporting operator, "portal", "paper"...
  receipt       TEXT NOT NULL DEFAULT '',    -- the registration or receipt number
  file_path     TEXT,                        -- the file sent, absolute, as it was when recorded
  file_sha256   TEXT CHECK (file_sha256 IS NULL OR length(file_sha256) = 64),
  answer        TEXT CHECK (answer IS NULL OR answer = 'accepted' OR
                            answer = 'accepted-with-notice' OR answer = 'rejected'),
  answered_on   TEXT,
  answer_number TEXT NOT NULL DEFAULT '',    -- the number of the authority's document
  reason        TEXT NOT NULL DEFAULT '',    -- a rejection's reason, a notice's text
  correction_id INTEGER REFERENCES task (id), -- the task a rejection reopened the work as
  filed_at      TEXT NOT NULL,
  filed_by      TEXT NOT NULL,
  answered_at   TEXT,
  answered_by   TEXT,
  CHECK ((answer IS NULL) = (answered_on IS NULL))
) STRICT;

-- The firm overview's rejections, and `task list --filing-status`.
CREATE INDEX task_filing_by_answer ON task_filing (answer, answered_on);

-- The amount a payment task asks the client to pay, in minor units, with the payment's
-- requisites where they apply and how the amount was arrived at.
CREATE TABLE task_amount (
  task_id      INTEGER PRIMARY KEY REFERENCES task (id),
  amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
  currency     TEXT NOT NULL,
  kbk          TEXT,                         -- КБК (ru: 20 digits; kz: 6)
  oktmo        TEXT,                         -- ОКТМО (ru: 8 or 11 digits)
  label        TEXT NOT NULL DEFAULT '',     -- what the client pays, from the template: "ЕНП"
  source       TEXT NOT NULL CHECK (source = 'entered' OR source = 'imported'),
  basis        TEXT NOT NULL DEFAULT '',     -- how it was arrived at: a file, a calculation
  recorded_at  TEXT NOT NULL,
  recorded_by  TEXT NOT NULL
) STRICT;

-- A message to a client, rendered from a notification template when it was made. `cause` says
-- what an automatic one is about ('filing/12/accepted'), so each is made once.
CREATE TABLE notification (
  id           INTEGER PRIMARY KEY,
  client_id    INTEGER NOT NULL REFERENCES client (id),
  kind         TEXT NOT NULL,
  task_id      INTEGER REFERENCES task (id),
  cause        TEXT,
  subject      TEXT NOT NULL,
  body         TEXT NOT NULL,
  confirm      INTEGER NOT NULL DEFAULT 0 CHECK (confirm IN (0, 1)),
  confirmed_at TEXT,
  confirmed_by TEXT,
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL
) STRICT;

CREATE INDEX notification_by_client ON notification (client_id, created_at);
CREATE UNIQUE INDEX notification_by_cause ON notification (client_id, cause)
  WHERE cause IS NOT NULL;

-- The outbox of notifications, delivered by `acct remind run` as reminders are: one row per
-- recipient and occurrence (1: the notification; 2 and on: repeats while it is unconfirmed,
-- the last perhaps to a staff member as escalation), claimed and finished the same way.
CREATE TABLE notification_delivery (
  id              INTEGER PRIMARY KEY,
  notification_id INTEGER NOT NULL REFERENCES notification (id),
  recipient       TEXT NOT NULL,             -- 'person:KEY' or 'staff:HANDLE'
  occurrence      INTEGER NOT NULL DEFAULT 1 CHECK (occurrence >= 1),
  fire_at         TEXT NOT NULL,             -- UTC
  local_at        TEXT NOT NULL,             -- 'YYYY-MM-DD HH:MM' in the recipient's zone
  timezone        TEXT NOT NULL,
  channel         TEXT NOT NULL DEFAULT '',
  state           TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state = 'pending' OR state = 'sending' OR state = 'sent' OR
                         state = 'failed' OR state = 'cancelled'),
  attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  retry_at        TEXT,
  claimed_by      TEXT,
  lease_until     TEXT,
  sent_at         TEXT,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX notification_delivery_by_key
  ON notification_delivery (notification_id, recipient, occurrence);
CREATE INDEX notification_delivery_to_send ON notification_delivery (fire_at)
  WHERE state = 'pending' OR state = 'sending';

CREATE TABLE notification_attempt (
  id          INTEGER PRIMARY KEY,
  delivery_id INTEGER NOT NULL REFERENCES notification_delivery (id),
  at          TEXT NOT NULL,
  ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
  exit_code   INTEGER,
  error       TEXT NOT NULL DEFAULT '',
  duration_ms INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX notification_attempt_by_delivery ON notification_attempt (delivery_id);

-- A paid service outside the client's tariff, agreed with the client. A mistaken one is
-- voided, never deleted.
CREATE TABLE client_charge (
  id           INTEGER PRIMARY KEY,
  client_id    INTEGER NOT NULL REFERENCES client (id),
  description  TEXT NOT NULL CHECK (description <> ''),
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency     TEXT NOT NULL,
  day          TEXT NOT NULL,
  task_id      INTEGER REFERENCES task (id),
  created_at   TEXT NOT NULL,
  author       TEXT NOT NULL,
  voided_at    TEXT,
  voided_by    TEXT,
  void_reason  TEXT
) STRICT;

CREATE INDEX client_charge_by_client ON client_charge (client_id, day);
CREATE INDEX client_charge_by_day ON client_charge (day);

-- A contact with a client worth a mark: a call, a letter, a visit, a message. A follow-up
-- creates a task.
CREATE TABLE client_note (
  id           INTEGER PRIMARY KEY,
  client_id    INTEGER NOT NULL REFERENCES client (id),
  kind         TEXT NOT NULL CHECK (kind = 'call' OR kind = 'letter' OR kind = 'visit' OR
                                    kind = 'message'),
  text         TEXT NOT NULL CHECK (text <> ''),
  day          TEXT NOT NULL,
  person       TEXT,                         -- a contact's person key, when given
  follow_up_id INTEGER REFERENCES task (id),
  created_at   TEXT NOT NULL,
  author       TEXT NOT NULL
) STRICT;

CREATE INDEX client_note_by_client ON client_note (client_id, day);
