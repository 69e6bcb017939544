package io.papershelf.ui.window;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.controls.CustomTextField;

import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.list.PaperListViewModel;

/**
 * The bar above the list: the Import button and the search field. Every keystroke queries at once (a
 * query costs milliseconds, and one superseded by the next key is skipped); Esc clears it, a second Esc,
 * Enter or Down moves to the list.
 */
final class SearchBar {
    /** Key and what it does, for the shortcuts dialog. */
    static final List<String[]> SHORTCUTS = List.<String[]>of(
            new String[] {"Esc", "In the search: clears it; again (or Enter, ↓): back to the list"},
            new String[] {"Esc", "In the tag field or the note: back to the list, same paper"});

    private final CustomTextField search = new CustomTextField();
    private final HBox bar;

    SearchBar(PaperListViewModel list, TableView<PaperRow> table, Runnable importAction) {
        Button importButton = new Button("Import", new FontIcon(Feather.DOWNLOAD));
        importButton.setId("toolbar-import");
        importButton.setTooltip(new Tooltip("Import a saved listing file"));
        importButton.setOnAction(e -> importAction.run());
        search.setId("search");
        search.setPromptText("Search titles, abstracts, organisations, notes, highlights and tags");
        search.setLeft(new FontIcon(Feather.SEARCH));
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setId("search-clear");
        clear.getStyleClass().addAll("flat", "small");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(640);
        search.textProperty().addListener((o, a, text) -> {
            list.queryProperty().set(text);
            list.reload();
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (search.getText().isEmpty()) {
                    table.requestFocus(); // the second Escape: back to the list, its selection as it was
                } else {
                    search.clear();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        bar = new HBox(10, importButton, search, spacer);
        bar.getStyleClass().add(Styles.TOOLBAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
    }

    HBox node() {
        return bar;
    }

    /** Edit > Find: the search field, its text selected. */
    void focus() {
        search.requestFocus();
        search.selectAll();
    }
}
