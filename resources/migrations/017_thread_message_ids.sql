-- Version 17: threading as mail clients do it (JWZ's algorithm, as notmuch and Thunderbird keep it).
-- Every Message-ID an account has seen maps to one thread: those of the messages it holds and those
-- only named in References or In-Reply-To (placeholders for parents that never arrived). A message
-- joins the thread of any id it names or is named by; when its ids lie in several threads, those are
-- one conversation and are merged into the oldest (models/repositories/ThreadLinker).
CREATE TABLE thread_message_ids (
    account_id INTEGER NOT NULL REFERENCES mail_accounts(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL,
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, message_id)
) WITHOUT ROWID;
CREATE INDEX thread_message_ids_thread ON thread_message_ids(thread_id);
-- Its one reader was the earlier threading ("replies stored before a message join its thread"), which
-- the table above replaces: one index fewer to write per message stored.
DROP INDEX messages_in_reply_to;
-- What else names a thread, found by it when threads merge.
CREATE INDEX drafts_thread ON drafts(thread_id);
CREATE INDEX activities_ref ON activities(ref_table, ref_id);

-- The ids every stored message names, with its thread: its own, In-Reply-To, and References (stored
-- space-separated). The work tables declare their columns: made AS SELECT from a CTE they would be
-- untyped, and the planner would not use their indexes to compare them with threads.id.
CREATE TEMP TABLE upgrade_links (account_id INTEGER NOT NULL, thread_id INTEGER NOT NULL, message_id TEXT NOT NULL);
INSERT INTO upgrade_links (account_id, thread_id, message_id)
WITH RECURSIVE refs(account_id, thread_id, rest, id) AS (
    SELECT account_id, thread_id, references_header || ' ', NULL FROM messages
    WHERE account_id IS NOT NULL AND thread_id IS NOT NULL AND references_header IS NOT NULL
    UNION ALL
    SELECT account_id, thread_id, substr(rest, instr(rest, ' ') + 1), substr(rest, 1, instr(rest, ' ') - 1)
    FROM refs WHERE rest <> ''
)
SELECT account_id, thread_id, id AS message_id FROM refs WHERE id IS NOT NULL AND id <> ''
UNION
SELECT account_id, thread_id, message_id FROM messages
WHERE account_id IS NOT NULL AND thread_id IS NOT NULL AND message_id IS NOT NULL AND message_id <> ''
UNION
SELECT account_id, thread_id, in_reply_to FROM messages
WHERE account_id IS NOT NULL AND thread_id IS NOT NULL AND in_reply_to IS NOT NULL AND in_reply_to <> '';
CREATE INDEX upgrade_links_id ON upgrade_links(account_id, message_id);

-- Threads the earlier threading kept apart although they name a common id: each goes into the oldest
-- thread of its conversation (connected through shared ids).
CREATE TEMP TABLE upgrade_pairs (a INTEGER NOT NULL, b INTEGER NOT NULL);
INSERT INTO upgrade_pairs (a, b)
SELECT DISTINCT x.thread_id, y.thread_id FROM upgrade_links x
JOIN upgrade_links y ON y.account_id = x.account_id AND y.message_id = x.message_id
WHERE x.thread_id <> y.thread_id;
CREATE INDEX upgrade_pairs_a ON upgrade_pairs(a);
CREATE TEMP TABLE upgrade_merges (merged INTEGER PRIMARY KEY, survivor INTEGER NOT NULL);
INSERT INTO upgrade_merges (merged, survivor)
WITH RECURSIVE reach(thread_id, other) AS (
    SELECT DISTINCT a, a FROM upgrade_pairs
    UNION
    SELECT reach.thread_id, upgrade_pairs.b FROM reach JOIN upgrade_pairs ON upgrade_pairs.a = reach.other
)
SELECT thread_id, min(other) FROM reach GROUP BY thread_id HAVING min(other) < thread_id;
CREATE INDEX upgrade_merges_survivor ON upgrade_merges(survivor);

-- The survivor keeps the latest time, the oldest creation time, its prospect (else that of a merged
-- thread) and the category of the thread with the latest message (the thread's category is that of its
-- latest inbound message).
UPDATE threads SET
    last_message_at = max(coalesce(last_message_at, 0),
                          (SELECT max(coalesce(t.last_message_at, 0)) FROM upgrade_merges g
                           JOIN threads t ON t.id = g.merged WHERE g.survivor = threads.id)),
    prospect_id = coalesce(prospect_id, (SELECT t.prospect_id FROM upgrade_merges g JOIN threads t ON t.id = g.merged
                                         WHERE g.survivor = threads.id AND t.prospect_id IS NOT NULL
                                         ORDER BY coalesce(t.last_message_at, 0) DESC, t.id LIMIT 1)),
    classification = CASE
        WHEN classification IS NULL OR coalesce(last_message_at, 0) <
             (SELECT max(coalesce(t.last_message_at, 0)) FROM upgrade_merges g JOIN threads t ON t.id = g.merged
              WHERE g.survivor = threads.id AND t.classification IS NOT NULL)
        THEN coalesce((SELECT t.classification FROM upgrade_merges g JOIN threads t ON t.id = g.merged
                       WHERE g.survivor = threads.id AND t.classification IS NOT NULL
                       ORDER BY coalesce(t.last_message_at, 0) DESC, t.id LIMIT 1), classification)
        ELSE classification END,
    created_at = min(created_at, coalesce((SELECT min(t.created_at) FROM upgrade_merges g
                                           JOIN threads t ON t.id = g.merged WHERE g.survivor = threads.id), created_at))
WHERE id IN (SELECT survivor FROM upgrade_merges);
UPDATE messages SET thread_id = (SELECT survivor FROM upgrade_merges WHERE merged = messages.thread_id)
WHERE thread_id IN (SELECT merged FROM upgrade_merges);
UPDATE drafts SET thread_id = (SELECT survivor FROM upgrade_merges WHERE merged = drafts.thread_id)
WHERE thread_id IN (SELECT merged FROM upgrade_merges);
UPDATE activities SET ref_id = (SELECT survivor FROM upgrade_merges WHERE merged = activities.ref_id)
WHERE ref_table = 'threads' AND ref_id IN (SELECT merged FROM upgrade_merges);
DELETE FROM threads WHERE id IN (SELECT merged FROM upgrade_merges);

INSERT INTO thread_message_ids (account_id, message_id, thread_id)
SELECT DISTINCT l.account_id, l.message_id, coalesce(g.survivor, l.thread_id)
FROM upgrade_links l LEFT JOIN upgrade_merges g ON g.merged = l.thread_id;

DROP TABLE upgrade_links;
DROP TABLE upgrade_pairs;
DROP TABLE upgrade_merges;
