-- Version 21: the Conversation agent drafts. The model providers the rep configured (their keys are in
-- the keychain, never here), what each model costs, what every call used, what each draft was made
-- from, and the rep's edits kept as examples for later prompts.

CREATE TABLE llm_providers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('anthropic', 'openai', 'openai-compatible')),
    base_url TEXT NOT NULL DEFAULT '', -- empty: the provider's public API
    model TEXT NOT NULL,
    embedding_model TEXT NOT NULL DEFAULT '', -- empty: no embeddings (BM25 retrieval alone)
    created_at INTEGER NOT NULL
);

-- US dollars per million tokens, editable in Settings. A model with no row costs 0 (a local model).
CREATE TABLE llm_prices (
    model TEXT PRIMARY KEY COLLATE NOCASE,
    input_per_mtok REAL NOT NULL CHECK (input_per_mtok >= 0),
    output_per_mtok REAL NOT NULL CHECK (output_per_mtok >= 0)
);
-- The providers' list prices on 2026-12-01.
INSERT INTO llm_prices (model, input_per_mtok, output_per_mtok) VALUES
    ('claude-opus-4-1', 15, 75),
    ('claude-sonnet-4-5', 3, 15),
    ('claude-haiku-4-5', 1, 5),
    ('gpt-4.1', 2, 8),
    ('gpt-4.1-mini', 0.4, 1.6),
    ('gpt-4o', 2.5, 10),
    ('gpt-4o-mini', 0.15, 0.6),
    ('text-embedding-3-small', 0.02, 0),
    ('text-embedding-3-large', 0.13, 0);

-- Every call to a model: the monthly budget is the sum of cost over the calendar month.
CREATE TABLE llm_usage (
    id INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('draft', 'rewrite', 'embedding', 'test')),
    draft_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost REAL NOT NULL DEFAULT 0, -- US dollars
    created_at INTEGER NOT NULL
);
CREATE INDEX llm_usage_time ON llm_usage (created_at);

-- What a draft was made from, for Approvals. sources: JSON [{"document","chunk","score"}]; flags: JSON
-- [{"kind","text"}] (ungrounded figures and names, removed addresses) the rep looks at before approving.
ALTER TABLE drafts ADD COLUMN template TEXT;
ALTER TABLE drafts ADD COLUMN provider TEXT;
ALTER TABLE drafts ADD COLUMN model TEXT;
ALTER TABLE drafts ADD COLUMN input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE drafts ADD COLUMN output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE drafts ADD COLUMN cost REAL NOT NULL DEFAULT 0;
ALTER TABLE drafts ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';
ALTER TABLE drafts ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE drafts ADD COLUMN instruction TEXT;
-- The inbound message a reply answers (its thread is thread_id).
ALTER TABLE drafts ADD COLUMN reply_to INTEGER REFERENCES messages(id) ON DELETE SET NULL;
CREATE INDEX drafts_reply_to ON drafts (reply_to);

-- The rep's edits of AI drafts: the draft as written and as the rep made it, per template (or kind when
-- no template), included as examples in later prompts. Newest first, a few at a time.
CREATE TABLE draft_examples (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL,
    template TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    subject_before TEXT NOT NULL,
    body_before TEXT NOT NULL,
    subject_after TEXT NOT NULL,
    body_after TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX draft_examples_template ON draft_examples (template, kind, language, created_at);
