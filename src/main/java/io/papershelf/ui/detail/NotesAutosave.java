package io.papershelf.ui.detail;

import java.time.Duration;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import io.papershelf.library.Library;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Debouncer;

/**
 * Saves a paper's note by itself: after a short pause in typing, when the editor loses focus, when
 * another paper is selected and when the window closes. Until the library confirms a save the text
 * stays "unsaved" and is tried again at the next occasion; the editor never throws away what was typed.
 */
public final class NotesAutosave {
    /** What the quiet indicator says. */
    public enum Status { SAVED, UNSAVED, SAVING, FAILED }

    public static final Duration PAUSE = Duration.ofMillis(700);

    private final Library library;
    private final BackgroundExecutor executor;
    private final Debouncer debouncer;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.SAVED);
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>("");
    private final Consumer<Long> onSaved;
    private long paperId = -1;
    private String text = "";
    private String savedText = "";
    /** Notes of papers no longer followed whose save failed: kept and tried again, never dropped. */
    private final java.util.Map<Long, String> pending = new java.util.LinkedHashMap<>();
    private final UnsavedText unsaved;

    public NotesAutosave(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers,
                         Consumer<Long> onSaved) {
        this(library, executor, debouncers, onSaved, new UnsavedText());
    }

    /** The same, recording what waits to be saved in {@code unsaved} (shared with the highlights' comments). */
    NotesAutosave(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers,
                  Consumer<Long> onSaved, UnsavedText unsaved) {
        this.unsaved = unsaved;
        this.library = library;
        this.executor = executor;
        this.onSaved = onSaved;
        this.debouncer = debouncers.create(PAUSE, this::flush);
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last save failed, in one sentence; empty otherwise. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Starts following another paper's note, saving the previous one first. */
    public void follow(long id, String storedText) {
        flush();
        paperId = id;
        savedText = storedText == null ? "" : storedText;
        // Text whose save failed earlier comes back into the editor, never the stale stored note.
        String unsaved = pending.remove(id);
        text = unsaved != null ? unsaved : savedText;
        failure.set("");
        status.set(text.equals(savedText) ? Status.SAVED : Status.UNSAVED);
    }

    /** The editor's text changed. */
    public void edited(String newText) {
        if (paperId < 0) {
            return;
        }
        text = newText == null ? "" : newText;
        if (!text.equals(savedText)) {
            unsaved.note(paperId, text);
            status.set(Status.UNSAVED);
            debouncer.poke();
        } else {
            unsaved.noteAsStored(paperId); // typed back to the stored note (a failed save of it is never pending)
        }
    }

    /** Saves now if anything is unsaved (focus lost, paper changed, window closing). */
    public void flush() {
        debouncer.cancel();
        retryPending();
        if (paperId < 0 || text.equals(savedText)) {
            return;
        }
        long id = paperId;
        String snapshot = text;
        status.set(Status.SAVING);
        save(id, snapshot);
    }

    private void retryPending() {
        if (pending.isEmpty()) {
            return;
        }
        new java.util.LinkedHashMap<>(pending).forEach(this::save);
    }

    private void save(long id, String snapshot) {
        unsaved.saving();
        executor.submit(() -> {
            try {
                library.saveNotes(id, snapshot);
                unsaved.noteSaved(id, snapshot);
            } finally {
                unsaved.saved();
            }
            return null;
        }, ignored -> {
            pending.remove(id, snapshot);
            if (id == paperId) {
                savedText = snapshot;
                failure.set("");
                status.set(snapshot.equals(text) ? Status.SAVED : Status.UNSAVED);
            }
            onSaved.accept(id);
        }, e -> {
            String reason = e.getMessage() == null ? "The note could not be saved." : e.getMessage();
            if (id == paperId) {
                failure.set(reason);
                status.set(Status.FAILED);
            } else {
                pending.put(id, snapshot); // saves finish in order, so this is the newest text
                failure.set(reason);
            }
        });
    }

    /** Whether text typed for the followed paper has not reached the library yet. */
    public boolean hasUnsavedText() {
        return !pending.isEmpty() || paperId >= 0 && !text.equals(savedText);
    }

    public String text() {
        return text;
    }

    public long paperId() {
        return paperId;
    }
}
