package io.papershelf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily backup at 100,000 papers (issue 16), on a private copy of the big library:
 * <ul>
 * <li>the first command of a day ({@code list --query qutoto} with no backup of today: it starts the backup in
 * the background after its output) against the second (the backup taken), per pair of runs;</li>
 * <li>the backup itself ({@code papershelf backup}, timed once) and its size against the library file;</li>
 * <li>{@code papershelf restore} of that backup, and whether every paper comes back: the whole {@code list}
 * output (title, date, byline, read state, tags of every paper) before and after must be equal.</li>
 * </ul>
 */
final class BackupBench {
    static final double LIMIT_FIRST_COMMAND = 1.2;
    static final double LIMIT_SIZE_SHARE = 0.10;
    /** Each pair waits for a whole backup of the big library (minutes on a busy machine): three pairs, not seven. */
    static final int PAIRS = 3;

    List<Result> run(Context ctx) throws Exception {
        Path lib = ctx.libraries().copyOf(ctx.libraries().library(100_000), "backup-bench.db");
        Path work = Files.createDirectories(ctx.dir().resolve("backup"));
        Path out = work.resolve("out.txt");
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        int pairs = Math.min(ctx.runs(), PAIRS);
        for (int r = -1; r < pairs; r++) {
            Processes.awaitBackgroundBackups();
            clearBackups(ctx);
            double a = Processes.timed(ctx.papershelf("--library", lib.toString(), "list", "--query", "qutoto"), ctx.env(), out);
            Processes.awaitBackgroundBackups();
            if (backups(ctx).isEmpty()) {
                throw new IllegalStateException("the first command of the day started no backup");
            }
            double b = Processes.timed(ctx.papershelf("--library", lib.toString(), "list", "--query", "qutoto"), ctx.env(), out);
            System.out.printf("  run %d: first command of the day %.0f ms, second %.0f ms%n", r, a, b);
            if (r >= 0) {
                first.add(a);
                second.add(b);
                ratio.add(a / b);
            }
        }
        clearBackups(ctx);
        double took = Processes.timed(ctx.papershelf("--library", lib.toString(), "backup"), ctx.env(), out);
        double size = Files.size(backups(ctx).get(0));
        double share = size / Files.size(lib);
        System.out.printf("  backup %.0f ms, %.1f MB of %.1f MB%n", took, size / 1e6, Files.size(lib) / 1e6);
        Path before = work.resolve("before.txt");
        Path after = work.resolve("after.txt");
        Processes.timed(ctx.papershelf("--library", lib.toString(), "list"), ctx.env(), before);
        double restore = Processes.timed(ctx.papershelf("--library", lib.toString(), "restore"), ctx.env(), out);
        System.out.println("  " + Files.readString(out).strip());
        Processes.timed(ctx.papershelf("--library", lib.toString(), "list"), ctx.env(), after);
        boolean equal = Files.mismatch(before, after) == -1;
        long papers = Files.lines(after).count();
        System.out.printf("  restore %.0f ms; list before and after %s (%d papers)%n", restore, equal ? "equal" : "DIFFER",
                papers);
        for (Path p : Files.list(ctx.dir()).filter(p -> p.getFileName().toString().startsWith("backup-bench.db."))
                .toList()) {
            Files.delete(p); // the file set aside by the restore
        }
        return List.of(
                Result.info("backup", "first command of a day (list --query qutoto, backup due) at 100,000 papers",
                        new Stats(first), "ms"),
                Result.info("backup", "second command of the day (backup taken)", new Stats(second), "ms"),
                new Result("backup", "ratio first / second command of the day (per pair)", new Stats(ratio), "x",
                        LIMIT_FIRST_COMMAND, false, ""),
                Result.info("backup", "the daily backup (papershelf backup), in its own process", new Stats(List.of(took)),
                        "ms"),
                new Result("backup", "backup size / library file (%.1f MB / %.1f MB)".formatted(size / 1e6,
                        Files.size(lib) / 1e6), new Stats(List.of(share)), "share", LIMIT_SIZE_SHARE, false, ""),
                new Result("backup", "papershelf restore of that backup (index rebuilt, integrity_check)",
                        new Stats(List.of(restore)), "ms", Double.NaN, false,
                        equal ? "every paper back (" + papers + ", list equal)" : "PAPERS DIFFER"));
    }

    private static List<Path> backups(Context ctx) throws Exception {
        if (!Files.isDirectory(ctx.backups())) {
            return List.of();
        }
        try (var files = Files.list(ctx.backups())) {
            return files.filter(f -> f.getFileName().toString().startsWith("backup-bench-")
                    && f.getFileName().toString().endsWith(".backup")).toList();
        }
    }

    private static void clearBackups(Context ctx) throws Exception {
        if (!Files.isDirectory(ctx.backups())) {
            return;
        }
        try (var files = Files.list(ctx.backups())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("backup-bench-")).toList()) {
                Files.delete(f);
            }
        }
    }
}
