package io.papershelf.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real small disk for tests: a tmpfs of a few megabytes mounted on a folder, which can be filled to
 * the last byte or made read-only. Mounting needs Linux and root (as in CI); where it is not allowed,
 * {@link #mountOrSkip} skips the test and says so (the SQLite-level tests still run everywhere). The
 * mount is root's, so unlike a chmod it also stops root.
 */
public final class TinyDisk implements AutoCloseable {
    private final Path mountPoint;
    private final Path filler;

    private TinyDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler.bin");
    }

    public static Optional<TinyDisk> mount(Path mountPoint, int megabytes) {
        return Optional.ofNullable(tryMount(mountPoint, megabytes, new StringBuilder()));
    }

    /**
     * The disk, or a skipped test that says why, loudly: on standard error (so CI's log shows it) and as the
     * assumption's message. Where tmpfs can be mounted (Linux as root, as CI runs) a failure to mount fails
     * the test instead, so that these tests can never be skipped there without anyone seeing.
     */
    public static TinyDisk mountOrSkip(Path mountPoint, int megabytes, String test) {
        StringBuilder why = new StringBuilder();
        TinyDisk disk = tryMount(mountPoint, megabytes, why);
        if (disk != null) {
            return disk;
        }
        String message = test + " SKIPPED: it needs a real " + megabytes + " MB tmpfs, and " + why;
        System.err.println(message);
        if (linuxRoot() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + " (CI runs as root on Linux, where this must work)");
        }
        Assumptions.assumeTrue(false, message);
        return null;
    }

    private static boolean linuxRoot() {
        return System.getProperty("os.name").toLowerCase().contains("linux") && "root".equals(System.getProperty("user.name"));
    }

    private static TinyDisk tryMount(Path mountPoint, int megabytes, StringBuilder why) {
        if (!linuxRoot()) {
            why.append("mounting one needs Linux and root (this is ").append(System.getProperty("os.name")).append(" as ")
                    .append(System.getProperty("user.name")).append(")");
            return null;
        }
        try {
            Files.createDirectories(mountPoint);
            String said = runSaying("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString());
            if (said == null) {
                return new TinyDisk(mountPoint);
            }
            why.append("mount failed: ").append(said);
        } catch (IOException e) {
            why.append("mount failed: ").append(e.getMessage());
        }
        return null;
    }

    public Path path() {
        return mountPoint;
    }

    /** Writes a file until the disk refuses another byte. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left on device: exactly what was wanted.
        }
        // Whatever buffered tail could not be written is lost; top up byte by byte.
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // Full to the byte.
        }
    }

    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    public void readOnly(boolean on) throws IOException {
        if (!run("mount", "-o", "remount," + (on ? "ro" : "rw"), mountPoint.toString())) {
            throw new IOException("cannot remount " + mountPoint);
        }
    }

    @Override
    public void close() throws IOException {
        if (!run("umount", mountPoint.toString())) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    /** Null when the command succeeded, else what it said. */
    private static String runSaying(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            boolean ok = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
            return ok ? null : out.isEmpty() ? "exit " + p.exitValue() : out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static boolean run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
