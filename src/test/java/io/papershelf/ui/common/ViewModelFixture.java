package io.papershelf.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;

/**
 * What the view-model tests share: a real library holding the daily sample, a hand-run executor and
 * debouncer, the errors reported, no window.
 */
public abstract class ViewModelFixture {
    @TempDir
    protected Path dir;
    protected Library library;
    protected final ManualExecutor executor = new ManualExecutor();
    protected final ManualDebouncer debouncer = new ManualDebouncer();
    protected final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir.resolve("library.db"));
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** The id of the sample paper whose title starts so. */
    protected long id(String titleStart) throws Exception {
        return library.rows(PaperFilter.ALL).stream().filter(r -> r.title().startsWith(titleStart)).findFirst()
                .orElseThrow().id();
    }
}
