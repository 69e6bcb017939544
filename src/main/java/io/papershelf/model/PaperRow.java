package io.papershelf.model;

import java.time.Instant;
import java.util.List;

/**
 * One line of the paper list: what the table shows and sorts on, without the abstract, so that
 * 100,000 rows stay small.
 *
 * @param summary     the paper's one-line summary (TL;DR), or null
 * @param byline      the organisation's whole name, else "He et al.", else "N authors", else empty
 * @param bylineShort the organisation's handle where the card gives one that differs from its name (an
 *                    abbreviation such as {@code MIT}), else null
 * @param hasNote     whether the user wrote a note on the paper
 */
public record PaperRow(
        long id,
        String title,
        String summary,
        String byline,
        String bylineShort,
        PublishedDate published,
        Integer upvotes,
        int comments,
        boolean read,
        boolean hasCode,
        boolean hasNote,
        List<String> tags,
        Instant addedAt) {

    public PaperRow {
        tags = List.copyOf(tags);
    }

    /**
     * The organisation's name, else the first author's family name ("He et al." when there are more), else
     * "N authors", else empty.
     */
    public static String byline(String organization, Integer authorCount, int namedAuthors, String firstAuthor) {
        if (organization != null && !organization.isBlank()) {
            return organization;
        }
        if (namedAuthors > 0 && firstAuthor != null && !firstAuthor.isBlank()) {
            String family = familyName(firstAuthor);
            return namedAuthors == 1 ? family : family + " et al.";
        }
        int n = authorCount != null ? authorCount : namedAuthors;
        if (n <= 0) {
            return "";
        }
        return n == 1 ? "1 author" : n + " authors";
    }

    /**
     * The family name in a name as the listings write it ("Kaiming He"): the last word; a name written
     * without spaces (林秀贞) is kept whole.
     */
    static String familyName(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1);
    }
}
