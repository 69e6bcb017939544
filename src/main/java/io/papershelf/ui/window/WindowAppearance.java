package io.papershelf.ui.window;

import javafx.scene.Scene;

import io.papershelf.ui.common.Theme;
import io.papershelf.ui.common.UiState;

/** The light or dark theme and whether the sidebar shows, as View menu switches them. */
final class WindowAppearance {
    private final Scene scene;
    private final MainSplit split;
    private UiState.Appearance current;

    WindowAppearance(UiState.Appearance initial, Scene scene, MainSplit split) {
        this.scene = scene;
        this.split = split;
        this.current = initial;
        Theme.apply(scene, initial.dark());
        if (!initial.sidebarVisible()) {
            split.showSidebar(false);
        }
    }

    UiState.Appearance current() {
        return current;
    }

    void dark(boolean on) {
        current = new UiState.Appearance(on, current.sidebarVisible());
        Theme.apply(scene, on);
    }

    void sidebar(boolean on) {
        current = new UiState.Appearance(current.dark(), on);
        split.showSidebar(on);
    }
}
