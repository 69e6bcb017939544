package io.papershelf.reliability;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.papershelf.TestFiles;
import io.papershelf.app.Main;
import io.papershelf.library.Backups;
import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.storage.CompactBackup;

/**
 * Kills {@code papershelf import} with SIGKILL at random moments, again and again, on one library. Each
 * run imports a generated listing of new papers; after each kill the library must open, SQLite's
 * integrity check must say "ok", the paper count must be the old count or the old count plus the whole
 * file (all or nothing), and the notes written before must all be there. Every fourth run is instead the
 * day's backup ({@code papershelf backup}, what a command starts after its output), killed the same way:
 * then every backup listed must read back whole. The process is the real main class on the same class path
 * the jar is built from, with its own data folder. When no random kill landed inside the import's
 * transaction, more kills are aimed at it (by what the earlier ones left behind) until one does.
 */
public final class ImportKills {
    /** What the kills found: how many of each outcome, and every violation (none, or the harness fails). */
    public record Result(int kills, Map<String, Integer> outcomes, int backupsChecked, List<String> violations,
                         long millis) {
        public String summary() {
            return "import kills: " + kills + " kills in " + millis / 1000 + " s, outcomes " + outcomes + ", "
                    + backupsChecked + " backups found whole after the kills, violations " + violations.size();
        }
    }

    private ImportKills() {
    }

