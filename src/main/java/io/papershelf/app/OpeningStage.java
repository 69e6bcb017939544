package io.papershelf.app;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import javafx.animation.PauseTransition;
import javafx.stage.Stage;

import io.papershelf.ui.common.BackgroundTask;
import io.papershelf.ui.window.OpeningView;
import io.papershelf.ui.window.WindowState;

/**
 * What the stage shows while no library's window does ({@link OpeningView}: "Opening library.db…", "Updating the
 * library format… 40%", "Closing…"), following the opening or closing under way. The view is made only when it
 * is first shown: at start, a library that opens within a moment goes straight to its window (decision 0023).
 */
final class OpeningStage {
    private final Stage stage;
    private final Duration moment;
    private OpeningView view;
    private BackgroundTask<?> underWay;

    /** {@code moment}: how long a library may take to open at start before the stage says it is opening. */
    OpeningStage(Stage stage, Duration moment) {
        this.stage = stage;
        this.moment = moment;
    }

    /** The task the view says the progress of, once it shows. */
    void follow(BackgroundTask<?> task) {
        underWay = task;
        if (view != null) {
            view.follow(task);
        }
    }

    /** Shows the view now, in {@code layout}'s size and place if the stage is not showing yet. */
    void show(WindowState layout, String title) {
        if (view == null) {
            view = new OpeningView();
            if (underWay != null) {
                view.follow(underWay);
            }
        }
        view.showIn(stage, layout, title);
    }

    /**
     * At start: after the moment, shows the view if the stage still shows nothing and the library is still awaited
     * ({@code waiting}); then runs {@code shown}. A library open by then has shown its own window instead.
     */
    void showAfterMoment(WindowState layout, String title, BooleanSupplier waiting, Runnable shown) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(moment.toMillis()));
        pause.setOnFinished(e -> {
            if (waiting.getAsBoolean() && !stage.isShowing()) {
                show(layout, title);
                shown.run();
            }
        });
        pause.play();
    }
}
