package io.papershelf.app;

/** Placeholder until the window lands. */
final class DesktopApp {
    private DesktopApp() {
    }

    static void launchWindow(String[] args) {
        System.out.println("The Papershelf window is not built yet; run `papershelf --help` for the command line.");
    }
}
