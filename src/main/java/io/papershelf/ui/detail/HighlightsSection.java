package io.papershelf.ui.detail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;
import io.papershelf.model.QuoteAnchor;

/**
 * The paper's highlights listed under the abstract: the colour's name (right-click to rename it, or to give
 * the highlight another colour), the quote (a click selects the passage), the comment (saved as you type)
 * and a delete button (the notice that follows offers Undo). A highlight whose passage is no longer in the
 * text is kept and says so.
 */
final class HighlightsSection implements DetailSection {
    private static final javafx.css.PseudoClass REFUSED = javafx.css.PseudoClass.getPseudoClass("refused");

    private final HighlightsViewModel model;
    private final Predicate<Highlight> select;
    private final Label heading = DetailSection.heading("Highlights");
    private final VBox list = new VBox(8);
    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private long paperId = -1;
    /** A highlight just made whose entry is not shown yet: its comment field takes the focus when it is. */
    private long focusWhenShown;

    /** {@code select} selects a highlight's passage in its text; false when it is not there. */
    HighlightsSection(HighlightsViewModel model, Predicate<Highlight> select) {
        this.model = model;
        this.select = select;
        list.setId("highlights");
        model.madeProperty().addListener((o, a, id) -> {
            Entry e = entries.get(id.longValue());
            if (e != null) {
                e.comment.requestFocus();
            } else {
                focusWhenShown = id.longValue();
            }
        });
        model.colorsProperty().addListener((o, a, c) -> entries.values().forEach(e -> e.showColor(c)));
    }

    @Override
    public List<Node> nodes() {
        return List.of(heading, list);
    }

    @Override
    public void show(Paper p) {
        boolean samePaper = p.id() == paperId;
        paperId = p.id();
        if (!samePaper) {
            entries.clear();
        }
        Map<Long, Entry> next = new LinkedHashMap<>();
        for (Highlight h : p.highlights()) {
            Entry e = entries.get(h.id());
            if (e == null) {
                e = new Entry(h);
            }
            String text = h.field() == Highlight.Field.TITLE ? p.title() : p.abstractText();
            e.show(h, QuoteAnchor.locate(text, h).isPresent());
            next.put(h.id(), e);
        }
        entries.clear();
        entries.putAll(next);
        list.getChildren().setAll(next.values().stream().map(e -> (Node) e.row).toList());
        boolean any = !next.isEmpty();
        heading.setVisible(any);
        heading.setManaged(any);
        list.setVisible(any);
        list.setManaged(any);
        Entry focus = entries.get(focusWhenShown);
        if (focus != null) {
            focusWhenShown = 0;
            focus.comment.requestFocus();
        }
    }

    /** One highlight's row. */
    private final class Entry {
        private final VBox row = new VBox(3);
        private final Label color = new Label();
        private final Label where = new Label();
        private final Label quote = new Label();
        private final TextField comment = new TextField();
        private Highlight h;
        private boolean showing;

        Entry(Highlight first) {
            this.h = first;
            row.getStyleClass().add("ps-highlight-entry");
            color.getStyleClass().add("ps-highlight-color");
            where.getStyleClass().add("ps-highlight-lost");
            quote.getStyleClass().add("ps-highlight-quote");
            quote.setWrapText(true);
            quote.setOnMouseClicked(e -> select.test(h));
            quote.setTooltip(new Tooltip("Click to select the passage"));
            comment.setPromptText("Comment…");
            comment.getStyleClass().add("ps-highlight-comment");
            comment.setAccessibleText("Comment on the highlight");
            comment.textProperty().addListener((o, a, t) -> {
                if (!showing) {
                    model.editComment(paperId, h, t);
                }
            });
            comment.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    model.flush();
                }
            });
            comment.setOnAction(e -> model.flush());
            Button select = new Button(null, new FontIcon(Feather.CROSSHAIR));
            select.getStyleClass().addAll("flat", "small");
            select.setTooltip(new Tooltip("Select the passage"));
            select.setAccessibleText("Select the passage");
            select.setOnAction(e -> HighlightsSection.this.select.test(h));
            Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
            delete.getStyleClass().addAll("flat", "small");
            delete.setTooltip(new Tooltip("Delete the highlight (Undo in the notice)"));
            delete.setAccessibleText("Delete the highlight");
            delete.setOnAction(e -> model.delete(paperId, h));
            HBox top = new HBox(6, color, where, spacer(), select, delete);
            top.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().addAll(top, quote, comment);
            color.setContextMenu(colorMenu());
            quote.setContextMenu(colorMenu());
        }

        void show(Highlight now, boolean found) {
            h = now;
            showColor(model.colorsProperty().get());
            quote.setText("“" + now.quote().strip().replaceAll("\\s+", " ") + "”");
            where.setText(found ? "" : "no longer in the " + now.field().key());
            where.setVisible(!found);
            quote.setDisable(!found);
            String kept = model.refusedComment(now.id());
            String text = kept != null ? kept : now.comment();
            comment.pseudoClassStateChanged(REFUSED, kept != null);
            if (!comment.isFocused() && !comment.getText().equals(text)) {
                showing = true;
                try {
                    comment.setText(text);
                } finally {
                    showing = false;
                }
            }
        }

        void showColor(HighlightColors names) {
            color.setText(names.name(h.color()) + (h.field() == Highlight.Field.TITLE ? " · title" : ""));
            color.getStyleClass().removeIf(s -> s.startsWith("hl-swatch-"));
            color.getStyleClass().add("hl-swatch-" + h.color());
        }

        private ContextMenu colorMenu() {
            ContextMenu menu = new ContextMenu();
            menu.setOnShowing(e -> {
                HighlightColors names = model.colorsProperty().get();
                menu.getItems().clear();
                for (int c = 0; c < HighlightColors.COUNT; c++) {
                    int choice = c;
                    MenuItem to = new MenuItem("Make it " + names.name(c));
                    to.setDisable(c == h.color());
                    to.setOnAction(x -> model.setColor(paperId, h, choice));
                    menu.getItems().add(to);
                }
                MenuItem rename = new MenuItem("Rename “" + names.name(h.color()) + "”…");
                rename.setOnAction(x -> rename(h.color(), names.name(h.color())));
                menu.getItems().add(rename);
            });
            menu.getItems().add(new MenuItem("…"));
            return menu;
        }
    }

    private void rename(int color, String current) {
        TextInputDialog d = new TextInputDialog(current);
        d.setTitle("Rename colour");
        d.setHeaderText("A new name for the colour “" + current + "”");
        d.setContentText("Name:");
        if (list.getScene() != null) {
            d.initOwner(list.getScene().getWindow());
        }
        d.showAndWait().ifPresent(name -> model.renameColor(color, name));
    }

    private static Node spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
