package io.papershelf.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.export.LibraryJson;
import io.papershelf.listing.ListingException;
import io.papershelf.model.Listing;

/**
 * Restores a library from a Papershelf JSON export ({@code papershelf restore --from library.json}): a new
 * library is built from the document beside the current file, then put in its place by {@link LibraryRestore},
 * which sets the current file aside and never deletes it. The library then holds what the export held: the
 * papers with their notes, tags, read state, the times they were added and read, and their listings (papers in
 * the Trash are not exported). A document that cannot be read changes nothing.
 */
public final class JsonRestore {
    private static final Logger LOG = LoggerFactory.getLogger(JsonRestore.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private JsonRestore() {
    }

    /** True when the file starts as every SQLite database does (a copy of a library); false for anything else. */
    public static boolean isDatabase(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false; // LibraryRestore says what is wrong with it
        }
    }

    /**
     * Puts the papers of a JSON export in the library's place.
     *
     * @throws ListingException when the file cannot be read as a Papershelf export (nothing changed)
     * @throws LibraryException when it is a listing rather than an export, or the new library cannot be written
     *                          or put in place (the library is then as it was)
     */
    public static LibraryRestore.Restored restore(Path library, Path export, LibraryRestore.Reason reason, Clock clock)
            throws ListingException, LibraryException {
        Listing listing = ListingFile.readAll(List.of(export), null, clock).get(0);
        if (!LibraryJson.SHAPE_NAME.equals(listing.format())) {
            throw new LibraryException("Cannot restore from " + export + ": it is a listing (" + listing.format()
                    + "), not a Papershelf backup or JSON export; to add its papers to the library, run: "
                    + "papershelf import " + export, null);
        }
        Path target = library.toAbsolutePath();
        Path built = target.resolveSibling("." + target.getFileName() + ".from-json");
        deleteWithCompanions(built);
        try {
            try (Library fresh = Library.open(built, clock)) {
                fresh.importListings(List.of(listing));
            }
            LibraryRestore.Restored done = LibraryRestore.restore(target, built, reason, clock);
            return new LibraryRestore.Restored(done.library(), export, done.papers(), done.setAside());
        } finally {
            deleteWithCompanions(built);
        }
    }

    private static void deleteWithCompanions(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path p = file.resolveSibling(file.getFileName() + suffix);
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("Cannot remove {}", p, e);
            }
        }
    }
}
