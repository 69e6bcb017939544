package io.papershelf.model;

import java.time.Instant;
import java.util.Locale;

/**
 * A passage of a paper's title or abstract that the user marked, with one of {@link HighlightColors#COUNT}
 * colours and an optional comment. It is anchored by the quoted text and the offset where it was made, so
 * that it is found again when a re-import changes the text around it ({@link QuoteAnchor}).
 *
 * @param id        the library's id (0 before it is stored)
 * @param field     the text it marks
 * @param start     the offset in that text when it was made
 * @param quote     the passage as it was when it was made (never empty)
 * @param color     0 to 3: the colour, whose name the user chooses
 * @param comment   the user's comment, empty when none
 * @param createdAt when it was made
 */
public record Highlight(long id, Field field, int start, String quote, int color, String comment, Instant createdAt) {
    /** The longest comment accepted: a comment is a remark; a longer text belongs in the note. */
    public static final int MAX_COMMENT = 10_000;

    /** Which text of the paper a highlight marks. */
    public enum Field {
        TITLE, ABSTRACT;

        /** "title", "abstract": the name in the database and in JSON. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Field of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    public Highlight {
        if (field == null || quote == null || quote.isEmpty()) {
            throw new IllegalArgumentException("a highlight needs a field and a quote");
        }
        if (color < 0 || color >= HighlightColors.COUNT) {
            throw new IllegalArgumentException("a highlight's colour is 0 to " + (HighlightColors.COUNT - 1)
                    + ", not " + color);
        }
        start = Math.max(0, start);
        comment = comment == null ? "" : comment;
    }

    public Highlight withId(long newId) {
        return new Highlight(newId, field, start, quote, color, comment, createdAt);
    }

    public Highlight withComment(String newComment) {
        return new Highlight(id, field, start, quote, color, newComment, createdAt);
    }

    /** The same passage, colour and comment (ids and times aside): a backup brings it back only once. */
    public boolean samePassage(Highlight o) {
        return field == o.field && start == o.start && quote.equals(o.quote);
    }
}
