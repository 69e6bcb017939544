package io.papershelf.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import io.papershelf.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export --format json [--output FILE]}: standard output without {@code --output}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the library. JSON keeps everything, notes and tags included, and is also the backup format.")
final class ExportCommand implements Callable<Integer> {
    enum Format { json }

    @ParentCommand
    PapershelfCommand parent;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        try (Library library = parent.openLibrary()) {
            if (output == null) {
                Writer out = parent.spec.commandLine().getOut();
                write(library, out);
                out.flush();
            } else {
                writeAtomically(library, output.toAbsolutePath());
            }
        }
        return PapershelfCommand.OK;
    }

    private void write(Library library, Writer out) throws Exception {
        switch (format) {
            case json -> library.exportJson(out);
        }
    }

    /** Writes beside the target and moves into place, so a failed export never leaves half a file. */
    private void writeAtomically(Library library, Path target) throws Exception {
        Path dir = target.getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new CommandFailure("Cannot write " + target + " (" + e.getMessage() + ").", e);
        }
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            write(library, out);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new CommandFailure("Cannot write " + target + " (" + e.getMessage() + ").", e);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
