package io.papershelf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.storage.Database;

/**
 * The listings and libraries the benchmarks run on, made once under {@code target/bench} and reused while
 * their recipe stays the same. Libraries are built through the real import path ({@link Library#importFiles},
 * one transaction per 10,000-paper file, as the command line does), then given read states and tags through
 * the Library API: one paper in five read, one in ten tagged with one to three of 24 tags.
 */
final class BenchLibraries {
    /** Bump when the generator or the recipe changes, so cached files are rebuilt. */
    private static final String RECIPE = "r3-seed42-schema" + Database.latestVersion();
    static final long SEED = 42;
    static final int PER_FILE = 10_000;
    static final List<String> TAGS = List.of("agents", "alignment", "benchmarks", "diffusion", "distillation",
            "efficiency", "evaluation", "graphs", "interpretability", "llm", "math", "multimodal", "planning",
            "rl", "reasoning", "retrieval", "robotics", "safety", "scaling", "speech", "survey", "to-read-later",
            "video", "vision");

    private final Path dir;

    BenchLibraries(Path dir) {
        this.dir = dir;
    }

    /** The first file of the 100,000-paper set: 10,000 papers. */
    Path listing10k() throws IOException {
        return listings(1).get(0);
    }

    /** {@code files} listing files of 10,000 papers each, titles unique across all of them. */
    List<Path> listings(int files) throws IOException {
        Path folder = dir.resolve("listings-" + RECIPE);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            out.add(folder.resolve("daily-papers-generated-%02d.txt".formatted(i)));
        }
        if (out.stream().allMatch(Files::exists)) {
            return out;
        }
        Files.createDirectories(folder);
        ListingGenerator g = new ListingGenerator(SEED);
        for (Path p : out) {
            g.write(p, PER_FILE);
        }
        return out;
    }

    /** A library of {@code papers} (a multiple of 10,000, or under 10,000) built as described above. */
    Path library(int papers) throws Exception {
        Path file = dir.resolve("library-" + papers + "-" + RECIPE + ".db");
        if (Files.exists(file)) {
            return file;
        }
        Path building = dir.resolve("building-" + papers + ".db");
        Files.deleteIfExists(building);
        long t0 = System.nanoTime();
        int files = Math.max(1, papers / PER_FILE);
        List<Path> sources = listings(files);
        if (papers < PER_FILE) {
            Path small = dir.resolve("listings-" + RECIPE).resolve("daily-papers-generated-" + papers + ".txt");
            if (!Files.exists(small)) {
                new ListingGenerator(SEED).write(small, papers);
            }
            sources = List.of(small);
        }
        try (Library library = Library.open(building)) {
            for (Path source : sources) {
                library.importFiles(List.of(source), LocalDate.of(2026, 5, 20));
            }
            personalise(library);
        }
        Files.move(building, file, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(dir.resolve("building-" + papers + ".db-wal"));
        Files.deleteIfExists(dir.resolve("building-" + papers + ".db-shm"));
        System.out.printf("  built %s (%,d papers) in %.1f s%n", file.getFileName(), papers,
                (System.nanoTime() - t0) / 1e9);
        return file;
    }

    /** A private copy of a library, for benchmarks that open it in the app (which writes to it). */
    Path copyOf(Path library, String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.copy(library, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(dir.resolve(name + "-wal"));
        Files.deleteIfExists(dir.resolve(name + "-shm"));
        return copy;
    }

    private static void personalise(Library library) throws Exception {
        Random random = new Random(SEED);
        List<Long> read = new ArrayList<>();
        List<List<Long>> tagged = new ArrayList<>();
        for (int i = 0; i < TAGS.size(); i++) {
            tagged.add(new ArrayList<>());
        }
        for (PaperRow r : library.rows(PaperFilter.ALL)) {
            if (random.nextInt(5) == 0) {
                read.add(r.id());
            }
            if (random.nextInt(10) == 0) {
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    tagged.get(random.nextInt(TAGS.size())).add(r.id());
                }
            }
        }
        library.setRead(read, true);
        for (int i = 0; i < TAGS.size(); i++) {
            library.addTag(tagged.get(i).stream().distinct().toList(), TAGS.get(i));
        }
    }
}
