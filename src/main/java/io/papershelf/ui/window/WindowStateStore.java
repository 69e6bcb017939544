package io.papershelf.ui.window;

import io.papershelf.library.Preferences;
import io.papershelf.ui.common.UiState;

/**
 * Reads and writes the {@link WindowState} through {@link Preferences}, one small JSON record each (see
 * {@link UiState}): the geometry, the dividers (the note's too), the table's columns and sort, whether the list
 * shows summaries, the appearance and the last import folder. Both read and write files: never on the FX thread.
 */
public final class WindowStateStore {
    private static final String WINDOW = "window";
    private static final String DIVIDERS = "dividers";
    private static final String TABLE = "table";
    private static final String APPEARANCE = "appearance";
    private static final String LIST_LINES = "list-lines";
    private static final String NOTE_DIVIDER = "note-divider";
    static final String IMPORT_FOLDER = "import-folder";

    private final Preferences prefs;

    public WindowStateStore(Preferences prefs) {
        this.prefs = prefs;
    }

    /** What was saved last, each record its default when missing or unreadable. */
    public WindowState load() {
        return new WindowState(
                prefs.load(WINDOW, UiState.WindowGeometry.class, UiState.WindowGeometry.DEFAULT),
                prefs.load(DIVIDERS, UiState.Dividers.class, UiState.Dividers.DEFAULT),
                prefs.load(TABLE, UiState.TableLayout.class, UiState.TableLayout.DEFAULT),
                prefs.load(APPEARANCE, UiState.Appearance.class, UiState.Appearance.DEFAULT),
                prefs.load(LIST_LINES, UiState.ListLines.class, UiState.ListLines.DEFAULT),
                prefs.load(NOTE_DIVIDER, UiState.NoteDivider.class, UiState.NoteDivider.DEFAULT),
                prefs.load(IMPORT_FOLDER, UiState.ImportFolder.class, UiState.ImportFolder.DEFAULT));
    }

    public void save(WindowState s) {
        prefs.save(WINDOW, s.geometry());
        prefs.save(DIVIDERS, s.dividers());
        prefs.save(TABLE, s.table());
        prefs.save(APPEARANCE, s.appearance());
        prefs.save(LIST_LINES, s.lines());
        prefs.save(NOTE_DIVIDER, s.noteDivider());
        prefs.save(IMPORT_FOLDER, s.importFolder());
    }
}
