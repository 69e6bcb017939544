package io.papershelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;

class CommandLineTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void importsListsAndReimportsTheSample() {
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        CliRun first = run("import", "--listing-date", "2026-05-20", sample.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo("Imported daily-papers-search-2026-05-20.txt: 50 papers (50 new, 0 updated, 0 unchanged)\n");
        assertThat(first.err()).isEmpty();

        CliRun again = run("import", "--listing-date", "2026-05-20", sample.toString());
        assertThat(again.out()).isEqualTo("Imported daily-papers-search-2026-05-20.txt: 50 papers (0 new, 0 updated, 50 unchanged)\n");

        CliRun list = run("list", "--unread");
        assertThat(list.code()).isZero();
        assertThat(list.lines()).hasSize(50);
        assertThat(list.lines()[0]).isEqualTo("How Many Heads Make an SSM? A Unified Framework for Attention and State "
                + "Space Models\t2025-12-17\t1 author\tunread\t");
        assertThat(run("list", "--read").lines()).isEmpty();
        assertThat(run("list", "--query", "Microsoft").lines()).singleElement().asString()
                .startsWith("The Collaboration Gap\t2025-11-04\tMicrosoft Research\tunread");
        assertThat(run("list", "--query", "\"(AND*").code()).isZero();
        assertThat(run("list", "--tag", "nothing").lines()).isEmpty();
    }

