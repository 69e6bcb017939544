package io.papershelf.library;

import java.sql.SQLException;
import java.time.Clock;

import io.papershelf.model.Highlight;

/**
 * Each change to highlights in a transaction of its own: {@link Annotations} holds the rules, and a refusal
 * ({@link AnnotationRefused}) rolls the transaction back and reaches the caller as it was.
 */
final class HighlightEdits {
    private final Transactions tx;
    private final Clock clock;
    private final Annotations annotations;

    HighlightEdits(Transactions tx, Clock clock, Annotations annotations) {
        this.tx = tx;
        this.clock = clock;
        this.annotations = annotations;
    }

    Highlight add(long paperId, Highlight.Field field, int start, int end, int color) throws LibraryException {
        return write("save the highlight", () -> annotations.add(paperId, field, start, end, color, clock.instant()));
    }

    void comment(long highlightId, String comment) throws LibraryException {
        write("save the comment", () -> {
            annotations.comment(highlightId, comment, clock.instant());
            return null;
        });
    }

    void color(long highlightId, int color) throws LibraryException {
        write("change the highlight's colour", () -> {
            annotations.color(highlightId, color, clock.instant());
            return null;
        });
    }

    Highlight delete(long highlightId) throws LibraryException {
        return write("delete the highlight", () -> annotations.delete(highlightId));
    }

    void restore(long paperId, Highlight h) throws LibraryException {
        write("restore the highlight", () -> {
            annotations.restore(paperId, h, clock.instant());
            return null;
        });
    }

    void renameColor(int color, String name) throws LibraryException {
        write("rename the colour", () -> {
            annotations.renameColor(color, name);
            return null;
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, AnnotationRefused;
    }

    /** A refusal leaves the transaction as an unchecked exception (rolling it back) and is handed on as it was. */
    private static final class Refusal extends RuntimeException {
        private final AnnotationRefused refused;

        Refusal(AnnotationRefused refused) {
            super(refused.getMessage(), null, false, false);
            this.refused = refused;
        }
    }

    private <T> T write(String what, Work<T> work) throws LibraryException {
        try {
            return tx.write(what, () -> {
                try {
                    return work.run();
                } catch (AnnotationRefused r) {
                    throw new Refusal(r);
                }
            });
        } catch (Refusal r) {
            throw r.refused;
        }
    }
}
