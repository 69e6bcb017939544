package io.papershelf.library;

import java.nio.file.Path;

/**
 * A library file that cannot be opened, with the reason, so that the application can offer the right
 * way out (another library, or the latest automatic backup). The file was left untouched.
 */
public final class LibraryOpenException extends LibraryException {
    /** Why the file cannot be opened. */
    public enum Problem {
        /** Not an SQLite database, or one that another program wrote. */
        NOT_A_LIBRARY,
        /** Cut short, overwritten or otherwise unreadable. */
        DAMAGED,
        /** Written by a newer Papershelf. */
        NEWER_VERSION,
        /** Open in another Papershelf window. */
        IN_USE,
        /** The file or its folder cannot be read or written. */
        UNAVAILABLE;

        /** Whether putting back an automatic backup in its place is a way out. */
        public boolean restorable() {
            return this == NOT_A_LIBRARY || this == DAMAGED || this == NEWER_VERSION;
        }
    }

    private final Path file;
    private final Problem problem;

    public LibraryOpenException(Path file, Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }
}
