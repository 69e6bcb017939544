package io.papershelf.library;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Small per-feature preference records (window geometry, theme, last import folder...) kept as one
 * JSON file each in the user's data folder. A missing or damaged file gives the default; a write goes
 * to a temporary file first, so a crash never leaves half a file.
 */
public final class Preferences {
    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    private final Path folder;

    public Preferences(Path folder) {
        this.folder = folder;
    }

    /**
     * Sets up Jackson ahead of time (a few hundred classes, about 0.2 s in a fresh JVM): the entry point runs this on
     * a second thread while JavaFX starts, since the window waits for its remembered layout before it shows. Any
     * thread may call it; it never fails. Nothing is done while {@code folder} holds no preferences (a first start).
     */
    public static void preload(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Json.MAPPER.readValue("{\"preload\":[1]}", java.util.Map.class);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Preloading Jackson failed; the first preference read sets it up", e);
        }
    }

    public <T> T load(String name, Class<T> type, T fallback) {
        Path file = file(name);
        if (!Files.exists(file)) {
            return fallback;
        }
        try {
            T value = Json.MAPPER.readValue(file.toFile(), type);
            return value == null ? fallback : value;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable preference file {}", file, e);
            return fallback;
        }
    }

    public <T> void save(String name, T value) {
        Path file = file(name);
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, name, ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not save preference {}", file, e);
        }
    }

    private Path file(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad preference name " + name);
        }
        return folder.resolve(name + ".json");
    }

    /**
     * Jackson, made when a preference is first read or written: the window is built on the FX thread while
     * preferences load beside it, and setting up Jackson loads hundreds of classes (docs/performance.md, Start-up).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
