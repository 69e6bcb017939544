package io.papershelf.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import io.papershelf.library.ListingFile;
import io.papershelf.listing.ListingException;
import io.papershelf.model.Listing;

/**
 * The files of a plain import command line ({@code [--library FILE] import [--listing-date DATE] FILE...}), read on a
 * thread of their own from the moment the command starts, while picocli builds the command on the main thread (150-250
 * ms in a fresh JVM, several hundred on a busy machine). {@link ImportCommand} takes the result only when picocli
 * parsed the very same files and date; anything else (an option this does not know, {@code @file} arguments, help)
 * starts no reading here, and the command reads its files itself as before. The files are only read: nothing is
 * written before the command runs.
 */
final class ImportReadAhead {
    private static final ImportReadAhead NONE = new ImportReadAhead(null, null, null);

    private final List<Path> files;
    private final LocalDate listingDate;
    private final FutureTask<List<Listing>> reading;

    private ImportReadAhead(List<Path> files, LocalDate listingDate, FutureTask<List<Listing>> reading) {
        this.files = files;
        this.listingDate = listingDate;
        this.reading = reading;
    }

    /** Starts reading the files these arguments import, when they name them plainly; otherwise does nothing. */
    static ImportReadAhead start(String[] args, Clock clock) {
        int i = Subcommands.namedAt(args);
        if (i < 0 || !args[i].equals("import")) {
            return NONE;
        }
        List<Path> files = new ArrayList<>();
        LocalDate date = null;
        try {
            for (i++; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--listing-date") && i + 1 < args.length && date == null) {
                    date = LocalDate.parse(args[++i]);
                } else if (a.startsWith("-") || a.startsWith("@") || a.isEmpty()) {
                    return NONE; // an option or argument file: picocli's to read
                } else {
                    files.add(Path.of(a));
                }
            }
        } catch (DateTimeParseException | java.nio.file.InvalidPathException e) {
            return NONE; // picocli reports it
        }
        if (files.isEmpty()) {
            return NONE;
        }
        LocalDate listingDate = date;
        FutureTask<List<Listing>> reading = new FutureTask<>(() -> ListingFile.readAll(files, listingDate, clock));
        Thread reader = new Thread(reading, "papershelf-read");
        reader.setDaemon(true);
        reader.start();
        return new ImportReadAhead(List.copyOf(files), listingDate, reading);
    }

    /** Whether these are the files and date this read ahead, so that its result is the command's. */
    boolean covers(List<Path> files, LocalDate listingDate) {
        return reading != null && this.files.equals(files) && Objects.equals(this.listingDate, listingDate);
    }

    /** What reading the files gave: the listings, or the same failure as reading them in the command. */
    List<Listing> listings() throws ListingException, InterruptedException {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ListingException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
