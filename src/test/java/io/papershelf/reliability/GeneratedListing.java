package io.papershelf.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Hugging Face "Daily Papers" page copied as text with as many cards as asked, every title
 * unique to {@code run}, so that a harness can tell "all of this file" from "none of it" by counting.
 */
public final class GeneratedListing {
    private static final String ABSTRACT = "We study how reading lists survive crashes, bad input and damaged "
            + "files. Our method keeps every note a researcher writes, imports whole listings or nothing, and "
            + "restores the latest automatic backup when a file is damaged. Experiments over hundreds of forced "
            + "kills show that nothing that was reported saved is ever lost, and that the database file stays "
            + "consistent after every one of them, whatever the moment the process was stopped.";

    private GeneratedListing() {
    }

    /** Writes {@code cards} papers titled "{@code run} paper N: ..." to {@code file}. */
    public static Path write(Path file, String run, int cards) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Daily Papers\n\nbyAK and the research community\n\nMay 20\n\n");
            for (int i = 1; i <= cards; i++) {
                w.write(run + " paper " + i + ": On keeping what people write, part " + i + "\n\n");
                w.write(ABSTRACT + " Variant " + run + "-" + i + ".\n\n");
                w.write("  \u2022 " + (1 + i % 9) + " authors\n\u00b7\nMay " + (1 + i % 28) + ", 2025\n\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
