package io.papershelf.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.library.Preferences;
import io.papershelf.ui.common.UiState;

/**
 * The window's remembered layout through {@link Preferences} (jackson-jr since decision 0028): what it writes comes
 * back equal, and files written before, by databind's object mapper, are read as they were meant.
 */
class WindowStateStoreTest {
    private static final WindowState CHANGED = new WindowState(
            new UiState.WindowGeometry(12.5, Double.NaN, 1024, 700, true), new UiState.Dividers(0.2, 0.55),
            new UiState.TableLayout(List.of(new UiState.TableLayout.Column("title", 420, true),
                    new UiState.TableLayout.Column("tags", 130.5, false)),
                    List.of(new UiState.TableLayout.Sort("published", false))),
            new UiState.Appearance(true, false), new UiState.ListLines(true), new UiState.NoteDivider(0.4),
            new UiState.ImportFolder("/home/reader/Zoë's papers \"2026\""));

    @TempDir
    Path dir;

    @Test
    void whatIsSavedComesBackEqual() {
        WindowStateStore store = new WindowStateStore(new Preferences(dir));
        assertThat(store.load()).isEqualTo(WindowState.DEFAULT); // nothing saved yet

        store.save(CHANGED);
        assertThat(new WindowStateStore(new Preferences(dir)).load()).isEqualTo(CHANGED);

        store.save(WindowState.DEFAULT); // NaN and a null folder, as a first window has them
        assertThat(new WindowStateStore(new Preferences(dir)).load()).isEqualTo(WindowState.DEFAULT);
    }

    @Test
    void readsWhatDatabindWrote() throws Exception {
        ObjectMapper old = new ObjectMapper(); // as Preferences wrote them before decision 0028
        for (String name : List.of("window", "dividers", "table", "appearance", "list-lines", "note-divider",
                "import-folder")) {
            Object value = switch (name) {
                case "window" -> CHANGED.geometry();
                case "dividers" -> CHANGED.dividers();
                case "table" -> CHANGED.table();
                case "appearance" -> CHANGED.appearance();
                case "list-lines" -> CHANGED.lines();
                case "note-divider" -> CHANGED.noteDivider();
                default -> CHANGED.importFolder();
            };
            old.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(name + ".json").toFile(), value);
        }
        assertThat(new WindowStateStore(new Preferences(dir)).load()).isEqualTo(CHANGED);
    }

    @Test
    void readsTheFilesAnEarlierWindowLeft() throws Exception {
        Path real = Path.of("src/test/resources/preferences");
        for (Path file : List.of(Files.list(real).filter(f -> f.toString().endsWith(".json")).toArray(Path[]::new))) {
            Files.copy(file, dir.resolve(file.getFileName()));
        }
        WindowState read = new WindowStateStore(new Preferences(dir)).load();

        assertThat(read.geometry()).isEqualTo(new UiState.WindowGeometry(160, 67, 1280, 800, false));
        assertThat(read.dividers()).isEqualTo(new UiState.Dividers(0.225, 0.4625));
        assertThat(read.table().columns()).hasSize(9).first()
                .isEqualTo(new UiState.TableLayout.Column("read", 30, true));
        assertThat(read.table().columns().get(8)).isEqualTo(new UiState.TableLayout.Column("tags", 120, true));
        assertThat(read.importFolder()).isEqualTo(UiState.ImportFolder.DEFAULT);
    }

    @Test
    void aDamagedFileGivesTheDefaultAndAnOlderOneKeepsWhatItHas() throws Exception {
        Files.writeString(dir.resolve("dividers.json"), "{\"sidebar\": 0.3, \"detail\": ");
        Files.writeString(dir.resolve("window.json"), "[1, 2]");
        Files.writeString(dir.resolve("appearance.json"), "{\"dark\": true, \"added later\": {\"x\": [1]}}");
        Files.writeString(dir.resolve("note-divider.json"), "{}");
        WindowState read = new WindowStateStore(new Preferences(dir)).load();

        assertThat(read.dividers()).isEqualTo(UiState.Dividers.DEFAULT);
        assertThat(read.geometry()).isEqualTo(UiState.WindowGeometry.DEFAULT);
        // A property it does not know is passed over; one it lacks (written before it was added) is the default's.
        assertThat(read.appearance()).isEqualTo(new UiState.Appearance(true, true));
        assertThat(read.noteDivider()).isEqualTo(UiState.NoteDivider.DEFAULT);
    }
}
