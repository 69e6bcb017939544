-- A table as a later migration might add one (like highlights) (tests of CompactBackup: such tables are backed up too).
CREATE TABLE test_excerpts (
    id       INTEGER PRIMARY KEY,
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    quote    TEXT NOT NULL
);
CREATE INDEX test_excerpts_paper ON test_excerpts (paper_id);
CREATE TRIGGER test_excerpts_touch
    AFTER INSERT ON test_excerpts
BEGIN
    UPDATE papers SET notes_changed_at = notes_changed_at WHERE id = NEW.paper_id;
END;
