package io.papershelf.ui.detail;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import io.papershelf.library.Library;
import io.papershelf.library.Ranking;
import io.papershelf.library.TagSuggestion;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Debouncer;
import io.papershelf.ui.common.Notice;

/**
 * The detail pane: the selected paper with its abstract, links, tags, note and read state, or the bulk
 * actions when several papers are selected. Every change goes to the library in the background and is
 * then announced through {@code onChanged} (ids of the papers that changed) so the list and the
 * sidebar follow.
 */
public final class DetailViewModel {
    private final Library library;
    private final BackgroundExecutor executor;
    private final Consumer<List<Long>> onChanged;
    private final Consumer<Throwable> onError;
    private final NotesAutosave notes;
    private final HighlightsViewModel highlights;
    private final UnsavedText unsaved = new UnsavedText();
    private final ReadOnlyObjectWrapper<Paper> paper = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selectionSize = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<Ranking> ranking = new SimpleObjectProperty<>(Ranking.pending());
    private final ReadOnlyObjectWrapper<List<TagSuggestion>> suggestions = new ReadOnlyObjectWrapper<>(List.of());
    private List<Long> selection = List.of();
    private long loadGeneration;

    public DetailViewModel(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers,
                           Consumer<List<Long>> onChanged, Consumer<Throwable> onError) {
        this(library, executor, debouncers, onChanged, onError, n -> { });
    }

    /** The same, with where notices go (a deleted highlight's Undo, a refused highlight). */
    public DetailViewModel(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers,
                           Consumer<List<Long>> onChanged, Consumer<Throwable> onError, Consumer<Notice> notices) {
        this.library = library;
        this.executor = executor;
        this.onChanged = onChanged;
        this.onError = onError;
        this.highlights = new HighlightsViewModel(library, executor, debouncers, notices, onError, id -> {
            if (id > 0) {
                onChanged.accept(List.of(id));
            }
            reload();
        }, unsaved);
        this.notes = new NotesAutosave(library, executor, debouncers, id -> onChanged.accept(List.of(id)), unsaved);
        paper.addListener((o, a, p) -> suggest());
        ranking.addListener((o, a, r) -> suggest());
    }

    /** What was typed (notes, highlight comments) and has not reached the library yet. */
    public UnsavedText unsaved() {
        return unsaved;
    }

    /** The latest "For you" ranking (the window binds it to the one it trains). */
    public ObjectProperty<Ranking> rankingProperty() {
        return ranking;
    }

    /**
     * Up to three of the user's own tags that the paper shown probably deserves, most likely first (none while the
     * models are not ready); computed from the paper's title and abstract, without the library.
     */
    public ReadOnlyObjectProperty<List<TagSuggestion>> suggestionsProperty() {
        return suggestions.getReadOnlyProperty();
    }

    /** Adds the suggested tag at {@code index} (0 for Alt+1) to the paper shown; does nothing when there is none. */
    public void acceptSuggestion(int index) {
        List<TagSuggestion> now = suggestions.get();
        if (selection.size() == 1 && index >= 0 && index < now.size()) {
            addTag(selection, now.get(index).tag());
        }
    }

    private void suggest() {
        Paper p = paper.get();
        suggestions.set(p == null ? List.of() : ranking.get().suggestTags(p));
    }

    /** The one selected paper, or null when none or several are selected. */
    public ReadOnlyObjectProperty<Paper> paperProperty() {
        return paper.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectionSizeProperty() {
        return selectionSize.getReadOnlyProperty();
    }

    public NotesAutosave notes() {
        return notes;
    }

    public HighlightsViewModel highlights() {
        return highlights;
    }

    /** Saves the note and the comment being typed (focus leaving the pane, window closing). */
    public void flush() {
        notes.flush();
        highlights.flush();
    }

    public List<Long> selection() {
        return selection;
    }

    /** The list's selection changed. */
    public void select(List<Long> ids) {
        if (ids.equals(selection) && (ids.size() != 1 || paper.get() != null)) {
            return;
        }
        selection = List.copyOf(ids);
        selectionSize.set(ids.size());
        if (ids.size() != 1) {
            highlights.flush();
            notes.follow(-1, "");
            paper.set(null);
            return;
        }
        flush();
        load(ids.get(0));
    }

    /** Loads the selected paper again (after a change). */
    public void reload() {
        if (selection.size() == 1) {
            load(selection.get(0));
        }
    }

    private void load(long id) {
        long mine = ++loadGeneration;
        executor.submit(() -> library.paper(id).orElse(null), p -> {
            if (mine != loadGeneration) {
                return;
            }
            if (p == null || notes.paperId() != p.id()) {
                notes.follow(p == null ? -1 : p.id(), p == null ? "" : p.notes());
            }
            paper.set(p);
        }, onError);
    }

    public void toggleRead() {
        Paper p = paper.get();
        if (p != null) {
            setRead(List.of(p.id()), !p.read());
        }
    }

    public void setRead(List<Long> ids, boolean read) {
        change(ids, () -> library.setRead(ids, read));
    }

    public void addTag(List<Long> ids, String tag) {
        if (tag == null || tag.isBlank()) {
            return;
        }
        change(ids, () -> library.addTag(ids, tag));
    }

    public void removeTag(List<Long> ids, String tag) {
        change(ids, () -> library.removeTag(ids, tag));
    }

    /** A library change that can fail. */
    @FunctionalInterface
    public interface Change {
        void apply() throws Exception;
    }

    private void change(List<Long> ids, Change work) {
        executor.submit(() -> {
            work.apply();
            return null;
        }, ignored -> {
            reload();
            onChanged.accept(ids);
        }, onError);
    }
}
