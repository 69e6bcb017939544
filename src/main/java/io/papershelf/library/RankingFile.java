package io.papershelf.library;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One of the ranking's cache files beside the library ({@code library.db.ranking-terms},
 * {@code library.db.ranking-models}): a header (magic, format version, settings) and then its content. A file
 * from another version or other settings, or a damaged one, reads as missing and is rebuilt; a file is always
 * replaced whole (written beside it, then moved into place), never changed in place.
 */
final class RankingFile {
    /** Bump when the layout of either file or the meaning of the features changes. */
    static final int FORMAT_VERSION = 2;
    private static final int MAGIC = 0x50535246; // "PSRF"

    @FunctionalInterface
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private final Path path;
    private final long settingsKey;

    RankingFile(Path path, long settingsKey) {
        this.path = path;
        this.settingsKey = settingsKey;
    }

    Path path() {
        return path;
    }

    /** Reads the file; null when it is missing, from another version or settings, or cannot be read. */
    <T> T read(Reader<T> reader) {
        try (InputStream raw = Files.newInputStream(path);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION || in.readLong() != settingsKey) {
                return null;
            }
            return reader.read(in);
        } catch (NoSuchFileException e) {
            return null;
        } catch (EOFException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(RankingFile.class).warn("Ranking cache {} is unreadable; rebuilding it", path, e);
            return null;
        }
    }

    /** Replaces the file with a new body. */
    void write(Body body) throws IOException {
        commit(writeAside(body));
    }

    /** Opens the file for reading past its header; null when it is missing or not of this version and settings. */
    DataInputStream open() {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
            try {
                if (in.readInt() == MAGIC && in.readInt() == FORMAT_VERSION && in.readLong() == settingsKey) {
                    return in;
                }
            } catch (IOException e) {
                // too short to be ours
            }
            in.close();
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes a new version beside the file; {@link #commit} moves it into place. */
    Path writeAside(Body body) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        boolean written = false;
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeLong(settingsKey);
                body.write(out);
            }
            written = true;
            return tmp;
        } finally {
            if (!written) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    void commit(Path written) throws IOException {
        try {
            try {
                Files.move(written, path.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, path.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(written);
        }
    }
}
