package io.papershelf.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library as a file that outlives the process. The driver otherwise unpacks its library from the jar
 * into the temporary folder at every start, compares the copy with the jar's byte by byte and deletes it at exit:
 * 100-130 ms of CPU in each fresh JVM, on the core that the command's reading or the window's start would use. Here
 * the library is unpacked once into a folder of the user's data folder, under a name that carries the jar entry's
 * CRC (a new driver brings a new name), through a temporary file moved into place, so that a copy is either whole or
 * absent; the driver is then pointed at it ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}), and its
 * start-up sweep of stale copies ({@code org.sqlite.tmpdir}) looks at that small folder instead of the system's
 * temporary one. Where anything fails, nothing is set and the driver unpacks as before.
 */
final class NativeLibraryCopy {
    private NativeLibraryCopy() {
    }

    /**
     * Points the driver at a kept copy in {@code folder}, making it first if needed; false when it could not, or when
     * the driver is pointed at a library already (the Linux installer puts it beside the jar, which then holds none).
     */
    static boolean use(Path folder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return false;
        }
        Optional<Path> copy = copyIn(folder);
        copy.ifPresent(c -> {
            System.setProperty("org.sqlite.lib.path", c.getParent().toString());
            System.setProperty("org.sqlite.lib.name", c.getFileName().toString());
            if (System.getProperty("org.sqlite.tmpdir") == null) {
                System.setProperty("org.sqlite.tmpdir", c.getParent().toString());
            }
        });
        return copy.isPresent();
    }

    /** The kept copy of the jar's library in {@code folder}, made now if absent or damaged; empty when it cannot be. */
    static Optional<Path> copyIn(Path folder) {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        URL url = NativeLibraryCopy.class.getResource(resource);
        if (url == null) {
            return Optional.empty(); // no library for this platform in the jar: the driver finds its own
        }
        try {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty(); // classes from a folder (an IDE): the driver's way is as quick
            }
            long crc = jar.getJarEntry().getCrc();
            long size = jar.getJarEntry().getSize();
            String name = LibraryLoaderUtil.getNativeLibName();
            int dot = name.lastIndexOf('.');
            Path copy = folder.resolve(String.format(Locale.ROOT, "%s-%08x%s", name.substring(0, dot), crc,
                    name.substring(dot)));
            if (Files.isRegularFile(copy) && Files.size(copy) == size) {
                return Optional.of(copy);
            }
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, "unpacking-", ".part");
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return Files.size(copy) == size ? Optional.of(copy) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
