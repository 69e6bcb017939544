package io.papershelf.storage;

/**
 * A library file that cannot be opened or written: not a library, damaged, from a newer Papershelf,
 * or a disk that refuses the write. The message is one sentence naming the file.
 */
public class StorageException extends Exception {
    /** Why a file cannot be used, so that the application can offer the right way out. */
    public enum Problem {
        /** Not an SQLite database, or one that some other program wrote. */
        NOT_A_LIBRARY,
        /** An SQLite database that cannot be read: cut short, overwritten, malformed. */
        DAMAGED,
        /** Written by a newer Papershelf. */
        NEWER_VERSION,
        /** The file or its folder cannot be read or written (permissions, disk full). */
        UNAVAILABLE
    }

    private final Problem problem;

    public StorageException(String message) {
        this(Problem.UNAVAILABLE, message, null);
    }

    public StorageException(String message, Throwable cause) {
        this(Problem.UNAVAILABLE, message, cause);
    }

    public StorageException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
