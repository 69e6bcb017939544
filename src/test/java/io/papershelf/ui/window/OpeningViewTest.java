package io.papershelf.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

import io.papershelf.ui.common.BackgroundTask;

/**
 * What the window shows while a library opens: the task's title ("Opening library.db…"), then what the work says it
 * does with how far it is ("Updating the library format… 40%"), the bar at the same figure; and a second task
 * followed (a restore after a refusal) takes the first one's place.
 */
class OpeningViewTest {
    final FxRobot robot = new FxRobot();
    Stage stage;
    OpeningView view;

    @BeforeEach
    void show() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            view = new OpeningView();
            view.showIn(stage, WindowState.DEFAULT, "Papershelf — library.db");
        });
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.cleanupStages();
    }

    private String message() {
        return robot.lookup("#opening-message").queryAs(Label.class).getText();
    }

    private double bar() {
        return robot.lookup("#opening-progress").queryAs(ProgressBar.class).getProgress();
    }

    @Test
    void itSaysWhatTheOpeningDoesAndHowFar() {
        BackgroundTask<Void> opening = BackgroundTask.titled("Opening library.db…", p -> null);
        robot.interact(() -> view.follow(opening));
        assertThat(message()).isEqualTo("Opening library.db…");
        assertThat(bar()).isNegative(); // not known yet: the bar moves to and fro
        assertThat(stage.getTitle()).isEqualTo("Papershelf — library.db");

        robot.interact(() -> opening.progressed(0.4, "Updating the library format…"));
        assertThat(message()).isEqualTo("Updating the library format… 40%");
        assertThat(bar()).isEqualTo(0.4);
        robot.interact(() -> opening.progressed(1.0, null));
        assertThat(message()).isEqualTo("Updating the library format… 100%");

        BackgroundTask<Void> restoring = BackgroundTask.titled("Restoring library.db…", p -> null);
        robot.interact(() -> view.follow(restoring));
        robot.interact(() -> opening.progressed(0.2, "Stale"));
        assertThat(message()).isEqualTo("Restoring library.db…");
        assertThat(bar()).isNegative();
    }
}
