-- Papershelf library, schema version 5: a listing's own order, row versions that see notes, summaries and
-- highlights, and an index for the statistics (issue 16; docs/performance.md, docs/decisions/0021).

-- The list keeps the rows it has read and reads a row again when its row_version changes (V2). Notes (the
-- list's note mark), the summary (shown under the title) and highlights (the Annotated view) count too, so that
-- a change by another process or a merge shows without a restart. Every trigger stays on one line, as V2's.
DROP TRIGGER papers_row_version;
CREATE TRIGGER papers_row_version AFTER UPDATE OF title, organization, author_count, authors, published, upvotes, comments, is_read, has_code, tags_text, added_at, notes, summary ON papers BEGIN UPDATE papers SET row_version = row_version + 1 WHERE id = NEW.id; END;
CREATE TRIGGER highlights_added AFTER INSERT ON highlights BEGIN UPDATE papers SET row_version = row_version + 1 WHERE id = NEW.paper_id; END;
CREATE TRIGGER highlights_changed AFTER UPDATE ON highlights BEGIN UPDATE papers SET row_version = row_version + 1 WHERE id IN (OLD.paper_id, NEW.paper_id); END;
CREATE TRIGGER highlights_removed AFTER DELETE ON highlights BEGIN UPDATE papers SET row_version = row_version + 1 WHERE id = OLD.paper_id; END;

-- Where each paper stands in each listing (0 for the first card): a listing shows its papers in its own order,
-- also those an earlier listing brought. Papers listed before this version keep the order they had, the order
-- they first came into the library, which is each listing's own order unless an earlier one brought some.
ALTER TABLE paper_sources ADD COLUMN position INTEGER;
UPDATE paper_sources SET position = ranked.position
    FROM (SELECT paper_id, listing_id, row_number() OVER (PARTITION BY listing_id ORDER BY paper_id) - 1 AS position
          FROM paper_sources) AS ranked
    WHERE ranked.paper_id = paper_sources.paper_id AND ranked.listing_id = paper_sources.listing_id;
DROP INDEX paper_sources_listing;
CREATE INDEX paper_sources_listing ON paper_sources (listing_id, position, paper_id);

-- The statistics (StatsQuery) count organisations and read times from this index alone instead of every paper's
-- wide row: at 100,000 papers 250 ms became 79 ms, for about 5 MB and a few ms an import of 10,000 papers.
CREATE INDEX papers_stats ON papers (deleted_at, organization, is_read, read_changed_at, added_at);
