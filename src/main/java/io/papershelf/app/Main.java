package io.papershelf.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import io.papershelf.cli.PapershelfCommand;
import io.papershelf.library.LibraryLocation;
import io.papershelf.storage.Database;

/**
 * The entry point. Without arguments it opens the desktop window; with arguments it is the command
 * line. It is not the JavaFX {@code Application} itself, so that a plain {@code java -jar} can start it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("papershelf.logdir") == null) {
            System.setProperty("papershelf.logdir", LibraryLocation.dataFolder().resolve("logs").toString());
        }
        // Logging and SQLite's native code load on the second core while JavaFX (or picocli) starts.
        Thread preload = new Thread(Database::preload, "papershelf-preload");
        preload.setDaemon(true);
        preload.start();
        if (args.length == 0 || (args.length == 2 && args[0].equals("--library"))) {
            DesktopApp.launchWindow(args);
            return;
        }
        // Buffered, flushed once at the end (PapershelfCommand.run): a list of 36,000 papers is then a few hundred
        // writes to standard output, not one per line.
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out,
                StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(PapershelfCommand.run(args, out, err, new BackupProcess()));
    }
}
