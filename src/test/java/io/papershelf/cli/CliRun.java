package io.papershelf.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;

/** One run of the command line on a library, with its exit code, standard output and error (line ends as \n). */
record CliRun(int code, String out, String err) {
    /** {@code papershelf --library dir/library.db ARGS...}, data in {@code dir/data}, the system clock. */
    static CliRun in(Path dir, String... args) {
        return run(dir.resolve("library.db"), dir.resolve("data"), Clock.systemDefaultZone(), args);
    }

    /** {@code papershelf --library LIBRARY ARGS...} with the data folder and clock given; error output stripped. */
    static CliRun of(Path library, Path dataFolder, Clock clock, String... args) {
        CliRun r = run(library, dataFolder, clock, args);
        return new CliRun(r.code, r.out, r.err.strip());
    }

    private static CliRun run(Path library, Path dataFolder, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--library", library.toString()), Arrays.stream(args)).toArray(String[]::new);
        int code = PapershelfCommand.run(all, new PrintWriter(out), new PrintWriter(err), dataFolder, clock);
        return new CliRun(code, out.toString().replace("\r\n", "\n"), err.toString());
    }

    String[] lines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }
}
