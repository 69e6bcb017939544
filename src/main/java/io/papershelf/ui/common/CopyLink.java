package io.papershelf.ui.common;

import java.util.function.Consumer;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** "Copy link" (and "Open link") on right-click of anything that opens a link: buttons, links, the abstract's links. */
public final class CopyLink {
    private CopyLink() {
    }

    /** Puts the link on the clipboard as text. */
    public static void copy(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The menu for a link: Open link, Copy link. */
    public static ContextMenu menu(String url, Consumer<String> open) {
        MenuItem openItem = new MenuItem("Open link");
        openItem.setOnAction(e -> open.accept(url));
        MenuItem copyItem = new MenuItem("Copy link");
        copyItem.setId("copy-link");
        copyItem.setOnAction(e -> copy(url));
        return new ContextMenu(openItem, copyItem);
    }

    /** Gives a control that opens {@code url} the link menu on right-click and with the context-menu key. */
    public static void install(Control control, String url, Consumer<String> open) {
        control.setContextMenu(menu(url, open));
    }
}
