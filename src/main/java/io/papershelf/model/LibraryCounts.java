package io.papershelf.model;

/** The sidebar's numbers: all papers, unread, read, with code, recently added, in the Trash. */
public record LibraryCounts(int all, int unread, int read, int withCode, int recentlyAdded, int trash) {
}
