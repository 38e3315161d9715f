-- Schema 2: full-text search with filters and fast prefixes (used by storage/search.py).
--
-- messages.search_facets holds one token per search filter, so that a filter is part of the FTS
-- query and costs no row lookups (a lookup decrypts a page: a post-filter over scattered hits cost
-- 150 ms in the 1M-message benchmark, the FTS intersection about 2 ms):
--     'r' || role          e.g. 'ruser'
--     'p' || hex(persona)  the conversation's persona, UTF-8 in hex: exact and never empty ('p')
-- Triggers keep it equal to that, also when a conversation's persona or a message's role changes.
-- messages_fts indexes content and search_facets (queries name the column), with a prefix index
-- for 2-, 3- and 4-character prefixes ("th*" read 876k postings without it: 100+ ms).
--
-- Invariant: a message is in messages_fts, with its current content and search_facets, exactly
-- when search_facets <> ''. It is '' only inside the INSERT trigger, which fills it in; a bulk
-- load may instead insert rows with their facets already computed.

DROP TRIGGER messages_fts_insert;
DROP TRIGGER messages_fts_delete;
DROP TRIGGER messages_fts_update;
DROP TABLE messages_fts;

ALTER TABLE messages ADD COLUMN search_facets TEXT NOT NULL DEFAULT '';
UPDATE messages SET search_facets = 'r' || role || ' p' || hex(coalesce(
    (SELECT persona FROM conversations AS c WHERE c.id = messages.conversation_id), ''));

CREATE VIRTUAL TABLE messages_fts USING fts5 (
    content,
    search_facets,
    content = 'messages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, content, search_facets)
        SELECT new.id, new.content, new.search_facets WHERE new.search_facets <> '';
    UPDATE messages SET search_facets = 'r' || new.role || ' p' || hex(coalesce(
            (SELECT persona FROM conversations WHERE id = new.conversation_id), ''))
        WHERE id = new.id AND new.search_facets = '';
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, content, search_facets)
        SELECT 'delete', old.id, old.content, old.search_facets WHERE old.search_facets <> '';
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, search_facets ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, content, search_facets)
        SELECT 'delete', old.id, old.content, old.search_facets WHERE old.search_facets <> '';
    INSERT INTO messages_fts (rowid, content, search_facets)
        SELECT new.id, new.content, new.search_facets WHERE new.search_facets <> '';
END;
CREATE TRIGGER messages_search_facets AFTER UPDATE OF role, conversation_id ON messages BEGIN
    UPDATE messages SET search_facets = 'r' || new.role || ' p' || hex(coalesce(
            (SELECT persona FROM conversations WHERE id = new.conversation_id), ''))
        WHERE id = new.id;
END;
CREATE TRIGGER conversations_search_facets AFTER UPDATE OF persona ON conversations BEGIN
    UPDATE messages SET search_facets = 'r' || role || ' p' || hex(new.persona)
        WHERE conversation_id = new.id;
END;
