-- Papershelf library, schema version 2: what keeps the list and search fast at 100,000 papers
-- (docs/performance.md).

-- row_version counts the changes to what the paper list shows of a paper, so that the library can keep the
-- rows it has read and read again only those that changed. A trigger bumps it, so no writer can forget to.
-- (The trigger stays on one line as first released, so that new libraries store the same schema text as older
-- ones; SqlScript splits a trigger written over many lines as well.)
ALTER TABLE papers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER papers_row_version AFTER UPDATE OF title, organization, author_count, authors, published, upvotes, comments, is_read, has_code, tags_text, added_at ON papers BEGIN UPDATE papers SET row_version = row_version + 1 WHERE id = NEW.id; END;

-- The list's filters and the sidebar's counts read this narrow index alone, never the wide rows with their
-- abstracts. It starts like papers_deleted did, so it replaces it.
DROP INDEX papers_deleted;
CREATE INDEX papers_list ON papers (deleted_at, id, is_read, has_code, added_at, row_version);

-- Prefix indexes of 2 and 3 characters for search as you type: without them FTS5 merges the entries of
-- every term that starts with "tr" to answer "tr*". They about double the index on disk (at 100,000 papers,
-- 110 MB to 250 MB) and add a third to the time to index an import. (detail = column would halve it again,
-- but a quoted word that the tokenizer splits in two is a phrase, which that mode refuses with an error.)
-- The index is built again from papers.
DROP TABLE paper_search;
CREATE VIRTUAL TABLE paper_search USING fts5 (
    title, abstract, organization, notes, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- Up to 8 MB of new entries are held in memory before they are written out as a segment (1 MB by
-- default): an import of 10,000 papers then writes far fewer segments to merge, and indexes in 40% less time.
INSERT INTO paper_search (paper_search, rank) VALUES ('hashsize', 8388608);
INSERT INTO paper_search (rowid, title, abstract, organization, notes, tags)
    SELECT id, title, abstract, coalesce(organization, '') || ' ' || coalesce(organization_handle, ''), notes, tags_text
    FROM papers;
