package io.papershelf.ui.window;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import io.papershelf.ui.common.UiState;

/** The window's three panes side by side: sidebar (which can be hidden), list, detail, and their dividers. */
final class MainSplit {
    private final SplitPane split = new SplitPane();
    private final Node sidebar;

    MainSplit(Node sidebar, Node list, Node detail) {
        this.sidebar = sidebar;
        split.setId("main-split");
        split.getItems().addAll(sidebar, list, detail);
        SplitPane.setResizableWithParent(sidebar, false);
    }

    SplitPane node() {
        return split;
    }

    void showSidebar(boolean on) {
        if (on && !split.getItems().contains(sidebar)) {
            split.getItems().add(0, sidebar);
            split.setDividerPositions(UiState.Dividers.DEFAULT.sidebar(), UiState.Dividers.DEFAULT.detail());
        } else if (!on) {
            split.getItems().remove(sidebar);
        }
    }

    /** Puts the dividers where they were; they only hold once the pane has its real width, so at the first one. */
    void restoreDividers(UiState.Dividers d) {
        ChangeListener<Number> first = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number a, Number w) {
                if (w.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    Platform.runLater(() -> {
                        if (split.getItems().size() == 3) {
                            split.setDividerPositions(d.sidebar(), d.detail());
                        } else {
                            split.setDividerPositions(d.detail());
                        }
                    });
                }
            }
        };
        split.widthProperty().addListener(first);
    }

    /** The dividers now; with the sidebar hidden, its divider stays as {@code old} had it. */
    UiState.Dividers dividers(UiState.Dividers old) {
        double[] pos = split.getDividerPositions();
        return pos.length == 2 ? new UiState.Dividers(pos[0], pos[1])
                : new UiState.Dividers(old.sidebar(), pos.length == 1 ? pos[0] : old.detail());
    }
}
