-- acct schema version 9: RESERVED for the branch that takes 0009 (lifecycle needs 0010 and the
-- build refuses a gap). Delete this file when that branch lands; it changes nothing.
SELECT 1;
