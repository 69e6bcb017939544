package io.papershelf.ui.common;

import java.time.Duration;

/** A debouncer a test fires by hand, as if the typing pause had passed. */
public final class ManualDebouncer implements Debouncer, Debouncer.Factory {
    private Runnable action = () -> { };
    private boolean waiting;

    @Override
    public Debouncer create(Duration quiet, Runnable a) {
        this.action = a;
        return this;
    }

    @Override
    public void poke() {
        waiting = true;
    }

    @Override
    public void cancel() {
        waiting = false;
    }

    public boolean waiting() {
        return waiting;
    }

    /** The pause in typing has passed. */
    public void elapse() {
        if (waiting) {
            waiting = false;
            action.run();
        }
    }
}
