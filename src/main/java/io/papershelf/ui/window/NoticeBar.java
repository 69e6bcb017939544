package io.papershelf.ui.window;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.ui.common.Notice;
import io.papershelf.ui.common.Styles;

/**
 * Shows the newest {@link Notice} at the foot of the panes for a few seconds (longer while the pointer is
 * on it). Nothing in it takes the focus, so the key the user presses next still reaches the list; its
 * buttons are for the mouse, and each closes the notice.
 */
final class NoticeBar {
    static final Duration SHOWN_FOR = Duration.seconds(8);

    private final HBox bar = new HBox(10);
    private final Label message = new Label();
    private final HBox buttons = new HBox(6);
    private final PauseTransition timer = new PauseTransition(SHOWN_FOR);
    private final ObjectProperty<Notice> source;

    NoticeBar(ObjectProperty<Notice> notice) {
        this.source = notice;
        bar.setId("notice");
        bar.getStyleClass().add(Styles.NOTICE);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 14));
        bar.setMaxWidth(Region.USE_PREF_SIZE);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        bar.setFocusTraversable(false);
        message.setId("notice-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("notice-close");
        close.setFocusTraversable(false);
        close.getStyleClass().addAll("flat", "button-icon");
        close.setAccessibleText("Close");
        close.setOnAction(e -> notice.set(null));
        bar.getChildren().addAll(message, buttons, close);
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(bar, new Insets(0, 16, 14, 16));
        timer.setOnFinished(e -> notice.set(null));
        bar.hoverProperty().addListener((o, was, now) -> {
            if (now) {
                timer.stop();
            } else if (notice.get() != null) {
                timer.playFromStart();
            }
        });
        notice.addListener((o, a, n) -> show(n));
        show(notice.get());
    }

    Region node() {
        return bar;
    }

    private void show(Notice n) {
        timer.stop();
        bar.setVisible(n != null);
        bar.setManaged(n != null);
        if (n == null) {
            return;
        }
        message.setText(n.message());
        bar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"), n.warning());
        buttons.getChildren().clear();
        for (Notice.Action a : n.actions()) {
            Button b = new Button(a.label());
            b.setFocusTraversable(false);
            b.getStyleClass().add("flat");
            b.setOnAction(e -> {
                source.set(null);
                a.run().run();
            });
            buttons.getChildren().add(b);
        }
        timer.playFromStart();
    }
}
