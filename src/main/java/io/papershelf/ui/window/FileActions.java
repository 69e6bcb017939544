package io.papershelf.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import io.papershelf.model.ExportFormat;
import io.papershelf.ui.common.BackgroundTask;
import io.papershelf.ui.common.Notice;
import io.papershelf.ui.common.UiState;

/**
 * The File menu's work: import listings (from the chooser, remembering the folder, or dropped on the
 * window), export (a notice then says where the file went), new and open library, restore from a backup.
 */
final class FileActions {
    private final Stage stage;
    private final MainWindow.Services s;
    private final MainViewModel vm;
    private final WindowDialogs dialogs;
    private final Supplier<List<Long>> selection;
    private String importFolder;

    FileActions(Stage stage, MainWindow.Services services, MainViewModel vm, WindowDialogs dialogs,
                Supplier<List<Long>> selection, String importFolder) {
        this.stage = stage;
        this.s = services;
        this.vm = vm;
        this.dialogs = dialogs;
        this.selection = selection;
        this.importFolder = importFolder;
    }

    /** The folder the last import came from (remembered with the window), or null. */
    String importFolder() {
        return importFolder;
    }

    void importListing() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import listing files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Listings (text, HTML, Markdown, JSON, BibTeX, XML)",
                        "*.txt", "*.html", "*.htm", "*.md", "*.json", "*.bib", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        // A look at the folder, as the chooser itself is about to list it (a chooser is file work on the FX thread
        // by nature); a folder that is gone is not offered.
        if (importFolder != null && new File(importFolder).isDirectory()) {
            chooser.setInitialDirectory(new File(importFolder));
        }
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importFolder = files.get(0).getParent();
            UiState.ImportFolder remembered = new UiState.ImportFolder(importFolder);
            s.executor().execute(BackgroundTask.quiet(() -> {
                s.prefs().save(WindowStateStore.IMPORT_FOLDER, remembered);
                return null;
            }).besideTheLibrary());
            importFiles(files);
        }
    }

    void importFiles(List<File> files) {
        vm.importFiles(files.stream().map(File::toPath).toList());
    }

    /** Files dropped anywhere on the window are imported. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importFiles(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    void export() {
        List<Long> selected = selection.get();
        WindowDialogs.ExportChoice choice = dialogs.exportChoice(selected.size());
        if (choice == null) {
            return;
        }
        if (choice.format().folder()) {
            exportNotes(choice.selectionOnly() ? selected : null);
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export");
        String ext = choice.format().extension();
        chooser.setInitialFileName("papershelf-" + (choice.selectionOnly() ? "selection" : "library") + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(choice.format().description(), "*." + ext));
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            exportTo(choice.format(), choice.selectionOnly(), target.toPath());
        }
    }

    /** File > Export… > Notes folder: one Markdown file per annotated paper into a folder the user picks. */
    private void exportNotes(List<Long> ids) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export notes to a folder (for Obsidian or Logseq)");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            exportNotesTo(ids, folder.toPath());
        }
    }

    /** Writes the notes folder in the background; a notice says where and what changed. */
    void exportNotesTo(List<Long> ids, Path folder) {
        s.executor().execute(BackgroundTask.titled("Exporting notes to " + folder.getFileName() + "…",
                        p -> s.library().exportNotes(ids, folder))
                .onSuccess(done -> vm.showNotice(Notice.info("Exported notes to " + done.folder() + ": " + done.counts()
                        + "."))));
    }

    /** Writes the export in the background; a notice then says where it went, with Show in folder. */
    void exportTo(ExportFormat format, boolean selectionOnly, Path target) {
        List<Long> ids = selectionOnly ? selection.get() : null;
        Path folder = target.toAbsolutePath().getParent();
        s.executor().execute(BackgroundTask.titled("Exporting to " + target.getFileName() + "…", p -> {
            s.library().export(format, ids, target);
            // The folder's address looks at the disk (a folder's ends in "/"): here, not on the FX thread.
            return new Exported(ids != null ? ids.size() : s.library().counts().all(), folder.toUri().toString());
        }).onSuccess(e -> vm.showNotice(Notice.info("Exported " + (e.papers() == 1 ? "1 paper" : e.papers() + " papers")
                + " to " + target.toAbsolutePath() + ".", new Notice.Action("Show in folder",
                () -> showFolder(folder, e.folderUri()))))));
    }

    private record Exported(int papers, String folderUri) {
    }

    /** Opens a folder in the desktop's file manager; a notice says so when that cannot be done. */
    private void showFolder(Path folder, String uri) {
        s.links().open(uri, reason -> Platform.runLater(() ->
                vm.showNotice(Notice.warning("Could not open the folder " + folder + " (" + reason + ")."))));
    }

    /** Asks where to save an image (a chart of the statistics); null when the user cancels. */
    Path chooseImageFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save image");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = chooser.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    void chooseLibrary(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "New library" : "Open library");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Papershelf library", "*.db"));
        File f = create ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            if (create && !p.getFileName().toString().contains(".")) {
                p = p.resolveSibling(p.getFileName() + ".db");
            }
            s.app().openLibrary(p);
        }
    }

    /** Lists the backups in the background, then lets the user choose one; the application puts it in place. */
    void restoreBackup() {
        Path file = s.library().file();
        s.executor().execute(BackgroundTask.titled("Looking for backups…", p -> s.app().backups(file))
                .besideTheLibrary().onSuccess(list -> {
                    Path chosen = new RestoreBackupDialog(stage, s.library().zone()).choose(file, list);
                    if (chosen != null) {
                        s.app().restoreBackup(chosen);
                    }
                }));
    }
}
