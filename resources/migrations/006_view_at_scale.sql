-- Version 6: the Prospects view at a million rows.
-- * Sorting by email walks an index: the unique email index no longer excludes NULLs (a unique index
--   lets any number of NULLs in anyway), so the planner may use it for ORDER BY email.
-- * Sorting by stage follows the pipeline order (stages.position), not the alphabetical key:
--   stage_rank keeps each prospect's stage position, indexed, maintained by triggers.
-- * Prefix searches ("Ana" while typing) read FTS5 prefix indexes instead of scanning every term.

DROP INDEX prospects_email;
CREATE UNIQUE INDEX prospects_email ON prospects(email COLLATE NOCASE);

ALTER TABLE prospects ADD COLUMN stage_rank INTEGER NOT NULL DEFAULT 0;
UPDATE prospects SET stage_rank = coalesce((SELECT position FROM stages WHERE key = prospects.status), 0);
CREATE INDEX prospects_stage_rank ON prospects(stage_rank);

CREATE TRIGGER prospects_stage_rank_insert AFTER INSERT ON prospects
WHEN new.stage_rank IS NOT coalesce((SELECT position FROM stages WHERE key = new.status), 0)
BEGIN
    UPDATE prospects SET stage_rank = coalesce((SELECT position FROM stages WHERE key = new.status), 0)
    WHERE id = new.id;
END;

CREATE TRIGGER prospects_stage_rank_update AFTER UPDATE OF status ON prospects
BEGIN
    UPDATE prospects SET stage_rank = coalesce((SELECT position FROM stages WHERE key = new.status), 0)
    WHERE id = new.id;
END;

CREATE TRIGGER stages_rank_update AFTER UPDATE OF position ON stages
BEGIN
    UPDATE prospects SET stage_rank = new.position WHERE status = new.key;
END;

DROP TABLE prospects_fts;
CREATE VIRTUAL TABLE prospects_fts USING fts5(
    name, email, company, title, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO prospects_fts (rowid, name, email, company, title, notes)
SELECT p.id, p.first_name || ' ' || p.last_name, p.email, c.name, p.title, p.notes
FROM prospects p LEFT JOIN companies c ON c.id = p.company_id;

-- The owner filter and its list of owners (few prospects have one until a team shares a workspace).
CREATE INDEX prospects_owner ON prospects(owner) WHERE owner IS NOT NULL;
