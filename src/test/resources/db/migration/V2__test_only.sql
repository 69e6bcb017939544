-- A second schema version that exists only in the tests, to exercise a migration from version 1.
CREATE TABLE test_only_marker (x INTEGER);
