package io.papershelf.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.papershelf.library.Library;
import io.papershelf.library.ListingFile;
import io.papershelf.model.Listing;

/**
 * Where an import's time goes, in a fresh JVM, one phase after the other (the command line overlaps some of
 * them): the JVM until main, reading and parsing the listing, opening a new library (logging and SQLite's
 * native code load here), writing and indexing, closing (the WAL is checkpointed). With {@code warm N} it
 * instead parses the listing N times and prints the speed of the last half: the parser's warm speed.
 *
 * <p>{@code java -cp papershelf.jar:target/test-classes io.papershelf.bench.ImportPhases LISTING LIBRARY [warm N]}
 */
public final class ImportPhases {
    private ImportPhases() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        double toMain = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        Path listing = Path.of(args[0]);
        if (args.length > 3 && args[2].equals("warm")) {
            warm(listing, Integer.parseInt(args[3]));
            return;
        }
        List<Listing> read = ListingFile.readAll(List.of(listing), LocalDate.of(2026, 5, 20), Clock.systemUTC());
        long t1 = System.nanoTime();
        Library library = Library.open(Path.of(args[1]));
        long t2 = System.nanoTime();
        library.importListings(read);
        long t3 = System.nanoTime();
        library.close();
        long t4 = System.nanoTime();
        System.out.printf("phases: JVM to main %.0f ms, read+parse %.0f ms, open %.0f ms, write+index %.0f ms, "
                + "close %.0f ms%n", toMain, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3));
    }

    private static void warm(Path listing, int runs) throws Exception {
        double mb = Files.size(listing) / 1e6;
        double total = 0;
        int counted = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            ListingFile.readAll(List.of(listing), LocalDate.of(2026, 5, 20), Clock.systemUTC());
            double s = (System.nanoTime() - t) / 1e9;
            if (i >= runs / 2) {
                total += s;
                counted++;
            }
        }
        System.out.printf("parse warm: %.1f MB/s (%.1f MB, %.0f ms a run, mean of the last %d of %d)%n",
                mb * counted / total, mb, 1000 * total / counted, counted, runs);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
