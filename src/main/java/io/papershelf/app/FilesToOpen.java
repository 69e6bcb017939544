package io.papershelf.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Platform;

import io.papershelf.ui.window.MainWindow;

/**
 * The files the window is to import: those given on its command line ({@code papershelf FILE...}) and those other
 * Papershelf processes hand over while this window has the library open ({@link HandoffServer}). They wait until
 * the window shows. Everything here runs on the FX thread, but for the server (started and stopped with the
 * library's opening and closing, off the FX thread: it writes a file), its listening thread and the retry.
 */
final class FilesToOpen {
    private static final Logger LOG = LoggerFactory.getLogger(FilesToOpen.class);

    private final List<Path> pending = new ArrayList<>();
    private volatile HandoffServer server;
    private MainWindow window;

    FilesToOpen(List<Path> fromCommandLine) {
        pending.addAll(fromCommandLine);
    }

    boolean any() {
        return !pending.isEmpty();
    }

    /**
     * While this window has the library, other Papershelf processes hand it their files instead of opening one
     * (writes the port file: off the FX thread).
     */
    void listen(Path library) {
        try {
            server = HandoffServer.start(library, files -> Platform.runLater(() -> receive(files)));
        } catch (IOException e) {
            LOG.warn("Files opened with Papershelf cannot be handed to this window: {}", e.toString());
        }
    }

    /** The library's lock is given up: other processes open their own window from now on (off the FX thread). */
    void stopListening() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The window that imports the files from now on (null: none shows, they wait). */
    void deliverTo(MainWindow w) {
        this.window = w;
        importPending();
    }

    void receive(List<Path> files) {
        pending.addAll(files);
        importPending();
    }

    private void importPending() {
        if (window != null && !pending.isEmpty()) {
            List<Path> files = List.copyOf(pending);
            pending.clear();
            window.openWith(files);
        }
    }

    /**
     * The library is locked by a window that started at the same moment and listens a moment later: the files
     * are offered to it for up to 5 s; {@code handed} runs when it took them, {@code refused} when none did.
     */
    void handOverLater(Path library, Runnable handed, Runnable refused) {
        List<Path> files = List.copyOf(pending);
        Thread t = new Thread(() -> {
            boolean done = false;
            for (int i = 0; i < 25 && !done; i++) {
                done = Handoff.send(library, files);
                if (!done && !pause()) {
                    break;
                }
            }
            Platform.runLater(done ? handed : refused);
        }, "papershelf-handoff-retry");
        t.setDaemon(true);
        t.start();
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
