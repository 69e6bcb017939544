package io.papershelf.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;

/**
 * The subcommands of {@code papershelf}, registered on demand. picocli reads each command's annotations when it is
 * registered, about 25 ms a command in a fresh JVM, so a command line that names its subcommand plainly
 * ({@code papershelf [--library FILE] import ...}) registers only that one; anything else (no subcommand, help, a
 * root option such as {@code --help}, an unknown word) gets all of them, so that usage, help and error messages
 * list every command.
 */
final class Subcommands {
    /** By name, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("import", ImportCommand::new);
        ALL.put("export", ExportCommand::new);
        ALL.put("list", ListCommand::new);
        ALL.put("restore", RestoreCommand::new);
        ALL.put("stats", StatsCommand::new);
        ALL.put("backup", BackupCommand::new);
        ALL.put("help", CommandLine.HelpCommand::new);
    }

    private Subcommands() {
    }

    static CommandLine commandLine(PapershelfCommand root, String[] args) {
        CommandLine cl = new CommandLine(root);
        String named = named(args);
        ALL.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        return cl;
    }

    /**
     * The subcommand these arguments run when nothing but {@code --library FILE} stands before its name; null
     * otherwise, and for {@code help}, which needs the others.
     */
    static String named(String[] args) {
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--library")) {
                i += 2;
            } else if (a.startsWith("--library=")) {
                i++;
            } else {
                return ALL.containsKey(a) && !a.equals("help") ? a : null;
            }
        }
        return null;
    }
}
