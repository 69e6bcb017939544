package io.papershelf.ui.detail;

import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;

import io.papershelf.model.HighlightColors;

/** The small bar of four colours shown beside a selection made with the mouse: a click highlights it. */
final class ColorBar {
    private final Popup popup = new Popup();
    private final HBox bar = new HBox(4);
    private final Supplier<HighlightColors> colors;
    private final IntConsumer choose;

    ColorBar(Supplier<HighlightColors> colors, IntConsumer choose) {
        this.colors = colors;
        this.choose = choose;
        bar.setId("color-bar");
        bar.getStyleClass().add("ps-color-bar");
        popup.getContent().add(bar);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    void show(Node owner, double screenX, double screenY) {
        HighlightColors names = colors.get();
        bar.getChildren().clear();
        for (int c = 0; c < HighlightColors.COUNT; c++) {
            int color = c;
            Button b = new Button(names.name(c));
            b.setId("color-" + c);
            b.getStyleClass().addAll("ps-color-button", "hl-swatch-" + c, "small");
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip("Highlight as " + names.name(c) + " (" + (c + 1) + ", or H for the last colour)"));
            b.setOnAction(e -> {
                popup.hide();
                choose.accept(color);
            });
            bar.getChildren().add(b);
        }
        if (owner.getScene() != null) {
            bar.getStylesheets().setAll(owner.getScene().getStylesheets()); // a Popup has a scene of its own
        }
        popup.show(owner, screenX + 4, screenY + 14);
    }

    void hide() {
        popup.hide();
    }
}
