package io.papershelf.ui.detail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.QuoteAnchor;
import io.papershelf.ui.common.CopyLink;

/**
 * The title or the abstract: wrapped, selectable (mouse, or Shift and the arrow keys), read-only text whose
 * links are styled as links, open with a click and never break inside while the line has room, and whose
 * highlights show as coloured backgrounds. {@code H} (or 1 to 4 for a colour) highlights the selection, and
 * so does a colour in the small bar that appears after a selection with the mouse, or the context menu (a right click,
 * the context-menu key or Shift+F10), whose items wait for a selection.
 */
final class MarkableText {
    /** What the text asks of the pane. */
    interface Actions {
        void open(String url);

        void highlight(Highlight.Field field, int start, int end, int color);

        HighlightColors colors();

        int lastColor();
    }

    /** A read-only area whose copy leaves out the glue inside links. */
    private static final class Area extends StyleClassedTextArea {
        private DisplayText display = DisplayText.of("", List.of());

        Area() {
            super(false); // false: typed text takes no style from its neighbours (it is not the editability)
            setEditable(false);
        }

        @Override
        public void copy() {
            IndexRange r = getSelection();
            if (r.getLength() > 0) {
                CopyLink.copy(display.sourceText(r.getStart(), r.getEnd()));
            }
        }
    }

    private final Area area = new Area();
    private final Highlight.Field field;
    private final Actions actions;
    private final ColorBar colorBar;
    private final ContextMenu menu = new ContextMenu();

