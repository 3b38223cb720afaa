-- Version 26: the Today view. A task the rep skips is closed without being done (skipped_at); a snoozed
-- task moves its due time (due_at) and remembers until when it was put off (snoozed_until), so the view
-- can say so. Open tasks are read by due time across every prospect.

ALTER TABLE tasks ADD COLUMN skipped_at INTEGER;
ALTER TABLE tasks ADD COLUMN snoozed_until INTEGER;
CREATE INDEX tasks_open_due ON tasks(due_at) WHERE done_at IS NULL AND skipped_at IS NULL;
