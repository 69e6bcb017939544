package io.papershelf.ui.window;

import javafx.stage.Screen;
import javafx.stage.Stage;

import io.papershelf.library.Preferences;
import io.papershelf.ui.common.UiState;
import io.papershelf.ui.detail.DetailView;
import io.papershelf.ui.list.PaperTableView;

/**
 * What the window remembers between runs, through {@link Preferences} (one small JSON record each, see
 * {@link UiState}): its geometry, the dividers (the note's too), the table's columns and sort, whether the list
 * shows summaries, and the appearance.
 */
final class WindowStateStore {
    private static final String WINDOW = "window";
    private static final String DIVIDERS = "dividers";
    private static final String TABLE = "table";
    private static final String APPEARANCE = "appearance";
    private static final String LIST_LINES = "list-lines";
    private static final String NOTE_DIVIDER = "note-divider";

    private final Preferences prefs;

    WindowStateStore(Preferences prefs) {
        this.prefs = prefs;
    }

    UiState.Appearance appearance() {
        return prefs.load(APPEARANCE, UiState.Appearance.class, UiState.Appearance.DEFAULT);
    }

    /** Before the window shows: its size and place (if still on a screen) and the table's layout. */
    void restore(Stage stage, PaperTableView table) {
        UiState.WindowGeometry g = prefs.load(WINDOW, UiState.WindowGeometry.class, UiState.WindowGeometry.DEFAULT);
        stage.setWidth(Math.max(640, g.width()));
        stage.setHeight(Math.max(420, g.height()));
        if (!Double.isNaN(g.x()) && !Double.isNaN(g.y()) && onSomeScreen(g)) {
            stage.setX(g.x());
            stage.setY(g.y());
        }
        stage.setMaximized(g.maximized());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        table.restoreLayout(prefs.load(TABLE, UiState.TableLayout.class, UiState.TableLayout.DEFAULT));
        table.showSummaries(prefs.load(LIST_LINES, UiState.ListLines.class, UiState.ListLines.DEFAULT).summaries());
    }

    /** Once the window shows: the dividers. */
    void restoreDividers(MainSplit split) {
        split.restoreDividers(prefs.load(DIVIDERS, UiState.Dividers.class, UiState.Dividers.DEFAULT));
    }

    /** Once the window shows: where the note starts in the detail pane. */
    void restoreNoteDivider(DetailView detail) {
        detail.setNoteDivider(prefs.load(NOTE_DIVIDER, UiState.NoteDivider.class, UiState.NoteDivider.DEFAULT).position());
    }

    void saveNoteDivider(DetailView detail) {
        prefs.save(NOTE_DIVIDER, new UiState.NoteDivider(detail.noteDivider()));
    }

    void save(Stage stage, MainSplit split, PaperTableView table, UiState.Appearance appearance) {
        prefs.save(WINDOW, new UiState.WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        prefs.save(DIVIDERS, split.dividers(prefs.load(DIVIDERS, UiState.Dividers.class, UiState.Dividers.DEFAULT)));
        prefs.save(TABLE, table.layout());
        prefs.save(APPEARANCE, appearance);
        prefs.save(LIST_LINES, new UiState.ListLines(table.showsSummaries()));
    }

    private static boolean onSomeScreen(UiState.WindowGeometry g) {
        return Screen.getScreensForRectangle(g.x(), g.y(), Math.min(g.width(), 200), 60).size() > 0;
    }
}
