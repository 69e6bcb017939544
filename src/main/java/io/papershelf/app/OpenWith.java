package io.papershelf.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code papershelf [--library LIB] FILE...}: files to open in the window, as a file manager's "Open with" or a
 * double-click passes them. The arguments are files when none is a subcommand or an option and every one is a
 * path that exists; {@code papershelf import FILE} stays the command line.
 *
 * @param library the {@code --library} given, or null
 * @param files   the files, absolute (empty: just the window)
 * @param missing the arguments that looked like files but do not exist (then nothing is opened)
 */
record OpenWith(Path library, List<Path> files, List<String> missing) {
    private static final Set<String> SUBCOMMANDS = Set.of("import", "export", "list", "restore", "stats", "backup",
            "help");

    OpenWith {
        files = List.copyOf(files);
        missing = List.copyOf(missing);
    }

    /** What the arguments ask for when they are not the command line; empty when they are. */
    static Optional<OpenWith> parse(String[] args) {
        int i = 0;
        Path library = null;
        if (args.length >= 2 && args[0].equals("--library")) {
            library = Path.of(args[1]);
            i = 2;
        }
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int k = i; k < args.length; k++) {
            String a = args[k];
            if (a.startsWith("-") || (k == i && SUBCOMMANDS.contains(a))) {
                return Optional.empty();
            }
            Path p = path(a);
            if (p != null && Files.exists(p)) {
                files.add(p.toAbsolutePath().normalize());
            } else {
                missing.add(a);
            }
        }
        return Optional.of(new OpenWith(library, files, missing));
    }

    /** The window's own arguments, without the files: {@code --library LIB} or nothing. */
    String[] windowArguments() {
        return library == null ? new String[0] : new String[] {"--library", library.toString()};
    }

    private static Path path(String arg) {
        try {
            return Path.of(arg);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
