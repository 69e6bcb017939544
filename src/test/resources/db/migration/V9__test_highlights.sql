-- A table as a later migration might add one (tests of CompactBackup: such tables are backed up too).
CREATE TABLE highlights (
    id       INTEGER PRIMARY KEY,
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    quote    TEXT NOT NULL
);
CREATE INDEX highlights_paper ON highlights (paper_id);
CREATE TRIGGER highlights_touch
    AFTER INSERT ON highlights
BEGIN
    UPDATE papers SET notes_changed_at = notes_changed_at WHERE id = NEW.paper_id;
END;
