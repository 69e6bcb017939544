package io.papershelf.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/** One run of the command line on {@code dir/library.db}, with its exit code, standard output and error. */
record CliRun(int code, String out, String err) {
    static CliRun in(Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--library", dir.resolve("library.db").toString()), Arrays.stream(args))
                .toArray(String[]::new);
        int code = PapershelfCommand.run(all, new PrintWriter(out), new PrintWriter(err), dir.resolve("data"),
                java.time.Clock.systemDefaultZone());
        return new CliRun(code, out.toString().replace("\r\n", "\n"), err.toString());
    }

    String[] lines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }
}
