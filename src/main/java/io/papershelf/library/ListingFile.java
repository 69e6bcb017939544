package io.papershelf.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.papershelf.listing.ListingException;

/**
 * Reads a file to import, refusing what is not worth reading into memory: anything that is not a
 * regular file (a folder, a device such as {@code /dev/zero}, a pipe) and files larger than
 * {@link #MAX_BYTES}. Listing pages are a few megabytes; the limit leaves room for a Papershelf JSON
 * backup of tens of thousands of papers while a read can never exhaust the memory.
 */
final class ListingFile {
    /** The largest file Papershelf imports: 100 MB. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private ListingFile() {
    }

    static byte[] readBounded(Path file, String name) throws ListingException {
        if (Files.isDirectory(file)) {
            throw new ListingException(name, 0, "is a folder, not a listing file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ListingException(name, 0, "is not a regular file (a device or a pipe), so it cannot be imported");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The size can grow while reading; never take more than the limit.
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(name, bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new ListingException(name, 0, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (OutOfMemoryError e) {
            throw new ListingException(name, 0, "is too large to read with the memory Papershelf has");
        }
    }

    private static ListingException tooLarge(String name, long size) {
        return new ListingException(name, 0, String.format(Locale.ROOT,
                "is %d MB, larger than the %d MB Papershelf imports; save only the listing page, or split the file",
                size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
    }
}
