package io.papershelf.ui.window;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import io.papershelf.ui.common.UiState;

/**
 * The window's three panes side by side: sidebar (which can be hidden), list, detail, and their dividers. A
 * view such as the statistics can take the place of the list and the detail; their dividers come back with them.
 */
final class MainSplit {
    private final SplitPane split = new SplitPane();
    private final Node sidebar;
    private final Node list;
    private final Node detail;
    private Node instead;
    /** While another view shows: where the dividers of list and detail were (sidebar first, if it showed). */
    private double[] saved = new double[0];

    MainSplit(Node sidebar, Node list, Node detail) {
        this.sidebar = sidebar;
        this.list = list;
        this.detail = detail;
        split.setId("main-split");
        split.getItems().addAll(sidebar, list, detail);
        SplitPane.setResizableWithParent(sidebar, false);
    }

    SplitPane node() {
        return split;
    }

    private boolean sidebarShown() {
        return split.getItems().contains(sidebar);
    }

    void showSidebar(boolean on) {
        if (on && !sidebarShown()) {
            split.getItems().add(0, sidebar);
            if (instead == null) {
                split.setDividerPositions(UiState.Dividers.DEFAULT.sidebar(), UiState.Dividers.DEFAULT.detail());
            } else {
                split.setDividerPositions(UiState.Dividers.DEFAULT.sidebar());
            }
        } else if (!on) {
            split.getItems().remove(sidebar);
        }
    }

    /** Shows {@code view} in place of the list and the detail; null shows them again. */
    void showInstead(Node view) {
        if (view == instead) {
            return;
        }
        boolean side = sidebarShown();
        double[] now = split.getDividerPositions();
        if (instead == null) {
            saved = now.clone();
        }
        UiState.Dividers back = dividers(UiState.Dividers.DEFAULT);
        instead = view;
        List<Node> items = new ArrayList<>();
        if (side) {
            items.add(sidebar);
        }
        if (view == null) {
            items.add(list);
            items.add(detail);
        } else {
            items.add(view);
        }
        split.getItems().setAll(items);
        if (view == null) {
            split.setDividerPositions(side ? new double[] {now.length > 0 ? now[0] : back.sidebar(), back.detail()}
                    : new double[] {back.detail()});
        } else if (side) {
            split.setDividerPositions(now.length > 0 ? now[0] : back.sidebar());
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

    /** The dividers of sidebar, list and detail; with the sidebar hidden, its divider stays as {@code old} had it. */
    UiState.Dividers dividers(UiState.Dividers old) {
        double[] pos = instead == null ? split.getDividerPositions() : saved;
        return pos.length == 2 ? new UiState.Dividers(pos[0], pos[1])
                : new UiState.Dividers(old.sidebar(), pos.length == 1 ? pos[0] : old.detail());
    }
}
