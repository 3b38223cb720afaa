-- Version 24: the Decision engine runs sequences. A sequence is its file (the JSON the rep writes or the
-- editor saves: steps, variants, schedule, caps, stop rules); an enrollment walks its steps; every step a
-- prospect gets is one row of sequence_step_runs, taken in the same transaction as what it leaves behind
-- (an outbox row, a task, a form job), so no step ever runs twice for a prospect, across crashes.

ALTER TABLE sequences ADD COLUMN definition TEXT NOT NULL DEFAULT '{}';
ALTER TABLE sequences ADD COLUMN updated_at INTEGER;

-- The A/B variant of the sequence's email steps this prospect gets (one for the whole enrollment).
ALTER TABLE enrollments ADD COLUMN variant TEXT;
-- When the last step ran: the wait before the next one counts from here.
ALTER TABLE enrollments ADD COLUMN last_step_at INTEGER;
-- Paused by an out-of-office reply until this moment, then resumed by itself (NULL: paused by the rep).
ALTER TABLE enrollments ADD COLUMN resume_at INTEGER;
ALTER TABLE enrollments ADD COLUMN stopped_at INTEGER;
-- What stopped it beyond stop_reason: the reply's category (interested, question...), the stage.
ALTER TABLE enrollments ADD COLUMN stop_detail TEXT;
ALTER TABLE enrollments ADD COLUMN updated_at INTEGER;
CREATE INDEX enrollments_prospect ON enrollments(prospect_id, status);

CREATE TABLE sequence_step_runs (
    id INTEGER PRIMARY KEY,
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
    step INTEGER NOT NULL, -- the step's index in the file's "steps" (waits counted)
    channel TEXT NOT NULL CHECK (channel IN ('email', 'form', 'task')),
    variant TEXT,
    at INTEGER NOT NULL, -- when it runs (the outbox's not_before, the task's due time), ms UTC
    account_id INTEGER REFERENCES mail_accounts(id) ON DELETE SET NULL,
    outbox_id INTEGER REFERENCES outbox(id) ON DELETE SET NULL,
    draft_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL,
    task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
    job_id INTEGER,
    created_at INTEGER NOT NULL,
    UNIQUE (enrollment_id, step)
);
CREATE INDEX sequence_step_runs_outbox ON sequence_step_runs(outbox_id) WHERE outbox_id IS NOT NULL;
CREATE INDEX sequence_step_runs_account ON sequence_step_runs(account_id, at);

-- The prospect's own time zone (an IANA name), read from a "Time Zone" column or set in the detail panel.
ALTER TABLE prospects ADD COLUMN timezone TEXT;

-- A mailbox the rep marked as warmed sends at its full cap from the first day; a new one ramps up.
ALTER TABLE mail_accounts ADD COLUMN warmed INTEGER NOT NULL DEFAULT 0;
-- Sending paused by itself (bounce rate, a complaint) until the rep resumes it.
ALTER TABLE mail_accounts ADD COLUMN sending_paused_at INTEGER;
ALTER TABLE mail_accounts ADD COLUMN sending_paused_reason TEXT;
