package io.papershelf.ui.window;

import java.util.List;

import io.papershelf.library.ImportOutcome;
import io.papershelf.ui.common.Notice;

/**
 * Where the window tells the user what came of their actions. A failure is a dialog, in one sentence. An
 * import never takes the keyboard: its summary is a notice with the details one click away; only a file that
 * was refused brings a dialog, naming each file and why. Import progress shows in the {@link StatusBar}.
 */
final class Notices {
    private Notices() {
    }

    static void follow(MainViewModel vm, WindowDialogs dialogs) {
        vm.errorProperty().addListener((o, a, message) -> {
            if (message != null) {
                dialogs.error(message);
                vm.errorProperty().set(null);
            }
        });
        vm.lastImportProperty().addListener((o, a, outcomes) -> {
            if (outcomes == null) {
                return;
            }
            if (outcomes.stream().anyMatch(x -> !x.imported())) {
                dialogs.importRefused(outcomes);
            } else {
                vm.showNotice(Notice.info(summary(outcomes),
                        new Notice.Action("Details", () -> dialogs.importSummary(outcomes))));
            }
        });
    }

    /** "Imported x.txt: 50 papers (50 new, 0 updated)", or the same for several files together. */
    static String summary(List<ImportOutcome> outcomes) {
        if (outcomes.size() == 1) {
            return outcomes.get(0).line();
        }
        int added = outcomes.stream().mapToInt(o -> o.result().added()).sum();
        int updated = outcomes.stream().mapToInt(o -> o.result().updated()).sum();
        int total = outcomes.stream().mapToInt(o -> o.result().total()).sum();
        return "Imported %d files: %d papers (%d new, %d updated)".formatted(outcomes.size(), total, added, updated);
    }
}
