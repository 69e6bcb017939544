package io.papershelf.cli;

import java.nio.file.Path;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import io.papershelf.library.Library;
import io.papershelf.library.LibraryException;
import io.papershelf.library.LibraryFiles;
import io.papershelf.library.ListingFile;
import io.papershelf.listing.ListingException;
import io.papershelf.model.ImportResult;
import io.papershelf.model.Listing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import [--listing-date YYYY-MM-DD] FILE...}: all files land, or none. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports saved listing files (or restores a Papershelf JSON backup). "
                + "If any file cannot be read, nothing is imported.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    PapershelfCommand parent;

    @Option(names = "--listing-date", paramLabel = "YYYY-MM-DD",
            description = "The date the listing was saved, for files that show no year (default: the file's date).")
    LocalDate listingDate;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Listing files to import.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        // The library opens on a second thread while the files are read (mostly already, ImportReadAhead): creating a
        // new library and loading SQLite take a few hundred ms in a fresh JVM, the reading most of a second for
        // 10,000 papers. Only when that leaves nothing changed if a file cannot be read: a new library is deleted
        // again then, and one of an older format is opened (and updated) only once the files have been read.
        Path file = parent.libraryFile();
        LibraryFiles created = LibraryFiles.before(file);
        FutureTask<Library> opening = new FutureTask<>(() -> Library.needsUpdate(file) ? null : parent.openLibrary());
        Thread opener = new Thread(opening, "papershelf-open");
        opener.setDaemon(true);
        opener.start();
        List<Listing> read;
        try {
            ImportReadAhead ahead = parent.readAhead();
            read = ahead.covers(files, listingDate) ? ahead.listings()
                    : ListingFile.readAll(files, listingDate, Clock.systemDefaultZone());
        } catch (ListingException | RuntimeException e) {
            closeUnused(opening);
            created.deleteNew();
            throw e;
        }
        Library opened = opened(opening);
        try (Library library = opened != null ? opened : parent.openLibrary()) {
            List<ImportResult> results = library.importListings(read);
            var out = parent.spec.commandLine().getOut();
            for (ImportResult r : results) {
                out.println(r.summary());
                for (String s : r.skipped()) {
                    out.println("  skipped " + s);
                }
            }
        }
        return PapershelfCommand.OK;
    }

    /** The library the second thread opened, or the reason it could not (one sentence, as when opened here). */
    private static Library opened(FutureTask<Library> opening) throws LibraryException, InterruptedException {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LibraryException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A file could not be read, so nothing is imported: the library opened meanwhile is closed as it was and takes
     * no daily backup.
     */
    private void closeUnused(FutureTask<Library> opening) throws InterruptedException {
        try {
            Library unused = opening.get();
            if (unused != null) {
                unused.close();
            }
        } catch (ExecutionException cannotOpen) {
            // The unreadable file is the problem to report; the library's own is told by the next command.
        }
        parent.forgetOpened();
    }
}
