package io.papershelf.ui.window;

/**
 * Where the window tells the user what came of their actions: a failure in one sentence, the summary of
 * an import. Both are dialogs today; import progress shows in the {@link StatusBar}.
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
            if (outcomes != null) {
                dialogs.importSummary(outcomes);
            }
        });
    }
}
