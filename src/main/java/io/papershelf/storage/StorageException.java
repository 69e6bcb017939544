package io.papershelf.storage;

/**
 * A library file that cannot be opened or written: not a library, damaged, from a newer Papershelf,
 * or a disk that refuses the write. The message is one sentence naming the file.
 */
public class StorageException extends Exception {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
