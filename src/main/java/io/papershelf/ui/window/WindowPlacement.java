package io.papershelf.ui.window;

import javafx.stage.Screen;
import javafx.stage.Stage;

import io.papershelf.ui.common.UiState;

/** The window's size and place: put back from what was remembered (if still on a screen), and taken to remember. */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /** Before the window shows. */
    public static void apply(Stage stage, UiState.WindowGeometry g) {
        stage.setWidth(Math.max(640, g.width()));
        stage.setHeight(Math.max(420, g.height()));
        if (!Double.isNaN(g.x()) && !Double.isNaN(g.y()) && onSomeScreen(g)) {
            stage.setX(g.x());
            stage.setY(g.y());
        }
        stage.setMaximized(g.maximized());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }

    static UiState.WindowGeometry of(Stage stage) {
        return new UiState.WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    private static boolean onSomeScreen(UiState.WindowGeometry g) {
        return !Screen.getScreensForRectangle(g.x(), g.y(), Math.min(g.width(), 200), 60).isEmpty();
    }
}
