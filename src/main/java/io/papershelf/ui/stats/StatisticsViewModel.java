package io.papershelf.ui.stats;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.ReadingStats;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Notice;

/**
 * The statistics of the view the list showed (or of the whole library): computed in the background whenever they
 * are shown and whenever the library changes while they are; a result that arrives after a newer request is
 * dropped. Clicking a tag or an organisation hands it to the window, which shows its papers.
 */
public final class StatisticsViewModel {
    /** Weeks drawn. */
    public static final int WEEKS = 26;
    /** With fewer papers than this, a sentence says so instead of charts with nothing on them. */
    public static final int FEW = 5;

    /** Where a click on a bar takes the user. */
    public interface Navigator {
        void showTag(String tag);

        void showOrganization(String organization);
    }

    /** Writes an image already taken to a file (in the background). */
    @FunctionalInterface
    public interface ImageWriter {
        void write(Path target) throws Exception;
    }

    private final Library library;
    private final BackgroundExecutor executor;
    private final Navigator navigator;
    private final Consumer<Notice> notices;
    private final Consumer<Throwable> onError;
    private final ReadOnlyObjectWrapper<ReadingStats> stats = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final BooleanProperty wholeLibrary = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper viewLabel = new ReadOnlyStringWrapper("All papers");
    private final ReadOnlyBooleanWrapper narrowed = new ReadOnlyBooleanWrapper();
    private PaperFilter view = PaperFilter.ALL;
    private boolean shown;
    private long generation;

    public StatisticsViewModel(Library library, BackgroundExecutor executor, Navigator navigator,
                               Consumer<Notice> notices, Consumer<Throwable> onError) {
        this.library = library;
        this.executor = executor;
        this.navigator = navigator;
        this.notices = notices;
        this.onError = onError;
        wholeLibrary.addListener((o, was, now) -> refresh());
    }

    /** The numbers shown; null until the first have been computed. */
    public ReadOnlyObjectProperty<ReadingStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True: the whole library; false: the view the list showed. */
    public BooleanProperty wholeLibraryProperty() {
        return wholeLibrary;
    }

    /** The name of the view the list showed: "agents, unread only", "All papers". */
    public ReadOnlyStringProperty viewLabelProperty() {
        return viewLabel.getReadOnlyProperty();
    }

    /** True when that view is narrower than the whole library (else there is no choice to offer). */
    public ReadOnlyBooleanProperty narrowedProperty() {
        return narrowed.getReadOnlyProperty();
    }

    /** Shows the statistics of a view of the list, named so; computes them afresh. */
    public void show(PaperFilter filter, String label) {
        view = filter;
        viewLabel.set(label);
        narrowed.set(!filter.equals(PaperFilter.ALL));
        shown = true;
        refresh();
    }

    public void hide() {
        shown = false;
    }

    /** The library changed: computes the numbers again if they are shown. */
    public void libraryChanged() {
        if (shown) {
            refresh();
        }
    }

    private void refresh() {
        if (!shown) {
            return;
        }
        long mine = ++generation;
        PaperFilter filter = wholeLibrary.get() || !narrowed.get() ? PaperFilter.ALL : view;
        loading.set(true);
        executor.submit(() -> library.statistics(filter, WEEKS), s -> {
            if (mine == generation) {
                stats.set(s);
                loading.set(false);
            }
        }, e -> {
            if (mine == generation) {
                loading.set(false);
            }
            onError.accept(e);
        });
    }

    public void openTag(String tag) {
        navigator.showTag(tag);
    }

    public void openOrganization(String organization) {
        navigator.showOrganization(organization);
    }

    /** Writes a chart's image in the background, then says where it went (or why it did not). */
    public void saveImage(Path target, ImageWriter writer) {
        executor.submit(() -> {
            writer.write(target);
            return null;
        }, x -> notices.accept(Notice.info("Saved the chart as " + target.toAbsolutePath() + ".")),
                e -> notices.accept(Notice.warning("Could not save the chart as " + target.toAbsolutePath() + " ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").")));
    }
}
