-- Papershelf library, schema version 4: highlights and the names of their colours (issue 11).
-- A highlight marks a passage of a paper's title or abstract. It is anchored by its quote and the offset where it
-- was made, never by the offset alone, so that a re-import that changes the text finds it again (QuoteAnchor); a
-- highlight whose quote is gone is kept. Deleting a paper for good (emptying the Trash) deletes its highlights.
CREATE TABLE highlights (
    id         INTEGER PRIMARY KEY,
    paper_id   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    field      TEXT NOT NULL CHECK (field IN ('title', 'abstract')),
    start      INTEGER NOT NULL CHECK (start >= 0),
    quote      TEXT NOT NULL CHECK (quote <> ''),
    color      INTEGER NOT NULL CHECK (color BETWEEN 0 AND 3),
    comment    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,  -- ISO instant
    changed_at TEXT NOT NULL
);
CREATE INDEX highlights_paper ON highlights (paper_id, id);

-- The four colours' names, which the user may change.
CREATE TABLE highlight_colors (
    color INTEGER PRIMARY KEY CHECK (color BETWEEN 0 AND 3),
    name  TEXT NOT NULL
);
INSERT INTO highlight_colors (color, name) VALUES (0, 'Important'), (1, 'Question'), (2, 'Method'), (3, 'Result');

-- "Annotated" (a note or a highlight) counts from this small index and highlights_paper, never from the wide rows.
CREATE INDEX papers_noted ON papers (id) WHERE notes <> '' AND deleted_at IS NULL;

-- Search covers highlights and their comments through the index's notes column (SearchIndex reads them with the
-- note). No paper has a highlight yet, so the index needs no rebuilding here.
