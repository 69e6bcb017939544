package io.papershelf.app;

import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's side of the {@link Handoff}: listens on a loopback port for files handed over by another
 * Papershelf process, while the window holds the library's lock. Each connection is answered at once; the
 * files go to {@code onFiles} (which hands them to the FX thread) on the listening thread.
 */
final class HandoffServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HandoffServer.class);

    private final ServerSocket socket;
    private final Path file;
    private final String token;
    private final Thread thread;

    private HandoffServer(ServerSocket socket, Path file, String token, Consumer<List<Path>> onFiles) {
        this.socket = socket;
        this.file = file;
        this.token = token;
        this.thread = new Thread(() -> serve(onFiles), "papershelf-handoff");
        thread.setDaemon(true);
    }

    /** Starts listening for this library and says where, beside its lock file. */
    static HandoffServer start(Path library, Consumer<List<Path>> onFiles) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        ServerSocket socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        Path file = Handoff.file(library);
        try {
            write(file, socket.getLocalPort(), token);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        HandoffServer server = new HandoffServer(socket, file, token, onFiles);
        server.thread.start();
        return server;
    }

    private void serve(Consumer<List<Path>> onFiles) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(Handoff.TIMEOUT_MILLIS);
                List<Path> files = Handoff.receive(client.getInputStream(), token);
                if (files == null) {
                    LOG.warn("Refused a hand-off without the right token");
                    continue;
                }
                Handoff.answer(client.getOutputStream());
                LOG.info("Handed over: {}", files);
                onFiles.accept(files);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("A hand-off failed", e);
                }
            }
        }
    }

    /** The port and token, written whole (a reader never sees half a file), readable by the owner only. */
    private static void write(Path file, int port, String token) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# Papershelf: how to hand files to the window that has this library open\n");
            w.write("port=" + port + "\ntoken=" + token + "\n");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.warn("Closing the hand-off socket failed", e);
        }
        try {
            // Only our own file: a window that opened the library since has written its own.
            if (Handoff.read(file).filter(a -> a.token().equals(token)).isPresent()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Removing {} failed", file, e);
        }
    }
}
