package io.papershelf.app;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.LoggerFactory;


/**
 * Hands files to the window that has a library open (decision 0019). That window listens on a loopback port
 * and writes the port and a random token beside the library's lock file ({@code library.db.handoff}, readable by
 * its owner only). Another Papershelf process started with files reads them, connects, sends the token and the
 * files' paths, and waits for the window's "OK". The token keeps other local users' programs out; a stale file
 * (after a crash) finds no one listening, and the files then open in a window of their own.
 */
final class Handoff {
    static final String GREETING = "papershelf-handoff-1";
    static final String OK = "OK";
    /** How long a sender waits to connect and for the answer: the window answers at once, before it imports. */
    static final int TIMEOUT_MILLIS = 1500;

    /** Where a window says how to reach it: port and token. */
    record Address(int port, String token) {
    }

    private Handoff() {
    }

    /**
     * {@code library.db.handoff}, beside the lock file {@code library.db.lock}. (Not through {@code LibraryLock}:
     * loading it starts the logging, which the sender, done in moments, does without.)
     */
    static Path file(Path library) {
        Path absolute = library.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".handoff");
    }

    /**
     * Gives the files to the window that has this library open.
     *
     * @return true when that window took them; false when no window listens (or it did not answer)
     */
    static boolean send(Path library, List<Path> files) {
        Optional<Address> address = read(file(library));
        if (address.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.get().port()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeUTF(GREETING);
            out.writeUTF(address.get().token());
            out.writeInt(files.size());
            for (Path f : files) {
                out.writeUTF(f.toAbsolutePath().toString());
            }
            out.flush();
            return OK.equals(new DataInputStream(socket.getInputStream()).readUTF());
        } catch (IOException e) {
            // The logger only now: the usual way here (a window takes the files) ends before logging starts.
            LoggerFactory.getLogger(Handoff.class).info("No window took the files for {} ({})", library, e.toString());
            return false;
        }
    }

    /** Reads what a sender sends; null when it is not a sender with the right token. */
    static List<Path> receive(InputStream in, String token) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!GREETING.equals(data.readUTF()) || !java.security.MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), data.readUTF().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        int n = data.readInt();
        if (n < 0 || n > 10_000) {
            return null;
        }
        List<Path> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            files.add(Path.of(data.readUTF()));
        }
        return files;
    }

    static void answer(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(OK);
        data.flush();
    }

    static Optional<Address> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new Address(Integer.parseInt(p.getProperty("port", "")), p.getProperty("token", "")));
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(Handoff.class).info("Cannot read {} ({})", file, e.toString());
            return Optional.empty();
        }
    }
}
