package io.papershelf.model;

import java.time.Instant;
import java.util.List;

/**
 * One line of the paper list: what the table shows and sorts on, without the abstract, so that
 * 100,000 rows stay small.
 */
public record PaperRow(
        long id,
        String title,
        String byline,
        PublishedDate published,
        Integer upvotes,
        int comments,
        boolean read,
        boolean hasCode,
        List<String> tags,
        Instant addedAt) {

    public PaperRow {
        tags = List.copyOf(tags);
    }

    /** The organisation's name, else "N authors", else empty. */
    public static String byline(String organization, Integer authorCount, int namedAuthors) {
        if (organization != null && !organization.isBlank()) {
            return organization;
        }
        int n = authorCount != null ? authorCount : namedAuthors;
        if (n <= 0) {
            return "";
        }
        return n == 1 ? "1 author" : n + " authors";
    }
}
