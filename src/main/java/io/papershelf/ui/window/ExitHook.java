package io.papershelf.ui.window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shutdown hook the window holds while it shows, for what it must still do when the process is ended without the
 * window being closed (SIGTERM): installed when the window shows, removed when it is closed the ordinary way, which
 * does that work itself.
 */
final class ExitHook {
    private static final Logger LOG = LoggerFactory.getLogger(ExitHook.class);

    private final Thread thread;

    ExitHook(String name, Runnable work) {
        this.thread = new Thread(work, name);
    }

    void install() {
        Runtime.getRuntime().addShutdownHook(thread);
    }

    /** The window closes the ordinary way (or the process is ending already: then the hook runs as it is). */
    void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException shuttingDown) {
            LOG.debug("Ending already: {} runs as it is", thread.getName());
        }
    }

    /** The hook's thread (for tests: to see it is installed). */
    Thread thread() {
        return thread;
    }
}
