package io.papershelf.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a thread of its own, the classes the window will load when it starts, in the order it loads them
 * ({@code window-classes.txt}, written by {@code packaging/window-classes.sh}). Reading and parsing about 3,700
 * classes from the jar is a third of the window thread's work at start; done here, it takes the second core while
 * JavaFX starts and the window is built, and the window's thread finds them loaded. The classes are only loaded,
 * not initialised: no static initialiser of a JavaFX class runs off its thread. A name the list holds that no
 * longer exists is skipped.
 */
final class WindowClasses {
    static final String LIST = "window-classes.txt";

    private WindowClasses() {
    }

    static void preload() {
        ClassLoader loader = WindowClasses.class.getClassLoader();
        try (InputStream in = WindowClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return; // a build without the list starts as before, only slower
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                load(name, loader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the list of the window's classes in the jar cannot be read", e);
        }
    }

    /** Whether {@code name} is loaded now. */
    static boolean load(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // renamed or removed since the list was written, or of another platform's JavaFX
        }
    }
}
