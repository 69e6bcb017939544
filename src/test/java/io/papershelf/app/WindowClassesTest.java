package io.papershelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The list of classes the window loads at start ({@code window-classes.txt}, from {@code packaging/window-classes.sh})
 * and its loading ahead of the window: a Papershelf class renamed or deleted since the list was written fails here
 * (run the script again); the list is of the window's start, not of a command; loading does not run initialisers.
 */
class WindowClassesTest {
    static boolean initialised;

    /** A class whose initialiser says it ran. */
    static final class Marker {
        static {
            initialised = true;
        }
    }

    @Test
    void everyPapershelfClassListedExists() throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        List<String> missing = names().stream().filter(n -> n.startsWith("io.papershelf."))
                .filter(n -> !WindowClasses.load(n, loader)).toList();
        assertThat(missing).as("classes in %s that no longer exist: run packaging/window-classes.sh again",
                WindowClasses.LIST).isEmpty();
    }

    @Test
    void theListIsOfTheWindowsStartInTheOrderItLoads() throws IOException {
        List<String> names = names();
        assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThan(1000);
        assertThat(names).contains("io.papershelf.ui.window.MainWindow", "io.papershelf.ui.list.PaperTableView",
                "io.papershelf.ui.detail.DetailView", "javafx.scene.control.TableView");
        assertThat(names.indexOf("io.papershelf.app.DesktopApp"))
                .isLessThan(names.indexOf("io.papershelf.ui.window.MainWindow"));
    }

    @Test
    void loadingRunsNoInitialiser() {
        assertThat(WindowClasses.load(Marker.class.getName(), getClass().getClassLoader())).isTrue();
        assertThat(initialised).isFalse();
        assertThat(WindowClasses.load("io.papershelf.NoSuchClass", getClass().getClassLoader())).isFalse();
    }

    private static List<String> names() throws IOException {
        try (InputStream in = WindowClasses.class.getResourceAsStream(WindowClasses.LIST)) {
            assertThat(in).as(WindowClasses.LIST).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
