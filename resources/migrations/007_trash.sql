-- Version 7: deleting prospects can be undone. A deleted prospect stays in its row with deleted_at set
-- (hidden from every view, export and outbound action) until housekeeping purges it 30 days later;
-- undo clears deleted_at. The search index only ever holds live prospects, so a search can be counted
-- from the index alone.

ALTER TABLE prospects ADD COLUMN deleted_at INTEGER;
CREATE INDEX prospects_deleted ON prospects(deleted_at);

DROP TRIGGER prospects_fts_insert;
CREATE TRIGGER prospects_fts_insert AFTER INSERT ON prospects
WHEN new.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM search_index_deferred)
BEGIN
    INSERT INTO prospects_fts (rowid, name, email, company, title, notes)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.email,
            (SELECT name FROM companies WHERE id = new.company_id), new.title, new.notes);
END;

DROP TRIGGER prospects_fts_update;
CREATE TRIGGER prospects_fts_update
AFTER UPDATE OF first_name, last_name, email, company_id, title, notes, deleted_at ON prospects
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred)
BEGIN
    DELETE FROM prospects_fts WHERE rowid = old.id;
    INSERT INTO prospects_fts (rowid, name, email, company, title, notes)
    SELECT new.id, new.first_name || ' ' || new.last_name, new.email,
           (SELECT name FROM companies WHERE id = new.company_id), new.title, new.notes
    WHERE new.deleted_at IS NULL;
END;
