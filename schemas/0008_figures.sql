-- acct schema version 8: clients' turnover-balance sheets (оборотно-сальдовые ведомости), one
-- per client and month, from which the indicators are computed (docs/figures.md). Importing a
-- month again replaces its rows; the audit log keeps the file, checksum and totals it replaced.
-- Amounts are integer minor units (kopecks).

CREATE TABLE figures_sheet (
  id             INTEGER PRIMARY KEY,
  client_id      INTEGER NOT NULL REFERENCES client (id),
  period         TEXT NOT NULL CHECK (length(period) = 7), -- 'YYYY-MM'
  file           TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  organisation   TEXT,
  title          TEXT,
  sheet          TEXT,
  row_count      INTEGER NOT NULL CHECK (row_count >= 0),
  -- The totals of the balance accounts, as checked on import (debits equal credits).
  opening_debit  INTEGER NOT NULL,
  opening_credit INTEGER NOT NULL,
  turnover_debit INTEGER NOT NULL,
  turnover_credit INTEGER NOT NULL,
  closing_debit  INTEGER NOT NULL,
  closing_credit INTEGER NOT NULL,
  imported_at    TEXT NOT NULL,
  imported_by    TEXT NOT NULL,
  UNIQUE (client_id, period)
) STRICT;

-- The sheet's rows in its order: accounts and subaccounts as the file has them (an account's
-- row includes its subaccounts' amounts).
CREATE TABLE figures_row (
  sheet_id       INTEGER NOT NULL REFERENCES figures_sheet (id),
  position       INTEGER NOT NULL,
  account        TEXT NOT NULL,
  name           TEXT,
  opening_debit  INTEGER NOT NULL,
  opening_credit INTEGER NOT NULL,
  turnover_debit INTEGER NOT NULL,
  turnover_credit INTEGER NOT NULL,
  closing_debit  INTEGER NOT NULL,
  closing_credit INTEGER NOT NULL,
  PRIMARY KEY (sheet_id, position)
) STRICT, WITHOUT ROWID;
