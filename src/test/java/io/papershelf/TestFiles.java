package io.papershelf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample listings copied into src/test/resources/listings, as bytes, text or a file in a folder. */
public final class TestFiles {
    public static final String DAILY = "daily-papers-search-2026-05-20.txt";
    public static final String WITH_LINKS = "papers-search-with-links-2026-03-25.txt";
    public static final String HTML_CARD = "trending-one-card.html";

    private TestFiles() {
    }

    /**
     * The library written at schema 2 (src/test/resources/db/schema2, see its README), copied to
     * {@code dir/library.db} for a migration to work on.
     */
    public static Path schema2Library(Path dir) {
        return copyLibrary("/db/schema2/library.db", dir);
    }

    /**
     * The library written at schema 4 (src/test/resources/db/schema4, see its README), copied to
     * {@code dir/library.db} for a migration to work on.
     */
    public static Path schema4Library(Path dir) {
        return copyLibrary("/db/schema4/library.db", dir);
    }

    private static Path copyLibrary(String resource, Path dir) {
        Path file = dir.resolve("library.db");
        try (InputStream in = TestFiles.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/listings/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /listings/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** A file of src/test/resources/real (files other projects commit; see SOURCES.md there), as bytes. */
    public static byte[] real(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/real/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /real/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a real file into {@code dir} and returns the copy. */
    public static Path copyReal(String name, Path dir) {
        return write(dir.resolve(name), real(name));
    }

    /** Copies a sample into {@code dir} and returns the copy. */
    public static Path copy(String name, Path dir) {
        return write(dir.resolve(name), bytes(name));
    }

    public static Path write(Path file, byte[] content) {
        try {
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, String content) {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
