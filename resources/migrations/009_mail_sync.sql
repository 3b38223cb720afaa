-- Version 9: mailbox synchronisation. Each synced folder remembers its UIDVALIDITY and the last UID
-- stored; a message and the folder's new last UID are written in one transaction, so a sync killed
-- at any point resumes without losing or duplicating a message. A changed UIDVALIDITY starts the
-- folder over; messages already stored are matched again by Message-ID, never dropped.

CREATE TABLE mailbox_sync (
    account_id INTEGER NOT NULL REFERENCES mail_accounts(id) ON DELETE CASCADE,
    mailbox TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'inbox' CHECK (role IN ('inbox', 'sent')),
    uidvalidity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL DEFAULT 0,
    synced_at INTEGER,
    PRIMARY KEY (account_id, mailbox)
);

ALTER TABLE messages ADD COLUMN uidvalidity INTEGER;
ALTER TABLE messages ADD COLUMN body_html TEXT;
ALTER TABLE messages ADD COLUMN references_header TEXT;
ALTER TABLE messages ADD COLUMN classification_confidence REAL;
ALTER TABLE messages ADD COLUMN language TEXT;
ALTER TABLE messages ADD COLUMN bounce_status TEXT;
ALTER TABLE messages ADD COLUMN bounce_recipient TEXT;
CREATE UNIQUE INDEX messages_uid ON messages(account_id, mailbox, uidvalidity, uid) WHERE uid IS NOT NULL;
CREATE INDEX messages_in_reply_to ON messages(account_id, in_reply_to);
