package io.papershelf.ui.common;

/** Runs an action once things have been quiet for a while (typing pauses); tests fire it by hand. */
public interface Debouncer {
    /** (Re)starts the wait; the action runs when it ends without another call. */
    void poke();

    /** Stops waiting without running the action. */
    void cancel();

    /** Creates a debouncer for an action; the FX one uses a PauseTransition. */
    @FunctionalInterface
    interface Factory {
        Debouncer create(java.time.Duration quiet, Runnable action);
    }
}
