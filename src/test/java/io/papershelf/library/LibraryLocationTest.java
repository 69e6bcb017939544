package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LibraryLocationTest {
    @Test
    void theOptionWinsThenTheEnvironmentThenThePerUserDefault() {
        Map<String, String> env = Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, "/data/mine.db");
        assertThat(LibraryLocation.resolve(Path.of("/tmp/x.db"), env, "Linux", "/home/ada"))
                .isEqualTo(Path.of("/tmp/x.db"));
        assertThat(LibraryLocation.resolve(null, env, "Linux", "/home/ada")).isEqualTo(Path.of("/data/mine.db"));
        assertThat(LibraryLocation.resolve(null, Map.of(), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.local/share/papershelf/library.db"));
    }

    @Test
    void eachSystemHasItsOwnDataFolder() {
        assertThat(LibraryLocation.dataFolder(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/xdg/papershelf"));
        assertThat(LibraryLocation.dataFolder(Map.of("XDG_DATA_HOME", "relative/ignored"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.local/share/papershelf"));
        assertThat(LibraryLocation.dataFolder(Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), "Windows 11", "C:/Users/ada"))
                .isEqualTo(Path.of("C:/Users/ada/AppData/Roaming/Papershelf"));
        assertThat(LibraryLocation.dataFolder(Map.of(), "Mac OS X", "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/Papershelf"));
    }
}
