package io.papershelf.cli;

import java.util.List;

import picocli.CommandLine;

/**
 * The subcommands of {@code papershelf}, registered on demand. picocli reads each command's annotations when it is
 * registered, about 25 ms a command in a fresh JVM, so a command line that names its subcommand plainly
 * ({@code papershelf [--library FILE] import ...}) registers only that one; anything else (no subcommand, help, a
 * root option such as {@code --help}, an unknown word) gets all of them, so that usage, help and error messages
 * list every command.
 */
final class Subcommands {
    /** In the order the help lists them. */
    private static final List<String> NAMES = List.of("import", "export", "list", "restore", "stats", "backup", "help");

    private Subcommands() {
    }

    static CommandLine commandLine(PapershelfCommand root, String[] args) {
        CommandLine cl = new CommandLine(root);
        String named = named(args);
        for (String name : NAMES) {
            if (named == null || named.equals(name)) {
                cl.addSubcommand(name, create(name));
            }
        }
        return cl;
    }

    /** A switch, not a map of constructor references: each lambda costs class spinning in a fresh JVM. */
    private static Object create(String name) {
        return switch (name) {
            case "import" -> new ImportCommand();
            case "export" -> new ExportCommand();
            case "list" -> new ListCommand();
            case "restore" -> new RestoreCommand();
            case "stats" -> new StatsCommand();
            case "backup" -> new BackupCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The subcommand these arguments run when nothing but {@code --library FILE} stands before its name; null
     * otherwise, and for {@code help}, which needs the others.
     */
    static String named(String[] args) {
        int at = namedAt(args);
        return at < 0 ? null : args[at];
    }

    /** Where {@link #named} finds the subcommand's name in the arguments, or -1. */
    static int namedAt(String[] args) {
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--library")) {
                i += 2;
            } else if (a.startsWith("--library=")) {
                i++;
            } else {
                return NAMES.contains(a) && !a.equals("help") ? i : -1;
            }
        }
        return -1;
    }
}