    public static Result run(Path dir, int kills, int cardsPerImport, long seed) throws Exception {
        long start = System.currentTimeMillis();
        Path lib = dir.resolve("library.db");
        Path data = dir.resolve("data");
        Path papershelfData = data.resolve("papershelf"); // where the process keeps its backups (XDG_DATA_HOME/papershelf)
        Map<Long, String> notes = new TreeMap<>();
        try (Library library = Library.open(lib)) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
            for (var row : library.rows(PaperFilter.ALL).subList(0, 5)) {
                String note = "Note written before the kills on " + row.title();
                library.saveNotes(row.id(), note);
                notes.put(row.id(), note);
            }
        }
        Random random = new Random(seed);
        Backups backups = Backups.inDataFolder(papershelfData, java.time.Clock.systemDefaultZone());
        backups.dailyIfDue(lib); // today's backup exists: an import starts none in the background
        long calibrate = timeOneImport(dir, data, lib, cardsPerImport);
        long calibrateBackup = timeOneBackup(data, lib, papershelfData);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> violations = new java.util.ArrayList<>();
        int[] backupsChecked = {0};
        int count = count(lib);
        for (int k = 0; k < kills + 12; k++) {
            boolean extra = k >= kills;
            if (extra && outcomes.containsKey(IN_TRANSACTION)) {
                break;
            }
            String where;
            if (!extra && k % 4 == 3) {
                clearBackups(papershelfData);
                long delay = (long) (random.nextDouble() * calibrateBackup * 1.15);
                where = "kill " + k + " (backup) after " + delay + " ms";
                boolean finished = kill(JavaProcess.builder(data, List.of(), Main.class.getName(), "--library",
                        lib.toString(), "backup"), dir, delay);
                outcomes.merge(finished ? "the day's backup finished" : "killed during the day's backup", 1, Integer::sum);
                checkBackups(backups, lib, where, violations, backupsChecked);
                backups.dailyIfDue(lib); // a killed backup is taken again, its leftovers removed
                checkBackups(backups, lib, where + ", then taken again", violations, backupsChecked);
                continue;
            }
            Path listing = GeneratedListing.write(dir.resolve("kill-" + k + ".txt"), "kill" + k, cardsPerImport);
            long delay = (long) (random.nextDouble() * calibrate * 1.15);
            where = extra ? "kill " + k + " as the transaction starts writing" : "kill " + k + " after " + delay + " ms";
            ProcessBuilder importing = JavaProcess.builder(data, List.of(), Main.class.getName(), "--library",
                    lib.toString(), "import", listing.toString());
            boolean finished = extra ? killOnceWriting(importing, dir) : kill(importing, dir, delay);
            // Where the kill landed, from what it left behind: uncommitted pages in the WAL mean it was
            // writing the import's transaction.
            long walBytes = Files.exists(dir.resolve("library.db-wal")) ? Files.size(dir.resolve("library.db-wal")) : 0;
            try {
                String integrity = KillCheck.integrity(lib);
                if (!"ok".equals(integrity)) {
                    violations.add(where + ": integrity_check says " + integrity);
                }
                int now;
                try (Library library = Library.open(lib)) {
                    now = library.counts().all();
                    for (var e : notes.entrySet()) {
                        String stored = library.paper(e.getKey()).orElseThrow().notes();
                        if (!stored.equals(e.getValue())) {
                            violations.add(where + ": the note of paper " + e.getKey() + " is now '" + stored + "'");
                        }
                    }
                }
                String outcome;
                if (now == count) {
                    outcome = finished ? "finished without importing" : walBytes > 0 ? IN_TRANSACTION
                            : "killed while starting or reading the file: nothing imported";
                } else if (now == count + cardsPerImport) {
                    outcome = finished ? "finished: all imported" : "killed after the commit: all imported";
                } else {
                    outcome = "PARTIAL";
                    violations.add(where + ": " + (now - count) + " of " + cardsPerImport + " papers imported");
                }
                if (finished && !Files.readString(dir.resolve("last-output.txt")).contains("Imported")) {
                    violations.add(where + ": the import said " + Files.readString(dir.resolve("last-output.txt")).strip());
                }
                outcomes.merge(outcome, 1, Integer::sum);
                count = now;
            } catch (Exception e) {
                violations.add(where + ": the library does not open: " + e.getMessage());
            }
            Files.deleteIfExists(listing);
        }
        return new Result(kills, outcomes, backupsChecked[0], violations, System.currentTimeMillis() - start);
    }

    /** The outcome the harness must see at least once. */
    public static final String IN_TRANSACTION = "killed while writing the transaction: nothing imported";

    /** Starts the process, kills it after {@code delay} ms unless it finished; whether it finished. */
    private static boolean kill(ProcessBuilder builder, Path dir, long delay) throws Exception {
        Process p = builder.redirectErrorStream(true).redirectOutput(dir.resolve("last-output.txt").toFile()).start();
        boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
        if (!finished) {
            p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally
            p.waitFor(30, TimeUnit.SECONDS);
        }
        return finished;
    }

    /**
     * Starts the import and kills it the moment its transaction first writes to the WAL (nothing else writes there:
     * the library is already at the current schema); whether it finished first.
     */
    private static boolean killOnceWriting(ProcessBuilder builder, Path dir) throws Exception {
        Path wal = dir.resolve("library.db-wal");
        Process p = builder.redirectErrorStream(true).redirectOutput(dir.resolve("last-output.txt").toFile()).start();
        while (p.isAlive() && !(Files.exists(wal) && Files.size(wal) > 0)) {
            Thread.onSpinWait();
        }
        boolean finished = !p.isAlive();
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        return finished;
    }

    /** Every backup listed reads back whole (each compressed block and its checksum) and holds the papers. */
    private static void checkBackups(Backups backups, Path lib, String where, List<String> violations, int[] checked) {
        for (Backups.Summary b : backups.summaries(lib)) {
            String problem = b.problem() != null ? b.problem() : CompactBackup.isCompact(b.backup().file())
                    ? CompactBackup.verify(b.backup().file()) : null;
            if (problem != null || b.papers() < 50) {
                violations.add(where + ": the backup " + b.backup().file() + " is not whole (" + problem + ", "
                        + b.papers() + " papers)");
            }
            checked[0]++;
        }
    }

    private static long timeOneBackup(Path data, Path lib, Path papershelfData) throws Exception {
        clearBackups(papershelfData);
        long t = System.currentTimeMillis();
        Process p = JavaProcess.builder(data, List.of(), Main.class.getName(), "--library", lib.toString(), "backup")
                .redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            in.readAllBytes();
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("the calibrating backup failed");
        }
        return System.currentTimeMillis() - t;
    }

    private static void clearBackups(Path data) throws java.io.IOException {
        Path folder = data.resolve("backups");
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static long timeOneImport(Path dir, Path data, Path lib, int cards) throws Exception {
        Path listing = GeneratedListing.write(dir.resolve("calibrate.txt"), "calibrate", cards);
        long t = System.currentTimeMillis();
        Process p = JavaProcess.builder(data, List.of(), Main.class.getName(), "--library", lib.toString(), "import",
                listing.toString()).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            in.readAllBytes();
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("the calibrating import failed");
        }
        return System.currentTimeMillis() - t;
    }

    private static int count(Path lib) throws Exception {
        try (Library library = Library.open(lib)) {
            return library.counts().all();
        }
    }
}
