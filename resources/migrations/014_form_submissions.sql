-- Version 14: contact forms. Every run of the Form Filler on a prospect's site: what it filled, how
-- it ended (the proof: the site's words, the HTTP status, a screenshot), so the rep sees it on the
-- timeline and no site gets the same prospect twice within the window.
CREATE TABLE form_submissions (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE,
    draft_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL,
    domain TEXT NOT NULL,
    url TEXT NOT NULL,
    form_url TEXT,
    -- prepared (waits for approval), submitted, captcha (waits for the rep), sent_by_rep, abandoned,
    -- no_form, failed, blocked (robots.txt)
    status TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '[]',
    confirmation TEXT,
    error TEXT,
    http_status INTEGER,
    screenshot TEXT,
    created_at INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX form_submissions_domain ON form_submissions(domain, finished_at);
CREATE INDEX form_submissions_prospect ON form_submissions(prospect_id, created_at);
-- A sequence the rep trusts may send its forms without asking each time.
ALTER TABLE sequences ADD COLUMN auto_submit_forms INTEGER NOT NULL DEFAULT 0;
