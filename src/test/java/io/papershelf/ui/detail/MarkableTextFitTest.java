package io.papershelf.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.Theme;

/** The title is as high as its lines, also after its pane got wider or narrower. */
@ExtendWith(ApplicationExtension.class)
class MarkableTextFitTest {
    private static final String TITLE = "Better than Your Teacher: LLM Agents that learn from Privileged AI Feedback";

    @Test
    void theTitleFollowsItsLinesWhenThePaneIsResized(FxRobot robot) throws Exception {
        MarkableText text = new MarkableText(Highlight.Field.TITLE, "detail-title", Styles.DETAIL_TITLE,
                new MarkableText.Actions() {
                    @Override
                    public void open(String url) {
                    }

                    @Override
                    public void highlight(Highlight.Field field, int start, int end, int color) {
                    }

                    @Override
                    public HighlightColors colors() {
                        return HighlightColors.DEFAULT;
                    }

                    @Override
                    public int lastColor() {
                        return 0;
                    }
                });
        StyleClassedTextArea area = text.node();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            VBox box = new VBox(14, area, new Label("2 authors"));
            ScrollPane scroll = new ScrollPane(box);
            scroll.setFitToWidth(true);
            Scene scene = new Scene(scroll, 380, 600);
            Theme.apply(scene, true);
            stage.setScene(scene);
            stage.show();
            text.show(TITLE, List.of(), List.of());
        });
        List<String> wrong = new ArrayList<>();
        for (int from : new int[] {300, 350, 400, 650}) {
            for (int to : new int[] {from + 150, from + 300}) {
                int a = from;
                robot.interact(() -> stage.setWidth(a));
                settle();
                robot.interact(() -> stage.setWidth(to));
                settle();
                double lines = area.getParagraphLinesCount(0);
                double height = area.getHeight();
                double estimate = area.totalHeightEstimateProperty().getValue();
                if (Math.abs(height - (Math.ceil(estimate) + 4)) > 1) {
                    wrong.add(a + " -> " + to + ": " + lines + " lines, " + height + " high for " + estimate);
                }
            }
        }
        assertThat(wrong).isEmpty();
        robot.interact(() -> stage.setWidth(320)); // and narrower again: three lines
        settle();
        assertThat(area.getHeight()).isEqualTo(Math.ceil(area.totalHeightEstimateProperty().getValue()) + 4);
    }

    private static void settle() throws Exception {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(20);
        }
    }
}
