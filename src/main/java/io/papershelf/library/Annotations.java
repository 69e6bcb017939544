package io.papershelf.library;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;
import io.papershelf.model.QuoteAnchor;
import io.papershelf.storage.HighlightRepository;
import io.papershelf.storage.PaperRepository;
import io.papershelf.storage.SearchIndex;

/**
 * The rules for highlights, inside the caller's transaction: the quote is taken from the text the library
 * holds (never from the window), an empty or overlapping passage and an over-long comment are refused in
 * words, and every change re-indexes the paper so that search finds highlights and comments.
 */
final class Annotations {
    private final PaperRepository papers;
    private final HighlightRepository highlights;
    private final SearchIndex search;

    Annotations(PaperRepository papers, HighlightRepository highlights, SearchIndex search) {
        this.papers = papers;
        this.highlights = highlights;
        this.search = search;
    }

    /** Marks {@code [start, end)} of the paper's title or abstract, without the blanks at its ends. */
    Highlight add(long paperId, Highlight.Field field, int start, int end, int color, Instant now)
            throws SQLException, AnnotationRefused {
        Paper p = papers.find(paperId).orElseThrow(() -> new AnnotationRefused("That paper is no longer in the "
                + "library; nothing was highlighted."));
        String text = field == Highlight.Field.TITLE ? p.title() : p.abstractText();
        String where = field == Highlight.Field.TITLE ? "title" : "abstract";
        if (start < 0 || end > text.length() || start > end) {
            throw new AnnotationRefused("The selection is no longer inside the " + where + " (it changed meanwhile); "
                    + "select the passage again.");
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new AnnotationRefused("Select a passage of the " + where + " first (with the mouse, or Shift and "
                    + "the arrow keys); nothing was highlighted.");
        }
        if (color < 0 || color >= HighlightColors.COUNT) {
            throw new AnnotationRefused("There is no highlight colour " + (color + 1) + "; choose one of the "
                    + HighlightColors.COUNT + ".");
        }
        for (Highlight h : p.highlights()) {
            Optional<QuoteAnchor.Span> at = h.field() == field ? QuoteAnchor.locate(text, h) : Optional.empty();
            if (at.isPresent() && at.get().start() < end && start < at.get().end()) {
                throw new AnnotationRefused("This passage overlaps the highlight \"" + shorten(h.quote()) + "\"; "
                        + "select text outside it, or delete that highlight first. Nothing was highlighted.");
            }
        }
        Highlight made = highlights.insert(paperId, new Highlight(0, field, start, text.substring(start, end), color,
                "", now), now);
        search.reindex(List.of(paperId));
        return made;
    }

    void comment(long id, String comment, Instant now) throws SQLException, AnnotationRefused {
        String text = comment == null ? "" : comment;
        if (text.length() > Highlight.MAX_COMMENT) {
            throw new AnnotationRefused("A comment holds at most " + String.format("%,d", Highlight.MAX_COMMENT)
                    + " characters and this one has " + String.format("%,d", text.length()) + "; it was not saved "
                    + "and is still in its field: shorten it, or put the long text in the note.");
        }
        long paper = paperOf(id);
        highlights.setComment(id, text, now);
        search.reindex(List.of(paper));
    }

    void color(long id, int color, Instant now) throws SQLException, AnnotationRefused {
        if (color < 0 || color >= HighlightColors.COUNT) {
            throw new AnnotationRefused("There is no highlight colour " + (color + 1) + ".");
        }
        paperOf(id);
        highlights.setColor(id, color, now);
    }

    /** Deletes a highlight and returns it, for an undo. */
    Highlight delete(long id) throws SQLException, AnnotationRefused {
        Highlight h = highlights.find(id).orElseThrow(() -> gone());
        long paper = paperOf(id);
        highlights.delete(id);
        search.reindex(List.of(paper));
        return h;
    }

    /** Puts back a deleted highlight with its id, comment and time (undo). */
    void restore(long paperId, Highlight h, Instant now) throws SQLException {
        if (papers.find(paperId).isEmpty() || h.id() > 0 && highlights.find(h.id()).isPresent()) {
            return;
        }
        highlights.insert(paperId, h, now);
        search.reindex(List.of(paperId));
    }

    void renameColor(int color, String name) throws SQLException, AnnotationRefused {
        if (color < 0 || color >= HighlightColors.COUNT) {
            throw new AnnotationRefused("There is no highlight colour " + (color + 1) + ".");
        }
        String clean = HighlightColors.acceptable(name).orElseThrow(() -> new AnnotationRefused("A colour's name is 1 to "
                + HighlightColors.MAX_NAME + " characters; \"" + shorten(name == null ? "" : name) + "\" was not taken."));
        highlights.setColorName(color, clean);
    }

    private long paperOf(long id) throws SQLException, AnnotationRefused {
        return highlights.paperOf(id).orElseThrow(Annotations::gone);
    }

    private static AnnotationRefused gone() {
        return new AnnotationRefused("That highlight is no longer in the library (it was deleted meanwhile).");
    }

    static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }
}
