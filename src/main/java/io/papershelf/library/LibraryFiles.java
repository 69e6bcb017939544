package io.papershelf.library;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What of a library's place existed before a command opened it, so that a command that then fails can take back a
 * library it created: the file, SQLite's files beside it ({@code -wal}, {@code -shm}, {@code -journal}) and the folder
 * made for it. A library that existed is never touched.
 */
public final class LibraryFiles {
    private static final String[] SQLITE_SUFFIXES = {"-wal", "-shm", "-journal"};

    private final Path file;
    private final boolean fileExisted;
    /** The outermost of the folders above the file that did not exist (opening makes them all), or null. */
    private final Path firstMissingFolder;

    private LibraryFiles(Path file, boolean fileExisted, Path firstMissingFolder) {
        this.file = file;
        this.fileExisted = fileExisted;
        this.firstMissingFolder = firstMissingFolder;
    }

    /** Notes whether the library {@code file} and the folders above it exist now. */
    public static LibraryFiles before(Path file) {
        Path absolute = file.toAbsolutePath();
        Path missing = null;
        for (Path folder = absolute.getParent(); folder != null && !Files.exists(folder); folder = folder.getParent()) {
            missing = folder;
        }
        return new LibraryFiles(absolute, Files.exists(absolute), missing);
    }

    /**
     * Deletes the library (closed) if it did not exist before, with SQLite's files beside it and the folders made for
     * it when they hold nothing else. Best effort: what cannot be deleted stays, an empty library.
     */
    public void deleteNew() {
        if (fileExisted) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            for (String suffix : SQLITE_SUFFIXES) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
            if (firstMissingFolder != null) {
                for (Path folder = file.getParent(); folder.startsWith(firstMissingFolder); folder = folder.getParent()) {
                    Files.deleteIfExists(folder);
                }
            }
        } catch (DirectoryNotEmptyException e) {
            // something else was put there meanwhile: it stays
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(LibraryFiles.class).warn("Could not delete the new library {}", file, e);
        }
    }
}
