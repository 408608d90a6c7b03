-- acct schema version 2: the client register (docs/clients.md).
-- Effective-dated tables have valid_from (and valid_to, inclusive, NULL for open-ended) as
-- 'YYYY-MM-DD'; history is kept: a change closes or adds a row, it never rewrites the past.

CREATE TABLE client (
  id             INTEGER PRIMARY KEY,
  slug           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL CHECK (name <> ''),
  short_name     TEXT,
  form           TEXT NOT NULL,
  country        TEXT NOT NULL CHECK (country IN ('ru', 'kz')),
  inn            TEXT NOT NULL,                -- ИНН (ru) or БИН/ИИН (kz)
  kpp            TEXT,
  ogrn           TEXT,                         -- ОГРН or ОГРНИП
  region         TEXT,
  timezone       TEXT NOT NULL,
  contract_start TEXT NOT NULL,
  contract_end   TEXT CHECK (contract_end IS NULL OR contract_end >= contract_start),
  fee_minor      INTEGER CHECK (fee_minor >= 0),
  fee_currency   TEXT CHECK ((fee_minor IS NULL) = (fee_currency IS NULL)),
  notes          TEXT,
  created_at     TEXT NOT NULL,
  archived_at    TEXT,
  UNIQUE (country, inn)
) STRICT;

CREATE TABLE client_tag (
  client_id INTEGER NOT NULL REFERENCES client (id),
  tag       TEXT NOT NULL,
  PRIMARY KEY (client_id, tag)
) STRICT, WITHOUT ROWID;

CREATE INDEX client_tag_by_tag ON client_tag (tag);

-- The status in force on a day is the latest change on or before it (ties: the later id).
CREATE TABLE client_status (
  id          INTEGER PRIMARY KEY,
  client_id   INTEGER NOT NULL REFERENCES client (id),
  status      TEXT NOT NULL
              CHECK (status IN ('prospect', 'onboarding', 'active', 'paused', 'offboarded')),
  valid_from  TEXT NOT NULL,
  recorded_at TEXT NOT NULL
) STRICT;

CREATE INDEX client_status_by_client ON client_status (client_id, valid_from, id);

-- A fact is in force from valid_from until the next row of the same key; kind 'none' clears it.
CREATE TABLE client_fact (
  client_id   INTEGER NOT NULL REFERENCES client (id),
  key         TEXT NOT NULL,
  valid_from  TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('bool', 'int', 'string', 'none')),
  value       ANY,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (client_id, key, valid_from),
  CHECK ((kind = 'bool' AND typeof(value) = 'integer' AND value IN (0, 1))
      OR (kind = 'int' AND typeof(value) = 'integer')
      OR (kind = 'string' AND typeof(value) = 'text')
      OR (kind = 'none' AND value IS NULL))
) STRICT, WITHOUT ROWID;

-- A person is one identity however many clients they are a contact of.
CREATE TABLE person (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL CHECK (name <> ''),
  email      TEXT,
  phone      TEXT,
  telegram   TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX person_by_email ON person (email) WHERE email IS NOT NULL;
CREATE INDEX person_by_phone ON person (phone) WHERE phone IS NOT NULL;

CREATE TABLE client_contact (
  id         INTEGER PRIMARY KEY,
  client_id  INTEGER NOT NULL REFERENCES client (id),
  person_id  INTEGER NOT NULL REFERENCES person (id),
  roles      TEXT NOT NULL CHECK (json_valid(roles) AND json_type(roles) = 'array'),
  channel    TEXT CHECK (channel IN ('email', 'phone', 'telegram')),
  reminders  INTEGER NOT NULL CHECK (reminders IN (0, 1)),
  added_at   TEXT NOT NULL,
  removed_at TEXT
) STRICT;

CREATE UNIQUE INDEX client_contact_current ON client_contact (client_id, person_id)
  WHERE removed_at IS NULL;
CREATE INDEX client_contact_by_person ON client_contact (person_id);

-- One holder of a role per client at a time; reassignment closes the row and adds another.
CREATE TABLE client_assignment (
  id          INTEGER PRIMARY KEY,
  client_id   INTEGER NOT NULL REFERENCES client (id),
  role        TEXT NOT NULL,
  staff_id    INTEGER NOT NULL REFERENCES staff (id),
  valid_from  TEXT NOT NULL,
  valid_to    TEXT CHECK (valid_to IS NULL OR valid_to >= valid_from),
  recorded_at TEXT NOT NULL
) STRICT;

CREATE INDEX client_assignment_by_client ON client_assignment (client_id, role, valid_from);
CREATE UNIQUE INDEX client_assignment_open ON client_assignment (client_id, role)
  WHERE valid_to IS NULL;

-- service is a template id ("ru-statutory"); params a JSON object of typed values.
CREATE TABLE client_subscription (
  id          INTEGER PRIMARY KEY,
  client_id   INTEGER NOT NULL REFERENCES client (id),
  service     TEXT NOT NULL,
  valid_from  TEXT NOT NULL,
  valid_to    TEXT CHECK (valid_to IS NULL OR valid_to >= valid_from),
  params      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params) AND json_type(params) = 'object'),
  recorded_at TEXT NOT NULL
) STRICT;

CREATE INDEX client_subscription_by_client ON client_subscription (client_id, service, valid_from);
CREATE UNIQUE INDEX client_subscription_open ON client_subscription (client_id, service)
  WHERE valid_to IS NULL;
