package io.papershelf.ui.common;

import java.util.List;

/** The small preference records the window remembers between runs, one JSON file each. */
public final class UiState {
    private UiState() {
    }

    /** Window position and size; NaN position means "let the system place it". */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
        public static final WindowGeometry DEFAULT = new WindowGeometry(Double.NaN, Double.NaN, 1280, 800, false);
    }

    /** Where the split pane dividers are. */
    public record Dividers(double sidebar, double detail) {
        public static final Dividers DEFAULT = new Dividers(0.16, 0.69);
    }

    /** Where the divider between the paper and its note sits in the detail pane (0 top, 1 bottom). */
    public record NoteDivider(double position) {
        public static final NoteDivider DEFAULT = new NoteDivider(0.6);
    }

    /** Column order, widths and the sort. */
    public record TableLayout(List<Column> columns, List<Sort> sort) {
        public static final TableLayout DEFAULT = new TableLayout(List.of(), List.of());

        public record Column(String id, double width, boolean visible) {
        }

        public record Sort(String id, boolean ascending) {
        }
    }

    /** Theme and whether the sidebar shows. */
    public record Appearance(boolean dark, boolean sidebarVisible) {
        public static final Appearance DEFAULT = new Appearance(false, true);
    }

    /** The sidebar's "Unread only". */
    public record Sidebar(boolean unreadOnly) {
        public static final Sidebar DEFAULT = new Sidebar(false);
    }

    /** The folder the last import came from. */
    /** What the paper list shows of each paper besides its title. */
    public record ListLines(boolean summaries) {
        public static final ListLines DEFAULT = new ListLines(false);
    }

    public record ImportFolder(String path) {
        public static final ImportFolder DEFAULT = new ImportFolder(null);
    }
}
