package io.papershelf.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlScriptTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = """
            -- a comment; with a semicolon
            CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT DEFAULT 'x;y', "b;c" INTEGER, n INTEGER DEFAULT 0);
            CREATE TABLE log (what TEXT); /* a block comment; also with one */
            CREATE TRIGGER t_changed
                AFTER UPDATE OF a ON t
            BEGIN
                UPDATE t SET n = n + 1 WHERE id = NEW.id; -- inside the body
                INSERT INTO log (what) VALUES (CASE WHEN NEW.a = 'end;' THEN 'odd' ELSE 'ok' END);
            END;
            create temp trigger t_gone after delete on t begin insert into log values ('gone'); end;
            INSERT INTO t (id, a) VALUES (1, 'it''s; fine');
            """;

    @Test
    void triggersOverManyLinesStringsAndCommentsStayWhole() {
        assertThat(SqlScript.statements(SCRIPT)).hasSize(5)
                .allSatisfy(s -> assertThat(s).endsWith(";").doesNotContain("--").doesNotContain("/*"))
                .anySatisfy(s -> assertThat(s).startsWith("CREATE TRIGGER t_changed").endsWith("END;")
                        .contains("THEN 'odd' ELSE 'ok' END);"))
                .anySatisfy(s -> assertThat(s).startsWith("create temp trigger").endsWith("end;"))
                .anySatisfy(s -> assertThat(s).isEqualTo("INSERT INTO t (id, a) VALUES (1, 'it''s; fine');"));
    }

    @Test
    void theStatementsRunAndTheTriggerFires() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
             Statement s = c.createStatement()) {
            for (String sql : SqlScript.statements(SCRIPT)) {
                s.execute(sql);
            }
            s.execute("UPDATE t SET a = 'end;' WHERE id = 1");
            try (ResultSet rs = s.executeQuery("SELECT n, a, (SELECT group_concat(what) FROM log) FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("end;");
                assertThat(rs.getString(3)).isEqualTo("odd");
            }
        }
    }

    @Test
    void theMigrationsSplitIntoWholeStatements() {
        for (String m : Database.MIGRATION_FILES) {
            assertThat(Migrations.statements(m)).isNotEmpty().allSatisfy(s -> assertThat(s).endsWith(";"));
        }
        assertThat(Migrations.statements("V2__list_and_search_speed.sql"))
                .anySatisfy(s -> assertThat(s).startsWith("CREATE TRIGGER papers_row_version").contains(" BEGIN ")
                        .endsWith("END;"));
        // A later migration may write a trigger over many lines (the test migration does).
        assertThat(Migrations.statements("V9__test_highlights.sql"))
                .anySatisfy(s -> assertThat(s).startsWith("CREATE TRIGGER test_excerpts_touch").contains("\nBEGIN\n")
                        .endsWith("END;"));
    }
}
