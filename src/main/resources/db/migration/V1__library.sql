-- Papershelf library, schema version 1.
-- Lists (authors, links, GitHub repositories, suggested tags) are JSON arrays in TEXT columns: they are
-- read and written whole, never queried inside.

CREATE TABLE papers (
    id                  INTEGER PRIMARY KEY,
    arxiv_id            TEXT UNIQUE,
    title               TEXT NOT NULL,
    title_key           TEXT NOT NULL,
    abstract            TEXT NOT NULL DEFAULT '',
    authors             TEXT NOT NULL DEFAULT '[]',
    author_count        INTEGER,
    organization        TEXT,
    organization_handle TEXT,
    published           TEXT,              -- ISO date
    upvotes             INTEGER,           -- NULL: unknown
    comments            INTEGER NOT NULL DEFAULT 0,
    links               TEXT NOT NULL DEFAULT '[]',
    github_urls         TEXT NOT NULL DEFAULT '[]',
    has_code            INTEGER NOT NULL DEFAULT 0,
    project_page        TEXT,
    github_stars        INTEGER,
    suggested_tags      TEXT NOT NULL DEFAULT '[]',
    is_read             INTEGER NOT NULL DEFAULT 0,
    read_changed_at     TEXT,              -- ISO instant of the last read/unread change
    notes               TEXT NOT NULL DEFAULT '',
    notes_changed_at    TEXT,
    tags_text           TEXT NOT NULL DEFAULT '', -- tag names, one per line: the search index reads it
    added_at            TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT               -- set while the paper is in the Trash
);
CREATE INDEX papers_title_key ON papers (title_key);
CREATE INDEX papers_deleted ON papers (deleted_at);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT
);

CREATE TABLE paper_tags (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (paper_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX paper_tags_tag ON paper_tags (tag_id, paper_id);

CREATE TABLE listings (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    listing_date TEXT,
    format       TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    UNIQUE (file_name, listing_date)
);

CREATE TABLE paper_sources (
    paper_id   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    listing_id INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    PRIMARY KEY (paper_id, listing_id)
) WITHOUT ROWID;
CREATE INDEX paper_sources_listing ON paper_sources (listing_id, paper_id);

-- Contentless full-text index: it keeps only the index, the text lives in papers. Rows are written by
-- SearchIndex in bulk (INSERT ... SELECT), which is far faster than a trigger per row.
CREATE VIRTUAL TABLE paper_search USING fts5 (
    title, abstract, organization, notes, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
