package io.papershelf.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library file is: the {@code --library} option, else {@code PAPERSHELF_LIBRARY}, else the
 * per-user default of the operating system (XDG data folder on Linux, {@code %APPDATA%} on Windows,
 * Application Support on macOS).
 */
public final class LibraryLocation {
    public static final String ENVIRONMENT_VARIABLE = "PAPERSHELF_LIBRARY";
    private static final String FILE_NAME = "library.db";

    private LibraryLocation() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return dataFolder(env, osName, userHome).resolve(FILE_NAME);
    }

    /** The per-user folder Papershelf keeps its library, backups, settings and log in. */
    public static Path dataFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Papershelf");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Papershelf");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("papershelf");
    }

    /** The defaults for this process. */
    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), home());
    }

    public static Path dataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name"), home());
    }

    /**
     * The user's home: {@code $HOME} where it is set (as XDG asks, and so that a changed HOME is
     * honoured; Java's {@code user.home} comes from the password database), else {@code user.home}.
     */
    static String home() {
        String env = System.getenv("HOME");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        if (!windows && env != null && !env.isBlank() && Path.of(env).isAbsolute()) {
            return env;
        }
        return System.getProperty("user.home");
    }
}
