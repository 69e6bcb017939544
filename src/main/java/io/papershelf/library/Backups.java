package io.papershelf.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.storage.CompactBackup;
import io.papershelf.storage.Snapshots;
import io.papershelf.storage.StorageException;

/**
 * The automatic backups of libraries, kept in {@code backups/} in the user's data folder: one a day, taken in
 * the background after the first command or window start of the day (the latest {@value #DAILY_KEPT} are
 * kept), and a full copy before every schema migration (all kept). A backup is named after the library's
 * file, the time (UTC), the kind and a short hash of the library's full path, so that two libraries both
 * called {@code library.db} never share backups: {@code library-20260520-101500-daily-3f2a1c9e.backup}.
 *
 * <p>A daily backup is a {@link CompactBackup}: the tables without the rebuildable indexes, compressed, about a
 * tenth of the library file. Older versions took full copies ({@code .db}); those are still listed, rotated and
 * restorable. Every backup is checked before it counts; a copy that fails is not kept. One process at a time
 * takes a library's daily backup (a lock file beside the backups), so leftovers of an interrupted one
 * ({@code .partial}) are removed by the next.
 */
public final class Backups {
    public static final int DAILY_KEPT = 7;
    public static final String DAILY = "daily";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "(?<stem>.+)-(?<time>\\d{8}-\\d{6})-(?<kind>[a-z][a-z0-9-]*)-(?<id>[0-9a-f]{8})\\.(?:db|backup)");
    /** A daily backup's file name ends so. */
    static final String COMPACT = ".backup";

    /** One backup file, taken at {@code takenAt}, of a {@code kind}: "daily" or "before-v1", "before-v2"... */
    public record Backup(Path file, Instant takenAt, String kind) {
        /** "20 May 2026, 12:15 (daily)" in the given zone, for lists. */
        public String describe(ZoneId zone) {
            return when(zone) + " (" + (kind.equals(DAILY) ? "daily" : "before an update") + ")";
        }

        /** "20 May 2026, 12:15" in the given zone, for sentences. */
        public String when(ZoneId zone) {
            return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH).format(takenAt.atZone(zone));
        }
    }

    /** A backup with what it holds, for choosing one. {@code problem} is null when it is intact. */
    public record Summary(Backup backup, int papers, String problem) {
    }

    private final Path folder;
    private final Clock clock;

    public Backups(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
    }

    /** The backups kept in {@code <data folder>/backups}. */
    public static Backups inDataFolder(Path dataFolder, Clock clock) {
        return new Backups(dataFolder.resolve("backups"), clock);
    }

    public Path folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    /** The backups of this library, newest first. */
    public List<Backup> of(Path library) {
        String stem = stem(library);
        String id = id(library);
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && m.group("stem").equals(stem) && m.group("id").equals(id) && Files.isRegularFile(f)) {
                    Instant at = LocalDateTime.parse(m.group("time"), STAMP).toInstant(ZoneOffset.UTC);
                    out.add(new Backup(f, at, m.group("kind")));
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot list the backups in {}", folder, e);
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed().thenComparing(b -> b.file().toString()));
        return out;
    }

    public Optional<Backup> latest(Path library) {
        return of(library).stream().findFirst();
    }

    /** Every backup of the library with its paper count, newest first (reads each backup). */
    public List<Summary> summaries(Path library) {
        List<Summary> out = new ArrayList<>();
        for (Backup b : of(library)) {
            try {
                if (CompactBackup.isCompact(b.file())) {
                    out.add(new Summary(b, CompactBackup.header(b.file()).papers(), null)); // checked whole on restore
                } else {
                    Snapshots.Facts f = Snapshots.inspect(b.file());
                    out.add(new Summary(b, f.papers(), f.problem()));
                }
            } catch (StorageException e) {
                out.add(new Summary(b, 0, e.getMessage()));
            }
        }
        return out;
    }

    /** Whether today's daily backup of the library is still to be taken (cheap: lists the folder). */
    public boolean dailyDue(Path library) {
        LocalDate today = LocalDate.now(clock);
        return Files.isRegularFile(library) && of(library).stream().noneMatch(b -> b.kind().equals(DAILY)
                && LocalDate.ofInstant(b.takenAt(), clock.getZone()).equals(today));
    }

    /**
     * Takes today's backup unless there is one already or another process is taking it, then keeps only the
     * latest {@value #DAILY_KEPT} daily ones. A library without papers is not backed up (nothing to lose, and it
     * would push a real backup out of the rotation).
     *
     * @return the backup taken, or empty when none was due
     * @throws LibraryOpenException DAMAGED when the library cannot be read whole: it needs restoring
     * @throws LibraryException     when the copy cannot be written (disk full, read-only folder)
     */
    public Optional<Backup> dailyIfDue(Path library) throws LibraryException {
        if (!dailyDue(library)) {
            return Optional.empty();
        }
        try (BackupLock lock = BackupLock.tryTake(folder, stem(library) + "-" + id(library))) {
            if (lock == null || !dailyDue(library)) {
                return Optional.empty(); // another process is taking it, or has just taken it
            }
            removeLeftovers(library);
            Optional<Backup> taken = createCompact(library);
            rotate(library);
            return taken;
        }
    }

    private Optional<Backup> createCompact(Path library) throws LibraryException {
        Instant now = clock.instant();
        Path target = folder.resolve(name(library, now, DAILY).replaceFirst("\\.db$", COMPACT));
        Backup backup = new Backup(target, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), DAILY);
        if (Files.exists(target)) {
            return Optional.of(backup); // taken this very second already
        }
        try {
            CompactBackup.Header header = CompactBackup.write(library, target);
            if (header.papers() == 0) {
                Files.deleteIfExists(target);
                return Optional.empty();
            }
        } catch (StorageException e) {
            throw failure(library, e);
        } catch (IOException e) {
            throw new LibraryException("Could not back up the library " + library + " (" + e.getMessage() + ").", e);
        }
        LOG.info("Backed up {} to {}", library, target);
        return Optional.of(backup);
    }

    private static LibraryException failure(Path library, StorageException e) {
        if (e.problem() == StorageException.Problem.DAMAGED) {
            return Library.openFailure(library, e);
        }
        return new LibraryException("Could not back up the library: " + e.getMessage(), e);
    }

    /** Where the copy taken before migrating {@code library} from schema {@code fromVersion} goes. */
    Path beforeMigration(Path library, int fromVersion) throws IOException {
        Files.createDirectories(folder);
        return folder.resolve(name(library, clock.instant(), "before-v" + fromVersion));
    }

    /** Keeps the latest daily backups and every other kind. */
    void rotate(Path library) {
        List<Backup> daily = of(library).stream().filter(b -> b.kind().equals(DAILY)).toList();
        for (Backup old : daily.subList(Math.min(DAILY_KEPT, daily.size()), daily.size())) {
            delete(old.file());
        }
    }

    /**
     * Removes what an interrupted backup of this library left ({@code .partial} files): only the holder of the
     * backup lock calls this, so no other process is writing them.
     */
    private void removeLeftovers(Path library) {
        String prefix = stem(library) + "-";
        String id = "-" + id(library) + ".";
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(prefix) && n.contains(id) && n.contains(".partial");
            }).forEach(Backups::delete);
        } catch (IOException e) {
            LOG.warn("Cannot list the backups in {}", folder, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            LOG.info("Removed the old backup {}", file);
        } catch (IOException e) {
            LOG.warn("Cannot remove the old backup {}", file, e);
        }
    }

    static String name(Path library, Instant at, String kind) {
        return stem(library) + "-" + STAMP.withZone(ZoneOffset.UTC).format(at) + "-" + kind + "-" + id(library) + ".db";
    }

    private static String stem(Path library) {
        String name = library.getFileName().toString();
        return name.endsWith(".db") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
    }

    /** A short hash of the library's full path: backups of different libraries never mix. */
    static String id(Path library) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(library.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
