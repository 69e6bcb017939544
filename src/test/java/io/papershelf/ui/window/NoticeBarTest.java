package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import io.papershelf.ui.common.Notice;

/** A notice shows its message and buttons, never takes the keyboard, and closes when a button is used. */
@ExtendWith(ApplicationExtension.class)
class NoticeBarTest {
    private final SimpleObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setId("field");
        stage.setScene(new Scene(new StackPane(field, new NoticeBar(notice).node()), 600, 300));
        stage.show();
        field.requestFocus();
    }

    @Test
    void showsWithoutTakingTheFocusAndRunsItsAction(FxRobot robot) throws Exception {
        AtomicInteger undone = new AtomicInteger();
        assertThat(robot.lookup("#notice").query().isVisible()).isFalse();

        robot.interact(() -> notice.set(Notice.info("Moved 2 papers to the Trash.",
                new Notice.Action("Undo", undone::incrementAndGet))));
        waitUntil(() -> robot.lookup("#notice").query().isVisible());
        assertThat(robot.lookup("#notice-message").queryAs(Label.class).getText())
                .isEqualTo("Moved 2 papers to the Trash.");
        assertThat(field.isFocused()).as("the field keeps the focus").isTrue();
        robot.type(KeyCode.A);
        assertThat(field.getText()).isEqualTo("a");

        robot.clickOn(robot.lookup("#notice .button").match(n -> "Undo".equals(((Button) n).getText()))
                .queryButton());
        assertThat(undone.get()).isEqualTo(1);
        assertThat(notice.get()).isNull();
        assertThat(robot.lookup("#notice").query().isVisible()).isFalse();
    }

    @Test
    void aNewerNoticeReplacesTheOlderOne(FxRobot robot) throws Exception {
        robot.interact(() -> notice.set(Notice.info("first")));
        robot.interact(() -> notice.set(Notice.warning("Could not open https://example.org: no browser.")));
        assertThat(robot.lookup("#notice-message").queryAs(Label.class).getText())
                .isEqualTo("Could not open https://example.org: no browser.");
        robot.clickOn("#notice-close");
        assertThat(notice.get()).isNull();
    }
}
