package io.papershelf.ui.window;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Where the keyboard goes back to: the paper list, with the same paper selected. A scene filter sees every key
 * before any field does, so that whatever the detail pane's editors become:
 * <ul>
 *   <li>Escape anywhere in the detail pane (the tag field, the note editor) returns to the list; the note
 *       editor saves when it loses the focus, so the note is saved exactly as typed at that moment;</li>
 *   <li>Enter in an empty tag field returns to the list (Enter with text adds the tag and keeps the field);</li>
 *   <li>choosing a view in the sidebar (a click, or Enter) hands the keyboard to the list.</li>
 * </ul>
 * The search field handles its own Escape (the first clears, the second returns: {@link SearchBar}).
 */
final class FocusFlow {
    /** The tag field's id, as the detail pane's tag editor names it. */
    static final String TAG_INPUT = "tag-input";

    private final Scene scene;
    private final Node list;
    private final Node detail;

    FocusFlow(Scene scene, Node list, Node detail, Node sidebar) {
        this.scene = scene;
        this.list = list;
        this.detail = detail;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // A field's popup (the tag field's completions) sees the keys first and would take Escape for itself.
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::escapeFromPopups);
            }
        });
        sidebar.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && onItem(e)) {
                list.requestFocus();
            }
        });
        sidebar.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                list.requestFocus();
                e.consume();
            }
        });
    }

    private void key(KeyEvent e) {
        Node owner = scene.getFocusOwner();
        if (owner == null || !inside(owner, detail)) {
            return;
        }
        boolean emptyTagField = TAG_INPUT.equals(owner.getId()) && owner instanceof TextInputControl t
                && t.getText().isBlank();
        if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.ENTER && emptyTagField && noModifier(e))) {
            list.requestFocus();
            e.consume();
        }
    }

    /**
     * Escape in a popup of this window (the tag field's completions) while a detail-pane field has the focus closes
     * the popup and returns to the list, as Escape in the field does; the popup would otherwise take the Escape.
     */
    private void escapeFromPopups(Window w) {
        if (w instanceof PopupWindow popup) {
            popup.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                Node owner = scene.getFocusOwner();
                if (e.getCode() == KeyCode.ESCAPE && popup.getOwnerWindow() == scene.getWindow() && owner != null
                        && inside(owner, detail)) {
                    popup.hide();
                    list.requestFocus();
                    e.consume();
                }
            });
        }
    }

    /** Hands the keyboard to the list, unless the user is typing in a field (an import finishing, say). */
    void toListUnlessTyping() {
        if (!(scene.getFocusOwner() instanceof TextInputControl)) {
            list.requestFocus();
        }
    }

    private static boolean noModifier(KeyEvent e) {
        return !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && !e.isMetaDown();
    }

    private static boolean onItem(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
