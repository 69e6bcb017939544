package io.papershelf.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.papershelf.cli.PapershelfCommand;
import io.papershelf.library.LibraryLocation;
import io.papershelf.library.Preferences;
import io.papershelf.storage.Database;

/**
 * The entry point. Without arguments it opens the desktop window; with files ({@code papershelf FILE...},
 * as "Open with" passes them) it opens them in the window; with a command it is the command line. It is not the JavaFX {@code Application} itself, so that a plain {@code java -jar} can start it.
 */
public final class Main {
    /** The data folder's folder that keeps SQLite's native library unpacked. */
    static final String NATIVE_FOLDER = "native";

    private Main() {
    }

    public static void main(String[] args) {
        Optional<OpenWith> window = OpenWith.parse(args);
        // Files for a window that already has the library open go to it first, before logging or SQLite load:
        // this process then ends within moments.
        window.ifPresent(Main::handOverOrStop);
        // The command-line launcher (C1 only) leaves the window to the window's launcher (decision 0025).
        window.ifPresent(w -> WindowLauncher.openInsteadOfCommandLine(args));
        if (System.getProperty("papershelf.logdir") == null) {
            System.setProperty("papershelf.logdir", LibraryLocation.dataFolder().resolve("logs").toString());
        }
        if (window.isPresent()) {
            // While JavaFX starts, each on a thread of its own: the window's classes load, the library opens, and
            // Jackson reads the remembered layout.
            daemon(WindowClasses::preload, "papershelf-classes");
            HeadStart.begin(window.get());
            daemon(Main::preloadForWindow, "papershelf-preload");
            DesktopApp.launchWindow(args);
            return;
        }
        // Logging and SQLite's native code load on the second core while picocli starts.
        daemon(Main::preloadSqlite, "papershelf-preload");
        // Buffered, flushed once at the end (PapershelfCommand.run): a list of 36,000 papers is then a few hundred
        // writes to standard output, not one per line.
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out,
                StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(PapershelfCommand.run(args, out, err, new BackupProcess()));
    }

    private static void daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** SQLite's native library is kept unpacked in the data folder, beside the logs. */
    private static void preloadSqlite() {
        Database.preload(LibraryLocation.dataFolder().resolve(NATIVE_FOLDER));
    }

    private static void preloadForWindow() {
        Preferences.preload(LibraryLocation.dataFolder().resolve(DesktopApp.SETTINGS));
    }

    /**
     * Ends this process when the arguments name files that do not exist (one sentence), or when the files were
     * handed to the window that already has the library open; otherwise the window opens here and imports them.
     */
    private static void handOverOrStop(OpenWith request) {
        if (!request.missing().isEmpty()) {
            System.err.println("papershelf: " + String.join(", ", request.missing()) + (request.missing().size() == 1
                    ? " is neither a file nor a command" : " are neither files nor commands")
                    + "; papershelf --help lists the commands.");
            System.exit(PapershelfCommand.USAGE);
        }
        if (!request.files().isEmpty() && Handoff.send(LibraryLocation.resolve(request.library()), request.files())) {
            System.out.println("Handed " + (request.files().size() == 1 ? "1 file" : request.files().size() + " files")
                    + " to the Papershelf window that has the library open.");
            System.exit(PapershelfCommand.OK);
        }
    }
}
