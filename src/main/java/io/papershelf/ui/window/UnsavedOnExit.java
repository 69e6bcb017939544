package io.papershelf.ui.window;

import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.library.Library;
import io.papershelf.library.LibraryException;
import io.papershelf.ui.detail.UnsavedText;

/**
 * Text typed in the last moments before the process is ended without the window being closed (SIGTERM: a logout, a
 * service manager, {@code kill}), saved by a shutdown hook: a note or a highlight's comment waits for a pause of
 * 0.7 s before it is saved, and JavaFX's thread, the window's library thread and its connection may all be going
 * when the hook runs. So the hook opens a connection of its own to the library file, waits briefly for saves under
 * way (an older text never lands after a newer one), and writes what still waits ({@link UnsavedText}). Closing the
 * window the ordinary way removes the hook first: that path saves everything itself, and says so if it cannot.
 */
final class UnsavedOnExit {
    private static final Logger LOG = LoggerFactory.getLogger(UnsavedOnExit.class);
    /** How long the hook waits for the saves already under way on the library thread. */
    static final Duration SAVES_UNDER_WAY = Duration.ofSeconds(2);

    private final UnsavedText unsaved;
    private final Path file;
    private final ExitHook hook = new ExitHook("papershelf-unsaved-on-exit", this::save);

    UnsavedOnExit(UnsavedText unsaved, Path file) {
        this.unsaved = unsaved;
        this.file = file;
    }

    void install() {
        hook.install();
    }

    /** The window closes the ordinary way: that path saves what was typed. */
    void remove() {
        hook.remove();
    }

    /** The hook (for tests: to see it is installed). */
    Thread hook() {
        return hook.thread();
    }

    /** What the hook does, on its own thread (and tests): writes what waits, through its own connection. */
    void save() {
        if (unsaved.isEmpty()) {
            return;
        }
        try (Library library = Library.open(file)) {
            int written = unsaved.saveTo(library, SAVES_UNDER_WAY);
            LOG.info("Ended with typing not yet saved: {} text(s) written to {} on exit", written, file);
        } catch (LibraryException e) {
            LOG.warn("What was typed last could not be saved on exit to {}", file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
