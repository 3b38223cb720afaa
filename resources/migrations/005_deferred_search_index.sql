-- Version 5: bulk writers (import, demo data) may defer the search index for the length of one
-- transaction. While search_index_deferred holds its row, the insert and update triggers stand aside
-- and the writer reindexes the rows it touched in one statement before it commits; the row never
-- outlives the transaction, so no other connection ever sees the index stale.

CREATE TABLE search_index_deferred (
    only INTEGER PRIMARY KEY CHECK (only = 1)
);

DROP TRIGGER prospects_fts_insert;
CREATE TRIGGER prospects_fts_insert AFTER INSERT ON prospects
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred)
BEGIN
    INSERT INTO prospects_fts (rowid, name, email, company, title, notes)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.email,
            (SELECT name FROM companies WHERE id = new.company_id), new.title, new.notes);
END;

DROP TRIGGER prospects_fts_update;
CREATE TRIGGER prospects_fts_update AFTER UPDATE OF first_name, last_name, email, company_id, title, notes ON prospects
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred)
BEGIN
    DELETE FROM prospects_fts WHERE rowid = old.id;
    INSERT INTO prospects_fts (rowid, name, email, company, title, notes)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.email,
            (SELECT name FROM companies WHERE id = new.company_id), new.title, new.notes);
END;