    @Test
    void exportsNotesToAFolderThatIsRequired() throws Exception {
        run("import", "--listing-date", "2026-05-20", TestFiles.copy(TestFiles.DAILY, dir).toString());
        CliRun missing = run("export", "--format", "notes");
        assertThat(missing.code()).isEqualTo(PapershelfCommand.USAGE);
        assertThat(missing.err()).contains("export --format notes writes a folder of Markdown files: give it with "
                + "--output FOLDER.");
        try (io.papershelf.library.Library library = io.papershelf.library.Library.open(dir.resolve("library.db"))) {
            library.saveNotes(library.papers().get(0).id(), "# Worth it\n- [ ] reread");
        }
        Path folder = dir.resolve("notes");
        CliRun done = run("export", "--format", "notes", "--output", folder.toString());
        assertThat(done.code()).isZero();
        assertThat(done.out()).isEqualTo("Exported notes to " + folder.toAbsolutePath() + ": 1 new, 0 updated, "
                + "0 unchanged.\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("How Many Heads Make an SSM A "
                    + "Unified Framework for Attention and State Space (anon2025many).md");
        }
        assertThat(run("export", "--format", "notes", "--output", folder.toString()).out())
                .endsWith(": 0 new, 0 updated, 1 unchanged.\n");
    }

    @Test
    void exportsJsonToStandardOutputOrAFile() throws Exception {
        run("import", "--listing-date", "2026-05-20", TestFiles.copy(TestFiles.DAILY, dir).toString());
        CliRun json = run("export", "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).startsWith("{").contains("\"format\" : \"papershelf\"", "\"version\" : 3");
        Path out = dir.resolve("library.json");
        assertThat(run("export", "--format", "json", "--output", out.toString()).out()).isEmpty();
        String masked = "\"exportedAt\" : \"[^\"]+\"";
        assertThat(Files.readString(out).replaceAll(masked, "T").strip())
                .isEqualTo(json.out().replaceAll(masked, "T").strip())
                .contains("\"title\" : \"The Collaboration Gap\"");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void exportsBibtexCsvAndMarkdown() {
        run("import", "--listing-date", "2026-05-20", TestFiles.copy(TestFiles.DAILY, dir).toString());
        CliRun bib = run("export", "--format", "bibtex");
        assertThat(bib.code()).isZero();
        assertThat(bib.out()).contains("@misc{", "title = {{The Collaboration Gap}}");
        assertThat(bib.out().split("\n@", -1)).hasSize(50);
        CliRun csv = run("export", "--format", "csv");
        assertThat(csv.lines()).hasSizeGreaterThan(50);
        assertThat(csv.lines()[0]).startsWith("title,");
        CliRun md = run("export", "--format", "markdown");
        assertThat(md.out()).startsWith("# Reading list").contains("- [ ] ");
    }

    @Test
    void badInputExitsWithOneAndChangesNothing() {
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        Path bad = TestFiles.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0, 1, 2});
        CliRun r = run("import", sample.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("photo.jpg: the file holds binary data, not text; save the listing page "
                + "as text, HTML, Markdown or JSON.");
        assertThat(run("list").lines()).isEmpty();

        CliRun missing = run("import", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("nope.txt: cannot be read (NoSuchFileException").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("import").code()).isEqualTo(2);
        assertThat(run("list", "--read", "--unread").code()).isEqualTo(2);
        assertThat(run("export", "--format", "pdf").code()).isEqualTo(2);
        assertThat(run("import", "--listing-date", "yesterday", "x.txt").code()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"import", "export", "list"}) {
            CliRun help = run(cmd, "--help");
            assertThat(help.code()).as(cmd).isZero();
            assertThat(help.out()).as(cmd).contains("Usage: papershelf " + cmd);
        }
        assertThat(run("--version").out()).startsWith("Papershelf ");
    }

    @Test
    void aLibraryFromTheFutureIsRefusedWithOneSentence() throws Exception {
        Path lib = dir.resolve("library.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + lib); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 42");
            s.execute("CREATE TABLE x (y)");
        }
        CliRun r = run("list");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("The library ").endsWith("it was left untouched.").doesNotContain("\n");

        // The import opens the library while it reads the file: the library's refusal is told all the same.
        CliRun imported = run("import", TestFiles.copy(TestFiles.DAILY, dir).toString());
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.out()).isEmpty();
        assertThat(imported.err().strip()).startsWith("The library ").endsWith("it was left untouched.")
                .doesNotContain("\n");
    }

    @Test
    void anUnreadableFileImportsNothingAndTakesNoDailyBackup() throws Exception {
        Path library = dir.resolve("library.db");
        Path data = dir.resolve("data");
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        Instant yesterday = Instant.parse("2026-05-19T10:00:00Z");
        assertThat(CliRun.of(library, data, Clock.fixed(yesterday, ZoneOffset.UTC), "import", "--listing-date",
                "2026-05-19", sample.toString()).code()).isZero();
        List<Path> backups = backups(data.resolve("backups"));
        assertThat(backups).hasSize(1); // yesterday's

        Path bad = TestFiles.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0, 1, 2});
        Clock today = Clock.fixed(yesterday.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        CliRun r = CliRun.of(library, data, today, "import", sample.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("photo.jpg: the file holds binary data");
        assertThat(backups(data.resolve("backups"))).isEqualTo(backups);
        assertThat(CliRun.of(library, data, today, "list").lines()).hasSize(50);
    }

    @Test
    void aNewLibraryIsNotLeftBehindWhenAFileCannotBeRead() throws Exception {
        Path library = dir.resolve("new/folder/library.db");
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        Path bad = TestFiles.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0, 1, 2});
        CliRun r = CliRun.of(library, dir.resolve("data"), Clock.systemDefaultZone(), "import", sample.toString(),
                bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("photo.jpg: the file holds binary data");
        assertThat(dir.resolve("new")).as("the library and the folders made for it").doesNotExist();
    }

    @Test
    void aLibraryOfAnOlderFormatIsNotUpdatedWhenAFileCannotBeRead() throws Exception {
        Path library = TestFiles.schema4Library(Files.createDirectories(dir.resolve("old")));
        byte[] before = Files.readAllBytes(library);
        Path bad = TestFiles.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0, 1, 2});
        CliRun r = CliRun.of(library, dir.resolve("data"), Clock.systemDefaultZone(), "import", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readAllBytes(library)).as("the library's file").isEqualTo(before);
        try (var files = Files.list(library.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no copy taken before an update")
                    .noneMatch(name -> name.endsWith(".bak"));
        }
        // A good file then updates it and imports.
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        assertThat(CliRun.of(library, dir.resolve("data"), Clock.systemDefaultZone(), "import", sample.toString())
                .code()).isZero();
        assertThat(io.papershelf.library.Library.needsUpdate(library)).isFalse();
    }

    private static List<Path> backups(Path folder) throws Exception {
        try (var list = Files.list(folder)) {
            return list.filter(f -> f.toString().endsWith(".backup")).sorted().toList();
        }
    }
}
