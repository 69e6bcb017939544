package io.papershelf.library;

import java.nio.file.Path;

/** What an export of notes to a folder did: the folder, and how many files were new, updated and unchanged. */
public record NotesExport(Path folder, int created, int updated, int unchanged) {
    /** "3 new, 1 updated, 5 unchanged". */
    public String counts() {
        return created + " new, " + updated + " updated, " + unchanged + " unchanged";
    }

    public int files() {
        return created + updated + unchanged;
    }
}
