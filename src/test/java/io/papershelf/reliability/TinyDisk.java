package io.papershelf.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real small disk for tests: a tmpfs of a few megabytes mounted on a folder, which can be filled to
 * the last byte or made read-only. Mounting needs Linux and root (as in CI); where it is not allowed,
 * {@link #mount} is empty and the test is skipped (the SQLite-level tests still run everywhere). The
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
        if (!System.getProperty("os.name").toLowerCase().contains("linux") || !"root".equals(System.getProperty("user.name"))) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(mountPoint);
            if (run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString())) {
                return Optional.of(new TinyDisk(mountPoint));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
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
