-- Sales Copilot workspace schema, version 1.
-- Rules (Migrator::splitStatements): one statement ends with ';' at the end of a line; a trigger ends
-- at a line reading "END;". Times are UTC milliseconds since the epoch (INTEGER). Never edit an applied
-- migration: add a new numbered file.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    domain TEXT UNIQUE,
    website TEXT,
    industry TEXT,
    size_range TEXT,
    country TEXT,
    city TEXT,
    phone TEXT,
    description TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE prospects (
    id INTEGER PRIMARY KEY,
    company_id INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT,
    email_status TEXT NOT NULL DEFAULT 'unknown'
        CHECK (email_status IN ('unknown', 'valid', 'risky', 'invalid', 'bounced')),
    title TEXT,
    phone TEXT,
    linkedin_url TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'researching', 'contacted', 'replied', 'interested', 'meeting', 'won', 'lost',
                          'unsubscribed', 'do_not_contact')),
    score INTEGER NOT NULL DEFAULT 0,
    owner TEXT,
    source TEXT,
    notes TEXT,
    last_contacted_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX prospects_email ON prospects(email COLLATE NOCASE) WHERE email IS NOT NULL;
CREATE INDEX prospects_company ON prospects(company_id);
CREATE INDEX prospects_status ON prospects(status);
CREATE INDEX prospects_name ON prospects(last_name COLLATE NOCASE, first_name COLLATE NOCASE);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT
);

CREATE TABLE prospect_tags (
    prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (prospect_id, tag_id)
);
CREATE INDEX prospect_tags_tag ON prospect_tags(tag_id);

-- Mail accounts hold no secret: the password lives in the OS keychain under secret_key.
CREATE TABLE mail_accounts (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    imap_host TEXT NOT NULL,
    imap_port INTEGER NOT NULL DEFAULT 993,
    imap_security TEXT NOT NULL DEFAULT 'tls' CHECK (imap_security IN ('tls', 'starttls', 'none')),
    smtp_host TEXT NOT NULL,
    smtp_port INTEGER NOT NULL DEFAULT 465,
    smtp_security TEXT NOT NULL DEFAULT 'tls' CHECK (smtp_security IN ('tls', 'starttls', 'none')),
    username TEXT NOT NULL,
    secret_key TEXT NOT NULL,
    daily_send_cap INTEGER NOT NULL DEFAULT 50,
    signature TEXT,
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);

CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES mail_accounts(id) ON DELETE CASCADE,
    prospect_id INTEGER REFERENCES prospects(id) ON DELETE SET NULL,
    subject TEXT NOT NULL DEFAULT '',
    last_message_at INTEGER,
    classification TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX threads_prospect ON threads(prospect_id);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    thread_id INTEGER REFERENCES threads(id) ON DELETE CASCADE,
    account_id INTEGER REFERENCES mail_accounts(id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    message_id TEXT,
    in_reply_to TEXT,
    mailbox TEXT,
    uid INTEGER,
    from_address TEXT,
    to_addresses TEXT,
    subject TEXT,
    body_text TEXT,
    sent_at INTEGER,
    classification TEXT,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX messages_message_id ON messages(account_id, message_id) WHERE message_id IS NOT NULL;
CREATE INDEX messages_thread ON messages(thread_id);

-- Drafts wait here for the rep: nothing is sent without approval or a rule the rep turned on.
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE,
    thread_id INTEGER REFERENCES threads(id) ON DELETE SET NULL,
    account_id INTEGER REFERENCES mail_accounts(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'first_email' CHECK (kind IN ('first_email', 'follow_up', 'reply')),
    channel TEXT NOT NULL DEFAULT 'email',
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'rejected', 'sent', 'failed')),
    created_by TEXT NOT NULL,
    rationale TEXT,
    reject_reason TEXT,
    created_at INTEGER NOT NULL,
    decided_at INTEGER
);
CREATE INDEX drafts_status ON drafts(status, created_at);

CREATE TABLE sequences (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);

CREATE TABLE sequence_steps (
    id INTEGER PRIMARY KEY,
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'form', 'call', 'linkedin_task', 'task')),
    delay_days INTEGER NOT NULL DEFAULT 0,
    template TEXT,
    UNIQUE (sequence_id, position)
);

CREATE TABLE enrollments (
    id INTEGER PRIMARY KEY,
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
    current_step INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'completed', 'stopped')),
    stop_reason TEXT,
    next_action_at INTEGER,
    created_at INTEGER NOT NULL,
    UNIQUE (sequence_id, prospect_id)
);
CREATE INDEX enrollments_next ON enrollments(status, next_action_at);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'todo',
    title TEXT NOT NULL,
    details TEXT,
    due_at INTEGER,
    done_at INTEGER,
    created_by TEXT NOT NULL DEFAULT 'rep',
    created_at INTEGER NOT NULL
);
CREATE INDEX tasks_due ON tasks(done_at, due_at);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER REFERENCES prospects(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    location TEXT,
    notes TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX meetings_start ON meetings(starts_at);

-- The timeline of everything that happened with a prospect.
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    ref_table TEXT,
    ref_id INTEGER,
    actor TEXT NOT NULL DEFAULT 'rep',
    occurred_at INTEGER NOT NULL
);
CREATE INDEX activities_prospect ON activities(prospect_id, occurred_at);

-- The persisted job queue. Claimed with one atomic UPDATE ... RETURNING.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'canceled')),
    priority INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
    run_at INTEGER NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0,
    progress_text TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    result TEXT,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER,
    updated_at INTEGER NOT NULL
);
CREATE INDEX jobs_claim ON jobs(state, run_at, priority);
CREATE INDEX jobs_kind ON jobs(kind, state);

CREATE TABLE do_not_contact (
    id INTEGER PRIMARY KEY,
    value TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'domain')),
    reason TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    occurred_at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target_table TEXT,
    target_id INTEGER,
    details TEXT
);
CREATE INDEX audit_log_time ON audit_log(occurred_at);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
