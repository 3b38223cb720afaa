-- Version 15: the local REST API. Keys for scripts and integrations: only a hash of the secret is
-- kept; revoking a key stops its tokens at once. The last requests are kept for Settings › API.
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    scopes TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER,
    last_used_at INTEGER
);
CREATE TABLE api_requests (
    id INTEGER PRIMARY KEY,
    client_id TEXT,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    status INTEGER NOT NULL,
    ms REAL NOT NULL,
    remote TEXT,
    at INTEGER NOT NULL
);
CREATE INDEX api_requests_at ON api_requests(at);
