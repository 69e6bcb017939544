package io.papershelf.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.HostServices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.ui.common.LinkOpener;

/**
 * Opens links in the desktop's browser and says when it cannot. On Linux it runs {@code xdg-open} itself,
 * since JavaFX's HostServices only prints to standard error when no browser is found: a missing
 * {@code xdg-open}, or one that exits with an error (no browser configured), is reported as a failure.
 * Elsewhere it hands the link to HostServices, which opens it through the system.
 */
final class DesktopBrowser implements LinkOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopBrowser.class);
    private static final String XDG_OPEN = "xdg-open";

    private final HostServices hostServices;
    private final boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    DesktopBrowser(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public void open(String url) {
        open(url, reason -> LOG.warn("Could not open {}: {}", url, reason));
    }

    @Override
    public void open(String url, Consumer<String> failed) {
        if (!linux) {
            hostServices.showDocument(url);
            return;
        }
        Optional<Path> opener = onPath(XDG_OPEN);
        if (opener.isEmpty()) {
            failed.accept("no program to open web links was found: " + XDG_OPEN + " is not installed");
            return;
        }
        try {
            Process p = new ProcessBuilder(opener.get().toString(), url)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.onExit().thenAccept(done -> {
                if (done.exitValue() != 0) {
                    failed.accept("no web browser is set up: " + XDG_OPEN + " gave up with code " + done.exitValue());
                }
            });
        } catch (IOException e) {
            failed.accept(XDG_OPEN + " could not be started (" + e.getMessage() + ")");
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
