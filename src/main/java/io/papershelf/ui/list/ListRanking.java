package io.papershelf.ui.list;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import io.papershelf.library.Library;
import io.papershelf.library.Ranking;
import io.papershelf.library.Scores;
import io.papershelf.model.PaperRow;
import io.papershelf.model.TermWeight;
import io.papershelf.ui.common.BackgroundExecutor;

/**
 * The "For you" ranking as the list shows it, part of the list's view model ({@link PaperListViewModel#ranking()}).
 * The latest ranking ({@link #rankingProperty}) gives the list its For you column and order; in a tag's view,
 * "More like this" ({@link #showMoreLikeThis}) shows instead the papers without the tag, most like its papers
 * first, and follows each new ranking: the list's rows are loaded again in the new order.
 */
public final class ListRanking {
    static final String ORDER_WAITING = "A new For you order is ready: Ctrl+Shift+Y puts the list in it. Until then "
            + "the papers keep their places.";
    private final PaperListViewModel list;
    private final Library library;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<Ranking> ranking = new SimpleObjectProperty<>(Ranking.pending());
    /** The tag whose "More like this" is shown; null: the view's own papers. */
    private final ReadOnlyObjectWrapper<String> likeTag = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty forYouOrder = new SimpleBooleanProperty();
    /** A ranking came that would move the rows while the user works down them: they wait for Ctrl+Shift+Y. */
    private final BooleanProperty orderWaiting = new SimpleBooleanProperty();

    ListRanking(PaperListViewModel list, Library library, BackgroundExecutor executor, Consumer<Throwable> onError) {
        this.list = list;
        this.library = library;
        this.executor = executor;
        this.onError = onError;
        ranking.addListener((obs, old, now) -> {
            if (likeTag.get() != null && !scoresIn(old).ready() && scoresIn(now).ready()) {
                list.reloadAsNewView(); // the likeness order has just come: the list starts at its top
            } else if (likeTag.get() != null) {
                list.reload(); // the new likeness order, the selection kept
            }
        });
    }

    /** The latest "For you" ranking (the window binds it to the one it trains). */
    public ObjectProperty<Ranking> rankingProperty() {
        return ranking;
    }

    /** The tag whose "More like this" the list shows, or null. */
    public ReadOnlyObjectProperty<String> likeTagProperty() {
        return likeTag.getReadOnlyProperty();
    }

    /** True while the list is sorted by its For you column (the view says so), for the cold-start line. */
    BooleanProperty forYouOrderProperty() {
        return forYouOrder;
    }

    /**
     * In a tag's view, shows "More like this" (the papers without the tag, most like its papers first), or the
     * tag's papers again. Does nothing outside a tag's view.
     */
    public void showMoreLikeThis(boolean on) {
        String tag = on ? list.filterProperty().get().tag() : null;
        if (on && tag == null || Objects.equals(tag, likeTag.get())) {
            return;
        }
        likeTag.set(tag);
        list.reloadAsNewView();
    }

    /** Another view is shown: its own papers, not "More like this" (before its rows are asked for). */
    void viewChanged() {
        likeTag.set(null);
    }

    /**
     * In "More like this", what turns the rows of the tag's view without the tag into the list: the papers without
     * the tag, in the order of the ranking at hand (read now, on the FX thread; applied in the background). Null
     * outside "More like this".
     */
    UnaryOperator<List<PaperRow>> moreLikeThis() {
        String tag = likeTag.get();
        Ranking r = ranking.get();
        return tag == null ? null : rows -> r.moreLikeThis(tag, rows);
    }

    /** The scores the For you column shows: the tag's in "More like this", else the "read or tagged" model's. */
    Scores shownScores() {
        return scoresIn(ranking.get());
    }

    private Scores scoresIn(Ranking r) {
        String tag = likeTag.get();
        return tag != null ? r.tag(tag) : r.forYou();
    }

    /**
     * Whether a new ranking should move the rows of a list in For you order, given the ranking {@code before}:
     * only when it scores rows that {@code before} did not (the first training, papers just imported) or has no
     * scores any more. Otherwise the rows keep their places while the user works through them (each paper read
     * or tagged trains the models again); the bars show the new scores, and the order follows them when the rows
     * are loaded next (another view, an import) or the order is picked again.
     */
    boolean reorders(Ranking before) {
        Scores old = scoresIn(before);
        Scores now = shownScores();
        if (!old.ready() || !now.ready()) {
            return old.ready() != now.ready();
        }
        for (PaperRow r : list.rows()) {
            if (Double.isNaN(old.bar(r.id())) && !Double.isNaN(now.bar(r.id()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True while a new For you order waits: it came while a paper below the first was selected, so the rows kept
     * their places (the table sets it, and clears it whenever it sorts).
     */
    BooleanProperty orderWaitingProperty() {
        return orderWaiting;
    }

    /**
     * One line above the list when the order needs a word: what "More like this" shows, that a new For you order
     * waits, or why the For you order falls back to upvotes and date (too few papers to learn from, the first
     * training still running); else empty.
     */
    StringBinding rankingLine() {
        return Bindings.createStringBinding(() -> {
            String tag = likeTag.get();
            if (tag != null) {
                Scores s = ranking.get().tag(tag);
                return s.ready() ? "More like \u201c" + tag + "\u201d: papers without it, most like its "
                        + s.positives() + " first." : "More like \u201c" + tag + "\u201d: " + s.message();
            }
            if (!forYouOrder.get()) {
                return "";
            }
            return orderWaiting.get() ? ORDER_WAITING : ranking.get().forYou().message();
        }, ranking, likeTag, forYouOrder, orderWaiting);
    }

    /**
     * The few terms of a paper that raised its score most (the tooltip of its bar), read in the background and
     * handed to {@code then} on the FX thread; empty when the model is not ready.
     */
    void explain(long paperId, Consumer<List<TermWeight>> then) {
        Ranking r = ranking.get();
        String tag = likeTag.get();
        executor.submit(() -> library.paper(paperId).map(p -> r.explain(p, tag, 5)).orElse(List.of()), then, onError);
    }
}
