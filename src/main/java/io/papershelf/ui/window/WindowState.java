package io.papershelf.ui.window;

import io.papershelf.ui.common.UiState;

/**
 * Everything the window remembers between runs, as one value: read before the window shows and written after it
 * closes, each time off the FX thread ({@link WindowStateStore}); the window applies it and captures it without
 * touching a file.
 */
public record WindowState(UiState.WindowGeometry geometry, UiState.Dividers dividers, UiState.TableLayout table,
                          UiState.Appearance appearance, UiState.ListLines lines, UiState.NoteDivider noteDivider,
                          UiState.ImportFolder importFolder) {
    public static final WindowState DEFAULT = new WindowState(UiState.WindowGeometry.DEFAULT, UiState.Dividers.DEFAULT,
            UiState.TableLayout.DEFAULT, UiState.Appearance.DEFAULT, UiState.ListLines.DEFAULT,
            UiState.NoteDivider.DEFAULT, UiState.ImportFolder.DEFAULT);

    WindowState withImportFolder(String folder) {
        return new WindowState(geometry, dividers, table, appearance, lines, noteDivider,
                new UiState.ImportFolder(folder));
    }
}
