-- Papershelf library, schema version 3: what reference managers and Hugging Face know of a paper besides the
-- listing card (issue 13). Every column may be NULL; existing papers keep everything they had.
--   doi         the DOI without https://doi.org/ (papers_doi finds a paper by it, ignoring case)
--   entry_type  the BibTeX entry type in lower case: article, inproceedings, incollection, misc...
--   venue       the journal or book title; volume, issue, pages, publisher as the source wrote them
--   summary     a one-line summary (TL;DR), Hugging Face's ai_summary
-- published keeps its meaning (ISO text) and may now also be a year (2001) or a month (2001-03): the text
-- says how precise the date is. Dates already stored are full dates and stay so.
ALTER TABLE papers ADD COLUMN doi TEXT;
ALTER TABLE papers ADD COLUMN entry_type TEXT;
ALTER TABLE papers ADD COLUMN venue TEXT;
ALTER TABLE papers ADD COLUMN volume TEXT;
ALTER TABLE papers ADD COLUMN issue TEXT;
ALTER TABLE papers ADD COLUMN pages TEXT;
ALTER TABLE papers ADD COLUMN publisher TEXT;
ALTER TABLE papers ADD COLUMN summary TEXT;
CREATE INDEX papers_doi ON papers (lower(doi)) WHERE doi IS NOT NULL;
