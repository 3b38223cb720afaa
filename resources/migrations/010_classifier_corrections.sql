-- Version 10: the rep's corrections of a message's category. The reply classifier learns from them
-- (on top of the corpus that ships with the app) at the next sync.

CREATE TABLE classifier_corrections (
    id INTEGER PRIMARY KEY,
    message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
