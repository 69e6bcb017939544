package io.papershelf.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Cursor;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import io.papershelf.ui.common.Styles;

/**
 * The abstract: wrapped, selectable text whose links open with a click. A read-only TextArea gives
 * selection and copying; a click that lands on a link (and selects nothing) opens it, and the pointer
 * becomes a hand over links. The area grows to its text, so the detail pane scrolls as a whole.
 */
final class AbstractText {
    private record Range(int start, int end, String url) {
    }

    private final TextArea area = new TextArea();
    private final Text measure = new Text();
    private final List<Range> links = new ArrayList<>();

    AbstractText(Consumer<String> openLink) {
        area.setId("abstract");
        area.setEditable(false);
        area.setWrapText(true);
        area.setFocusTraversable(true);
        area.getStyleClass().add(Styles.ABSTRACT);
        area.widthProperty().addListener((o, a, b) -> resize());
        area.fontProperty().addListener((o, a, b) -> resize());
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && area.getSelection().getLength() == 0) {
                Range r = at(indexAt(e.getX(), e.getY()));
                if (r != null) {
                    openLink.accept(r.url());
                }
            }
        });
        area.setOnMouseMoved(e -> area.setCursor(at(indexAt(e.getX(), e.getY())) != null ? Cursor.HAND : Cursor.TEXT));
    }

    TextArea node() {
        return area;
    }

    void show(String text, List<String> urls) {
        area.setText(text);
        links.clear();
        for (String url : urls) {
            int from = 0;
            int i;
            while ((i = text.indexOf(url, from)) >= 0) {
                links.add(new Range(i, i + url.length(), url));
                from = i + url.length();
            }
        }
        resize();
        area.positionCaret(0);
    }

    private int indexAt(double x, double y) {
        if (area.getSkin() instanceof TextAreaSkin skin) {
            var local = area.lookup(".content");
            if (local != null) {
                var p = local.sceneToLocal(area.localToScene(x, y));
                return skin.getIndex(p.getX(), p.getY()).getInsertionIndex();
            }
        }
        return -1;
    }

    private Range at(int index) {
        for (Range r : links) {
            if (index >= r.start() && index < r.end()) {
                return r;
            }
        }
        return null;
    }

    private void resize() {
        double width = area.getWidth();
        if (width <= 0) {
            return;
        }
        measure.setFont(area.getFont());
        measure.setText(area.getText() == null || area.getText().isEmpty() ? " " : area.getText());
        measure.setWrappingWidth(Math.max(50, width - 30));
        double h = measure.getLayoutBounds().getHeight() + 24;
        area.setPrefHeight(h);
        area.setMinHeight(h);
    }
}
