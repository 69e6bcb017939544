package io.papershelf.ui.window;

import java.util.function.IntConsumer;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Alt+1, Alt+2, Alt+3 add the tags the detail pane suggests; Alt+A, in "More like this", adds its tag to the selected
 * paper. Anywhere in the window, the note and the abstract too: a scene filter takes them before the control with the
 * keyboard. As the scene's accelerators they never reached the scene from the note or the abstract, whose rich text
 * area takes the key press for itself, and the note typed the digit (found driving the real window under Xvfb).
 */
final class SuggestionKeys {
    private SuggestionKeys() {
    }

    /** @param accept adds the suggestion at an index (0 for Alt+1) */
    static void install(Scene scene, IntConsumer accept, Runnable acceptLikeTag) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!altAlone(e)) {
                return;
            }
            int index = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> 0;
                case DIGIT2, NUMPAD2 -> 1;
                case DIGIT3, NUMPAD3 -> 2;
                default -> -1;
            };
            if (index >= 0) {
                e.consume();
                accept.accept(index);
            } else if (e.getCode() == KeyCode.A) {
                e.consume();
                acceptLikeTag.run();
            }
        });
        // The character the key would type comes on its own: no field types it (AltGr, Ctrl+Alt on Windows, still does).
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (altAlone(e) && "123aA".contains(e.getCharacter()) && !e.getCharacter().isEmpty()) {
                e.consume();
            }
        });
    }

    private static boolean altAlone(KeyEvent e) {
        return e.isAltDown() && !e.isControlDown() && !e.isMetaDown() && !e.isShortcutDown() && !e.isShiftDown();
    }
}
