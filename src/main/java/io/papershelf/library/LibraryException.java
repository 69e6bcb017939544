package io.papershelf.library;

/**
 * A library that cannot be opened, or a change that cannot be written (disk full, read-only folder,
 * damaged file). The message is one sentence naming the file; nothing was changed.
 */
public class LibraryException extends Exception {
    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
