package io.papershelf.ui.window;

import java.util.function.Consumer;

import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.BackgroundTask;
import io.papershelf.ui.detail.HighlightsViewModel;
import io.papershelf.ui.detail.NotesAutosave;

/**
 * How the window closes without waiting on the FX thread: what was typed is handed to the library's thread (the note,
 * a highlight's comment), tasks that may stop are asked to (an import stops between files), and once the library's
 * thread has done all it was given, the window looks whether everything typed landed. If so it closes; if not, it says
 * why and stays open with the text (decision 0005: nothing typed is lost).
 */
final class ClosingWindow {
    private final MainViewModel vm;
    private final BackgroundExecutor executor;
    private final Consumer<String> notSaved;
    private boolean saving;

    /** {@code notSaved} tells the user why the window stays open (a dialog: {@link WindowDialogs#notSavedOnClose}). */
    ClosingWindow(MainViewModel vm, BackgroundExecutor executor, Consumer<String> notSaved) {
        this.vm = vm;
        this.executor = executor;
        this.notSaved = notSaved;
    }

    /** Runs {@code saved} (FX thread) once everything typed is in the library; a second request meanwhile is one. */
    void close(Runnable saved) {
        if (saving) {
            return;
        }
        saving = true;
        executor.running().stream().filter(BackgroundTask::isCancellable).forEach(BackgroundTask::cancel);
        vm.detail().flush();
        executor.afterPendingWork(() -> {
            saving = false;
            String why = notSaved();
            if (why == null) {
                saved.run();
            } else {
                notSaved.accept(why);
            }
        });
    }

    /** Why something typed is not in the library, in one sentence; null when all of it is. */
    private String notSaved() {
        NotesAutosave notes = vm.detail().notes();
        HighlightsViewModel highlights = vm.detail().highlights();
        if (notes.hasUnsavedText()) {
            return orDefault(notes.failureProperty().get(), "The note could not be saved.");
        }
        if (highlights.hasUnsavedComment() || highlights.hasRefusedComment()) {
            return orDefault(highlights.commentFailureProperty().get(), "A highlight's comment could not be saved.");
        }
        return null;
    }

    private static String orDefault(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }
}
