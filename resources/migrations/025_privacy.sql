-- Version 25: erasing a person. "Forget this person" erases a prospect everywhere (messages, drafts, the
-- outbox, tasks, the timeline) and keeps only a one-way hash of their address here, so no outbound door
-- ever contacts them again; data retention erases prospects with no activity for N months (no hash).
CREATE TABLE suppression_hashes (
    hash TEXT PRIMARY KEY, -- hex SHA-256 of "sales-copilot-forget:" + the lower-cased address
    created_at INTEGER NOT NULL
);

-- The audit log stays append-only, but an erasure may blank a row's details that named the person.
DROP TRIGGER audit_log_append_only_update;
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
WHEN NOT (new.details = '[erased]' AND new.occurred_at = old.occurred_at AND new.actor = old.actor
          AND new.action = old.action AND new.target_table IS old.target_table AND new.target_id IS old.target_id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
