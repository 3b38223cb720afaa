-- Version 12: company research. Each fact the Research agent found is kept with the page it came from
-- and when; the companies row shows it unless the rep's own value is there (a value research did not
-- write is never overwritten).
CREATE TABLE company_facts (
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    source_url TEXT NOT NULL,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (company_id, field)
);
ALTER TABLE companies ADD COLUMN language TEXT;
ALTER TABLE companies ADD COLUMN address TEXT;
ALTER TABLE companies ADD COLUMN researched_at INTEGER;

-- Email checks (no SMTP probing): verified (published or written from), likely (the domain's pattern),
-- unknown, invalid (no such domain, no mail server) — with the reason the rep sees.
ALTER TABLE prospects ADD COLUMN email_verdict TEXT;
ALTER TABLE prospects ADD COLUMN email_reason TEXT;
ALTER TABLE prospects ADD COLUMN email_checked_at INTEGER;
