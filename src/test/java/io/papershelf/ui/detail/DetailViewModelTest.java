package io.papershelf.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.library.Library;
import io.papershelf.ui.common.ViewModelFixture;

/** The detail pane's view model and the notes autosave as plain objects: nothing typed is lost. */
class DetailViewModelTest extends ViewModelFixture {
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
        long c = id("The Collaboration Gap");
        NotesAutosave notes = new NotesAutosave(library, executor, debouncer, x -> { });
        sql("CREATE TRIGGER full_disk BEFORE UPDATE OF notes ON papers "
                + "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"); // every note's save now fails
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

        notes.follow(b, ""); // a's text waits again, for another occasion
        executor.runAll();
        sql("DROP TRIGGER full_disk"); // room on the disk again
        notes.follow(c, ""); // the next occasion tries a's text again, and it is saved
        executor.runAll();
        assertThat(library.paper(a).orElseThrow().notes()).isEqualTo("Precious words");
        assertThat(notes.hasUnsavedText()).isFalse();
        assertThat(notes.failureProperty().get()).isEmpty();
    }

    private void sql(String statement) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
             java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        }
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
        // And back: unread, the tag taken off, in the library too.
        detail.toggleRead();
        detail.removeTag(List.of(a), "knowledge graphs");
        executor.runAll();
        assertThat(detail.paperProperty().get().read()).isFalse();
        assertThat(detail.paperProperty().get().tags()).isEmpty();
        assertThat(library.paper(a).orElseThrow().read()).isFalse();
        assertThat(library.paper(a).orElseThrow().tags()).isEmpty();
        assertThat(library.tags()).singleElement().satisfies(t -> assertThat(t.count()).isZero());
        assertThat(changed).hasSize(4);
        detail.select(List.of(a, id("InteractComp")));
        assertThat(detail.paperProperty().get()).isNull();
        assertThat(detail.selectionSizeProperty().get()).isEqualTo(2);
    }
}
