package io.papershelf.model;

/** The sidebar's numbers: all papers, unread, read, with code, recently added, in the Trash, annotated. */
public record LibraryCounts(int all, int unread, int read, int withCode, int recentlyAdded, int trash, int annotated) {
    /** Counts without the annotated papers (none). */
    public LibraryCounts(int all, int unread, int read, int withCode, int recentlyAdded, int trash) {
        this(all, unread, read, withCode, recentlyAdded, trash, 0);
    }
}
