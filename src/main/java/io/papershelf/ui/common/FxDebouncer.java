package io.papershelf.ui.common;

import java.time.Duration;

import javafx.animation.PauseTransition;

/** A {@link Debouncer} on the FX thread. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;

    public FxDebouncer(Duration quiet, Runnable action) {
        pause = new PauseTransition(javafx.util.Duration.millis(quiet.toMillis()));
        pause.setOnFinished(e -> action.run());
    }

    @Override
    public void poke() {
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }
}
