-- acct schema version 1: the staff register and the audit log.
-- Conventions for every migration (docs/ARCHITECTURE.md):
--   STRICT tables; dates as TEXT 'YYYY-MM-DD'; timestamps as TEXT 'YYYY-MM-DDTHH:MM:SSZ' (UTC);
--   money as INTEGER minor units plus a TEXT currency; nothing is ever deleted that history needs.

CREATE TABLE staff (
  id               INTEGER PRIMARY KEY,
  handle           TEXT NOT NULL UNIQUE,
  name             TEXT NOT NULL CHECK (name <> ''),
  email            TEXT,
  phone            TEXT,
  telegram         TEXT,
  timezone         TEXT,
  capacity_minutes INTEGER NOT NULL DEFAULT 2400 CHECK (capacity_minutes >= 0),
  rate_minor       INTEGER CHECK (rate_minor >= 0),
  rate_currency    TEXT CHECK ((rate_minor IS NULL) = (rate_currency IS NULL)),
  created_at       TEXT NOT NULL,
  archived_at      TEXT
) STRICT;

CREATE TABLE staff_role (
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  role     TEXT NOT NULL,
  PRIMARY KEY (staff_id, role)
) STRICT, WITHOUT ROWID;

-- Every mutation, written in the same transaction as the change it describes.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  action     TEXT NOT NULL,
  changes    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes))
) STRICT;

CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_key, id);
CREATE INDEX audit_log_by_time ON audit_log (at);
