package io.papershelf.library;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.jr.ob.JSON;

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
     * Sets up Jackson ahead of time (about 0.07 s of a fresh JVM's CPU): the entry point runs this on a second thread
     * while JavaFX starts, since the window waits for its remembered layout before it shows. Any thread may call it;
     * it never fails. Nothing is done while {@code folder} holds no preferences (a first start).
     */
    public static void preload(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Json.READ.mapFrom("{\"preload\":[1]}");
        } catch (IOException | RuntimeException e) {
            LOG.debug("Preloading Jackson failed; the first preference read sets it up", e);
        }
    }

    /**
     * The record saved as {@code name}, or {@code fallback} when there is none or it cannot be read. A property the
     * file lacks (one added to the record since it was written) takes the fallback's value; one the record does not
     * know is passed over.
     */
    public <T> T load(String name, Class<T> type, T fallback) {
        Path file = file(name);
        if (!Files.exists(file)) {
            return fallback;
        }
        try {
            Map<String, Object> saved = Json.READ.mapFrom(Files.readString(file));
            if (saved == null) {
                return fallback;
            }
            // A file from an earlier version may lack a part added since: that part is the fallback's.
            Map<String, Object> merged = fallback == null ? new HashMap<>()
                    : Json.READ.mapFrom(Json.READ.asString(fallback));
            merged.putAll(saved);
            T value = Json.READ.beanFrom(type, Json.READ.asString(merged));
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
            Json.WRITE.write(value, tmp.toFile());
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
     * Jackson's small object mapper (jackson-jr: records by their canonical constructors, unknown properties
     * ignored), made when a preference is first read or written. Not databind's {@code ObjectMapper}: setting that
     * up took about 0.2 s of CPU in a fresh JVM, at every window start with preferences (decision 0028). The files
     * are the same JSON either way.
     */
    private static final class Json {
        static final JSON READ = JSON.std;
        static final JSON WRITE = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT);
    }
}
