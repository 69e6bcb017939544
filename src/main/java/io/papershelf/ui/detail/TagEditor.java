package io.papershelf.ui.detail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.WindowEvent;

import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import io.papershelf.library.TagSuggestion;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.TagColors;

/**
 * A paper's tags as chips with a one-click remove, a field that adds a tag (Enter) with completion from
 * the existing tags, the user's own tags the "For you" models suggest (a click or Alt+1..3 adds one), and the
 * listing's suggested keywords, applied only when clicked.
 */
final class TagEditor {
    private final VBox box = new VBox(6);
    private final FlowPane chips = new FlowPane(6, 6);
    static final double SUGGESTION_MAX_WIDTH = 240;
    private final FlowPane suggestions = new FlowPane(6, 6);
    private final FlowPane yours = new FlowPane(6, 6);
    private final TextField input = new TextField();
    private final Consumer<String> onAdd;
    private final Consumer<String> onRemove;

    TagEditor(ObservableList<String> allTags, Consumer<String> onAdd, Consumer<String> onRemove) {
        this.onAdd = onAdd;
        this.onRemove = onRemove;
        input.setId("tag-input");
        input.setPromptText("Add a tag…");
        input.setPrefColumnCount(16);
        input.setOnAction(e -> add());
        completeFrom(allTags);
        Button addButton = new Button(null, new FontIcon(Feather.PLUS));
        addButton.setOnAction(e -> add());
        addButton.setAccessibleText("Add tag");
        HBox row = new HBox(6, input, addButton);
        row.setAlignment(Pos.CENTER_LEFT);
        yours.setId("your-tags");
        box.getChildren().addAll(chips, row, yours, suggestions);
    }

    /**
     * Completion from the existing tags (Enter, or a click, on one adds it: the popup takes that Enter). The
     * completions come on a thread of their own a moment after the last key, so they are made from a copy of the tags
     * and never show once the field has lost the keyboard: a popup left over the list would take the next Enter,
     * typed into the note, and add its tag to whichever paper is in hand.
     */
    private void completeFrom(ObservableList<String> allTags) {
        AtomicReference<List<String>> known = new AtomicReference<>(List.copyOf(allTags));
        allTags.addListener((InvalidationListener) o -> known.set(List.copyOf(allTags)));
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(input, request -> {
            String typed = request.getUserText() == null ? "" : request.getUserText().strip().toLowerCase(Locale.ROOT);
            if (typed.isEmpty()) {
                return List.<String>of();
            }
            return known.get().stream().filter(t -> t.toLowerCase(Locale.ROOT).contains(typed)).limit(12).toList();
        });
        completion.setOnAutoCompleted(e -> add());
        PopupWindow popup = completion.getAutoCompletionPopup();
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
            }
        });
        popup.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (!input.isFocused()) {
                Platform.runLater(popup::hide);
            }
        });
    }

    VBox node() {
        return box;
    }

    TextField input() {
        return input;
    }

    private void add() {
        String t = input.getText() == null ? "" : input.getText().strip();
        if (!t.isEmpty()) {
            onAdd.accept(t);
            input.clear();
        }
    }

    /** The user's own tags suggested for the paper, most likely first: Alt+1, Alt+2, Alt+3. */
    void showYours(List<TagSuggestion> suggested) {
        yours.getChildren().clear();
        if (suggested.isEmpty()) {
            return;
        }
        Label l = new Label("Your tags:");
        l.getStyleClass().add(Styles.DETAIL_META);
        yours.getChildren().add(l);
        for (int i = 0; i < suggested.size(); i++) {
            TagSuggestion s = suggested.get(i);
            String key = "Alt+" + (i + 1);
            Label hint = new Label(key);
            hint.getStyleClass().add(Styles.KEY_HINT);
            Button b = new Button(s.tag(), hint);
            b.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            b.setId("your-tag-" + (i + 1));
            b.getStyleClass().addAll(Styles.SUGGESTED_TAG, Styles.YOUR_TAG, "small");
            b.setMaxWidth(SUGGESTION_MAX_WIDTH);
            b.setTooltip(new Tooltip("Add your tag " + s.tag() + " (" + key + "): this paper is more like its papers than "
                    + Math.round(s.likeness() * 100) + "% of the library"));
            b.setOnAction(e -> onAdd.accept(s.tag()));
            yours.getChildren().add(b);
        }
    }

    void show(List<String> tags, List<String> suggested, Map<String, String> colors) {
        chips.getChildren().clear();
        for (String t : tags) {
            Label name = new Label(t);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll("flat", "small");
            remove.setAccessibleText("Remove tag " + t);
            remove.setOnAction(e -> onRemove.accept(t));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add(Styles.TAG_CHIP);
            chip.setStyle(TagColors.chipStyle(colors.get(t)));
            chips.getChildren().add(chip);
        }
        suggestions.getChildren().clear();
        List<String> fresh = suggested.stream()
                .filter(s -> tags.stream().noneMatch(t -> t.equalsIgnoreCase(s))).limit(8).toList();
        if (!fresh.isEmpty()) {
            Label l = new Label("Suggested:");
            l.getStyleClass().add(Styles.DETAIL_META);
            suggestions.getChildren().add(l);
            for (String s : fresh) {
                Button b = new Button(s, new FontIcon(Feather.PLUS));
                b.getStyleClass().addAll(Styles.SUGGESTED_TAG, "small");
                // A long keyword ("Computer Science - Computer Vision and Pattern Recognition") is cut with an
                // ellipsis instead of widening the pane; the whole of it is in the tooltip.
                b.setMaxWidth(SUGGESTION_MAX_WIDTH);
                b.setTooltip(new Tooltip("Add the tag " + s));
                b.setOnAction(e -> onAdd.accept(s));
                suggestions.getChildren().add(b);
            }
        }
    }
}
