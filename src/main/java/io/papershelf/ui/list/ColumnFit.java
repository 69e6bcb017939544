package io.papershelf.ui.list;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/**
 * Keeps the columns within the rows' width when the list's scroll bar comes or goes. JavaFX's constrained resize
 * shares the width out again when the table or its columns change, but after a view without papers (no scroll bar)
 * and then one with fifty, it may keep the width it had without the bar, and the last column ends under the bar, its
 * numbers cut. So when the rows' width (the flow's clipped area, the bar's taken) changes, and the columns do not fit
 * it, the policy is asked again with that width.
 */
final class ColumnFit {
    private ColumnFit() {
    }

    static <S> void install(TableView<S> table) {
        table.skinProperty().addListener((o, was, skin) -> {
            if (skin != null) {
                follow(table);
            }
        });
    }

    private static <S> void follow(TableView<S> table) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        for (Node n : flow.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("clipped-container") && n instanceof Region rows) {
                rows.widthProperty().addListener((o, was, now) -> Platform.runLater(() -> fit(table, rows)));
            }
        }
    }

    private static <S> void fit(TableView<S> table, Region rows) {
        double room = rows.getWidth();
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        if (room <= 0 || columns <= room + 0.5) {
            return;
        }
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0) {
            @Override
            public double getContentWidth() {
                return room;
            }
        });
    }
}
