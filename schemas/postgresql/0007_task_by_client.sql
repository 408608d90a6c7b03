-- acct schema version 7 for PostgreSQL: the twin of schemas/0007_task_by_client.sql.
CREATE INDEX task_by_client ON task (client_id, due);
