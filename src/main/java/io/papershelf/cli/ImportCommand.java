package io.papershelf.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import io.papershelf.library.Library;
import io.papershelf.library.ListingFile;
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
        // Read first: the files are parsed while logging and SQLite finish loading on the other thread.
        List<Listing> read = ListingFile.readAll(files, listingDate, Clock.systemDefaultZone());
        try (Library library = parent.openLibrary()) {
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
}
