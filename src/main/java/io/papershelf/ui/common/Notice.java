package io.papershelf.ui.common;

import java.util.List;

/**
 * A short message about what just happened, shown without taking the keyboard: "Moved 2 papers to the
 * Trash" with Undo, "Exported to library.json" with Show in folder, "Imported …: 50 new, 0 updated".
 * View models raise notices; the window shows the newest one for a while in a bar that takes no focus.
 *
 * @param message one sentence
 * @param actions at most a few buttons beside it; each runs on the FX thread and closes the notice
 * @param warning true when something did not work (shown in the warning colour)
 */
public record Notice(String message, List<Action> actions, boolean warning) {
    /** A button on a notice. */
    public record Action(String label, Runnable run) {
    }

    public Notice {
        actions = List.copyOf(actions);
    }

    public static Notice info(String message, Action... actions) {
        return new Notice(message, List.of(actions), false);
    }

    public static Notice warning(String message, Action... actions) {
        return new Notice(message, List.of(actions), true);
    }
}
