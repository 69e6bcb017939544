package io.papershelf.ui.window;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What Edit > Undo (Ctrl+Z) takes back, newest first: the read changes made from the list (Done, Space, U,
 * a click on the read dot) and moves to the Trash, in one history, so that Ctrl+Z always undoes the last of
 * them whichever it was. Each step also puts the selection back. Text fields keep their own undo; the tag and
 * note changes are not in here. The oldest steps are forgotten past {@link #LIMIT}.
 */
final class UndoHistory {
    static final int LIMIT = 100;

    /** What a step undid: emptying the Trash forgets the moves to it, which can no longer be undone. */
    enum Kind { READ, TRASH }

    /** One change that can be taken back. */
    record Step(Kind kind, String what, Runnable undo) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();

    void push(Step step) {
        steps.push(step);
        while (steps.size() > LIMIT) {
            steps.removeLast();
        }
    }

    boolean canUndo() {
        return !steps.isEmpty();
    }

    /** Takes the newest step back; false when there is none. */
    boolean undo() {
        Step step = steps.poll();
        if (step == null) {
            return false;
        }
        step.undo().run();
        return true;
    }

    /** Takes back this step (a notice's Undo), wherever it stands; nothing when it was taken back already. */
    void undo(Step step) {
        if (steps.remove(step)) {
            step.undo().run();
        }
    }

    void forget(Kind kind) {
        steps.removeIf(s -> s.kind() == kind);
    }
}
