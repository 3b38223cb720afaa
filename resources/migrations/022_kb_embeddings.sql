-- Version 22: embeddings of the knowledge base's chunks, for hybrid retrieval (BM25 fused with
-- vector similarity). One row per chunk, for the one model it was embedded with: switching models
-- re-embeds the chunk (its row is replaced), since vectors of two models do not share a space and
-- are never compared. The vector is float32 little-endian, L2-normalised when stored, so cosine
-- similarity is a dot product; brute force over one model's rows is fast enough for a rep's own
-- documents. A removed document takes its chunks' embeddings along (ON DELETE CASCADE).

CREATE TABLE kb_embeddings (
    chunk_id INTEGER PRIMARY KEY REFERENCES kb_chunks(id) ON DELETE CASCADE,
    model TEXT NOT NULL, -- the embedding model's name as the provider knows it
    dims INTEGER NOT NULL CHECK (dims > 0),
    vector BLOB NOT NULL -- dims float32 values, little-endian
);

-- Vector search reads one model's rows; the missing-embeddings list joins on it.
CREATE INDEX kb_embeddings_model ON kb_embeddings (model);
