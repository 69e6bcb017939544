package io.papershelf.ui.detail;

import java.util.List;
import java.util.function.Consumer;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.ui.common.Styles;

/** What the detail pane offers when several papers are selected: read, unread, add or remove a tag, Trash. */
final class BulkActions {
    private final VBox bulk = new VBox(12);
    private final Label title = new Label();

    BulkActions(DetailViewModel model, ObservableList<String> allTags, Consumer<List<Long>> trash) {
        bulk.setId("bulk-actions");
        bulk.setPadding(new Insets(24));
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        Button read = new Button("Mark read", new FontIcon(Feather.CHECK_CIRCLE));
        read.setOnAction(e -> model.setRead(model.selection(), true));
        Button unread = new Button("Mark unread", new FontIcon(Feather.CIRCLE));
        unread.setOnAction(e -> model.setRead(model.selection(), false));
        TextField addTag = new TextField();
        addTag.setPromptText("Tag to add");
        TextFields.bindAutoCompletion(addTag, r -> allTags.stream()
                .filter(t -> r.getUserText() != null && !r.getUserText().isBlank()
                        && t.toLowerCase().contains(r.getUserText().strip().toLowerCase())).toList());
        Button add = new Button("Add tag", new FontIcon(Feather.TAG));
        Runnable addAction = () -> {
            model.addTag(model.selection(), addTag.getText());
            addTag.clear();
        };
        add.setOnAction(e -> addAction.run());
        addTag.setOnAction(e -> addAction.run());
        ComboBox<String> removeTag = new ComboBox<>(allTags);
        removeTag.setPromptText("Tag to remove");
        Button remove = new Button("Remove tag", new FontIcon(Feather.X));
        remove.setOnAction(e -> {
            if (removeTag.getValue() != null) {
                model.removeTag(model.selection(), removeTag.getValue());
            }
        });
        // A long tag name narrows the field, never the buttons beside it (issue 12: "✕ …").
        for (Button b : List.of(add, remove)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        removeTag.setMinWidth(90);
        removeTag.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(removeTag, Priority.ALWAYS);
        removeTag.valueProperty().addListener((o, was, now) -> removeTag.setTooltip(now == null ? null : new Tooltip(now)));
        Button toTrash = new Button("Move to Trash", new FontIcon(Feather.TRASH_2));
        toTrash.getStyleClass().add("danger");
        toTrash.setOnAction(e -> trash.accept(model.selection()));
        bulk.getChildren().addAll(title, new HBox(8, read, unread), new HBox(8, addTag, add),
                new HBox(8, removeTag, remove), toTrash);
    }

    Node node() {
        return bulk;
    }

    void count(int selected) {
        title.setText(selected + " papers selected");
    }
}
