-- Version 3: full-text search over prospects (FTS5, kept in sync by triggers), configurable pipeline
-- stages with a deal value, and the indexes the Prospects view sorts by.

CREATE TABLE stages (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost'))
);
INSERT INTO stages (key, name, position, outcome) VALUES
    ('new', 'New', 0, 'open'),
    ('researching', 'Researching', 1, 'open'),
    ('contacted', 'Contacted', 2, 'open'),
    ('replied', 'Replied', 3, 'open'),
    ('interested', 'Interested', 4, 'open'),
    ('meeting', 'Meeting booked', 5, 'open'),
    ('won', 'Won', 6, 'won'),
    ('lost', 'Lost', 7, 'lost');

ALTER TABLE prospects ADD COLUMN deal_value_cents INTEGER;

CREATE INDEX prospects_score ON prospects(score);
CREATE INDEX prospects_last_contacted ON prospects(last_contacted_at);
CREATE INDEX prospects_title ON prospects(title COLLATE NOCASE);
CREATE INDEX companies_name ON companies(name COLLATE NOCASE);

-- One row per prospect (rowid = prospects.id). Accents are folded so "Helene" finds "Hélène".
CREATE VIRTUAL TABLE prospects_fts USING fts5(
    name, email, company, title, notes,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO prospects_fts (rowid, name, email, company, title, notes)
SELECT p.id, p.first_name || ' ' || p.last_name, p.email, c.name, p.title, p.notes
FROM prospects p LEFT JOIN companies c ON c.id = p.company_id;

CREATE TRIGGER prospects_fts_insert AFTER INSERT ON prospects
BEGIN
    INSERT INTO prospects_fts (rowid, name, email, company, title, notes)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.email,
            (SELECT name FROM companies WHERE id = new.company_id), new.title, new.notes);
END;

CREATE TRIGGER prospects_fts_update AFTER UPDATE OF first_name, last_name, email, company_id, title, notes ON prospects
BEGIN
    DELETE FROM prospects_fts WHERE rowid = old.id;
    INSERT INTO prospects_fts (rowid, name, email, company, title, notes)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.email,
            (SELECT name FROM companies WHERE id = new.company_id), new.title, new.notes);
END;

CREATE TRIGGER prospects_fts_delete AFTER DELETE ON prospects
BEGIN
    DELETE FROM prospects_fts WHERE rowid = old.id;
END;

CREATE TRIGGER companies_fts_rename AFTER UPDATE OF name ON companies
BEGIN
    UPDATE prospects_fts SET company = new.name
    WHERE rowid IN (SELECT id FROM prospects WHERE company_id = new.id);
END;
