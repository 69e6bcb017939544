package io.papershelf.ui.window;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import io.papershelf.ui.common.Styles;

/**
 * What a new, empty library shows: what Papershelf does, and the ways in: import a file, paste a copied page,
 * or try the bundled sample listing; files can also be dropped anywhere.
 */
final class EmptyStateView {
    private final VBox box = new VBox(14);

    EmptyStateView(Runnable importAction, Runnable pasteAction, Runnable sampleAction) {
        box.setId("empty-state");
        box.getStyleClass().addAll(Styles.EMPTY_STATE, Styles.DROP_TARGET);
        box.setAlignment(Pos.CENTER);
        FontIcon icon = new FontIcon(Feather.BOOK_OPEN);
        icon.setIconSize(56);
        Label title = new Label("Your reading list is empty");
        title.getStyleClass().add(Styles.EMPTY_TITLE);
        Label text = new Label("Save a listing page such as Hugging Face Daily Papers (as text, HTML, Markdown or "
                + "JSON) and import it, or copy the page in your browser (Ctrl+A, Ctrl+C) and paste it here. "
                + "Papershelf keeps every paper with its abstract, authors, date and links, and remembers what you "
                + "have read, your tags and your notes.");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button importButton = new Button("Import a listing…", new FontIcon(Feather.DOWNLOAD));
        importButton.setId("empty-import");
        importButton.getStyleClass().add("accent");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> importAction.run());
        Button pasteButton = new Button("Paste a listing", new FontIcon(Feather.CLIPBOARD));
        pasteButton.setId("empty-paste");
        pasteButton.setOnAction(e -> pasteAction.run());
        HBox buttons = new HBox(10, importButton, pasteButton);
        buttons.setAlignment(Pos.CENTER);
        Button sample = new Button("Try it with the sample listing", new FontIcon(Feather.PLAY_CIRCLE));
        sample.setId("empty-sample");
        sample.getStyleClass().addAll("flat", "accent");
        sample.setOnAction(e -> sampleAction.run());
        Label drop = new Label("or drop saved listing files anywhere on this window");
        drop.getStyleClass().add(Styles.DETAIL_META);
        box.getChildren().addAll(icon, title, text, buttons, drop, sample);
    }

    /**
     * Shows this in place of {@code panes} while {@code empty} holds, the panes otherwise. Each is managed only while
     * it shows, so that what shows is laid out then: panes made visible while still managed kept the layout they had
     * while hidden and were not painted until something else laid the window out again (the first import into an
     * empty library left the window blank while its notice showed).
     */
    void standInFor(Node panes, ObservableBooleanValue empty) {
        box.visibleProperty().bind(empty);
        box.managedProperty().bind(box.visibleProperty());
        panes.visibleProperty().bind(box.visibleProperty().not());
        panes.managedProperty().bind(panes.visibleProperty());
    }

    Node node() {
        return box;
    }
}
