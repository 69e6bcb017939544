package io.papershelf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;

/** The view models as plain objects: a real library, a hand-run executor, no window. */
class ViewModelTest {
    @TempDir
    Path dir;
    Library library;
    ManualExecutor executor = new ManualExecutor();
    ManualDebouncer debouncer = new ManualDebouncer();
    List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir.resolve("library.db"));
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private long id(String titleStart) throws Exception {
        return library.rows(PaperFilter.ALL).stream().filter(r -> r.title().startsWith(titleStart)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void aStaleSearchNeverShowsOverANewerOne() {
        PaperListViewModel list = new PaperListViewModel(library, executor, errors::add);
        list.queryProperty().set("recommender");
        list.reload();
        list.queryProperty().set("Microsoft");
        list.reload();
        executor.runNewest(); // the newer query answers first
        assertThat(list.rows()).extracting(PaperRow::title).containsExactly("The Collaboration Gap");
        executor.runAll(); // the older one arrives late and is dropped
        assertThat(list.rows()).extracting(PaperRow::title).containsExactly("The Collaboration Gap");
        assertThat(list.loadingProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void theSidebarFilterAndTheQueryCombine() throws Exception {
        library.setRead(List.of(id("The Collaboration Gap")), true);
        PaperListViewModel list = new PaperListViewModel(library, executor, errors::add);
        list.filterProperty().set(PaperFilter.ALL.withReadState(ReadState.UNREAD));
        list.queryProperty().set("Microsoft");
        list.reload();
        executor.runAll();
        assertThat(list.rows()).isEmpty();
        list.filterProperty().set(PaperFilter.ALL.withReadState(ReadState.READ));
        executor.runAll();
        assertThat(list.rows()).extracting(PaperRow::title).containsExactly("The Collaboration Gap");
    }

    @Test
    void notesAreSavedAfterAPauseAndWhenThePaperChanges() throws Exception {
        long a = id("LowFER");
        long b = id("InteractComp");
        NotesAutosave notes = new NotesAutosave(library, executor, debouncer, x -> { });
        notes.follow(a, "");
        notes.edited("First thought");
        assertThat(notes.statusProperty().get()).isEqualTo(NotesAutosave.Status.UNSAVED);
        assertThat(debouncer.waiting()).isTrue();
        debouncer.elapse();
        executor.runAll();
        assertThat(notes.statusProperty().get()).isEqualTo(NotesAutosave.Status.SAVED);
        assertThat(library.paper(a).orElseThrow().notes()).isEqualTo("First thought");

        notes.edited("First thought, and a second");
        notes.follow(b, library.paper(b).orElseThrow().notes()); // another paper selected before the pause ended
        executor.runAll();
        assertThat(library.paper(a).orElseThrow().notes()).isEqualTo("First thought, and a second");
        assertThat(notes.text()).isEmpty();
    }

    @Test
    void aNoteThatCannotBeSavedIsKeptAndTriedAgain() throws Exception {
        long a = id("LowFER");
        long b = id("InteractComp");
        Library broken = Library.open(dir.resolve("other.db"));
        broken.close(); // every write now fails
        NotesAutosave notes = new NotesAutosave(broken, executor, debouncer, x -> { });
        notes.follow(a, "");
        notes.edited("Precious words");
        notes.flush();
        executor.runAll();
        assertThat(notes.statusProperty().get()).isEqualTo(NotesAutosave.Status.FAILED);
        assertThat(notes.failureProperty().get()).startsWith("Could not save the note in the library ");
        assertThat(notes.text()).isEqualTo("Precious words");
        assertThat(notes.hasUnsavedText()).isTrue();

        notes.follow(b, ""); // moving on retries, fails again, and keeps the text for paper a
        executor.runAll();
        assertThat(notes.hasUnsavedText()).isTrue();
        notes.follow(a, ""); // coming back shows what was typed, not the stale stored note
        assertThat(notes.text()).isEqualTo("Precious words");
        assertThat(notes.statusProperty().get()).isEqualTo(NotesAutosave.Status.UNSAVED);
    }

    @Test
    void detailMarksReadAndTagsThenAnnouncesTheChange() throws Exception {
        long a = id("LowFER");
        List<List<Long>> changed = new ArrayList<>();
        DetailViewModel detail = new DetailViewModel(library, executor, debouncer, changed::add, errors::add);
        detail.select(List.of(a));
        executor.runAll();
        assertThat(detail.paperProperty().get().title()).startsWith("LowFER");
        detail.toggleRead();
        detail.addTag(List.of(a), "  knowledge   graphs ");
        executor.runAll();
        assertThat(detail.paperProperty().get().read()).isTrue();
        assertThat(detail.paperProperty().get().tags()).containsExactly("knowledge graphs");
        assertThat(changed).containsExactly(List.of(a), List.of(a));
        detail.select(List.of(a, id("InteractComp")));
        assertThat(detail.paperProperty().get()).isNull();
        assertThat(detail.selectionSizeProperty().get()).isEqualTo(2);
    }

    @Test
    void sidebarCountsTagsAndListingsAndKeepsItsSelection() throws Exception {
        library.addTag(List.of(id("LowFER")), "graphs");
        SidebarViewModel sidebar = new SidebarViewModel(library, executor, errors::add);
        sidebar.refresh();
        executor.runAll();
        assertThat(sidebar.countsProperty().get().all()).isEqualTo(50);
        assertThat(sidebar.items()).extracting(SidebarItem::label).containsSubsequence("All papers", "Unread", "Read",
                "Has code", "Recently added", "Tags", "graphs", "Imported listings",
                "daily-papers-search-2026-05-20.txt", "Trash");
        sidebar.selectTag("graphs");
        sidebar.refresh();
        executor.runAll();
        assertThat(sidebar.selectedProperty().get().label()).isEqualTo("graphs");
        assertThat(sidebar.tagNames()).containsExactly("graphs");
    }
}
