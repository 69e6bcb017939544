package io.papershelf.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import io.papershelf.library.ImportOutcome;
import io.papershelf.library.Library;
import io.papershelf.model.ListingSource;
import io.papershelf.ui.common.BackgroundExecutor;
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
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<List<ImportOutcome>> lastImport = new SimpleObjectProperty<>();
    private Consumer<List<Long>> written = ids -> { };

    ListingImports(Library library, BackgroundExecutor executor, SidebarViewModel sidebar, PaperListViewModel list,
                   Consumer<Throwable> onError, Consumer<Notice> notices) {
        this.library = library;
        this.executor = executor;
        this.sidebar = sidebar;
        this.list = list;
        this.onError = onError;
        this.notices = notices;
    }

    /** Who is told of the papers an import wrote or a removed listing sent to the Trash (the "For you" ranking). */
    void onWritten(Consumer<List<Long>> papers) {
        this.written = papers;
    }

    /** -1 when no import runs, else 0..1. */
    DoubleProperty progressProperty() {
        return progress;
    }

    /** The outcomes of the last import that finished. */
    ObjectProperty<List<ImportOutcome>> lastImportProperty() {
        return lastImport;
    }

    /** Imports files one by one (each all or nothing), then shows the papers of the last file imported. */
    void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        progress.set(0);
        for (Path f : files) {
            executor.submit(() -> library.importFile(f, null), outcome -> {
                outcomes.add(outcome);
                progress.set((double) outcomes.size() / files.size());
                if (outcomes.size() == files.size()) {
                    finished(outcomes);
                }
            }, e -> {
                outcomes.add(new ImportOutcome(f, null, MainViewModel.message(e)));
                if (outcomes.size() == files.size()) {
                    finished(outcomes);
                }
            });
        }
    }

    /** Imports what the clipboard held (read on the FX thread by the caller): its HTML, else its text. */
    void importPasted(String html, String text) {
        executor.submit(() -> library.importPasted(html, text), outcome -> {
            if (outcome.imported()) {
                finished(List.of(outcome));
            } else {
                notices.accept(Notice.warning(outcome.refusal()));
            }
        }, onError);
    }

    /** Imports the bundled sample listing. */
    void importSample() {
        executor.submit(() -> new ImportOutcome(null, library.importSample(), null), o -> finished(List.of(o)), onError);
    }

    /** Removes an imported listing; its papers that no other listing brought go to the Trash. */
    void removeListing(ListingSource listing) {
        executor.submit(() -> library.removeListing(listing.id()), trashed -> {
            written.accept(trashed);
            sidebar.refresh();
            list.reload();
            notices.accept(Notice.info("Removed " + listing.fileName() + (trashed.isEmpty() ? "."
                    : ": " + (trashed.size() == 1 ? "its paper is" : "its " + trashed.size() + " papers are")
                    + " in the Trash.")));
        }, onError);
    }

    private void finished(List<ImportOutcome> outcomes) {
        progress.set(-1);
        written.accept(outcomes.stream().filter(ImportOutcome::imported).flatMap(o -> o.result().written().stream())
                .toList());
        String lastName = outcomes.stream().filter(ImportOutcome::imported).reduce((a, b) -> b)
                .map(o -> o.result().fileName()).orElse(null);
        sidebar.refresh(() -> {
            if (lastName != null) {
                // The papers of the last listing imported, from the top: its sidebar entry is the newest with that name.
                sidebar.selectListingNamed(lastName);
                list.reloadAsNewView();
            }
            lastImport.set(null); // the same outcomes twice are still two imports to tell of
            lastImport.set(List.copyOf(outcomes));
        });
    }
}
