package io.papershelf.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.papershelf.export.LibraryJson;
import io.papershelf.listing.ListingException;
import io.papershelf.listing.ListingFormat;
import io.papershelf.listing.ListingText;
import io.papershelf.model.Listing;

/**
 * Reads a file to import into {@code Listing}s without touching any library, refusing what is not
 * worth reading into memory: anything that is not a
 * regular file (a folder, a device such as {@code /dev/zero}, a pipe) and files larger than
 * {@link #MAX_BYTES}. Listing pages are a few megabytes; the limit leaves room for a Papershelf JSON
 * backup of tens of thousands of papers while a read can never exhaust the memory.
 */
public final class ListingFile {
    /** The largest file Papershelf imports: 100 MB. */
    static final long MAX_BYTES = 100L * 1024 * 1024;
    /**
     * Reading a file takes up to this many times its size in memory at once (the bytes, the decoded text, the
     * papers read from it); a file that would not fit in the heap is refused before it is read.
     */
    static final int MEMORY_PER_BYTE = 5;

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
            long heap = Runtime.getRuntime().maxMemory();
            if (size > heap / MEMORY_PER_BYTE) {
                throw new ListingException(name, 0, String.format(Locale.ROOT, "is %d MB, too large to read with the "
                        + "%d MB of memory Papershelf has; split the file", size / (1024 * 1024), heap / (1024 * 1024)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read into an array of the file's size (no copying of pieces); the size can change while reading,
                // so what is there is taken, never more than the limit.
                byte[] bytes = new byte[(int) size];
                int read = in.readNBytes(bytes, 0, bytes.length);
                if (read < bytes.length) {
                    return Arrays.copyOf(bytes, read);
                }
                byte[] more = in.readNBytes((int) (MAX_BYTES + 1 - read));
                if (more.length == 0) {
                    return bytes;
                }
                if (read + more.length > MAX_BYTES) {
                    throw tooLarge(name, read + more.length);
                }
                byte[] all = Arrays.copyOf(bytes, read + more.length);
                System.arraycopy(more, 0, all, read, more.length);
                return all;
            }
        } catch (IOException e) {
            throw new ListingException(name, 0, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /**
     * Reads files as {@link Library#read} does, before any library is open: the command line reads while logging and
     * SQLite load on the other core, then imports with {@link Library#importListings}.
     */
    public static List<Listing> readAll(List<Path> files, LocalDate listingDate, Clock clock) throws ListingException {
        ListingFormat formats = ListingFormat.standard();
        List<Listing> read = new ArrayList<>();
        for (Path f : files) {
            read.add(read(f, listingDate, formats, clock));
        }
        return read;
    }

    /** Reads one file: bounded in size, decoded, then a Papershelf backup or a listing of any known shape. */
    static Listing read(Path file, LocalDate listingDate, ListingFormat formats, Clock clock)
            throws ListingException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = readBounded(file, name);
        ListingText text = ListingText.decode(name, bytes);
        bytes = null; // the decoded text is all that is needed from here on
        return read(text, listingDate != null ? listingDate : modificationDate(file, clock), formats);
    }

    /**
     * Reads decoded text as a file's: a Papershelf backup, or a listing of any known shape.
     *
     * @param fallback the listing's date when the text has no full date of its own
     */
    static Listing read(ListingText text, LocalDate fallback, ListingFormat formats) throws ListingException {
        if (LibraryJson.accepts(text.text())) {
            return SafeListing.of(LibraryJson.read(text.fileName(), text.text()));
        }
        return SafeListing.of(formats.detect(text).read(text, fallback));
    }

    private static LocalDate modificationDate(Path file, Clock clock) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), clock.getZone());
        } catch (IOException e) {
            return LocalDate.now(clock);
        }
    }

    private static ListingException tooLarge(String name, long size) {
        return new ListingException(name, 0, String.format(Locale.ROOT,
                "is %d MB, larger than the %d MB Papershelf imports; save only the listing page, or split the file",
                size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
    }
}
