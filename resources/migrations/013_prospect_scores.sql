-- Version 13: lead scores in their own narrow table. Scoring rewrites every score when the ideal
-- customer changes; rewriting a million (id, score) pairs is a few megabytes, rewriting a million
-- prospect rows was hundreds. Every prospect has exactly one row here (the triggers keep it so).
CREATE TABLE prospect_scores (
    prospect_id INTEGER PRIMARY KEY,
    score INTEGER NOT NULL DEFAULT 0
);
INSERT INTO prospect_scores (prospect_id, score) SELECT id, score FROM prospects;
CREATE INDEX prospect_scores_score ON prospect_scores(score);
DROP INDEX prospects_score;
ALTER TABLE prospects DROP COLUMN score;
CREATE TRIGGER prospects_score_insert AFTER INSERT ON prospects
BEGIN
    INSERT INTO prospect_scores (prospect_id) VALUES (new.id);
END;
CREATE TRIGGER prospects_score_delete AFTER DELETE ON prospects
BEGIN
    DELETE FROM prospect_scores WHERE prospect_id = old.id;
END;
