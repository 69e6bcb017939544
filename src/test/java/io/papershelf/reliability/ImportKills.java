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

/**
 * Kills {@code papershelf import} with SIGKILL at random moments, again and again, on one library. Each
 * run imports a generated listing of new papers; after each kill the library must open, SQLite's
 * integrity check must say "ok", the paper count must be the old count or the old count plus the whole
 * file (all or nothing), and the notes written before must all be there. The process is the real main
 * class on the same class path the jar is built from, with its own data folder (so it also takes the
 * day's backup, and is killed during it too).
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
        long calibrate = timeOneImport(dir, data, lib, cardsPerImport);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> violations = new java.util.ArrayList<>();
        int backupsChecked = 0;
        int count = count(lib);
        for (int k = 0; k < kills; k++) {
            Path listing = GeneratedListing.write(dir.resolve("kill-" + k + ".txt"), "kill" + k, cardsPerImport);
            boolean backupDue = k % 4 == 3;
            if (backupDue) {
                clearBackups(papershelfData); // this run takes the day's backup first: some kills land during the copy
            }
            Process p = JavaProcess.builder(data, List.of(), Main.class.getName(), "--library", lib.toString(), "import",
                    listing.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("last-output.txt").toFile())
                    .start();
            long delay = (long) (random.nextDouble() * calibrate * 1.15);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally
                p.waitFor(30, TimeUnit.SECONDS);
            }
            String where = "kill " + k + " after " + delay + " ms";
            // Where the kill landed, from what it left behind: uncommitted pages in the WAL mean it was
            // writing the import's transaction; a .partial copy means it was taking the day's backup.
            long walBytes = Files.exists(dir.resolve("library.db-wal")) ? Files.size(dir.resolve("library.db-wal")) : 0;
            boolean inBackup = partialBackupLeft(papershelfData);
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
                    outcome = finished ? "finished without importing"
                            : inBackup ? "killed during the day's backup: nothing imported"
                            : walBytes > 0 ? "killed while writing the transaction: nothing imported"
                            : "killed while starting or reading the file: nothing imported";
                } else if (now == count + cardsPerImport) {
                    outcome = finished ? "finished: all imported" : "killed after the commit: all imported";
                } else {
                    outcome = "PARTIAL";
                    violations.add(where + ": " + (now - count) + " of " + cardsPerImport + " papers imported");
                }
                List<Backups.Summary> backups = Backups.inDataFolder(papershelfData, java.time.Clock.systemDefaultZone())
                        .summaries(lib);
                backupsChecked += backups.size();
                for (Backups.Summary b : backups) {
                    if (b.problem() != null || b.papers() < 50) {
                        violations.add(where + ": the backup " + b.backup().file() + " is not whole (" + b.problem()
                                + ", " + b.papers() + " papers)");
                    }
                }
                if (finished && p.exitValue() != 0) {
                    violations.add(where + ": the import exited with " + p.exitValue() + ": "
                            + Files.readString(dir.resolve("last-output.txt")).strip());
                }
                outcomes.merge(outcome, 1, Integer::sum);
                count = now;
            } catch (Exception e) {
                violations.add(where + ": the library does not open: " + e.getMessage());
            }
            Files.deleteIfExists(listing);
        }
        return new Result(kills, outcomes, backupsChecked, violations, System.currentTimeMillis() - start);
    }

    private static boolean partialBackupLeft(Path data) throws java.io.IOException {
        Path folder = data.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".partial"));
        }
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
