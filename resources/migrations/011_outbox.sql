-- Version 11: sending. The outbox makes every email go out exactly once: a message is claimed
-- (state 'sending') before the SMTP conversation starts and marked 'transmitting' once the server
-- has accepted its recipients and takes the content; after a crash, a message still in flight is
-- looked up by its Message-ID in the Sent folder. Found: it went. Not found and never transmitted:
-- safe to send. Not found after transmitting: 'uncertain', the rep decides; never sent twice.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES mail_accounts(id) ON DELETE CASCADE,
    draft_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL,
    prospect_id INTEGER REFERENCES prospects(id) ON DELETE SET NULL,
    message_id TEXT NOT NULL UNIQUE,
    in_reply_to TEXT,
    references_header TEXT,
    to_address TEXT NOT NULL,
    to_name TEXT,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT,
    unsubscribe_token TEXT,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'transmitting', 'sent', 'failed', 'blocked', 'uncertain', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    not_before INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    filed INTEGER NOT NULL DEFAULT 0,
    reconciled INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_queue ON outbox(account_id, state, not_before);
CREATE INDEX outbox_sent ON outbox(account_id, sent_at) WHERE sent_at IS NOT NULL;

-- Read state, kept from the server's \Seen flag.
ALTER TABLE messages ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;

-- An account logs in with a password, or with an OAuth2 access token (SASL XOAUTH2).
ALTER TABLE mail_accounts ADD COLUMN auth_method TEXT NOT NULL DEFAULT 'password'
    CHECK (auth_method IN ('password', 'oauth2'));
