package io.papershelf.ui.window;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import io.papershelf.ui.common.Styles;

/** What a new, empty library shows: what Papershelf does, an Import button and the drop target. */
final class EmptyStateView {
    private final VBox box = new VBox(14);

    EmptyStateView(Runnable importAction) {
        box.setId("empty-state");
        box.getStyleClass().addAll(Styles.EMPTY_STATE, Styles.DROP_TARGET);
        box.setAlignment(Pos.CENTER);
        FontIcon icon = new FontIcon(Feather.BOOK_OPEN);
        icon.setIconSize(56);
        Label title = new Label("Your reading list is empty");
        title.getStyleClass().add(Styles.EMPTY_TITLE);
        Label text = new Label("Save a listing page such as Hugging Face Daily Papers (as text, HTML, Markdown or "
                + "JSON) and import it. Papershelf keeps every paper with its abstract, authors, date and links, "
                + "and remembers what you have read, your tags and your notes.");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button importButton = new Button("Import a listing…", new FontIcon(Feather.DOWNLOAD));
        importButton.setId("empty-import");
        importButton.getStyleClass().add("accent");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> importAction.run());
        Label drop = new Label("or drop saved listing files anywhere on this window");
        drop.getStyleClass().add(Styles.DETAIL_META);
        box.getChildren().addAll(icon, title, text, importButton, drop);
    }

    Node node() {
        return box;
    }
}