    MarkableText(Highlight.Field field, String id, String styleClass, Actions actions) {
        this.field = field;
        this.actions = actions;
        this.colorBar = new ColorBar(actions::colors, this::highlightSelection);
        area.setId(id);
        area.getStyleClass().addAll("ps-rich", styleClass);
        area.setWrapText(true);
        area.setFocusTraversable(true);
        area.setAccessibleText(field == Highlight.Field.TITLE ? "Title" : "Abstract");
        area.getCaretSelectionBind().setShowCaret(Caret.CaretVisibility.OFF);
        area.focusedProperty().addListener((o, was, now) -> {
            area.getCaretSelectionBind().setShowCaret(now ? Caret.CaretVisibility.ON : Caret.CaretVisibility.OFF);
            if (!now) {
                colorBar.hide();
            }
        });
        area.totalHeightEstimateProperty().addListener((o, a, h) -> fitHeight(h));
        area.widthProperty().addListener((o, a, w) -> fitHeight(area.totalHeightEstimateProperty().getValue()));
        area.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> area.setCursor(linkAt(e) != null ? Cursor.HAND : Cursor.TEXT));
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        area.selectionProperty().addListener((o, a, r) -> {
            if (r.getLength() == 0) {
                colorBar.hide();
            }
        });
    }

    StyleClassedTextArea node() {
        return area;
    }

    /** Shows a text with its links and this field's highlights (those still found in it). */
    void show(String text, List<String> links, List<Highlight> highlights) {
        DisplayText d = DisplayText.of(text, links);
        area.display = d;
        boolean sameText = area.getText().equals(d.shown()); // the same paper again: keep the caret and selection
        if (!sameText) {
            area.replaceText(d.shown());
        }
        List<Mark> marks = new ArrayList<>();
        for (DisplayText.Range r : d.links()) {
            marks.add(new Mark(d.shownIndex(r.start()), d.shownIndex(r.end()), "link"));
        }
        for (Highlight h : highlights) {
            if (h.field() == field) {
                QuoteAnchor.locate(text, h).ifPresent(s ->
                        marks.add(new Mark(d.shownIndex(s.start()), d.shownIndex(s.end()), "hl-" + h.color())));
            }
        }
        style(d.shown().length(), marks);
        if (!sameText) {
            area.moveTo(0);
            area.deselect();
        }
    }

    /** Selects a highlight's passage and takes the focus; false when the passage is no longer in the text. */
    boolean select(Highlight h) {
        var at = QuoteAnchor.locate(area.display.source(), h);
        if (at.isEmpty()) {
            return false;
        }
        area.requestFocus();
        area.selectRange(area.display.shownIndex(at.get().start()), area.display.shownIndex(at.get().end()));
        area.requestFollowCaret();
        return true;
    }

    /** The selection in offsets of the source text. */
    private int[] sourceSelection() {
        IndexRange r = area.getSelection();
        return new int[] {area.display.sourceIndex(r.getStart()), area.display.sourceIndex(r.getEnd())};
    }

    private void highlightSelection(int color) {
        int[] s = sourceSelection();
        colorBar.hide();
        actions.highlight(field, s[0], s[1], color);
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
            menuKey();
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        int color = switch (e.getCode()) {
            case H -> actions.lastColor();
            case DIGIT1, NUMPAD1 -> 0;
            case DIGIT2, NUMPAD2 -> 1;
            case DIGIT3, NUMPAD3 -> 2;
            case DIGIT4, NUMPAD4 -> 3;
            default -> -1;
        };
        if (color >= 0 && (e.getCode() == KeyCode.H || area.getSelection().getLength() > 0)) {
            e.consume();
            highlightSelection(color); // an empty selection is answered in words
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (area.getSelection().getLength() > 0) {
            colorBar.show(area, e.getScreenX(), e.getScreenY());
        } else if (e.isStillSincePress()) {
            DisplayText.Range link = linkAt(e);
            if (link != null) {
                actions.open(link.url());
            }
        }
    }

    private void contextMenu(ContextMenuEvent e) {
        DisplayText.Range link = e.isKeyboardTrigger() ? null : linkAt(e.getX(), e.getY());
        showMenu(link, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /**
     * The menu of the context-menu key or Shift+F10, under the selection (at the caret without one): Linux sends no
     * context-menu request for them, and a keyboard selection had no menu.
     */
    private void menuKey() {
        Bounds at = area.getSelectionBounds().or(area::getCaretBounds).orElse(area.localToScreen(area.getBoundsInLocal()));
        if (at != null) {
            showMenu(null, at.getMinX(), at.getMaxY());
        }
    }

    /**
     * Copy and a "Highlight as" item per colour, doing what the keys do ({@link #highlightSelection}), disabled
     * without a selection; a link's own items first.
     */
    private void showMenu(DisplayText.Range link, double screenX, double screenY) {
        List<MenuItem> items = new ArrayList<>();
        if (link != null) {
            items.addAll(CopyLink.menu(link.url(), actions::open).getItems());
        }
        boolean none = area.getSelection().getLength() == 0;
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(x -> area.copy());
        copy.setDisable(none);
        items.add(copy);
        HighlightColors colors = actions.colors();
        for (int c = 0; c < HighlightColors.COUNT; c++) {
            int color = c;
            MenuItem item = new MenuItem("Highlight as " + colors.name(c) + " (" + (c + 1) + ")");
            item.setId("highlight-as-" + c);
            item.setOnAction(x -> highlightSelection(color));
            item.setDisable(none);
            items.add(item);
        }
        colorBar.hide();
        menu.getItems().setAll(items);
        menu.show(area, screenX, screenY);
    }

    private DisplayText.Range linkAt(MouseEvent e) {
        return linkAt(e.getX(), e.getY());
    }

    private DisplayText.Range linkAt(double x, double y) {
        var hit = area.hit(x, y).getCharacterIndex();
        return hit.isPresent() ? area.display.linkAt(area.display.sourceIndex(hit.getAsInt())) : null;
    }

    private void fitHeight(Double estimate) {
        if (estimate != null && estimate > 0 && Math.ceil(estimate) + 4 != area.getPrefHeight()) {
            double h = Math.ceil(estimate) + 4;
            area.setPrefHeight(h);
            area.setMinHeight(h);
            area.setMaxHeight(h);
            // The estimate changes while the pane lays the area out at a new width, and a parent in its layout pass
            // does not hear a child's request: the area kept the height of its lines at the old width.
            Platform.runLater(() -> {
                if (area.getParent() != null) {
                    area.getParent().requestLayout();
                }
            });
        }
    }

    private record Mark(int start, int end, String style) {
    }

    /** Style classes per character: links and highlights may meet; each run gets all that cover it. */
    private void style(int length, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Mark m : marks) {
            cuts.add(Math.max(0, Math.min(m.start(), length)));
            cuts.add(Math.max(0, Math.min(m.end(), length)));
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                List<String> classes = new ArrayList<>();
                for (Mark m : marks) {
                    if (m.start() <= prev && cut <= m.end()) {
                        classes.add(m.style());
                    }
                }
                b.add(classes.isEmpty() ? Collections.emptyList() : classes, cut - prev);
            }
            prev = cut;
        }
        if (length == 0) {
            b.add(Collections.emptyList(), 0);
        }
        area.setStyleSpans(0, b.create());
    }
}
