-- Version 19: the rep's library of email templates (Mustache: {{first_name}}, {{#title}}…{{/title}}).
-- Per-language variants of one template share its name: (name, language) is the key. format 'text'
-- bodies are plain-text email (values inserted as they are), 'html' bodies have values HTML-escaped.
-- is_default marks the ones the app shipped (seeded on first use; the rep may edit or delete them).
CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL
        CHECK (category IN ('first_touch', 'follow_up', 'reply_question', 'meeting_confirmation', 'break_up')),
    language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
    format TEXT NOT NULL DEFAULT 'text' CHECK (format IN ('text', 'html')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (name, language)
);
CREATE INDEX templates_category ON templates (category, name);
