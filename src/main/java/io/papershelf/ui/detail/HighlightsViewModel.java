package io.papershelf.ui.detail;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import io.papershelf.library.AnnotationRefused;
import io.papershelf.library.Library;
import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Debouncer;
import io.papershelf.ui.common.Notice;

/**
 * Highlights of the paper shown: make one from a selection, comment on it (saved after a pause, on leaving
 * the field and on closing, like the note), change its colour, delete it with Undo, rename a colour. What
 * the library refuses (an empty or overlapping selection, a comment too long) becomes a warning notice, and
 * the text typed stays where it is.
 */
public final class HighlightsViewModel {
    /** How long typing must pause before a comment is saved. */
    public static final Duration PAUSE = NotesAutosave.PAUSE;

    private final Library library;
    private final BackgroundExecutor executor;
    private final Consumer<Notice> notices;
    private final Consumer<Throwable> onError;
    private final LongConsumer changed;
    private final Debouncer debouncer;
    private final ReadOnlyObjectWrapper<HighlightColors> colors = new ReadOnlyObjectWrapper<>(HighlightColors.DEFAULT);
    private final ReadOnlyLongWrapper made = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<String> commentFailure = new ReadOnlyObjectWrapper<>("");
    /** Comments the library refused (too long), by highlight: shown again in their field, never dropped. */
    private final java.util.Map<Long, String> refused = new java.util.HashMap<>();
    private int lastColor;
    private long editingId;
    private long editingPaper;
    private String editingText;
    private final UnsavedText unsaved;

    /** {@code changed} gets the id of a paper whose highlights changed (to reload it, and its row and counts). */
    public HighlightsViewModel(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers,
                               Consumer<Notice> notices, Consumer<Throwable> onError, LongConsumer changed) {
        this(library, executor, debouncers, notices, onError, changed, new UnsavedText());
    }

    /** The same, recording the comments that wait to be saved in {@code unsaved} (shared with the note). */
    HighlightsViewModel(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers,
                        Consumer<Notice> notices, Consumer<Throwable> onError, LongConsumer changed,
                        UnsavedText unsaved) {
        this.unsaved = unsaved;
        this.library = library;
        this.executor = executor;
        this.notices = notices;
        this.onError = onError;
        this.changed = changed;
        this.debouncer = debouncers.create(PAUSE, this::flush);
    }

    /** The names of the four colours. */
    public ReadOnlyObjectProperty<HighlightColors> colorsProperty() {
        return colors.getReadOnlyProperty();
    }

    /** The id of the highlight made last (its comment field takes the focus); 0 before any. */
    public ReadOnlyLongProperty madeProperty() {
        return made.getReadOnlyProperty();
    }

    /** Why the last comment was not saved, in one sentence; empty when it was. */
    public ReadOnlyObjectProperty<String> commentFailureProperty() {
        return commentFailure.getReadOnlyProperty();
    }

    /** The colour {@code H} uses: the one chosen last, Important at first. */
    public int lastColor() {
        return lastColor;
    }

    public void loadColors() {
        executor.submit(library::highlightColors, colors::set, onError);
    }

    /** Marks {@code [start, end)} of a paper's title or abstract in a colour. */
    public void add(long paperId, Highlight.Field field, int start, int end, int color) {
        lastColor = color;
        executor.submit(() -> library.addHighlight(paperId, field, start, end, color), h -> {
            changed.accept(paperId);
            made.set(h.id());
        }, this::failed);
    }

    /** The comment field's text changed: saved after a pause, or at {@link #flush()}. */
    public void editComment(long paperId, Highlight h, String text) {
        if (editingId != 0 && editingId != h.id()) {
            flush();
        }
        editingId = h.id();
        editingPaper = paperId;
        editingText = text;
        refused.remove(h.id());
        unsaved.comment(h.id(), text);
        debouncer.poke();
    }

    /** A comment typed for this highlight that the library refused, to show instead of the stored one; or null. */
    public String refusedComment(long highlightId) {
        return refused.get(highlightId);
    }

    /** Saves the comment being edited now, if any (the field lost the focus, the paper or window is closing). */
    public void flush() {
        debouncer.cancel();
        if (editingId == 0) {
            return;
        }
        long id = editingId;
        long paper = editingPaper;
        String text = editingText;
        editingId = 0;
        unsaved.saving();
        executor.submit(() -> {
            try {
                library.setHighlightComment(id, text);
                unsaved.commentSaved(id, text);
            } finally {
                unsaved.saved();
            }
            return null;
        }, x -> {
            commentFailure.set("");
            refused.remove(id);
            changed.accept(paper);
        }, e -> {
            if (e instanceof AnnotationRefused && id != editingId) {
                refused.put(id, text); // stays in its field, also after the paper is shown again
            }
            if (editingId == 0 && !(e instanceof AnnotationRefused)) {
                // Not retyped meanwhile, and the disk was at fault: kept, and tried again at the next occasion.
                editingId = id;
                editingPaper = paper;
                editingText = text;
            }
            commentFailure.set(message(e));
            failed(e);
        });
    }

    /** Whether a comment typed has not reached the library yet. */
    public boolean hasUnsavedComment() {
        return editingId != 0;
    }

    /** Whether a comment the library refused (too long) waits in its field to be shortened. */
    public boolean hasRefusedComment() {
        return !refused.isEmpty();
    }

    public void setColor(long paperId, Highlight h, int color) {
        lastColor = color;
        executor.submit(() -> {
            library.setHighlightColor(h.id(), color);
            return null;
        }, x -> changed.accept(paperId), this::failed);
    }

    /** Deletes a highlight; the notice that says so offers Undo. */
    public void delete(long paperId, Highlight h) {
        if (editingId == h.id()) {
            debouncer.cancel();
            editingId = 0;
        }
        executor.submit(() -> library.deleteHighlight(h.id()), gone -> {
            changed.accept(paperId);
            notices.accept(Notice.info("Deleted the highlight “" + shorten(gone.quote()) + "”.",
                    new Notice.Action("Undo", () -> restore(paperId, gone))));
        }, this::failed);
    }

    private void restore(long paperId, Highlight h) {
        executor.submit(() -> {
            library.restoreHighlight(paperId, h);
            return null;
        }, x -> changed.accept(paperId), this::failed);
    }

    public void renameColor(int color, String name) {
        executor.submit(() -> {
            library.renameHighlightColor(color, name);
            return library.highlightColors();
        }, c -> {
            colors.set(c);
            changed.accept(0);
        }, this::failed);
    }

    private void failed(Throwable e) {
        if (e instanceof AnnotationRefused) {
            notices.accept(Notice.warning(e.getMessage()));
        } else {
            onError.accept(e);
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? "The comment could not be saved." : e.getMessage();
    }

    static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 50 ? one : one.substring(0, 47) + "…";
    }
}
