package io.papershelf.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import io.papershelf.library.ImportOutcome;
import io.papershelf.library.Library;
import io.papershelf.model.ListingSource;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.BackgroundTask;
import io.papershelf.ui.common.Notice;
import io.papershelf.ui.list.PaperListViewModel;
import io.papershelf.ui.sidebar.SidebarViewModel;

/**
 * Bringing listings in, whatever the door (the chooser, a drop, a paste, Open with, the sample), and taking
 * one out: the work runs in the background, then the sidebar shows the listing imported and the list its
 * papers from the top. What came of it is told in {@link #lastImportProperty} (the window makes a notice of
 * it, or a dialog when a file was refused); a clipboard without a listing is one sentence in a notice.
 */
final class ListingImports {
    private final Library library;
    private final BackgroundExecutor executor;
    private final SidebarViewModel sidebar;
    private final PaperListViewModel list;
    private final Consumer<Throwable> onError;
    private final Consumer<Notice> notices;
    private final ObjectProperty<List<ImportOutcome>> lastImport = new SimpleObjectProperty<>();

    ListingImports(Library library, BackgroundExecutor executor, SidebarViewModel sidebar, PaperListViewModel list,
                   Consumer<Throwable> onError, Consumer<Notice> notices) {
        this.library = library;
        this.executor = executor;
        this.sidebar = sidebar;
        this.list = list;
        this.onError = onError;
        this.notices = notices;
    }

    /** The outcomes of the last import that finished. */
    ObjectProperty<List<ImportOutcome>> lastImportProperty() {
        return lastImport;
    }

    /**
     * Imports files one by one (each all or nothing) as one task the status bar shows, with how many files are done;
     * cancelling it stops between files. Then the papers of the last file imported are shown.
     */
    void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Path> todo = List.copyOf(files);
        String title = "Importing " + (todo.size() == 1 ? todo.get(0).getFileName() : todo.size() + " files") + "…";
        executor.execute(BackgroundTask.titled(title, p -> {
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (Path f : todo) {
                if (p.cancelled()) {
                    break; // between files: each file is in the library whole, or not at all
                }
                if (todo.size() > 1) {
                    p.update(outcomes.size(), todo.size());
                }
                outcomes.add(importOne(f));
            }
            return outcomes;
        }).cancellable(() -> { }).onSuccess(outcomes -> finished(outcomes, () -> {
            if (outcomes.size() < todo.size()) { // after the import's own notice, in its place
                notices.accept(Notice.info("Stopped importing: " + outcomes.size() + " of " + todo.size()
                        + (todo.size() == 1 ? " file was" : " files were") + " imported."));
            }
        })).onFailure(onError));
    }

    /** One file; a failure is its outcome, so that the other files still go in. */
    private ImportOutcome importOne(Path f) {
        try {
            return library.importFile(f, null);
        } catch (Exception e) {
            return new ImportOutcome(f, null, MainViewModel.message(e));
        }
    }

    /** Imports what the clipboard held (read on the FX thread by the caller): its HTML, else its text. */
    void importPasted(String html, String text) {
        executor.submit(() -> library.importPasted(html, text), outcome -> {
            if (outcome.imported()) {
                finished(List.of(outcome), () -> { });
            } else {
                notices.accept(Notice.warning(outcome.refusal()));
            }
        }, onError);
    }

    /** Imports the bundled sample listing. */
    void importSample() {
        executor.submit(() -> new ImportOutcome(null, library.importSample(), null), o -> finished(List.of(o), () -> { }), onError);
    }

    /** Removes an imported listing; its papers that no other listing brought go to the Trash. */
    void removeListing(ListingSource listing) {
        executor.submit(() -> library.removeListing(listing.id()), trashed -> {
            sidebar.refresh();
            list.reload();
            notices.accept(Notice.info("Removed " + listing.fileName() + (trashed.isEmpty() ? "."
                    : ": " + (trashed.size() == 1 ? "its paper is" : "its " + trashed.size() + " papers are")
                    + " in the Trash.")));
        }, onError);
    }

    private void finished(List<ImportOutcome> outcomes, Runnable then) {
        String lastName = outcomes.stream().filter(ImportOutcome::imported).reduce((a, b) -> b)
                .map(o -> o.result().fileName()).orElse(null);
        sidebar.refresh(() -> {
            if (lastName != null) {
                // The papers of the last listing imported, from the top: its sidebar entry is the newest with that name.
                sidebar.selectListingNamed(lastName);
                list.reloadAsNewView();
            }
            lastImport.set(null); // the same outcomes twice are still two imports to tell of
            if (!outcomes.isEmpty()) {
                lastImport.set(List.copyOf(outcomes));
            }
            then.run();
        });
    }
}
