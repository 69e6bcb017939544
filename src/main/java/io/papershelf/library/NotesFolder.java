package io.papershelf.library;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.papershelf.export.CitationKeys;
import io.papershelf.export.NoteFile;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;

/**
 * Writes one Markdown file per annotated paper into a folder ({@link NoteFile}), and no other file. Files it
 * wrote before (their front matter carries the {@link NoteFile#MARKER} with the paper's key) are updated in
 * place, under the name they have; a file it did not write is never overwritten, and no file is ever deleted.
 * Each file is written whole or not at all.
 */
final class NotesFolder {
    private static final int HEAD = 4096;

    private NotesFolder() {
    }

    static NotesExport write(Path folder, List<Paper> papers, HighlightColors colors) throws IOException, LibraryException {
        Path dir = folder.toAbsolutePath();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new LibraryException("Could not export notes to " + dir + ": it is a file, and notes go into a "
                    + "folder (one Markdown file per paper); give a folder.", null);
        }
        Files.createDirectories(dir);
        List<Paper> annotated = papers.stream().filter(Paper::annotated).toList();
        Map<String, Path> ours = new HashMap<>();
        Set<String> taken = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                taken.add(f.getFileName().toString().toLowerCase(Locale.ROOT));
                if (f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f)) {
                    NoteFile.markerIn(head(f)).ifPresent(key -> ours.putIfAbsent(key, f));
                }
            }
        }
        List<String> keys = CitationKeys.assign(annotated);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < annotated.size(); i++) {
            Paper p = annotated.get(i);
            String content = NoteFile.render(p, colors);
            Path target = ours.get(NoteFile.key(p));
            if (target == null) {
                target = dir.resolve(freeName(NoteFile.fileName(p, keys.get(i)), taken));
                taken.add(target.getFileName().toString().toLowerCase(Locale.ROOT));
                AtomicFile.write(target, out -> out.write(content));
                created++;
            } else if (Files.readString(target, StandardCharsets.UTF_8).equals(content)) {
                unchanged++;
            } else {
                AtomicFile.write(target, out -> out.write(content));
                updated++;
            }
        }
        return new NotesExport(dir, created, updated, unchanged);
    }

    /** The name, or the name with " 2", " 3"… before ".md" when a file (not ours for this paper) has it. */
    private static String freeName(String name, Set<String> taken) {
        String stem = name.substring(0, name.length() - 3);
        String candidate = name;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " " + n + ".md";
        }
        return candidate;
    }

    /** The start of a file, where front matter would be; a file that cannot be read is not ours. */
    private static String head(Path f) {
        char[] buf = new char[HEAD];
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            int n = r.read(buf);
            return n <= 0 ? "" : new String(buf, 0, n);
        } catch (IOException e) {
            return "";
        }
    }
}
