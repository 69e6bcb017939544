package io.papershelf.ui.window;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import io.papershelf.library.ImportOutcome;

/** The window's dialogs: import summary, errors, confirmations, keyboard shortcuts, About. */
final class WindowDialogs {
    private final Window owner;

    WindowDialogs(Window owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        a.setContentText(text);
        return a;
    }

    /** The details of an import that went through: one line per file, with what it skipped. */
    void importSummary(List<ImportOutcome> outcomes) {
        Alert a = alert(Alert.AlertType.INFORMATION, "Import finished", header(outcomes), details(outcomes));
        a.getDialogPane().setId("import-summary");
        a.show();
    }

    /** A file that was refused: which, and why; what the other files did. */
    void importRefused(List<ImportOutcome> outcomes) {
        Alert a = alert(Alert.AlertType.WARNING, "Import finished", header(outcomes), details(outcomes));
        a.getDialogPane().setId("import-refused");
        a.show();
    }

    private static String header(List<ImportOutcome> outcomes) {
        long refused = outcomes.stream().filter(o -> !o.imported()).count();
        int added = outcomes.stream().filter(ImportOutcome::imported).mapToInt(o -> o.result().added()).sum();
        int updated = outcomes.stream().filter(ImportOutcome::imported).mapToInt(o -> o.result().updated()).sum();
        return "%d new, %d updated%s".formatted(added, updated, refused == 0 ? "" : ", " + refused
                + (refused == 1 ? " file refused" : " files refused"));
    }

    private static String details(List<ImportOutcome> outcomes) {
        StringBuilder b = new StringBuilder();
        for (ImportOutcome o : outcomes) {
            b.append(b.length() == 0 ? "" : "\n").append(o.line());
            if (o.imported()) {
                o.result().skipped().forEach(s -> b.append("\n  skipped ").append(s));
            }
        }
        return b.toString();
    }

    void error(String sentence) {
        Alert a = alert(Alert.AlertType.ERROR, "Papershelf", "Something did not work", sentence);
        a.getDialogPane().setId("error-dialog");
        a.show();
    }

    /** Closing found something typed that is not in the library: the window stays open with it. */
    void notSavedOnClose(String reason) {
        Alert a = alert(Alert.AlertType.WARNING, "Papershelf", "Not everything you typed is saved", reason
                + "\n\nThe window stays open with your text. Close it again once that is fixed (or copy the text "
                + "somewhere safe first).");
        a.getDialogPane().setId("not-saved-on-close");
        a.show();
    }

    boolean confirm(String header, String text, String action) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Papershelf", header, text);
        ButtonType ok = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        return a.showAndWait().filter(ok::equals).isPresent();
    }

    String ask(String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle("Papershelf");
        d.setHeaderText(header);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** What to export: a format, and the selection only or everything. */
    record ExportChoice(io.papershelf.model.ExportFormat format, boolean selectionOnly) {
    }

    ExportChoice exportChoice(int selected) {
        javafx.scene.control.Dialog<ExportChoice> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export");
        d.setHeaderText("Export papers");
        javafx.scene.control.ComboBox<io.papershelf.model.ExportFormat> format =
                new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                        io.papershelf.model.ExportFormat.values()));
        format.setId("export-format");
        format.getSelectionModel().selectFirst();
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(io.papershelf.model.ExportFormat f) {
                return f == null ? "" : f.description();
            }

            @Override
            public io.papershelf.model.ExportFormat fromString(String s) {
                return null;
            }
        });
        javafx.scene.control.ToggleGroup scope = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton all = new javafx.scene.control.RadioButton("The whole library");
        javafx.scene.control.RadioButton some = new javafx.scene.control.RadioButton(
                selected == 1 ? "The selected paper" : "The " + selected + " selected papers");
        all.setToggleGroup(scope);
        some.setToggleGroup(scope);
        some.setDisable(selected == 0);
        (selected > 1 ? some : all).setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        Label formatLabel = new Label("Format");
        Label papersLabel = new Label("Papers");
        for (Label l : new Label[] {formatLabel, papersLabel}) {
            l.setMinWidth(Label.USE_PREF_SIZE); // whole: the long format names take the rest
        }
        grid.addRow(0, formatLabel, format);
        grid.addRow(1, papersLabel, new javafx.scene.layout.VBox(6, all, some));
        d.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType("Export…", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        d.setResultConverter(b -> b == export ? new ExportChoice(format.getValue(), some.isSelected()) : null);
        return d.showAndWait().orElse(null);
    }

    /**
     * The keys in two columns, so that the dialog fits a 1280x800 screen with its title bar: the list's own with the
     * detail pane's under them, and the menus' (each key once: Ctrl+C and the like are the menus').
     */
    void shortcuts(List<String[]> inTheList, List<String[]> inTheDetail, List<String[]> everywhere) {
        javafx.scene.layout.HBox columns = new javafx.scene.layout.HBox(36,
                new javafx.scene.layout.VBox(18, keyColumn("In the list (never while typing in a field)", inTheList, 400),
                        keyColumn("In the title or abstract", inTheDetail, 400)),
                keyColumn("Everywhere", everywhere, 270));
        Alert a = alert(Alert.AlertType.INFORMATION, "Keyboard shortcuts", "Keyboard shortcuts", null);
        a.getDialogPane().setContent(columns);
        a.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setId("shortcuts-dialog");
        a.show();
    }

    private static GridPane keyColumn(String heading, List<String[]> keys, double textWidth) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(3);
        Label title = new Label(heading);
        title.getStyleClass().add(io.papershelf.ui.common.Styles.SECTION_LABEL);
        grid.add(title, 0, 0, 2, 1);
        for (int i = 0; i < keys.size(); i++) {
            Label key = new Label(keys.get(i)[0]);
            key.getStyleClass().add("ps-key");
            key.setMinWidth(Label.USE_PREF_SIZE);
            Label what = new Label(keys.get(i)[1]);
            what.setWrapText(true);
            what.setPrefWidth(textWidth);
            what.setMinHeight(Label.USE_PREF_SIZE);
            grid.add(key, 0, i + 1);
            grid.add(what, 1, i + 1);
        }
        return grid;
    }

    void about(String version, String libraryFile) {
        Alert a = alert(Alert.AlertType.INFORMATION, "About Papershelf", "Papershelf " + version,
                "A reading list for research papers.\n\nLibrary: " + libraryFile
                        + "\nJava " + System.getProperty("java.version") + ", JavaFX "
                        + System.getProperty("javafx.runtime.version", "?"));
        a.getDialogPane().setId("about-dialog");
        a.show();
    }
}
