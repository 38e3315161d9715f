-- Schema 1: conversations, messages (with voice notes), personas, and full-text search.
-- Times are Unix seconds (UTC) as REAL. Message ids grow with time, so "newest first" is ORDER BY id.

CREATE TABLE personas (
    name        TEXT PRIMARY KEY,
    data        TEXT NOT NULL,              -- JSON: system prompt, model, voice, starters, ...
    builtin     INTEGER NOT NULL DEFAULT 0,
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL
);

CREATE TABLE conversations (
    id          TEXT PRIMARY KEY,           -- a UUID: stable across export and import
    title       TEXT NOT NULL DEFAULT '',
    persona     TEXT NOT NULL DEFAULT '',
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL,
    pinned      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_by_update ON conversations (pinned DESC, updated_at DESC);
CREATE INDEX conversations_by_persona ON conversations (persona, updated_at);

CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role             TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content          TEXT NOT NULL,
    created_at       REAL NOT NULL,
    interrupted      INTEGER NOT NULL DEFAULT 0,
    timings          TEXT                   -- JSON: per-stage timestamps of the turn
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
CREATE INDEX messages_by_time ON messages (created_at);

CREATE TABLE voice_notes (
    message_id   INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    codec        TEXT NOT NULL,             -- 'opus'
    sample_rate  INTEGER NOT NULL,
    duration     REAL NOT NULL,
    data         BLOB NOT NULL
);

CREATE VIRTUAL TABLE messages_fts USING fts5 (
    content,
    content = 'messages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
END;
